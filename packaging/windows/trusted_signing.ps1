# Sets up Windows code signing through Azure Artifact Signing (formerly Trusted Signing): the key
# lives on Microsoft's HSMs, SignTool reaches it through Microsoft's dlib, and the workflow is
# logged in to Azure (azure/login, OIDC) beforehand, so no signing secret is stored anywhere.
#   packaging\windows\trusted_signing.ps1 -Endpoint URL -Account NAME -CertificateProfile NAME
# Writes JOGG_SIGNTOOL, JOGG_SIGN_DLIB and JOGG_SIGN_METADATA to $env:GITHUB_ENV (or this
# session), which packaging\windows\sign.ps1 reads.
param(
    [Parameter(Mandatory)] [string] $Endpoint,
    [Parameter(Mandatory)] [string] $Account,
    [Parameter(Mandatory)] [string] $CertificateProfile
)
$ErrorActionPreference = 'Stop'
$ClientVersion = '1.0.128'  # Microsoft.ArtifactSigning.Client on NuGet

$kits = "${env:ProgramFiles(x86)}\Windows Kits\10\bin"
$signtool = Get-ChildItem "$kits\10.*\x64\signtool.exe" | Sort-Object { [version]$_.Directory.Parent.Name } |
    Select-Object -Last 1
if (-not $signtool) { throw "no signtool.exe under $kits (install the Windows SDK)" }

$tools = Join-Path $env:RUNNER_TEMP 'artifact-signing'
nuget install Microsoft.ArtifactSigning.Client -Version $ClientVersion -OutputDirectory $tools -NonInteractive
if ($LASTEXITCODE -ne 0) { throw "nuget install failed ($LASTEXITCODE)" }
$dlib = Get-ChildItem $tools -Recurse -Filter '*.Dlib.dll' | Where-Object { $_.FullName -match '\\x64\\' } |
    Select-Object -First 1
if (-not $dlib) { throw "no x64 *.Dlib.dll in Microsoft.ArtifactSigning.Client $ClientVersion" }

$metadata = Join-Path $tools 'metadata.json'
@{
    Endpoint               = $Endpoint
    CodeSigningAccountName = $Account
    CertificateProfileName = $CertificateProfile
    # The workflow logged in with azure/login: use the Azure CLI's credential, nothing else.
    ExcludeCredentials     = @('ManagedIdentityCredential', 'EnvironmentCredential', 'WorkloadIdentityCredential',
                               'SharedTokenCacheCredential', 'VisualStudioCredential',
                               'VisualStudioCodeCredential', 'AzurePowerShellCredential',
                               'AzureDeveloperCliCredential', 'InteractiveBrowserCredential')
} | ConvertTo-Json | Set-Content -Path $metadata -Encoding utf8

$vars = @{ JOGG_SIGNTOOL = $signtool.FullName; JOGG_SIGN_DLIB = $dlib.FullName; JOGG_SIGN_METADATA = $metadata }
foreach ($name in $vars.Keys) {
    Set-Item -Path "env:$name" -Value $vars[$name]
    if ($env:GITHUB_ENV) { "$name=$($vars[$name])" | Out-File -FilePath $env:GITHUB_ENV -Append -Encoding utf8 }
}
Write-Host "signing with $($signtool.FullName) + $($dlib.FullName)"
