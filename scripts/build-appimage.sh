#!/usr/bin/env bash
# The Linux AppImage without any download: the type-2 runtime compiled from
# packaging/linux/appimage/ (see its README) with Debian's static libraries, then an AppDir of the
# release binaries, the .desktop entry and the icons, squashed and appended to the runtime.
#
# Usage: scripts/build-appimage.sh RELEASE_DIR OUT_DIR
#   RELEASE_DIR  holds mlvb-setup and mlvb-setup-cli (cargo build --release, or .ci/run's
#                --profile ci-package)
#   OUT_DIR      receives mlvb-setup_<version>_x86_64.AppImage (its path is printed last)
# Needs Debian's gcc, squashfs-tools, libsquashfuse-dev, libfuse3-dev, zlib1g-dev, libzstd-dev,
# liblzma-dev, liblz4-dev, liblzo2-dev.
set -euo pipefail
release=$(realpath "$1")
out=$(realpath -m "$2")
repo=$(cd "$(dirname "$0")/.." && pwd)
src="$repo/packaging/linux/appimage"
version=$(awk -F'"' '/^version = /{ print $2; exit }' "$repo/Cargo.toml")
arch=$(uname -m)
work=$(mktemp -d /tmp/mlvb-appimage.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# The runtime: static, so the AppImage runs without libfuse installed. glibc warns that dlopen in
# a static program needs the same glibc at run time: only libfuse's optional filesystem modules
# use it, and the runtime asks for none.
gcc -std=gnu99 -Os -D_FILE_OFFSET_BITS=64 -DGIT_COMMIT='"caf24f9"' \
  -T "$src/data_sections.ld" -ffunction-sections -fdata-sections -Wl,--gc-sections -static \
  -I"$src" -I/usr/include/squashfuse "$src/runtime.c" \
  -lsquashfuse_ll -lsquashfuse -lfuse3 -lzstd -lz -llzma -llz4 -llzo2 -lpthread -ldl \
  -o "$work/runtime" 2> "$work/gcc.log" || { cat "$work/gcc.log" >&2; exit 1; }
strip "$work/runtime"
# The type-2 magic ("AI" 2) at offset 8 of the ELF header, after strip (as upstream does).
printf 'AI\x02' | dd of="$work/runtime" bs=1 count=3 seek=8 conv=notrunc status=none

# The AppDir: AppRun starts the window program (which also takes the command line's
# subcommands); the .desktop entry and an icon at the top, as the AppImage spec asks.
appdir="$work/MLVB_Setup.AppDir"
install -Dm755 "$release/mlvb-setup" "$appdir/usr/bin/mlvb-setup"
install -Dm755 "$release/mlvb-setup-cli" "$appdir/usr/bin/mlvb-setup-cli"
ln -s usr/bin/mlvb-setup "$appdir/AppRun"
# The template cargo-packager fills in for the .deb, filled in the same way.
sed -e 's/{{exec}}/mlvb-setup/' -e 's/{{icon}}/mlvb-setup/' -e 's/{{categories}}/Development;/' \
  "$repo/packaging/linux/mlvb-setup.desktop" > "$work/mlvb-setup.desktop"
if grep -q '{{' "$work/mlvb-setup.desktop"; then
  echo "build-appimage: unfilled placeholder in the .desktop template" >&2
  exit 1
fi
install -Dm644 "$work/mlvb-setup.desktop" "$appdir/mlvb-setup.desktop"
install -Dm644 "$work/mlvb-setup.desktop" "$appdir/usr/share/applications/mlvb-setup.desktop"
for size in 32 128 256 512; do
  install -Dm644 "$repo/assets/icons/${size}x${size}.png" \
    "$appdir/usr/share/icons/hicolor/${size}x${size}/apps/mlvb-setup.png"
done
cp "$repo/assets/icons/256x256.png" "$appdir/mlvb-setup.png"
ln -s mlvb-setup.png "$appdir/.DirIcon"

# zstd: what current AppImages use; the runtime's squashfuse reads it.
mksquashfs "$appdir" "$work/image.squashfs" -root-owned -noappend -comp zstd -quiet -no-progress
appimage="$out/mlvb-setup_${version}_${arch}.AppImage"
cat "$work/runtime" "$work/image.squashfs" > "$appimage"
chmod 755 "$appimage"
echo "$appimage"
