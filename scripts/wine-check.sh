#!/usr/bin/env bash
# The Windows build, proven under Wine and Xvfb (called by .ci/run after the cross-build):
#   - `--version` from both .exe files, also through a redirected stdout of the window program;
#   - scan → patch → patch again (nothing to do, exit 1) → restore on a demo in a Chinese-named
#     folder with CRLF files: the patched files equal the Linux build's byte for byte, and the
#     restored ones the originals; the same round trip with backup paths over 260 characters;
#   - `usersig gen` giving the Linux build's token for the same inputs;
#   - preview against the fake DevTools `cli.bat`: the QR arrives; on timeout the whole tree
#     (cmd.exe and the `ping` it waits on) is ended through the Job Object;
#   - the window opening (found by its title with xdotool), screenshots in English and Chinese
#     (Wine's own start-up failing once is retried on a fresh wineserver);
#   - the installer (when given; needs wine32): silent install of the same files, the installed
#     program runs, silent uninstall removes the files, the shortcut and the Uninstall entry.
#
# Usage: scripts/wine-check.sh WINDOWS_RELEASE_DIR LINUX_BINARY SCREENSHOT_DIR [INSTALLER]
# Needs Debian's wine, xvfb, xdotool, imagemagick, gcc-mingw-w64-x86-64, qrencode, fonts-noto-cjk.
#
# Wine 8 lacks `ProcessPrng` in bcryptprimitives.dll, which Rust's std imports: a stub DLL, built
# here with mingw and put next to the test's copy of the .exe files, forwards it to
# BCryptGenRandom. It is never shipped.
set -euo pipefail
win_dir=$(realpath "$1")
linux_bin=$(realpath "$2")
shots=$(realpath -m "$3")
installer=${4:+$(realpath "$4")}
repo=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$shots"
work=$(mktemp -d /tmp/mlvb-wine.XXXXXX)
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
# Wine converts arguments and file names with the Unix locale: UTF-8 for the Chinese ones.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
# No Mono/Gecko install prompts: nothing here needs .NET or a browser engine.
export WINEDLLOVERRIDES="mscoree=;mshtml="
export XDG_RUNTIME_DIR="$work/xdg"
mkdir -m 700 "$XDG_RUNTIME_DIR"
xvfb_pid=""
# Ends every Wine process of the prefix and waits until the server is really gone: a program
# started while the old server is still shutting down fails in start.exe ("ShellExecuteEx
# failed: Internal error", seen once in CI).
stop_wine() {
  wineserver -k 2>/dev/null || true
  wineserver -w 2>/dev/null || true
}
cleanup() {
  stop_wine
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "wine-check: FAIL: $*" >&2; exit 1; }
ok() { echo "wine-check: ok: $*"; }
# A Unix path as the Windows program sees it (Wine maps / to Z:).
winpath() { local p="${1//\//\\}"; printf 'Z:%s' "$p"; }

display=":$(( 90 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY="$display"
wineboot --init >/dev/null 2>&1
ok "Wine prefix ready ($(wine --version))"

# The test's copy of the programs, with the ProcessPrng stub next to them.
bin="$work/bin"
mkdir -p "$bin"
cp "$win_dir/mlvb-setup.exe" "$win_dir/mlvb-setup-cli.exe" "$bin/"
cat > "$work/prng.c" <<'EOF'
#include <windows.h>
#include <bcrypt.h>
/* Rust's std asks bcryptprimitives!ProcessPrng for random bytes; Wine 8 does not have it. */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG part = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (BCryptGenRandom(NULL, data, part, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
        data += part;
        len -= part;
    }
    return TRUE;
}
EOF
x86_64-w64-mingw32-gcc -shared -O2 -o "$bin/bcryptprimitives.dll" "$work/prng.c" -lbcrypt
cli() { wine "$bin/mlvb-setup-cli.exe" "$@"; }

