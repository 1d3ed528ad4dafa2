; OrderNotify-Setup-<version>.exe: a per-user install (no administrator rights) of OrderNotify for a
; Windows till. Built on Linux by installer/windows/build-exe.sh with Debian's makensis:
;   makensis -DVERSION=0.1.0 -DSRC=<folder with the files> -DOUTFILE=<setup.exe> ordernotify.nsi
; SRC holds OrderNotify.exe and ordernotify-cli.exe (launch4j), ordernotify.jar (the Windows jar)
; and README.txt. The data folder %USERPROFILE%\.ordernotify is never touched: not by an upgrade, not
; by the uninstaller.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "Sections.nsh"
!include "FileFunc.nsh"

!define APP "OrderNotify"
!define REGKEY "Software\OrderNotify"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\OrderNotify"
!define STARTUP_LINK "$SMSTARTUP\OrderNotify sender.lnk"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\OrderNotify"
; an upgrade goes where the older version is
InstallDirRegKey HKCU "${REGKEY}" "InstallDir"
ShowInstDetails show
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} setup"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "${APP}"

!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\OrderNotify.exe"
!define MUI_FINISHPAGE_RUN_PARAMETERS "console"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; English first: the language of a Windows that is neither Polish nor English
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Polish"

LangString SecProgram ${LANG_POLISH} "OrderNotify: konsola i wiersz poleceń"
LangString SecProgram ${LANG_ENGLISH} "OrderNotify: console and command line"
LangString SecSender ${LANG_POLISH} "Wysyłaj SMS w tle od zalogowania (zalecane)"
LangString SecSender ${LANG_ENGLISH} "Send SMS in the background from logon (recommended)"
LangString UninstallLink ${LANG_POLISH} "Odinstaluj OrderNotify"
LangString UninstallLink ${LANG_ENGLISH} "Uninstall OrderNotify"
LangString DataKept ${LANG_POLISH} "Dane zostają w $PROFILE\.ordernotify."
LangString DataKept ${LANG_ENGLISH} "The data stays in $PROFILE\.ordernotify."
; What to install when there is no Java: always in both languages, whatever the installer's language.
!define NO_JAVA "OrderNotify potrzebuje Javy 17 lub nowszej (64-bit), a na tym komputerze jej nie ma.$\r$\nZainstaluj Eclipse Temurin 17 JRE dla Windows x64 (plik .msi) z adoptium.net, z opcją $\"Add to PATH$\", a potem uruchom OrderNotify z menu Start.$\r$\n$\r$\nOrderNotify needs Java 17 or newer (64-bit), and this computer has none.$\r$\nInstall Eclipse Temurin 17 JRE for Windows x64 (.msi) from adoptium.net, with $\"Add to PATH$\", then start OrderNotify from the Start menu."

;  A running console or sender holds ordernotify.jar open, and Windows cannot replace or delete an open
; file: stop them first (an upgrade starts the sender again at its end).
!macro StopRunning
  nsExec::ExecToLog `powershell.exe -NoProfile -NonInteractive -Command "Get-CimInstance Win32_Process -Filter \"Name='javaw.exe' OR Name='java.exe'\" | Where-Object { $$_.CommandLine -like '*$INSTDIR\ordernotify.jar*' } | ForEach-Object { Stop-Process -Id $$_.ProcessId -Force }"`
  Pop $0
  Sleep 1000
!macroend

Var JavaHome

