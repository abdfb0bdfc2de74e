; The closest Windows installer that can be built and proved here without the internet.
; Tauri's own NSIS installer (the release workflow's) needs one plugin that its bundler
; downloads, nsis_tauri_utils.dll; this script does what that installer does for a per-user
; install, with Debian's makensis and its stock plugins only: the program and WebView2Loader.dll
; in %LOCALAPPDATA%\Broadsheet (Tauri's "currentUser" folder), a Start-menu entry, an entry in
; Apps & features (HKCU), and an uninstaller that removes exactly those, never the reader's data
; (%LOCALAPPDATA%\app.broadsheet.reader, engine/src/paths.rs). It does not install WebView2
; (Windows 10 and 11 carry it). Built and checked under Wine by scripts/windows/check-installer.sh:
;   makensis -DVERSION=0.1.0 -DBIN=DIR -DOUT=FILE scripts/windows/installer.nsi
; a 64-bit installer for a 64-bit program (Tauri's is a 32-bit one, which Wine runs only with
; 32-bit Wine beside it)
Target amd64-unicode
RequestExecutionLevel user
SetCompressor /SOLID lzma

!define PRODUCT "Broadsheet"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Broadsheet"

Name "${PRODUCT}"
OutFile "${OUT}"
InstallDir "$LOCALAPPDATA\${PRODUCT}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${PRODUCT}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${PRODUCT} installer"
VIAddVersionKey "LegalCopyright" "Broadsheet contributors"

Page directory
Page instfiles
UninstPage uninstConfirm
UninstPage instfiles

Section "Broadsheet"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "${BIN}\broadsheet.exe"
  File "${BIN}\WebView2Loader.dll"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\broadsheet.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Broadsheet"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$\"$INSTDIR\broadsheet.exe$\""
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$\"$INSTDIR$\""
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" "$\"$INSTDIR\uninstall.exe$\" /S"
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$INSTDIR\broadsheet.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
