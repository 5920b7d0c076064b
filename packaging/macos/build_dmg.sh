#!/usr/bin/env bash
# macOS: sign the PyInstaller .app, wrap it in a DMG with an Applications link, notarize, staple.
#   packaging/macos/build_dmg.sh ARCH        (ARCH: arm64 or x86_64, used in the file name)
# Input: "dist/Jogg Desktop.app" (pyinstaller packaging/jogg-desktop.spec on macOS).
# Output: dist/jogg-desktop-<version>-macos-<ARCH>.dmg
# Signing uses these environment variables when present (CI secrets), else an ad-hoc signature
# (runs on the machine that built it; on other Macs Gatekeeper blocks it until the user allows it
# in System Settings, see README "Installing"):
#   MACOS_CERT_P12_BASE64, MACOS_CERT_PASSWORD   a "Developer ID Application" certificate (.p12)
#   MACOS_SIGN_IDENTITY                          e.g. "Developer ID Application: Name (TEAMID)"
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD  notarization (app-specific password)
# Checked on Linux against stub codesign/hdiutil/xcrun/security: tests/packaging/test_macos_dmg.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
ARCH=${1:?usage: build_dmg.sh arm64|x86_64}
APP="dist/Jogg Desktop.app"
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' jogg_desktop/__init__.py)
[ -n "$VERSION" ] || { echo "no __version__ in jogg_desktop/__init__.py" >&2; exit 1; }
DMG="dist/jogg-desktop-$VERSION-macos-$ARCH.dmg"
ENTITLEMENTS=packaging/macos/entitlements.plist
HDIUTIL_TRIES=${HDIUTIL_TRIES:-5}
RETRY_DELAY=${RETRY_DELAY:-10}
[ -d "$APP" ] || { echo "no $APP: run pyinstaller packaging/jogg-desktop.spec first" >&2; exit 1; }

WORK=$(mktemp -d)
KEYCHAIN=""
OLD_KEYCHAINS=()
cleanup() {
  # Whatever happened: the temporary keychain (and the certificate in it) goes, the user's
  # keychain search list comes back, and the staging folder is removed.
  if [ -n "$KEYCHAIN" ]; then
    if [ "${#OLD_KEYCHAINS[@]}" -gt 0 ]; then
      security list-keychains -d user -s "${OLD_KEYCHAINS[@]}" || true
    fi
    security delete-keychain "$KEYCHAIN" || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

IDENTITY="-"
if [ -n "${MACOS_CERT_P12_BASE64:-}" ] && [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "==> Importing the signing certificate into a temporary keychain"
  KEYCHAIN="$WORK/signing.keychain-db"
  KC_PASS=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
  while IFS= read -r line; do
    line=${line#"${line%%[![:space:]]*}"}
    line=${line#\"}
    OLD_KEYCHAINS+=("${line%\"}")
  done < <(security list-keychains -d user)
  security create-keychain -p "$KC_PASS" "$KEYCHAIN"
  security set-keychain-settings -lut 21600 "$KEYCHAIN"
  security unlock-keychain -p "$KC_PASS" "$KEYCHAIN"
  printf '%s' "$MACOS_CERT_P12_BASE64" | base64 --decode >"$WORK/cert.p12"
  security import "$WORK/cert.p12" -k "$KEYCHAIN" -P "${MACOS_CERT_PASSWORD:-}" -T /usr/bin/codesign
  rm -f "$WORK/cert.p12"
  security set-key-partition-list -S apple-tool:,apple: -s -k "$KC_PASS" "$KEYCHAIN" >/dev/null
  security list-keychains -d user -s "$KEYCHAIN" "${OLD_KEYCHAINS[@]}"
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
STAGE="$WORK/stage"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
# hdiutil fails now and then with "Resource busy" (Spotlight, XProtect still holding the
# staging folder): retry a few times, bounded.
for try in $(seq 1 "$HDIUTIL_TRIES"); do
  if hdiutil create -volname "Jogg Desktop" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"; then
    break
  fi
  if [ "$try" = "$HDIUTIL_TRIES" ]; then
    echo "hdiutil create failed $HDIUTIL_TRIES times" >&2
    exit 1
  fi
  echo "hdiutil create failed (try $try of $HDIUTIL_TRIES): retrying in $RETRY_DELAY s" >&2
  sleep "$RETRY_DELAY"
done
[ "$IDENTITY" = "-" ] || codesign --force --timestamp --sign "$IDENTITY" "$DMG"

if [ "$IDENTITY" != "-" ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  echo "==> Notarizing (waits for Apple) and stapling"
  AUTH=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
  # notarytool exits 0 when Apple answers "Invalid" too: read the status from its JSON.
  xcrun notarytool submit "$DMG" "${AUTH[@]}" --wait --output-format json >"$WORK/notary.json"
  read -r STATUS SUBMISSION < <(python3 - "$WORK/notary.json" <<'EOF'
import json, sys
answer = json.load(open(sys.argv[1], encoding="utf-8"))
print(answer.get("status", "unknown").replace(" ", "_"), answer.get("id", "none"))
EOF
)
  echo "notarization $SUBMISSION: $STATUS"
  if [ "$STATUS" != "Accepted" ]; then
    echo "Notarization was not accepted ($STATUS). Apple's log:" >&2
    xcrun notarytool log "$SUBMISSION" "${AUTH[@]}" >&2 || true
    exit 1
  fi
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
else
  echo "==> Not notarized (no Developer ID certificate / notarization secrets)."
  echo "    Users must allow it once: open it, then System Settings > Privacy & Security > Open Anyway."
fi
echo "dmg: $DMG ($(du -m "$DMG" | cut -f1) MB)"
