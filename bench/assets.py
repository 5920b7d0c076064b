"""Generated inputs, made once into the cache folder (never into git).

- ``video-200mb.mp4``: 200 MiB that start with an MP4 ``ftyp`` box, the rest random
  (incompressible, so no layer can cheat with compression).
- ``photos/photo-NNN.jpg``: 60 photo-like 2000×2000 JPEGs, made with QtGui in a child process.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from bench.context import Context, run_module

VIDEO_MIB = 200
PHOTO_COUNT = 60
PHOTO_SIZE = 2000
_VERSION = 1


def video(ctx: Context) -> Path:
    path = ctx.cache_dir / f"video-{VIDEO_MIB}mb.mp4"
    if path.exists() and path.stat().st_size == VIDEO_MIB * 1024 * 1024:
        return path
    ctx.log(f"generating {path}")
    tmp = path.with_suffix(".part")
    with tmp.open("wb") as f:
        ftyp = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"
        f.write(ftyp)
        remaining = VIDEO_MIB * 1024 * 1024 - len(ftyp)
        while remaining:
            chunk = os.urandom(min(remaining, 4 * 1024 * 1024))
            f.write(chunk)
            remaining -= len(chunk)
    tmp.replace(path)
    return path


def photos(ctx: Context) -> list[Path]:
    folder = ctx.cache_dir / "photos"
    manifest = folder / "manifest.json"
    wanted = {"version": _VERSION, "count": PHOTO_COUNT, "size": PHOTO_SIZE}
    names = [f"photo-{i:03d}.jpg" for i in range(PHOTO_COUNT)]
    if not (
        manifest.exists()
        and json.loads(manifest.read_text()) == wanted
        and all((folder / n).exists() for n in names)
    ):
        ctx.log(f"generating {PHOTO_COUNT} JPEGs into {folder}")
        run_module(ctx, "bench.drivers.make_jpegs", str(folder), str(PHOTO_COUNT), str(PHOTO_SIZE))
        manifest.write_text(json.dumps(wanted))
    return [folder / n for n in names]
