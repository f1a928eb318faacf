# Build the Windows installer: tests -> PyInstaller one-folder bundle -> smoke test -> Inno Setup.
# Usage (from anywhere):  powershell -File build_scripts\windows\build.ps1 [-SkipTests] [-Python python]
# Needs Inno Setup 6 (ISCC.exe on PATH, or in its default folder; `choco install innosetup`).
param(
    [switch]$SkipTests,
    [string]$Python = "python"
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

$Version = (& $Python -c "import coach; print(coach.__version__)").Trim()
if ($LASTEXITCODE -ne 0) { throw "could not read the version from coach/__init__.py" }
Write-Host "== Rehab Coach $Version"

if (-not $SkipTests) {
    $env:QT_QPA_PLATFORM = "offscreen"
    & $Python -m pytest -q
    if ($LASTEXITCODE -ne 0) { throw "tests failed" }
}

Write-Host "== PyInstaller"
& $Python -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build build_scripts\rehab-coach.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$Exe = Join-Path $Root "dist\rehab-coach\rehab-coach.exe"

Write-Host "== smoke test (clean data folder, outside the source tree)"
$Tmp = Join-Path ([System.IO.Path]::GetTempPath()) ("rehab-coach-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $Tmp | Out-Null
$env:QT_QPA_PLATFORM = "offscreen"
$env:REHAB_COACH_DATA = Join-Path $Tmp "data"
$env:APPDATA = Join-Path $Tmp "appdata"
$env:LOCALAPPDATA = Join-Path $Tmp "localappdata"
Push-Location $Tmp
try {
    # A windowed exe returns at once unless we wait for it.
    $p = Start-Process -FilePath $Exe -ArgumentList "--self-test", "--data-dir", $env:REHAB_COACH_DATA -Wait -PassThru -NoNewWindow
    if ($p.ExitCode -ne 0) { throw "frozen --self-test failed with exit code $($p.ExitCode)" }
} finally {
    Pop-Location
    Remove-Item -Recurse -Force $Tmp -ErrorAction SilentlyContinue
    Remove-Item Env:REHAB_COACH_DATA
}

Write-Host "== Inno Setup"
$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { throw "ISCC.exe (Inno Setup 6) not found" }
& $Iscc "/DAppVersion=$Version" "/DSourceDir=$Root\dist\rehab-coach" "/DOutputDir=$Root\dist" "build_scripts\windows\rehab-coach.iss"
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-ChildItem "dist\rehab-coach-$Version-windows-setup.exe"
