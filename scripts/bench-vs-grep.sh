#!/usr/bin/env bash
# Our `scan` against `grep -rlE 'SDKAPPID|SDKAppID'` and `rg -l` on the same trees, as ratios
# (below 1 = we are faster), plus our peak memory. Uses hyperfine when present, else a timing
# loop. Trees default to generated ones (scripts/gen-demo-tree.py, made once in /tmp).
#
#   scripts/bench-vs-grep.sh                       # 5k and 100k generated trees
#   scripts/bench-vs-grep.sh DIR...                # your own trees (e.g. an MLVBSDK checkout)
#   MLVB_BIN=path/to/mlvb-setup scripts/bench-vs-grep.sh   # another build (default: release)
set -euo pipefail
cd "$(dirname "$0")/.."
pattern='SDKAPPID|SDKAppID'

bin=${MLVB_BIN:-target/release/mlvb-setup}
if [[ -z ${MLVB_BIN:-} ]]; then
  cargo build --release --quiet
fi
[[ -x $bin ]] || { echo "no binary at $bin" >&2; exit 2; }

trees=("$@")
if [[ ${#trees[@]} -eq 0 ]]; then
  for n in 5000 100000; do
    dir=/tmp/mlvb-bench-tree-$n
    [[ -d $dir ]] || python3 scripts/gen-demo-tree.py --files "$n" "$dir"
    trees+=("$dir")
  done
fi

have() { command -v "$1" >/dev/null 2>&1; }

# Mean seconds of a command (output discarded), after two warm-up runs.
mean_seconds() {
  local runs=$1; shift
  if have hyperfine; then
    local json; json=$(mktemp)
    hyperfine -N --style none --warmup 2 --runs "$runs" -i --export-json "$json" -- "$(printf '%q ' "$@")" >/dev/null
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["mean"])' "$json"
    rm -f "$json"
  else
    "$@" >/dev/null 2>&1 || true; "$@" >/dev/null 2>&1 || true
    local start end
    start=$(date +%s%N)
    for _ in $(seq "$runs"); do "$@" >/dev/null 2>&1 || true; done
    end=$(date +%s%N)
    python3 -c "print(($end - $start) / 1e9 / $runs)"
  fi
}

printf '%s, %s cores\n' "$(uname -srm)" "$(nproc)"
for tree in "${trees[@]}"; do
  files=$(find "$tree" -type f | wc -l)
  size=$(du -sh "$tree" | cut -f1)
  runs=10
  [[ $files -gt 50000 ]] && runs=5
  ours=$(mean_seconds "$runs" "$bin" scan "$tree")
  grep_s=$(mean_seconds "$runs" grep -rlE "$pattern" "$tree")
  line=$(python3 -c "print(f'{$ours*1000:.0f} ms; vs grep -rl {$grep_s*1000:.0f} ms: {$ours/$grep_s:.2f}x')")
  if have rg; then
    rg_s=$(mean_seconds "$runs" rg -l "$pattern" "$tree")
    line+=$(python3 -c "print(f'; vs rg -l {$rg_s*1000:.0f} ms: {$ours/$rg_s:.2f}x')")
  fi
  if [[ -x /usr/bin/time ]]; then
    rss=$(/usr/bin/time -v "$bin" scan "$tree" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ {print $2}')
    line+=$(python3 -c "print(f'; peak memory {$rss/1024:.1f} MiB')")
  fi
  echo "$tree ($files files, $size): scan $line"
done
