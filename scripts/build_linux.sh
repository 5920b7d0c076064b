#!/usr/bin/env bash
# Builds the Linux installers of Jogg Desktop on this machine:
#   dist/jogg-desktop/                                  the PyInstaller onedir bundle
#   dist/jogg-desktop-<version>-linux-<arch>.tar.gz     that bundle, packed
#   dist/jogg-desktop_<version>_<debarch>.deb           /opt/jogg-desktop + /usr/bin launcher +
#                                                       desktop file + hicolor icons, deps declared
#   scripts/build_linux.sh [--no-setup]      (DEB_XZ_LEVEL=1..9 sets the .deb compression, default 9)
# Build on the oldest distribution you support: the bundle needs the build host's glibc or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = "--no-setup" ] || scripts/setup.sh --dev  # PyInstaller + the xcb libraries it bundles

NAME=jogg-desktop
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' jogg_desktop/__init__.py)
ARCH=$(uname -m)
DEBARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
start=$(date +%s)

echo "==> Icons"
.venv/bin/python scripts/make_icons.py build/icons >/dev/null

echo "==> Freezing with PyInstaller"
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/$NAME.spec >build/pyinstaller.log 2>&1 || { tail -40 build/pyinstaller.log; exit 1; }
BUNDLE=dist/$NAME
[ -x "$BUNDLE/$NAME" ] || { echo "no bundle at $BUNDLE" >&2; exit 1; }

echo "==> tar.gz (in the background) and .deb"
TARBALL=dist/$NAME-$VERSION-linux-$ARCH.tar.gz
tar -C dist -czf "$TARBALL" $NAME &
tar_pid=$!

ROOT=build/deb/root
rm -rf build/deb && mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
  "$ROOT/usr/share/doc/$NAME"
cp -a "$BUNDLE" "$ROOT/opt/$NAME"
install -m 755 packaging/linux/$NAME.sh "$ROOT/usr/bin/$NAME"
install -m 644 packaging/linux/$NAME.desktop "$ROOT/usr/share/applications/$NAME.desktop"
install -m 644 packaging/linux/copyright "$ROOT/usr/share/doc/$NAME/copyright"
mkdir -p "$ROOT/usr/share/icons" && cp -r build/icons/hicolor "$ROOT/usr/share/icons/hicolor"
chmod -R u+rwX,go+rX,go-w "$ROOT"

# Depends: every shared library some bundled binary links but the bundle does not ship, mapped
# to the Debian package that provides it on this (build) host; libc6 at least the host's glibc.
needed=$(find "$BUNDLE" -type f \( -name '*.so*' -o -name "$NAME" \) -exec objdump -p {} \; 2>/dev/null \
  | awk '/^ *NEEDED/{print $2}' | sort -u)
shipped=$(find "$BUNDLE" -printf '%f\n' | sort -u)
ldcache=$(ldconfig -p)
pkgs=""
for lib in $(comm -23 <(echo "$needed") <(echo "$shipped")); do
  path=$(awk -v l="$lib" '$1 == l && /x86-64|64bit|AArch64/ && !found {print $NF; found = 1}' <<<"$ldcache")
  [ -n "$path" ] || { echo "build host lacks $lib (needed by the bundle)" >&2; exit 1; }
  pkg=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(readlink -f "$path")" 2>/dev/null \
    || dpkg -S "/usr$path" 2>/dev/null || dpkg -S "${path#/usr}" 2>/dev/null || true)
  pkg=${pkg%%:*}
  [ -n "$pkg" ] || { echo "no Debian package provides $path" >&2; exit 1; }
  pkgs="$pkgs $pkg"
done
glibc=$(dpkg-query -W -f='${Version}' libc6 | sed 's/-.*//')
# + fontconfig-config: libfontconfig reads the system's font configuration (and that package
# brings a font), else the app shows no text on a minimal system.
depends="libc6 (>= $glibc), fontconfig-config"
# Debian 13 / Ubuntu 24.04 renamed some libraries for 64-bit time_t (libssl3 -> libssl3t64):
# accept either name, so one .deb installs on the oldest and the newest supported systems.
T64_RENAMED=" libssl3 libglib2.0-0 libpng16-16 libasound2 "
for p in $(tr ' ' '\n' <<<"$pkgs" | sort -u); do
  [ "$p" = libc6 ] && continue
  case "$T64_RENAMED" in
    *" $p "*) depends="$depends, $p | ${p}t64" ;;
    *) depends="$depends, $p" ;;
  esac
done
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$DEBARCH/" -e "s/@DEPENDS@/$depends/" \
  -e "s/@INSTALLED_SIZE@/$(du -sk --apparent-size "$ROOT" | cut -f1)/" \
  packaging/linux/control.in >"$ROOT/DEBIAN/control"
DEB=dist/${NAME}_${VERSION}_$DEBARCH.deb
# xz -9 for releases; the CI check here passes DEB_XZ_LEVEL=1 (much faster, a few MB bigger).
dpkg-deb --root-owner-group -Zxz -z"${DEB_XZ_LEVEL:-9}" --build "$ROOT" "$DEB" >/dev/null

wait "$tar_pid"

echo "==> Done in $(( $(date +%s) - start )) s"
echo "bundle:  $BUNDLE ($(du -sm --apparent-size "$BUNDLE" | cut -f1) MB unpacked)"
echo "tar.gz:  $TARBALL ($(( $(stat -c %s "$TARBALL") / 1048576 )) MB)"
echo "deb:     $DEB ($(( $(stat -c %s "$DEB") / 1048576 )) MB; Depends: $depends)"
