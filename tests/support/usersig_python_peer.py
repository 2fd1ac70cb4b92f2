"""Runs Tencent's official Python UserSig library (PyPI: tls-sig-api-v2==1.1) on the cases given
as a JSON list on stdin, with the clock pinned to each case's time, and prints the results as
JSON on stdout. Exit status 3: the library is not installed.

Each case: {"sdkappid": int, "key": str, "userid": str, "expire": int, "time": int,
            "userbuf_base64": str or null}
Output:    {"version": str, "results": [{"sig": str} or {"error": str}, ...]}
"""

import base64
import json
import sys
import time

try:
    import TLSSigAPIv2
except ImportError as err:
    print(f"cannot import TLSSigAPIv2 ({err}): pip install tls-sig-api-v2==1.1", file=sys.stderr)
    sys.exit(3)

try:
    from importlib.metadata import version

    VERSION = version("tls-sig-api-v2")
except Exception:  # noqa: BLE001 - metadata is optional; the caller reports "unknown"
    VERSION = "unknown"


def run(case):
    pinned = case["time"]
    time.time = lambda: pinned
    api = TLSSigAPIv2.TLSSigAPIv2(case["sdkappid"], case["key"])
    if case["userbuf_base64"] is None:
        return api.gen_sig(case["userid"], case["expire"])
    userbuf = base64.b64decode(case["userbuf_base64"])
    return api.gen_sig_with_userbuf(case["userid"], case["expire"], userbuf)


def main():
    cases = json.loads(sys.stdin.buffer.read())
    real_time = time.time
    results = []
    try:
        for case in cases:
            try:
                results.append({"sig": run(case)})
            except Exception as err:  # noqa: BLE001 - reported per case
                results.append({"error": f"{type(err).__name__}: {err}"})
    finally:
        time.time = real_time
    sys.stdout.write(json.dumps({"version": VERSION, "results": results}))


main()
