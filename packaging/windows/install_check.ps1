# Installs Setup.exe per user (no admin), checks files, shortcuts and the "Apps" entry, runs
# --smoke from the install, upgrades over itself, uninstalls, and checks that nothing is left
# but the user's data. Every wait is bounded; every exit code is checked.
#   packaging\windows\install_check.ps1 -Setup dist\jogg-desktop-<version>-windows-x64-setup.exe
param([Parameter(Mandatory)] [string] $Setup, [int] $TimeoutSeconds = 300)
$ErrorActionPreference = 'Stop'
$AppId = '{B086F046-FE31-4DA6-810C-CA73FDB20309}_is1'
$dir = "$env:LOCALAPPDATA\Programs\Jogg Desktop"
$menu = "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Jogg Desktop.lnk"
$desktop = Join-Path ([Environment]::GetFolderPath('Desktop')) 'Jogg Desktop.lnk'
$uninstallKey = "HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\$AppId"

function Invoke-Bounded([string] $exe, [string[]] $arguments) {
    $p = Start-Process -FilePath $exe -ArgumentList $arguments -PassThru
    $null = $p.Handle  # keeps ExitCode readable after the process ends
    if (-not $p.WaitForExit($TimeoutSeconds * 1000)) {
        Stop-Process -Id $p.Id -Force
        throw "$exe $arguments did not finish in $TimeoutSeconds s (killed)"
    }
    if ($p.ExitCode -ne 0) { throw "$exe $arguments exited $($p.ExitCode)" }
}

function Assert-Installed {
    foreach ($path in "$dir\jogg-desktop.exe", "$dir\unins000.exe", $menu, $desktop) {
        if (-not (Test-Path $path)) { throw "missing after install: $path" }
    }
    $entry = Get-ItemProperty $uninstallKey
    if ($entry.DisplayName -ne 'Jogg Desktop') { throw "Apps entry: DisplayName '$($entry.DisplayName)'" }
    Write-Host "installed: $($entry.DisplayName) $($entry.DisplayVersion) in $dir"
}

$silent = @('/VERYSILENT', '/SUPPRESSMSGBOXES', '/CURRENTUSER', '/NORESTART')
Invoke-Bounded $Setup $silent
Assert-Installed
& "$PSScriptRoot\smoke.ps1" -Exe "$dir\jogg-desktop.exe" -Out "$env:RUNNER_TEMP\installed.txt"

Invoke-Bounded $Setup $silent  # an upgrade over the same version: replaces the bundle
Assert-Installed

Invoke-Bounded "$dir\unins000.exe" @('/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART')
# The uninstaller finishes from a temporary copy of itself: poll, bounded, for the files to go.
for ($i = 0; $i -lt 120 -and (Test-Path "$dir\jogg-desktop.exe"); $i++) { Start-Sleep -Milliseconds 500 }
foreach ($path in "$dir\jogg-desktop.exe", $menu, $desktop, $uninstallKey) {
    if (Test-Path $path) { throw "uninstall left $path behind" }
}
Write-Host 'uninstalled: app, shortcuts and Apps entry gone'
