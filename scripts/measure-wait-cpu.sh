#!/usr/bin/env bash
# How much CPU the window costs while nothing happens and while a spinner waits: the app runs
# under Xvfb (software OpenGL) on "Build and preview" with the fake DevTools in `hang` mode; the
# script clicks "Get preview QR" and reads the process's CPU time over each period.
#
#   scripts/measure-wait-cpu.sh [BINARY] [SECONDS]     (defaults: target/release/mlvb-setup, 60)
#
# Needs Xvfb, xdotool and ImageMagick's import (apt-get install xvfb xdotool imagemagick
# libgl1-mesa-dri). The click position is for the window at 960×1000 with egui's bundled fonts;
# the script checks that the fake DevTools really started, so a missed click fails loudly.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$here/target/release/mlvb-setup}
[ -x "$bin" ] || bin=$here/target/debug/mlvb-setup
seconds=${2:-60}
[ -x "$bin" ] || { echo "no binary: build it first (cargo build --release)" >&2; exit 2; }

work=$(mktemp -d)
trap 'kill "${app:-}" "${xvfb:-}" 2>/dev/null || true; pkill -f "$work/state" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/demo/WXMini" "$work/state" "$work/config" "$work/xdg"
chmod 700 "$work/xdg"
printf '{\n\t"appid": "wx0123456789abcdef",\n\t"projectname": "MLVB"\n}\n' \
  > "$work/demo/WXMini/project.config.json"
cat > "$work/config/settings.json" <<JSON
{"step":"build-and-preview","app_id":"wx0123456789abcdef","sdk_app_id":"1400123456",
 "demo_path":"$work/demo","devtools_cli":"$here/tests/fixtures/devtools/cli"}
JSON
chmod +x "$here/tests/fixtures/devtools/cli"

display=:$((70 + RANDOM % 20))
Xvfb "$display" -screen 0 960x1000x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=$display XDG_RUNTIME_DIR=$work/xdg MLVB_SETUP_CONFIG_DIR=$work/config \
  MLVB_SETUP_LANG=en MLVB_SETUP_NO_KEYCHAIN=1 LIBGL_ALWAYS_SOFTWARE=1 \
  FAKE_DEVTOOLS_MODE=hang FAKE_DEVTOOLS_STATE=$work/state \
  "$bin" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 60); do
  window=$(DISPLAY=$display xdotool search --name mlvb-setup 2>/dev/null | head -1 || true)
  [ -n "$window" ] && break
  sleep 0.5
done
[ -n "${window:-}" ] || { echo "the window did not open" >&2; cat "$work/app.log" >&2; exit 1; }
DISPLAY=$display xdotool windowsize "$window" 960 1000
sleep 5

ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
hz=$(getconf CLK_TCK)
percent() { awk -v t="$1" -v hz="$hz" -v s="$seconds" 'BEGIN { printf "%.1f", 100 * t / hz / s }'; }

start=$(ticks); sleep "$seconds"; idle=$(( $(ticks) - start ))
DISPLAY=$display xdotool mousemove 261 635 click 1
for _ in $(seq 1 50); do [ -s "$work/state/child.pid" ] && break; sleep 0.2; done
[ -s "$work/state/child.pid" ] || { echo "the click did not start the preview" >&2; exit 1; }
sleep 1
start=$(ticks); sleep "$seconds"; waiting=$(( $(ticks) - start ))
echo "binary: $bin"
echo "idle, nothing moving:        $(percent "$idle") % of a core over ${seconds} s"
echo "spinner, waiting on DevTools: $(percent "$waiting") % of a core over ${seconds} s"
