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


TINY_VIDEO_MIB = 2
TINY_PHOTO_COUNT = 3
TINY_PHOTO_SIZE = 300


def video(ctx: Context) -> Path:
    mib = TINY_VIDEO_MIB if ctx.tiny else VIDEO_MIB
    path = ctx.cache_dir / f"video-{mib}mb.mp4"
    if path.exists() and path.stat().st_size == mib * 1024 * 1024:
        return path
    ctx.log(f"generating {path}")
    tmp = path.with_suffix(".part")
    with tmp.open("wb") as f:
        ftyp = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"
        f.write(ftyp)
        remaining = mib * 1024 * 1024 - len(ftyp)
        while remaining:
            chunk = os.urandom(min(remaining, 4 * 1024 * 1024))
            f.write(chunk)
            remaining -= len(chunk)
    tmp.replace(path)
    return path


def photos(ctx: Context) -> list[Path]:
    count, size = (TINY_PHOTO_COUNT, TINY_PHOTO_SIZE) if ctx.tiny else (PHOTO_COUNT, PHOTO_SIZE)
    folder = ctx.cache_dir / ("photos-tiny" if ctx.tiny else "photos")
    manifest = folder / "manifest.json"
    wanted = {"version": _VERSION, "count": count, "size": size}
    names = [f"photo-{i:03d}.jpg" for i in range(count)]
    if not (
        manifest.exists()
        and json.loads(manifest.read_text()) == wanted
        and all((folder / n).exists() for n in names)
    ):
        ctx.log(f"generating {count} JPEGs into {folder}")
        run_module(ctx, "bench.drivers.make_jpegs", str(folder), str(count), str(size))
        manifest.write_text(json.dumps(wanted))
    return [folder / n for n in names]
