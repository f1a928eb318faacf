#!/usr/bin/env bash
# Lay out the frozen bundle as a Debian package and a tarball.
#   /opt/rehab-coach/            the PyInstaller one-folder bundle
#   /usr/bin/rehab-coach         symlink to it, so the menu entry and a terminal find it
#   /usr/share/applications/     the .desktop entry (validated)
#   /usr/share/icons/hicolor/    PNG sizes + scalable SVG
#   /usr/share/metainfo/         AppStream metainfo (validated when appstreamcli exists)
# Usage: make_deb.sh BUNDLE_DIR VERSION OUT_DIR   (run from anywhere)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bundle="$(cd "$1" && pwd)"; version="$2"; out="$(mkdir -p "$3" && cd "$3" && pwd)"
app=rehab-coach
appstream_id=org.rehabcoach.RehabCoach
arch="$(dpkg --print-architecture)"

desktop-file-validate "$here/$app.desktop"
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$here/$app.metainfo.xml"
else
  echo "make_deb: appstreamcli not found; metainfo not validated" >&2
fi

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
pkg="$stage/pkg"
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
  "$pkg/usr/share/metainfo" "$pkg/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$pkg/opt/$app"
ln -s "/opt/$app/$app" "$pkg/usr/bin/$app"
install -m 644 "$here/$app.desktop" "$pkg/usr/share/applications/$app.desktop"
install -m 644 "$here/$app.metainfo.xml" "$pkg/usr/share/metainfo/$appstream_id.metainfo.xml"
install -m 644 "$root/assets/icons/$app.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/$app.svg"
for png in "$root"/assets/icons/"$app"-*.png; do
  size="$(basename "$png" .png)"; size="${size##*-}"
  install -D -m 644 "$png" "$pkg/usr/share/icons/hicolor/${size}x${size}/apps/$app.png"
done
chmod -R u+rwX,go+rX,go-w "$pkg"

installed_kb="$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)"
cat >"$pkg/DEBIAN/control" <<CONTROL
Package: $app
Version: $version
Section: misc
Priority: optional
Architecture: $arch
Maintainer: Rehab Coach developers <noreply@rehabcoach.invalid>
Installed-Size: $installed_kb
Depends: libc6 (>= 2.28), libegl1, libgl1, libfontconfig1, libfreetype6, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libdbus-1-3
Recommends: libpulse0, speech-dispatcher
Homepage: https://rehabcoach.invalid/
Description: offline coach for a physiotherapy home-exercise routine
 Counts reps and holds, rests you between sets and switches sides, keeps a
 pain diary with a trend chart, a calendar of what was done, and prints a
 progress report for your physiotherapist. All records stay on your disk.
CONTROL
cat >"$pkg/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database -q /usr/share/applications || true; fi
POSTINST
cp "$pkg/DEBIAN/postinst" "$pkg/DEBIAN/postrm"
chmod 755 "$pkg/DEBIAN/postinst" "$pkg/DEBIAN/postrm"

deb="$out/${app}_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz -z9 --build "$pkg" "$deb" >/dev/null
tar -C "$pkg/opt" --owner=0 --group=0 -czf "$out/$app-$version-linux-$(uname -m).tar.gz" "$app"
echo "make_deb: $(basename "$deb") $(du -k "$deb" | cut -f1) KiB, installed ${installed_kb} KiB"
