#!/usr/bin/env bash
# Build the macOS .app and .dmg: tests -> PyInstaller (BUNDLE in the spec) -> smoke test ->
# optional codesign -> hdiutil .dmg -> optional notarisation + stapling.
# Signing runs only when MACOS_SIGN_IDENTITY is set ("Developer ID Application: ...");
# notarisation only when NOTARY_APPLE_ID, NOTARY_TEAM_ID and NOTARY_PASSWORD (an app-specific
# password) are set as well. The certificate must already be in a keychain (the release
# workflow imports it from a secret).
# SKIP_TESTS=1 skips the tests; PYTHON picks the interpreter.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
py="${PYTHON:-python3}"
version="$("$py" -c 'import coach; print(coach.__version__)')"
name="$("$py" -c 'import coach; print(coach.APP_NAME)')"
app="dist/$name.app"
dmg="dist/rehab-coach-$version-macos-$(uname -m).dmg"

if [ "${SKIP_TESTS:-0}" != 1 ]; then
  QT_QPA_PLATFORM=offscreen "$py" -m pytest -q
fi

"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build build_scripts/rehab-coach.spec
/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist"

# Smoke test: the binary inside the bundle, clean env, temp HOME, from outside the tree.
bash build_scripts/smoke_test.sh "$app/Contents/MacOS/rehab-coach"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "== codesign with $MACOS_SIGN_IDENTITY"
  codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
else
  echo "== codesign skipped (MACOS_SIGN_IDENTITY not set); Gatekeeper will ask users to confirm"
fi

echo "== dmg"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "$name $version" -srcfolder "$stage" -ov -format UDZO "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${NOTARY_APPLE_ID:-}" ]; then
  echo "== notarise"
  xcrun notarytool submit "$dmg" --apple-id "$NOTARY_APPLE_ID" --team-id "$NOTARY_TEAM_ID" \
    --password "$NOTARY_PASSWORD" --wait
  xcrun stapler staple "$dmg"
else
  echo "== notarisation skipped (needs MACOS_SIGN_IDENTITY and NOTARY_APPLE_ID/TEAM_ID/PASSWORD)"
fi
ls -l "$dmg"
