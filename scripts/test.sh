#!/usr/bin/env bash
# Sets up (runtime + dev tools) and runs every check: ruff, mypy --strict, the layer rules, and the
# whole pytest suite offscreen, with a real Secret Service (gnome-keyring under a private dbus).
#   scripts/test.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --dev
scripts/packaging_tools.sh  # wine + the pinned npm tools for tests/packaging (skipped when present)

echo "==> ruff"
.venv/bin/ruff check jogg_desktop ui tests bench scripts main.py
echo "==> mypy --strict jogg_desktop ui bench scripts"
# Every package named here is checked in full; modules only imported are read for their types,
# their own errors reported where they are named.
.venv/bin/mypy --strict --follow-imports=silent jogg_desktop ui bench scripts
echo "==> lint-imports (layer rules in pyproject.toml)"
.venv/bin/lint-imports

export QT_QPA_PLATFORM=offscreen QT_API=pyside6 PYTHONDONTWRITEBYTECODE=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/run"
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
echo "==> pytest"
# A private session bus with an unlocked gnome-keyring: the real Secret Service for keyring tests.
dbus-run-session -- bash -c '
  echo -n test-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
  exec .venv/bin/python -m pytest "$@"' bash "$@"
