; Inno Setup 6 script: Jogg Desktop's Windows installer (Setup.exe) around the PyInstaller bundle.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\jogg-desktop.iss
;
; Input:  dist\jogg-desktop\ (pyinstaller packaging\jogg-desktop.spec), build\icons\jogg-desktop.ico
;         (python scripts\make_icons.py). Output: dist\jogg-desktop-<version>-windows-x64-setup.exe
; Per-user install, no admin rights: %LOCALAPPDATA%\Programs\Jogg Desktop, Start menu + desktop
; shortcuts, an uninstaller in "Apps & features". Silent: Setup.exe /VERYSILENT /SUPPRESSMSGBOXES.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Jogg Desktop"
#define AppExe "jogg-desktop.exe"

[Setup]
; The AppId identifies the app for upgrades and uninstall: never change it.
AppId={{B086F046-FE31-4DA6-810C-CA73FDB20309}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
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

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
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
