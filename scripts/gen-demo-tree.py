#!/usr/bin/env python3
"""Generates a demo-shaped tree for benchmarks: mostly non-credential source, some binaries,
dependency/build folders, and the credential files of tests/fixtures/demo/edit in the places
the MLVB demos keep them. Deterministic for a given --files and --seed.

    scripts/gen-demo-tree.py --files 5000 /tmp/mlvb-tree-5k
    scripts/gen-demo-tree.py --files 100000 /tmp/mlvb-tree-100k   # ~0.6 GB

The folder must not exist (it is never overwritten). Prints a one-line summary.
"""
import argparse
import os
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "demo" / "edit"

# Where each fixture lands, per demo platform (as in the MLVBSDK download).
CREDENTIAL_HOMES = {
    ".java": "Android/MLVB-API-Example/Debug/src/main/java/com/tencent/mlvb/debug",
    ".kt": "Android/MLVB-API-Example-Kotlin/Debug/src/main/java/com/tencent/mlvb/debug",
    ".h": "iOS/MLVB-API-Example-OC/Debug",
    ".swift": "iOS/MLVB-API-Example-Swift/Debug",
    ".js": "MiniProgram/debug",
    ".json": "MiniProgram",
}

SOURCE_EXTS = [".java"] * 6 + [".kt"] * 2 + [".m"] * 3 + [".h"] * 3 + [".swift"] * 2 + \
    [".js"] * 4 + [".ts"] + [".xml"] * 4 + [".gradle"] + [".md"] + [".txt"] + [".plist"] + [".json"]
BINARY_EXTS = [".png", ".png", ".png", ".jpg", ".jar", ".so", ".a", ".aar", ".mp4"]
WORDS = ("live stream push play player pusher room anchor audience video audio render view "
         "controller manager config layout beauty filter mirror rotation bitrate resolution "
         "fps encoder decoder callback listener delegate error code message status network "
         "license url domain user id sig token camera mic screen share record snapshot").split()
LINE_SHAPES = [
    "    private {t} m{A}{B} = {n};",
    "    public void on{A}{B}({t} {a}) {{ m{A} = {a}; }}",
    "    // {a} {b} {c}: {d} {e}",
    "    if ({a}{B} != null && {a}{B}.is{C}()) {{ {b}{C}({n}); }}",
    "    {t} {a}{B} = get{C}{D}({n}, \"{b}_{c}\");",
    "    Log.i(TAG, \"{a} {b} {c} \" + {n});",
    "        return {a}{B}.{c}{D}();",
    "    }}",
    "",
    "import com.tencent.live2.{A}{B};",
    "    // 设置{a}的{b}参数",
    "    let {a}{B}: {t} = {n}",
    "    const {a}{B} = require('./{b}/{c}');",
]
# A few percent of files use the credentials (not declare them): the prefilter lets them through.
USAGE = [
    "    V2TXLivePremier.setLicence(context, GenerateTestUserSig.LICENSEURL, GenerateTestUserSig.LICENSEURLKEY);",
    "    String userSig = GenerateTestUserSig.genTestUserSig(userId); int id = GenerateTestUserSig.SDKAPPID;",
    "    [V2TXLivePremier setLicence:LICENSEURL key:LICENSEURLKEY]; // SDKAppID from GenerateTestUserSig",
    "    const { SDKAPPID, EXPIRETIME } = require('../debug/GenerateTestUserSig');",
]
TYPES = ["int", "String", "long", "boolean", "float", "NSString *", "Int", "var"]


def cap(w):
    return w[:1].upper() + w[1:]


def source_text(rng, size):
    lines = []
    total = 0
    while total < size:
        w = [rng.choice(WORDS) for _ in range(5)]
        line = rng.choice(LINE_SHAPES).format(
            t=rng.choice(TYPES), n=rng.randrange(100000), a=w[0], b=w[1], c=w[2], d=w[3], e=w[4],
            A=cap(w[0]), B=cap(w[1]), C=cap(w[2]), D=cap(w[3]))
        lines.append(line)
        total += len(line.encode()) + 1
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("dest", type=Path)
    args = ap.parse_args()
    if args.dest.exists():
        sys.exit(f"{args.dest} already exists: choose a new folder")
    rng = random.Random(args.seed)
    root = args.dest
    count = 0
    size = 0

    def write(rel, data):
        nonlocal count, size
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        count += 1
        size += len(data)

    # The credential files, as the demos keep them.
    for fixture in sorted(FIXTURES.glob("*/before/*")):
        home = CREDENTIAL_HOMES.get(fixture.suffix, "Other")
        name = fixture.name if fixture.suffix != ".json" else "project.config.json"
        write(f"{home}/{fixture.parent.parent.name}/{name}", fixture.read_bytes())

    # Folders: a few demos, modules, packages; plus dependency/build output we never enter.
    demos = ["Android/MLVB-API-Example", "iOS/MLVB-API-Example-OC", "iOS/MLVB-API-Example-Swift",
             "MiniProgram", "Android/MLVB-API-Example-Kotlin", "SDK", "Web"]
    dirs = []
    for i in range(max(8, args.files // 40)):
        depth = rng.randrange(1, 6)
        parts = [rng.choice(demos)] + [rng.choice(WORDS) + str(rng.randrange(4)) for _ in range(depth)]
        if rng.random() < 0.10:
            parts.insert(rng.randrange(1, len(parts) + 1), rng.choice(["build", "node_modules", "Pods", ".git"]))
        dirs.append("/".join(parts))

    while count < args.files:
        folder = rng.choice(dirs)
        stem = cap(rng.choice(WORDS)) + cap(rng.choice(WORDS)) + str(rng.randrange(1000))
        if rng.random() < 0.04:
            ext = rng.choice(BINARY_EXTS)
            data = bytes(rng.getrandbits(8) for _ in range(64)) * rng.randrange(64, 1200)
        else:
            ext = rng.choice(SOURCE_EXTS)
            text = source_text(rng, int(rng.lognormvariate(8.2, 0.8)))
            if rng.random() < 0.02:
                text += rng.choice(USAGE) + "\n"
            data = text.encode()
        write(f"{folder}/{stem}{ext}", data)
    print(f"{root}: {count} files, {size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
