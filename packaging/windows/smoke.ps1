# Runs a frozen (windowed) jogg-desktop.exe --smoke with a bounded wait: its line goes to -Out
# (a windowed exe has no console). A run that does not end in time (a dialog nobody can click)
# is killed and fails the step instead of hanging the job.
#   packaging\windows\smoke.ps1 -Exe PATH -Out FILE [-Keyring] [-TimeoutSeconds 120]
param(
    [Parameter(Mandatory)] [string] $Exe,
    [Parameter(Mandatory)] [string] $Out,
    [switch] $Keyring,
    [int] $TimeoutSeconds = 120
)
$ErrorActionPreference = 'Stop'
$arguments = @('--smoke', '--smoke-out', "`"$Out`"")
if ($Keyring) { $arguments += '--smoke-keyring' }
Remove-Item -Force -ErrorAction SilentlyContinue $Out
$p = Start-Process -FilePath $Exe -ArgumentList $arguments -PassThru
$null = $p.Handle  # keeps ExitCode readable after the process ends
if (-not $p.WaitForExit($TimeoutSeconds * 1000)) {
    Stop-Process -Id $p.Id -Force
    throw "$Exe --smoke did not finish in $TimeoutSeconds s (killed)"
}
if (Test-Path $Out) { Get-Content $Out } else { Write-Host "no smoke line written to $Out" }
if ($p.ExitCode -ne 0) { throw "$Exe --smoke exited $($p.ExitCode)" }
