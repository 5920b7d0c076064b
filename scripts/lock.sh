#!/usr/bin/env bash
# Regenerates the lock files from pyproject.toml, keeping every version already locked unless
# pyproject.toml asks for another (uv's resolver; pip installs the result):
#   requirements.lock        the app, for Linux, Windows and macOS (environment markers), with
#                            the sha256 of every file of each pinned version (pip --require-hashes)
#   requirements-build.lock  the app + PyInstaller: the installer jobs on each OS
#   requirements-dev.lock    the app + tests + tools, for development and CI (Linux)
# tests/packaging/test_locks.py checks that each locked package has a wheel for each target.
#   scripts/lock.sh [--upgrade-package NAME ...]
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.8
tools=build/lock-tools
if [ ! -x "$tools/bin/uv" ] || [ "$("$tools/bin/uv" --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  python3 -m venv "$tools"
  "$tools/bin/python" -m pip install -q "uv==$UV_VERSION"
fi
export SSL_CERT_FILE=${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}
compile() {  # OUT [--extra NAME]
  local out=$1; shift
  "$tools/bin/uv" pip compile pyproject.toml "$@" --universal --python-version 3.11 --generate-hashes \
    --custom-compile-command scripts/lock.sh --quiet -o "$out" ${UPGRADE:+$UPGRADE}
}
UPGRADE="$*"
compile requirements.lock
compile requirements-build.lock --extra build
compile requirements-dev.lock --extra dev
echo "locked: requirements.lock requirements-build.lock requirements-dev.lock"
