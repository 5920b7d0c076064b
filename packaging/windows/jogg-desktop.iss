; Inno Setup 6 script: Jogg Desktop's Windows installer (Setup.exe) around the PyInstaller bundle.
;
;   ISCC packaging\windows\jogg-desktop.iss                      (version read from the project)
;   ISCC /DSign "/Sjogg=<sign command> $f" packaging\windows\jogg-desktop.iss   (signed: Setup.exe
;        and its uninstaller; .github/workflows/installers.yml uses packaging\windows\sign.ps1)
;
; Input:  dist\jogg-desktop\ (pyinstaller packaging\jogg-desktop.spec), build\icons\jogg-desktop.ico
;         (python scripts\make_icons.py). Output: dist\jogg-desktop-<version>-windows-x64-setup.exe
; Per-user install, no admin rights: %LOCALAPPDATA%\Programs\Jogg Desktop, Start menu + desktop
; shortcuts (the desktop one can be unticked), an uninstaller in Settings > Apps.
; Silent: Setup.exe /VERYSILENT /SUPPRESSMSGBOXES. Compiled and installed under wine by
; tests/packaging/test_windows_installer.py (with the ISCC of packaging/tools/package.json).

#define AppName "Jogg Desktop"
#define AppExe "jogg-desktop.exe"
#define AppDataFolder "jogg-desktop"

; The version: /DAppVersion=X.Y.Z, else __version__ in jogg_desktop\__init__.py, else an error.
#ifndef AppVersion
  #define VersionFile AddBackslash(SourcePath) + "..\..\jogg_desktop\__init__.py"
  #if !FileExists(VersionFile)
    #error Cannot find jogg_desktop\__init__.py to read the version from: pass /DAppVersion=X.Y.Z
  #endif
  #define VersionHandle FileOpen(VersionFile)
  #define VersionLine ""
  #sub ReadVersionLine
    #define VersionLine FileRead(VersionHandle)
    #if Pos('__version__ = "', VersionLine) == 1
      #define public AppVersion Copy(VersionLine, 16, RPos('"', VersionLine) - 16)
    #endif
  #endsub
  #for {0; !Defined(AppVersion) && !FileEof(VersionHandle); 0} ReadVersionLine
  #expr FileClose(VersionHandle)
  #ifndef AppVersion
    #error No __version__ = "X.Y.Z" line in jogg_desktop\__init__.py: pass /DAppVersion=X.Y.Z
  #endif
#endif
#if AppVersion == ""
  #error The version is empty: pass /DAppVersion=X.Y.Z
#endif

[Setup]
; The AppId identifies the app for upgrades and uninstall: never change it.
AppId={{B086F046-FE31-4DA6-810C-CA73FDB20309}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppCopyright={#AppName}
; Version information on Setup.exe (Properties > Details); the app's exe gets its own from the spec.
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
VersionInfoCompany={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user: {autopf} is %LOCALAPPDATA%\Programs, shortcuts go to the user's Start menu/desktop.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=jogg-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\jogg-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes
RestartApplications=no
#ifdef Sign
; ISCC "/Sjogg=<command> $f": signs Setup.exe and the uninstaller it embeds.
SignTool=jogg
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.KeptAfterUninstall=Your videos, job history and settings were kept in %1, and your JoggAI API key in Windows Credential Manager (entry "jogg-desktop"). Delete them there if you no longer need them.

[Tasks]
; Ticked by default (no "unchecked" flag): a silent install creates the desktop shortcut too.
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\jogg-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole bundle: no stale libraries from the previous version.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// Uninstalling removes the program only: say what stays (the user's data and key are theirs).
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('KeptAfterUninstall'), [ExpandConstant('{localappdata}\{#AppDataFolder}')]),
      mbInformation, MB_OK);
end;
