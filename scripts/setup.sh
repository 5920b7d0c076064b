#!/usr/bin/env bash
# Sets up everything Jogg Desktop needs on Debian/Ubuntu with Python 3.11:
# the Debian packages (installed when run as root, else the exact apt line is printed)
# and a virtual environment at .venv with the locked Python packages.
#   scripts/setup.sh          runtime only
#   scripts/setup.sh --dev    runtime + test/dev tools
set -euo pipefail
cd "$(dirname "$0")/.."

DEV=0
[ "${1:-}" = "--dev" ] && DEV=1

# Qt offscreen + xcb under Xvfb + multimedia (see shared notes on the Qt stack).
APT_PKGS="libegl1 libgl1 libx11-6 libbrotli1 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
 libxkbcommon0 xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
 libpulse0 libxrandr2 dbus gnome-keyring python3-venv"
if [ "$DEV" = 1 ]; then
  # fonts-noto-cjk: Chinese and Japanese text in screenshots and the layout tests.
  APT_PKGS="$APT_PKGS dbus-x11 desktop-file-utils curl imagemagick binutils fonts-noto-cjk"
fi
APT_PKGS=$(echo $APT_PKGS)

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $APT_PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> Installing system packages:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "==> Some system packages are missing. Install them with:"
    echo "    sudo apt-get install -y$missing"
  fi
fi

if [ "$DEV" = 1 ] && command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  echo "==> No Chinese/Japanese font found (fonts-noto-cjk): CJK screenshots would show boxes." >&2
fi

PY=""
for cand in python3.11 python3; do
  if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
    PY=$cand; break
  fi
done
if [ -z "$PY" ]; then
  echo "Python 3.11 is required (PySide6 6.11.3 is pinned for it). Install python3.11 and retry." >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  echo "==> Creating .venv with $PY"
  "$PY" -m venv .venv
fi
LOCK=requirements.lock
[ "$DEV" = 1 ] && LOCK=requirements-dev.lock
stamp=".venv/.installed-$(sha256sum "$LOCK" pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "==> Installing Python packages from $LOCK"
  .venv/bin/python -m pip install -q --disable-pip-version-check --require-hashes -r "$LOCK"
  rm -f .venv/.installed-*
  touch "$stamp"
fi

# Our translations: resources/translations/*.ts → .qm (build outputs, not in git).
.venv/bin/python scripts/i18n.py compile >/dev/null
