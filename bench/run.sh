#!/usr/bin/env bash
# Run every benchmark and print the table:  bench/run.sh [--quick] [--json PATH] [--only a,b]
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen QT_API=pyside6
exec .venv/bin/python -m bench "$@"
