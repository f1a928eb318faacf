; Inno Setup script for Rehab Coach: a per-user install that needs no admin rights.
; Built by build.ps1, which passes the version from coach/__init__.py:
;   ISCC.exe /DAppVersion=X.Y.Z /DSourceDir=..\..\dist\rehab-coach /DOutputDir=..\..\dist rehab-coach.iss

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (build.ps1 does this)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\rehab-coach"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Rehab Coach"
#define AppExe "rehab-coach.exe"

[Setup]
; Keep AppId stable across versions so upgrades replace the old install.
AppId={{6C1B7D0E-4F7A-4C55-9B7E-2E5D0C9A41B3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Rehab Coach developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Rehab Coach
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=rehab-coach-{#AppVersion}-windows-setup
SetupIconFile=..\..\assets\icons\rehab-coach.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The user's records live in the app-data folder and are deliberately kept on uninstall.
