#!/usr/bin/env bash
# Our release binary's size against a bare eframe window built the same way: the same eframe
# version and features (also per-target ones) and the same [profile.release], in a temporary
# crate beside ours, with our Cargo.lock so the versions match. A third build is that window plus
# one call into each library we use (scripts/binary-size/libraries.rs, with our dependencies and
# features): what the libraries cost before any code of ours. Prints the sizes and the ratios.
# Takes a release build of each (minutes on 2 cores); set MLVB_BIN to skip building ours.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bare=$(mktemp -d /tmp/bare-eframe.XXXXXX)
libs=$(mktemp -d /tmp/bare-eframe-libs.XXXXXX)
trap 'rm -rf "$bare" "$libs"' EXIT

python3 - "$root/Cargo.toml" "$bare" "$libs" <<'PY'
import sys, tomllib, json
from pathlib import Path
ours = tomllib.load(open(sys.argv[1], "rb"))
out = Path(sys.argv[2])
libs = Path(sys.argv[3])

def value(v):
    if isinstance(v, dict):
        # Ours are optional (the `gui` feature); the bare window's are always on.
        return "{ " + ", ".join(f"{k} = {value(x)}" for k, x in v.items() if k != "optional") + " }"
    return json.dumps(v)

def profile(name, table):
    plain = {k: v for k, v in table.items() if not isinstance(v, dict)}
    lines = ['', f'[{name}]'] + [f'{k} = {value(v)}' for k, v in plain.items()]
    for k, v in table.items():
        if isinstance(v, dict):
            for pkg, settings in v.items():
                lines += profile(f'{name}.{k}."{pkg}"', settings)
    return lines

def manifest(folder, name, wanted, features):
    """A crate with those of our dependencies `wanted` keeps (also per-target ones), our
    features if asked, and our release profile."""
    lines = ['[package]', f'name = "{name}"', 'version = "0.1.0"',
             f'edition = "{ours["package"]["edition"]}"', '', '[dependencies]']
    lines += [f'{n} = {value(spec)}' for n, spec in ours["dependencies"].items() if wanted(n)]
    for target, table in ours.get("target", {}).items():
        mine = {n: spec for n, spec in table.get("dependencies", {}).items() if wanted(n)}
        if mine:
            lines += ['', f"[target.'{target}'.dependencies]"]
            lines += [f'{n} = {value(spec)}' for n, spec in mine.items()]
    if features:
        # Those of `gui` are always on: its dependencies are not optional here.
        lines += ['', '[features]']
        lines += [f'{n} = {value([x for x in items if not x.startswith("dep:")])}'
                  for n, items in ours.get("features", {}).items()]
    lines += profile("profile.release", ours.get("profile", {}).get("release", {}))
    (folder / "Cargo.toml").write_text("\n".join(lines) + "\n")
    (folder / "src").mkdir()

# eframe with our features, and egui with ours (its bundled symbol fonts): the window toolkit as
# we build it, without any of our code or our other dependencies.
manifest(out, "bare-eframe", lambda n: n in ("eframe", "egui"), features=False)
# The same window plus every library of ours, with our features.
manifest(libs, "bare-eframe-libs", lambda n: True, features=True)
(out / "src/main.rs").write_text('''fn main() -> eframe::Result {
    eframe::run_ui_native("bare", eframe::NativeOptions::default(), |ui, _frame| {
        ui.label("Hello");
    })
}
''')
PY
cp Cargo.lock "$bare/"
cp Cargo.lock "$libs/"
cp scripts/binary-size/libraries.rs "$libs/src/main.rs"

ours=${MLVB_BIN:-}
if [[ -z $ours ]]; then
  nice -n 10 cargo build --release --quiet
  ours=target/release/mlvb-setup
fi
# Our target folder: the dependencies both share are built once.
CARGO_TARGET_DIR="$root/target" nice -n 10 cargo build --release --quiet \
  --manifest-path "$bare/Cargo.toml"
bare_bin="$root/target/release/bare-eframe"
CARGO_TARGET_DIR="$root/target" nice -n 10 cargo build --release --quiet \
  --manifest-path "$libs/Cargo.toml"
libs_bin="$root/target/release/bare-eframe-libs"

size() { stat -c %s "$1"; }
python3 - "$(size "$ours")" "$(size "$bare_bin")" "$(size "$libs_bin")" <<'PY'
import sys
ours, bare, libs = (int(a) for a in sys.argv[1:])
print(f"mlvb-setup                {ours / 1e6:6.1f} MB  {ours / bare:5.2f}x")
print(f"bare eframe + libraries   {libs / 1e6:6.1f} MB  {libs / bare:5.2f}x "
      "(each of our libraries called once)")
print(f"bare eframe               {bare / 1e6:6.1f} MB  1.00x "
      "(same eframe features and release profile)")
print(f"our own code              {(ours - libs) / 1e6:6.1f} MB")
PY
