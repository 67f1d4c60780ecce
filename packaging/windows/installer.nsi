; NSIS script for the planboard (招商目标看板) Windows installer.
;
; Built by packaging/build.sh windows, which passes:
;   makensis -DVERSION=0.1.0 -DEXE=path/planboard.exe -DICON=path/planboard.ico
;            -DLICENSE_FILE=path/LICENSE.txt -DOUTFILE=path/setup.exe installer.nsi
;
; A 64-bit (amd64-unicode) installer for a 64-bit app: it installs for all users into
; Program Files (administrator rights), adds Start-menu and desktop shortcuts named
; 招商目标看板, opens .planboard files with planboard, adds planboard to "Open with" for
; .xlsx/.xls/.xlsb/.ods (without taking those types over), and registers an uninstaller that
; removes every file, shortcut and registry entry it made.

Target amd64-unicode
!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "WinVer.nsh"

!ifndef VERSION | EXE | ICON | OUTFILE | LICENSE_FILE
  !error "pass -DVERSION=... -DEXE=... -DICON=... -DLICENSE_FILE=... -DOUTFILE=... (see packaging/build.sh)"
!endif

!define APP_NAME "招商目标看板"
!define APP_NAME_EN "Planboard"
!define PUBLISHER "planboard developers"
!define REG_APP "Software\Planboard"
!define REG_UNINSTALL "Software\Microsoft\Windows\CurrentVersion\Uninstall\Planboard"
!define PROGID_WORKSPACE "Planboard.Workspace"
!define PROGID_WORKBOOK "Planboard.Workbook"

Name "${APP_NAME}"
Caption "${APP_NAME} ${VERSION} 安装程序"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Planboard"
InstallDirRegKey HKLM "${REG_APP}" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
ManifestDPIAware true
BrandingText "${APP_NAME} ${VERSION}"

; Version information of setup.exe itself (Explorer → Properties → Details).
VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=2052 "FileDescription" "${APP_NAME} 安装程序"
VIAddVersionKey /LANG=2052 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "MIT or Apache-2.0"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\planboard.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when the system's is neither.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

; The types "Open with" offers planboard for.
!macro ForEachWorkbookType MACRO
  !insertmacro ${MACRO} ".xlsx"
  !insertmacro ${MACRO} ".xls"
  !insertmacro ${MACRO} ".xlsb"
  !insertmacro ${MACRO} ".ods"
!macroend

!macro AddOpenWith EXT
  WriteRegStr HKLM "Software\Classes\${EXT}\OpenWithProgids" "${PROGID_WORKBOOK}" ""
  WriteRegStr HKLM "Software\Classes\Applications\planboard.exe\SupportedTypes" "${EXT}" ""
!macroend

!macro RemoveOpenWith EXT
  DeleteRegValue HKLM "Software\Classes\${EXT}\OpenWithProgids" "${PROGID_WORKBOOK}"
  ; Removes the key only when nothing else is in it (never Excel's own entries).
  DeleteRegKey /ifempty HKLM "Software\Classes\${EXT}\OpenWithProgids"
  DeleteRegKey /ifempty HKLM "Software\Classes\${EXT}"
!macroend

Function .onInit
  ; Rust programs need Windows 10 or later (64-bit).
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_ICONSTOP "${APP_NAME} 需要 64 位 Windows 10 或更新版本。$\n${APP_NAME_EN} needs 64-bit Windows 10 or later." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "${APP_NAME}" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "/oname=planboard.exe" "${EXE}"
  File "/oname=LICENSE.txt" "${LICENSE_FILE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Shortcuts for every user.
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\planboard.exe" "" "$INSTDIR\planboard.exe" 0
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\planboard.exe" "" "$INSTDIR\planboard.exe" 0

  ; .planboard workspaces open with planboard.
  WriteRegStr HKLM "Software\Classes\.planboard" "" "${PROGID_WORKSPACE}"
  WriteRegStr HKLM "Software\Classes\.planboard" "Content Type" "application/x-planboard"
  WriteRegStr HKLM "Software\Classes\${PROGID_WORKSPACE}" "" "${APP_NAME}工作区"
  WriteRegStr HKLM "Software\Classes\${PROGID_WORKSPACE}\DefaultIcon" "" "$INSTDIR\planboard.exe,0"
  WriteRegStr HKLM "Software\Classes\${PROGID_WORKSPACE}\shell\open\command" "" '"$INSTDIR\planboard.exe" "%1"'

  ; "Open with" for workbooks, without becoming their default program.
  WriteRegStr HKLM "Software\Classes\${PROGID_WORKBOOK}" "" "Excel 工作簿（${APP_NAME}）"
  WriteRegStr HKLM "Software\Classes\${PROGID_WORKBOOK}" "FriendlyTypeName" "Excel 工作簿"
  WriteRegStr HKLM "Software\Classes\${PROGID_WORKBOOK}\DefaultIcon" "" "$INSTDIR\planboard.exe,0"
  WriteRegStr HKLM "Software\Classes\${PROGID_WORKBOOK}\shell\open\command" "" '"$INSTDIR\planboard.exe" "%1"'
  WriteRegStr HKLM "Software\Classes\Applications\planboard.exe" "FriendlyAppName" "${APP_NAME}"
  WriteRegStr HKLM "Software\Classes\Applications\planboard.exe\DefaultIcon" "" "$INSTDIR\planboard.exe,0"
  WriteRegStr HKLM "Software\Classes\Applications\planboard.exe\shell\open\command" "" '"$INSTDIR\planboard.exe" "%1"'
  !insertmacro ForEachWorkbookType AddOpenWith

  ; Win+R "planboard".
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\App Paths\planboard.exe" "" "$INSTDIR\planboard.exe"

  ; Programs and Features.
  WriteRegStr HKLM "${REG_APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${REG_UNINSTALL}" "DisplayName" "${APP_NAME} (${APP_NAME_EN})"
  WriteRegStr HKLM "${REG_UNINSTALL}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${REG_UNINSTALL}" "DisplayIcon" "$INSTDIR\planboard.exe,0"
  WriteRegStr HKLM "${REG_UNINSTALL}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${REG_UNINSTALL}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${REG_UNINSTALL}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${REG_UNINSTALL}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${REG_UNINSTALL}" "NoModify" 1
  WriteRegDWORD HKLM "${REG_UNINSTALL}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${REG_UNINSTALL}" "EstimatedSize" "$0"

  ; Tell Explorer the associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\planboard.exe"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"

  ; .planboard: remove the type only while it is still ours.
  ReadRegStr $0 HKLM "Software\Classes\.planboard" ""
  ${If} $0 == "${PROGID_WORKSPACE}"
    DeleteRegKey HKLM "Software\Classes\.planboard"
  ${EndIf}
  DeleteRegKey HKLM "Software\Classes\${PROGID_WORKSPACE}"
  DeleteRegKey HKLM "Software\Classes\${PROGID_WORKBOOK}"
  DeleteRegKey HKLM "Software\Classes\Applications\planboard.exe"
  !insertmacro ForEachWorkbookType RemoveOpenWith

  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\App Paths\planboard.exe"
  DeleteRegKey HKLM "${REG_UNINSTALL}"
  DeleteRegKey HKLM "${REG_APP}"

  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
