"""Render projects: the status timeline and the child process that makes the MP4.

The timeline (docs/joggai-api.md §9.6) runs on SimConfig.clock from the project's creation: 1 start for
the first tenth of ``render_seconds``, 2 waiting until three tenths, 3 processing, and 4 once
``render_seconds`` have passed AND the render child has finished with the MP4 written (so a
status-4 answer is always downloadable, and no file of the render changes any more). A failed
child or a ``render_fail`` fault ends in 5; ``project_deleted`` in 99. Identical renders
(same images, text, size and length) share one cached file.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import subprocess
from pathlib import Path
from typing import Any

from jogg_desktop.childproc import python_module_command
from jogg_desktop.sim.state import ProjectRecord

RENDERER_VERSION = 3  # bump when render.py draws differently: cached renders are then redone
FRAME_SIZES = {0: (540, 960), 1: (960, 540), 2: (720, 720)}
STATUS_DESC = {1: "start", 2: "waiting", 3: "processing", 4: "success", 5: "failed", 99: "deleted"}
RENDER_FAILED_MSG = "Video generation failed. Please try again."
CHILD_ENV = {"QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.multimedia*=false"}


def status_of(project: ProjectRecord, now: float, video_ready: bool) -> int:
    if project.fate == "deleted":
        return 99
    elapsed = now - project.started
    total = project.render_seconds
    if elapsed < 0.1 * total:
        return 1
    if elapsed < 0.3 * total:
        return 2
    if elapsed >= total:
        if project.fate == "fail" or project.render_error:
            return 5
        if video_ready:
            return 4
    return 3


def render_key(job: dict[str, Any], origin: str = "") -> str:
    """Same inputs, same file: the server's own address (a new port each run) is left out."""
    stable = {k: v for k, v in job.items() if k not in ("video", "cover")}
    text = json.dumps({"renderer": RENDERER_VERSION, **stable}, sort_keys=True)
    if origin:
        text = text.replace(origin, "{origin}")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


class RenderQueue:
    """Runs render children on the server's event loop, a couple at a time."""

    def __init__(self, render_dir: Path, work_dir: Path, parallel: int = 2) -> None:
        self.render_dir = render_dir
        self.work_dir = work_dir
        self._slots = asyncio.Semaphore(parallel)
        self._tasks: set[asyncio.Task[None]] = set()
        self._children: set[asyncio.subprocess.Process] = set()
        self._inflight: dict[str, asyncio.Future[str]] = {}

    def paths_for(self, job: dict[str, Any], origin: str = "") -> tuple[Path, Path]:
        key = render_key(job, origin)
        return self.render_dir / f"{key}.mp4", self.render_dir / f"{key}.jpg"

    def submit(self, project: ProjectRecord, job: dict[str, Any]) -> None:
        task = asyncio.get_running_loop().create_task(self._run(project, job))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, project: ProjectRecord, job: dict[str, Any]) -> None:
        try:
            await self._run_once(project, job)
        except Exception as exc:  # a broken child start is a failed render, not a server crash
            project.render_error = f"renderer could not start: {exc}"
        finally:
            project.finished.set()

    async def _run_once(self, project: ProjectRecord, job: dict[str, Any]) -> None:
        video, cover = project.video_path, project.cover_path
        if video.exists() and cover.exists():
            return
        key = video.stem
        shared = self._inflight.get(key)
        if shared is None:
            shared = asyncio.get_running_loop().create_future()
            self._inflight[key] = shared
            try:
                error = await self._render(job, video, cover)
            except asyncio.CancelledError:
                shared.cancel()
                raise
            except Exception as exc:
                error = f"renderer could not start: {exc}"
            finally:
                self._inflight.pop(key, None)
            shared.set_result(error)
        error = await asyncio.shield(shared)
        if error:
            project.render_error = error

    async def _render(self, job: dict[str, Any], video: Path, cover: Path) -> str:
        self.render_dir.mkdir(parents=True, exist_ok=True)
        self.work_dir.mkdir(parents=True, exist_ok=True)
        job_path = self.work_dir / f"render-{video.stem}.json"  # not in the shared cache
        job_path.write_text(json.dumps({**job, "video": str(video), "cover": str(cover)}), encoding="utf-8")
        try:
            async with self._slots:
                child = await asyncio.create_subprocess_exec(
                    *python_module_command("jogg_desktop.sim.render", str(job_path)),
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    env={**os.environ, **CHILD_ENV},
                )
                self._children.add(child)
                try:
                    _, err = await child.communicate()
                finally:
                    self._children.discard(child)
            if child.returncode != 0 or not video.exists():
                lines = [ln for ln in err.decode("utf-8", "replace").splitlines() if "render failed" in ln]
                return lines[-1] if lines else f"renderer exited with {child.returncode}"
            return ""
        finally:
            job_path.unlink(missing_ok=True)

    async def shutdown(self) -> None:
        """Kill the children and reap them while the loop still runs (else asyncio warns)."""
        children = list(self._children)
        for child in children:
            with contextlib.suppress(ProcessLookupError):
                child.kill()
        for child in children:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(child.wait(), timeout=10)
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