Section "!$(SecProgram)" SecProgramId
  SectionIn RO
  SetOutPath "$INSTDIR"
  !insertmacro StopRunning
  File "${SRC}\OrderNotify.exe"
  File "${SRC}\ordernotify-cli.exe"
  File "${SRC}\ordernotify.jar"
  File "${SRC}\README.txt"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateDirectory "$SMPROGRAMS\OrderNotify"
  CreateShortcut "$SMPROGRAMS\OrderNotify\OrderNotify.lnk" "$INSTDIR\OrderNotify.exe" "console"
  CreateShortcut "$SMPROGRAMS\OrderNotify\$(UninstallLink).lnk" "$INSTDIR\Uninstall.exe"
  CreateShortcut "$DESKTOP\OrderNotify.lnk" "$INSTDIR\OrderNotify.exe" "console"

  WriteRegStr HKCU "${REGKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${REGKEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\OrderNotify.exe"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" "$\"$INSTDIR\Uninstall.exe$\""
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" "$\"$INSTDIR\Uninstall.exe$\" /S"
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

; On by default: the headless sender starts at logon from the Startup folder, without a console window.
Section "$(SecSender)" SecSenderId
  CreateShortcut "${STARTUP_LINK}" "$INSTDIR\OrderNotify.exe" "sender"
SectionEnd

Section "-Finish"
  ; an upgrade with the option now off takes the older version's logon shortcut away
  ${IfNot} ${SectionIsSelected} ${SecSenderId}
    Delete "${STARTUP_LINK}"
  ${EndIf}
  Call FindJava
  ${If} $JavaHome == ""
    DeleteRegValue HKCU "${REGKEY}" "JavaHome"
    DetailPrint "No Java 17+ found / Nie znaleziono Javy 17+"
    MessageBox MB_OK|MB_ICONEXCLAMATION "${NO_JAVA}" /SD IDOK
  ${Else}
    ; the launchers look here first
    WriteRegStr HKCU "${REGKEY}" "JavaHome" "$JavaHome"
    DetailPrint "Java: $JavaHome"
    ; the sender runs from now on, not only from the next logon
    ${If} ${SectionIsSelected} ${SecSenderId}
      Exec '"$INSTDIR\OrderNotify.exe" sender'
    ${EndIf}
  ${EndIf}
SectionEnd

; Finds a 64-bit Java 17+ home as the launchers do: JAVA_HOME, javaw.exe on the PATH, the JavaSoft keys.
Function FindJava
  StrCpy $JavaHome ""
  ReadEnvStr $0 "JAVA_HOME"
  ${If} $0 != ""
  ${AndIf} ${FileExists} "$0\bin\javaw.exe"
    StrCpy $JavaHome $0
    Return
  ${EndIf}
  SearchPath $0 "javaw.exe"
  ${If} $0 != ""
    ${GetParent} $0 $1
    ${GetParent} $1 $JavaHome
    Return
  ${EndIf}
  SetRegView 64
  ${ForEach} $2 0 1 + 1
    ${If} $2 == 0
      StrCpy $3 "SOFTWARE\JavaSoft\JDK"
    ${Else}
      StrCpy $3 "SOFTWARE\JavaSoft\JRE"
    ${EndIf}
    ReadRegStr $0 HKLM "$3" "CurrentVersion"
    ; "1.8" reads as 1, "17.0.9" as 17
    IntOp $1 $0 + 0
    ${If} $1 >= 17
      ReadRegStr $1 HKLM "$3\$0" "JavaHome"
      ${If} ${FileExists} "$1\bin\javaw.exe"
        StrCpy $JavaHome $1
        ${Break}
      ${EndIf}
    ${EndIf}
  ${Next}
  SetRegView lastused
FunctionEnd

Section "Uninstall"
  ; the program only: %USERPROFILE%\.ordernotify (database, settings, logs) stays
  !insertmacro StopRunning
  Delete "$INSTDIR\OrderNotify.exe"
  Delete "$INSTDIR\ordernotify-cli.exe"
  Delete "$INSTDIR\ordernotify.jar"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  ; both languages' shortcut names
  Delete "$SMPROGRAMS\OrderNotify\*.lnk"
  RMDir "$SMPROGRAMS\OrderNotify"
  Delete "$DESKTOP\OrderNotify.lnk"
  Delete "${STARTUP_LINK}"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "${REGKEY}"
  DetailPrint "$(DataKept)"
SectionEnd
