; The Windows installer that .ci/run builds on Linux with Debian's makensis and installs under
; Wine. (The release workflow builds cargo-packager's NSIS installer on windows-latest instead:
; that one needs two NSIS plugins downloaded from GitHub, which CI here cannot reach.)
;
;   makensis -INPUTCHARSET UTF8 -DROOT="$PWD" -DVERSION=0.1.0 \
;     -DBINDIR=target/x86_64-pc-windows-gnu/release \
;     -DOUTFILE=target/packages/MLVB-Setup_0.1.0_x64-setup.exe packaging/windows/installer.nsi
;
; Per user, no administrator rights: %LOCALAPPDATA%\Programs\MLVB Setup, a Start-menu shortcut,
; an entry in Settings → Apps with its uninstaller. /S installs and uninstalls silently.
Unicode true
!ifndef VERSION | BINDIR | OUTFILE
  !error "give -DVERSION=… -DBINDIR=… -DOUTFILE=…"
!endif
!ifndef ROOT
  !define ROOT "${__FILEDIR__}/../.."
!endif
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\mlvb-setup"
!include "MUI2.nsh"

Name "MLVB Setup"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\MLVB Setup"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "MLVB Setup"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "MLVB Setup installer"
VIAddVersionKey /LANG=1033 "CompanyName" "MLVB Setup Project"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT licence"

!define MUI_ICON "${ROOT}/assets/icons/icon.ico"
!define MUI_UNICON "${ROOT}/assets/icons/icon.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\mlvb-setup.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString PRODUCT ${LANG_ENGLISH} "MLVB Setup"
LangString PRODUCT ${LANG_SIMPCHINESE} "MLVB 配置助手"

Section "MLVB Setup"
  SetOutPath "$INSTDIR"
  File "${BINDIR}/mlvb-setup.exe"
  File "${BINDIR}/mlvb-setup-cli.exe"
  File "${ROOT}/assets/icons/icon.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\$(PRODUCT).lnk" "$INSTDIR\mlvb-setup.exe" "" "$INSTDIR\icon.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "$(PRODUCT)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "MLVB Setup Project"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\icon.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\mlvb-setup.exe"
  Delete "$INSTDIR\mlvb-setup-cli.exe"
  Delete "$INSTDIR\icon.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\MLVB Setup.lnk"
  Delete "$SMPROGRAMS\MLVB 配置助手.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
