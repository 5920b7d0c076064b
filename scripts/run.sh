#!/usr/bin/env bash
# Sets up Jogg Desktop (system packages when root, .venv with the locked packages) and launches it.
# With no API key saved, the first screen offers the built-in demo.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/python main.py "$@"
