#!/usr/bin/env bash
# Renders assets/icon.svg into the icon files the window and the packages use (committed, so a
# build needs none of these tools): PNGs for Linux and the window, icon.ico for Windows,
# icon.icns for macOS. Needs Debian's librsvg2-bin, imagemagick and icnsutils.
set -euo pipefail
cd "$(dirname "$0")/../assets"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"
done
convert icons/16x16.png icons/32x32.png icons/48x48.png icons/64x64.png icons/128x128.png \
  icons/256x256.png icons/icon.ico
png2icns icons/icon.icns icons/16x16.png icons/32x32.png icons/128x128.png icons/256x256.png \
  icons/512x512.png >/dev/null
