#!/bin/sh
# /usr/bin/jogg-desktop: starts the bundle installed under /opt/jogg-desktop.
exec /opt/jogg-desktop/jogg-desktop "$@"
