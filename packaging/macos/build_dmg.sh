#!/usr/bin/env bash
# macOS: sign the PyInstaller .app, wrap it in a DMG with an Applications link, notarize, staple.
#   packaging/macos/build_dmg.sh ARCH        (ARCH: arm64 or x86_64, used in the file name)
# Input: "dist/Jogg Desktop.app" (pyinstaller packaging/jogg-desktop.spec on macOS).
# Output: dist/jogg-desktop-<version>-macos-<ARCH>.dmg
# Signing uses these environment variables when present (CI secrets), else an ad-hoc signature
# (runs on the machine that built it; Gatekeeper on other Macs asks the user to confirm):
#   MACOS_CERT_P12_BASE64, MACOS_CERT_PASSWORD   a "Developer ID Application" certificate (.p12)
#   MACOS_SIGN_IDENTITY                          e.g. "Developer ID Application: Name (TEAMID)"
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD  notarization (app-specific password)
set -euo pipefail
cd "$(dirname "$0")/../.."
ARCH=${1:?usage: build_dmg.sh arm64|x86_64}
APP="dist/Jogg Desktop.app"
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' jogg_desktop/__init__.py)
DMG="dist/jogg-desktop-$VERSION-macos-$ARCH.dmg"
ENTITLEMENTS=packaging/macos/entitlements.plist
[ -d "$APP" ] || { echo "no $APP: run pyinstaller packaging/jogg-desktop.spec first" >&2; exit 1; }

IDENTITY="-"
if [ -n "${MACOS_CERT_P12_BASE64:-}" ] && [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "==> Importing the signing certificate into a temporary keychain"
  RUNNER_TEMP=${RUNNER_TEMP:-$(mktemp -d)}
  KEYCHAIN="$RUNNER_TEMP/signing.keychain-db"
  KC_PASS=$(uuidgen)
  security create-keychain -p "$KC_PASS" "$KEYCHAIN"
  security set-keychain-settings -lut 21600 "$KEYCHAIN"
  security unlock-keychain -p "$KC_PASS" "$KEYCHAIN"
  echo "$MACOS_CERT_P12_BASE64" | base64 --decode >"$RUNNER_TEMP/cert.p12"
  security import "$RUNNER_TEMP/cert.p12" -k "$KEYCHAIN" -P "${MACOS_CERT_PASSWORD:-}" -T /usr/bin/codesign
  rm -f "$RUNNER_TEMP/cert.p12"
  security set-key-partition-list -S apple-tool:,apple: -s -k "$KC_PASS" "$KEYCHAIN" >/dev/null
  security list-keychains -d user -s "$KEYCHAIN" $(security list-keychains -d user | tr -d '"')
  IDENTITY=$MACOS_SIGN_IDENTITY
fi

echo "==> Signing (identity: $IDENTITY), inside out, hardened runtime"
SIGN=(codesign --force --timestamp --options runtime --sign "$IDENTITY")
[ "$IDENTITY" = "-" ] && SIGN=(codesign --force --sign -)
# Every Mach-O inside first (libraries, plugins, Python extensions), then the app itself.
find "$APP/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 |
  while IFS= read -r -d '' f; do
    if file -b "$f" | grep Mach-O >/dev/null; then "${SIGN[@]}" "$f"; fi
  done
"${SIGN[@]}" --entitlements "$ENTITLEMENTS" "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"

echo "==> DMG with an Applications link"
STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Jogg Desktop" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
rm -rf "$STAGE"
[ "$IDENTITY" = "-" ] || codesign --force --timestamp --sign "$IDENTITY" "$DMG"

if [ "$IDENTITY" != "-" ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  echo "==> Notarizing (waits for Apple) and stapling"
  xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
else
  echo "==> Not notarized (no Developer ID certificate / notarization secrets)"
fi
echo "dmg: $DMG ($(du -m "$DMG" | cut -f1) MB)"
