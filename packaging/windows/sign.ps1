# Signs one file (SHA-256, RFC 3161 timestamp) with the SignTool set up by trusted_signing.ps1.
# Used for the app's exe and, through the .iss's SignTool=jogg, for Setup.exe and its uninstaller:
#   ISCC /DSign "/Sjogg=pwsh -NoProfile -File $qC:\...\sign.ps1$q $f" jogg-desktop.iss
param([Parameter(Mandatory)] [string] $File)
$ErrorActionPreference = 'Stop'
foreach ($name in 'JOGG_SIGNTOOL', 'JOGG_SIGN_DLIB', 'JOGG_SIGN_METADATA') {
    if (-not (Test-Path "env:$name")) { throw "$name is not set: run trusted_signing.ps1 first" }
}
& $env:JOGG_SIGNTOOL sign /v /fd SHA256 /tr 'http://timestamp.acs.microsoft.com' /td SHA256 `
    /dlib $env:JOGG_SIGN_DLIB /dmdf $env:JOGG_SIGN_METADATA $File
if ($LASTEXITCODE -ne 0) { throw "signtool failed ($LASTEXITCODE) on $File" }
& $env:JOGG_SIGNTOOL verify /pa $File
exit $LASTEXITCODE