# --version: the console program, and the window program with stdout redirected to a file.
want_version=$("$linux_bin" --version)
[ "$(cli --version | tr -d '\r')" = "$want_version" ] || fail "mlvb-setup-cli.exe --version"
wine "$bin/mlvb-setup.exe" --version > "$work/version.txt"
[ "$(tr -d '\r' < "$work/version.txt")" = "$want_version" ] || fail "mlvb-setup.exe --version"
ok "--version: $want_version"

# A demo with CRLF files (and a file without a final newline) in a folder with a Chinese name.
make_demo() {
  local root=$1
  mkdir -p "$root/Android/app/src/main/java/com/example/debug" "$root/iOS/Debug" \
    "$root/WXMini/debug"
  printf 'package com.example.debug;\r\n\r\n/** 调试用：请填写您的 SDKAppID 和密钥。 */\r\npublic class GenerateTestUserSig {\r\n    public static final int SDKAPPID = PLACEHOLDER;\r\n\r\n    private static final int EXPIRETIME = 604800;\r\n\r\n    private static final String SECRETKEY = "PLACEHOLDER";\r\n}\r\n' \
    > "$root/Android/app/src/main/java/com/example/debug/GenerateTestUserSig.java"
  printf '#import <Foundation/Foundation.h>\r\n\r\n// 腾讯云 SDKAppID\r\nstatic const int SDKAPPID = 0;\r\n\r\nstatic const int EXPIRETIME = 0;\r\n\r\nstatic NSString * const SECRETKEY = @"";\r\n' \
    > "$root/iOS/Debug/GenerateTestUserSig.h"
  printf '// 小程序调试签名\r\nvar SDKAPPID = 0;\r\n\r\nvar EXPIRETIME = 604800;\r\n\r\nvar SECRETKEY = "";\r\n\r\nmodule.exports = { SDKAPPID, SECRETKEY };' \
    > "$root/WXMini/debug/GenerateTestUserSig.js"
  printf '{\r\n\t"description": "MLVB",\r\n\t"appid": "",\r\n\t"projectname": "MLVB"\r\n}' \
    > "$root/WXMini/project.config.json"
}
export MLVB_SECRET_KEY="5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e"
patch_args=(--sdkappid 1400123456 --appid wx0123456789abcdef --expire 86400)
same_tree() { diff -r --exclude=.mlvb-setup "$1" "$2" >/dev/null; }

# round_trip DEMO LABEL: scan → patch → patch again → restore, against the Linux build's patch.
round_trip() {
  local demo=$1 label=$2 code
  make_demo "$demo"
  rm -rf "$work/pristine" "$work/linux-patched"
  cp -a "$demo" "$work/pristine"
  cp -a "$demo" "$work/linux-patched"
  "$linux_bin" patch "$work/linux-patched" "${patch_args[@]}" >/dev/null
  cli scan "$(winpath "$demo")" --json > "$work/scan.json"
  grep -q 'GenerateTestUserSig.java' "$work/scan.json" || fail "$label: scan does not list the Java file"
  cli patch "$(winpath "$demo")" "${patch_args[@]}" > "$work/patch.txt" || fail "$label: patch"
  same_tree "$work/linux-patched" "$demo" || fail "$label: patched files differ from the Linux build's"
  code=0
  cli patch "$(winpath "$demo")" "${patch_args[@]}" > "$work/repatch.txt" || code=$?
  [ "$code" = 1 ] || fail "$label: a second patch exited $code, not 1 (nothing to do)"
  cli restore "$(winpath "$demo")" > "$work/restore.txt" || fail "$label: restore"
  same_tree "$work/pristine" "$demo" || fail "$label: restored files differ from the originals"
  ok "$label: scan, patch (= Linux build's bytes), patch again (exit 1), restore (= originals)"
}
round_trip "$work/演示 项目/MLVBSDK-master" "Chinese folder, CRLF files"

