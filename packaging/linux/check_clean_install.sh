#!/usr/bin/env bash
# Proves the .deb's Depends are complete: installs it with apt on a clean Debian 12 (minbase
# debootstrap, nothing else) and runs the frozen --smoke offscreen and on Xvfb there.
# Root only; downloads ~100 MB of Debian packages; ~3 min. Not part of the CI check (too slow).
#   packaging/linux/check_clean_install.sh dist/jogg-desktop_<version>_amd64.deb
set -euo pipefail
DEB=$(readlink -f "${1:?usage: check_clean_install.sh path/to.deb}")
[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || apt-get install -y -q debootstrap >/dev/null
ROOT=$(mktemp -d /tmp/jogg-minbase.XXXXXX)
cleanup() { umount "$ROOT/proc" 2>/dev/null || true; rm -rf "$ROOT"; }
trap cleanup EXIT
debootstrap --variant=minbase bookworm "$ROOT" http://deb.debian.org/debian >/dev/null
cp "$DEB" "$ROOT/root/app.deb"
mount -t proc proc "$ROOT/proc"
chroot "$ROOT" /bin/bash -euc '
  export DEBIAN_FRONTEND=noninteractive JOGG_DESKTOP_HOME=/root/home
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends /root/app.deb >/dev/null
  QT_QPA_PLATFORM=offscreen /usr/bin/jogg-desktop --smoke 2>/dev/null
  apt-get install -y -q --no-install-recommends xvfb xauth >/dev/null  # the X server only
  QT_QPA_PLATFORM=xcb xvfb-run -a /usr/bin/jogg-desktop --smoke 2>/dev/null'
echo "clean Debian 12: installed and ran"
