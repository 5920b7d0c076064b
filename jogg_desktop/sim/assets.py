"""Generated media of the catalogs and the demo shop, made lazily and once.

Files live in the shared asset folder (SimConfig.asset_dir, default
``paths.cache_dir()/sim-assets``) under ``catalog/...`` and ``shop/...``. Audio is written here
(stdlib ``wave``); images and clips by child processes
(``python -m jogg_desktop.sim.render_assets MANIFEST``). A request for a missing file starts a
child for its batch — the missing files of the same folder and type, the requested one first —
and waits for the file to appear; so a test that needs one shop picture does not pay for every
avatar clip.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import subprocess
from pathlib import Path
from typing import Any

from jogg_desktop.childproc import python_module_command
from jogg_desktop.sim import audio, catalog, shop
from jogg_desktop.sim.context import SimContext

COVER_SIZES = {0: (360, 640), 1: (640, 360), 2: (480, 480)}
CLIP_SIZES = {0: (180, 320), 1: (320, 180), 2: (240, 240)}
CHILD_ENV = {"QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.multimedia*=false"}
WAIT_STEP = 0.05
WAIT_LIMIT = 120.0


def visual_items() -> dict[str, dict[str, Any]]:
    """Every generated picture and clip, by relative path."""
    items: dict[str, dict[str, Any]] = {}
    for a in (*catalog.AVATARS, *catalog.CUSTOM_AVATARS):
        base = {"kind": "avatar", "label": a.name, "seed": a.avatar_id, "gender": a.gender,
                "scene": a.scene}
        items[f"catalog/{a.media_stem}.jpg"] = {**base, "size": COVER_SIZES[a.aspect_ratio]}
        items[f"catalog/{a.media_stem}.mp4"] = {**base, "size": CLIP_SIZES[a.aspect_ratio], "seconds": 2}
    for t in (*catalog.TEMPLATES, *catalog.CUSTOM_TEMPLATES):
        base = {"kind": "template", "label": t.name, "seed": t.template_id}
        items[f"catalog/{t.media_stem}.jpg"] = {**base, "size": COVER_SIZES[t.aspect_ratio]}
        items[f"catalog/{t.media_stem}.mp4"] = {**base, "size": CLIP_SIZES[t.aspect_ratio], "seconds": 3}
    for p in shop.PRODUCTS:
        for i, (size, path) in enumerate(zip(p.image_sizes, p.image_paths(), strict=True)):
            items[path] = {"kind": "product", "label": p.name, "motif": p.motif, "hue": p.hue,
                           "seed": i, "size": size}
        if p.has_video:
            items[p.video_path] = {"kind": "product", "label": p.name, "motif": p.motif, "hue": p.hue,
                                   "seed": 0, "size": (480, 480), "seconds": 4}
    return items


def audio_items() -> dict[str, tuple[str, Any]]:
    items: dict[str, tuple[str, Any]] = {}
    for v in (*catalog.VOICES, *catalog.CUSTOM_VOICES):
        items[f"catalog/{v.media_stem}.wav"] = ("voice", v)
    for m in (*catalog.MUSICS, *catalog.CUSTOM_MUSICS):
        items[f"catalog/{m.media_stem}.wav"] = ("music", m)
    return items


class AssetStore:
    def __init__(self, ctx: SimContext) -> None:
        self.ctx = ctx
        self.root = ctx.asset_dir
        self.visual = visual_items()
        self.audio = audio_items()
        self._children: dict[str, asyncio.subprocess.Process] = {}
        self._runs = itertools.count()
        self._audio_locks: dict[str, asyncio.Lock] = {}

    def known(self, relpath: str) -> bool:
        return relpath in self.visual or relpath in self.audio

    async def file(self, relpath: str) -> Path | None:
        """The file for ``relpath``, made first if needed; None if unknown or not makeable."""
        if not self.known(relpath):
            return None
        path = self.root / relpath
        if path.exists():
            return path
        if relpath in self.audio:
            lock = self._audio_locks.setdefault(relpath, asyncio.Lock())
            async with lock:
                if not path.exists():
                    await asyncio.to_thread(self._make_audio, relpath, path)
            return path
        return await self._wait_visual(relpath, path)

    def _make_audio(self, relpath: str, path: Path) -> None:
        kind, item = self.audio[relpath]
        if kind == "voice":
            audio.voice_sample(path, item.pitch, item.voice_id)
        else:
            audio.music_track(path, item.tempo, item.duration, str(item.music_id))

    @staticmethod
    def batch_of(relpath: str) -> str:
        folder, _, name = relpath.rpartition("/")
        return f"{folder}/*{Path(name).suffix}"

    async def _wait_visual(self, relpath: str, path: Path) -> Path | None:
        batch = self.batch_of(relpath)
        restarted = False
        waited = 0.0
        while not path.exists():
            child = self._children.get(batch)
            if child is None or child.returncode is not None:
                if restarted:
                    return None
                await self._start_child(batch, first=relpath)
                restarted = True
            if waited > WAIT_LIMIT or self.ctx.stopping.is_set():
                return None
            await self.ctx.pause(WAIT_STEP)
            waited += WAIT_STEP
        return path

    async def pregenerate(self) -> None:
        """Make every picture and clip in the background (demo mode)."""
        await self._start_child("*", first=None)

    async def _start_child(self, batch: str, first: str | None) -> None:
        missing = [
            rel
            for rel in self.visual
            if (batch == "*" or self.batch_of(rel) == batch) and not (self.root / rel).exists()
        ]
        # Requested file first, then pictures (fast), then clips.
        missing.sort(key=lambda rel: (rel != first, rel.endswith(".mp4")))
        if not missing:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        manifest = self.ctx.work_dir / f"assets-{next(self._runs)}.json"
        manifest.parent.mkdir(parents=True, exist_ok=True)
        jobs = [{**self.visual[rel], "path": str(self.root / rel)} for rel in missing]
        manifest.write_text(json.dumps(jobs), encoding="utf-8")
        self._children[batch] = await asyncio.create_subprocess_exec(
            *python_module_command("jogg_desktop.sim.render_assets", str(manifest)),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, **CHILD_ENV},
        )

    async def shutdown(self) -> None:
        for child in self._children.values():
            if child.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    child.kill()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(child.wait(), timeout=10)