# Paths past Windows' 260-character MAX_PATH (the backups under .mlvb-setup go deeper still);
# tests/cli_install.rs checks the same round trip on real Windows (the GitHub workflow).
deep="$work/long"
for _ in 1 2 3 4 5; do deep="$deep/a-folder-name-of-forty-characters-0123456"; done
round_trip "$deep/MLVBSDK" "paths over 260 characters"
longest=$(find "$deep" -path '*/.mlvb-setup/*' | awk '{ print length }' | sort -n | tail -1)
[ "${longest:-0}" -gt 260 ] || fail "the long-path demo's backup paths are only ${longest:-0} characters"

# usersig gen: the same token as the Linux build.
gen_args=(usersig gen --sdkappid 1400123456 --userid 用户-alice --expire 86400 --issued-at 1700000000)
[ "$(cli "${gen_args[@]}" | tr -d '\r')" = "$("$linux_bin" "${gen_args[@]}")" ] \
  || fail "usersig gen differs from the Linux build's token"
ok "usersig gen: the Linux build's token"

# Preview against the fake DevTools cli.bat.
state="$work/devtools-state"
mkdir -p "$state"
qrencode -s 6 -o "$state/preview.png" "https://mp.weixin.qq.com/a/~fake-preview-qr-for-tests"
base64 -w0 "$state/preview.png" > "$state/preview.b64"
demo="$work/preview-demo"
make_demo "$demo"
"$linux_bin" patch "$demo" "${patch_args[@]}" >/dev/null
fake_cli=$(winpath "$repo/tests/fixtures/devtools/cli.bat")
preview() {
  FAKE_DEVTOOLS_MODE=$1 FAKE_DEVTOOLS_STATE=$(winpath "$state") \
    FAKE_DEVTOOLS_QR_B64=$(winpath "$state/preview.b64") \
    cli preview "$(winpath "$demo")" --devtools-cli "$fake_cli" --no-login \
    --qr-output "$(winpath "$work/qr.png")" --timeout "$2"
}
preview success 120 > "$work/preview.txt" || fail "preview: $(tr -d '\r' < "$work/preview.txt")"
cmp -s "$state/preview.png" "$work/qr.png" || fail "preview: the QR saved is not the one DevTools wrote"
ok "preview: the fake DevTools' QR arrived"
code=0
preview hang 3 > "$work/hang.txt" 2>&1 || code=$?
[ "$code" != 0 ] || fail "preview: a hanging DevTools did not fail"
grep -q "took longer than 3 s" "$work/hang.txt" || fail "preview: no timeout message: $(tr -d '\r' < "$work/hang.txt")"
sleep 2
if pgrep -f -- '-n 600 127.0.0.1' >/dev/null; then
  fail "preview: the fake DevTools' ping survived the timeout"
fi
ok "preview: on timeout cmd.exe and its ping were ended"

# The window, in English and (with a CJK font registered, as Windows has one) in Chinese.
wine reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\Fonts' \
  /v 'Noto Sans CJK SC (TrueType)' /t REG_SZ \
  /d "$(winpath /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc)" /f >/dev/null 2>&1 \
  || echo "wine-check: note: no CJK font registered"
# Prints the window's id once it is shown: status 1 when the program ended without one, 2 when
# 90 s passed.
find_window() {
  local pid=$1 id
  for _ in $(seq 90); do
    if id=$(xdotool search --name '^mlvb-setup$' 2>/dev/null | head -1) && [ -n "$id" ]; then
      echo "$id"; return 0
    fi
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 1
  done
  return 2
}
window() {
  local lang=$1 id="" pid attempt found
  for attempt in 1 2; do
    MLVB_SETUP_CONFIG_DIR=$(winpath "$work/config-$lang") MLVB_SETUP_NO_KEYCHAIN=1 \
      MLVB_SETUP_LANG=$lang \
      wine "$bin/mlvb-setup.exe" >"$work/window-$lang.log" 2>&1 &
    pid=$!
    found=0
    id=$(find_window "$pid") || found=$?
    [ "$found" = 0 ] && break
    # Wine's own start-up failing (not our program) is retried once, on a fresh server.
    if [ "$attempt" = 1 ] && grep -q "ShellExecuteEx failed" "$work/window-$lang.log"; then
      echo "wine-check: note: window ($lang): Wine could not start the program ($(tr -d '\r' < "$work/window-$lang.log" | head -1)); once more on a fresh server"
      kill "$pid" 2>/dev/null || true
      stop_wine
      continue
    fi
    if [ "$found" = 1 ]; then
      fail "window ($lang): the program ended without a window titled mlvb-setup: $(cat "$work/window-$lang.log")"
    fi
    fail "window ($lang): no window titled mlvb-setup within 90 s: $(cat "$work/window-$lang.log")"
  done
  # A few frames for the first layout and the fonts.
  sleep 5
  import -window root "$shots/wine-window-$lang.png"
  xdotool windowclose "$id" 2>/dev/null || true
  sleep 2
  kill "$pid" 2>/dev/null || true
  stop_wine
  ok "window ($lang): opened, screenshot $shots/wine-window-$lang.png"
}
window en
window zh-CN

# The installer: per user, silent (/S), then the uninstaller it registered. NSIS installers are
# 32-bit programs: they need Debian's wine32 (i386), which .ci/run installs.
if [ -n "$installer" ] && ! dpkg -s wine32 >/dev/null 2>&1; then
  fail "installer: no wine32 (i386) to run the 32-bit NSIS installer: dpkg --add-architecture i386 && apt-get install wine32:i386"
elif [ -n "$installer" ]; then
  wine "$installer" /S || fail "installer: exit $?"
  installed="$WINEPREFIX/drive_c/users/$(whoami)/AppData/Local/Programs/MLVB Setup"
  for file in mlvb-setup.exe mlvb-setup-cli.exe uninstall.exe icon.ico; do
    [ -f "$installed/$file" ] || fail "installer: no $file in $installed"
  done
  # The installed programs are the ones built, byte for byte.
  cmp -s "$installed/mlvb-setup.exe" "$win_dir/mlvb-setup.exe" || fail "installer: mlvb-setup.exe differs"
  cmp -s "$installed/mlvb-setup-cli.exe" "$win_dir/mlvb-setup-cli.exe" \
    || fail "installer: mlvb-setup-cli.exe differs"
  shortcut="$WINEPREFIX/drive_c/users/$(whoami)/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/MLVB Setup.lnk"
  [ -f "$shortcut" ] || fail "installer: no Start-menu shortcut"
  wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\mlvb-setup' \
    /v DisplayVersion > "$work/uninstall-key.txt" || fail "installer: no entry under Uninstall"
  # The stub goes next to the installed copy for this test only (Wine 8, see above).
  cp "$bin/bcryptprimitives.dll" "$installed/"
  [ "$(wine "$installed/mlvb-setup-cli.exe" --version | tr -d '\r')" = "$want_version" ] \
    || fail "installer: the installed mlvb-setup-cli.exe does not run"
  rm "$installed/bcryptprimitives.dll"
  wine "$installed/uninstall.exe" /S || fail "uninstaller: exit $?"
  # The uninstaller copies itself to a temporary folder and finishes there.
  for _ in $(seq 30); do [ -e "$installed/mlvb-setup.exe" ] || break; sleep 1; done
  [ ! -e "$installed/mlvb-setup.exe" ] || fail "uninstaller: mlvb-setup.exe is still installed"
  [ ! -e "$shortcut" ] || fail "uninstaller: the Start-menu shortcut is still there"
  ! wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\mlvb-setup' >/dev/null 2>&1 \
    || fail "uninstaller: the entry under Uninstall is still there"
  ok "installer: silent install, the installed program runs, silent uninstall"
fi
echo "wine-check: all passed"
