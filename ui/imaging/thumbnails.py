"""Thumbnail loader shared by every grid (media, avatars, templates).

``load(url, size)`` returns at once; ``loaded(url, QImage)`` follows (or ``failed(url)``). At most
``max_concurrent`` downloads run together; originals are cached on disk under
``paths.cache_dir()/thumbnails`` (keyed by a hash of the URL), decoded and scaled on a worker
thread, and the scaled results are kept in memory. Local files (a path or ``file://`` URL) are
read directly. For a video (by its file name) the first frame is grabbed with QtMultimedia
(:class:`ui.imaging.video_frame.FirstFrameGrabber`, one at a time) and cached as a PNG.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QImage

from jogg_desktop import paths
from ui.imaging.decode import decode_scaled
from ui.imaging.kinds import VIDEO_SUFFIXES, looks_like_video

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

__all__ = ["VIDEO_SUFFIXES", "Fetch", "ThumbnailLoader", "looks_like_video"]

Fetch = Callable[[str], Awaitable[bytes]]

MEMORY_ITEMS = 600
"""Scaled thumbnails kept in memory (a 60-picture product at 200 % is ≈ 16 MB)."""

def _local_path(url: str) -> Path | None:
    qurl = QUrl(url)
    if qurl.isLocalFile():
        return Path(qurl.toLocalFile())
    if qurl.scheme() in ("http", "https"):
        return None
    path = Path(url)
    return path if path.is_absolute() else None


class ThumbnailLoader(QObject):
    loaded = Signal(str, QImage)
    failed = Signal(str)

    def __init__(
        self,
        fetch: Fetch | None,
        *,
        cache_dir: Path | None = None,
        max_concurrent: int = 6,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._cache_dir = cache_dir
        # asyncio and the worker threads only once the first thumbnail is asked for.
        self._max_concurrent = max_concurrent
        self._limit_sem: asyncio.Semaphore | None = None
        self._executor_pool: ThreadPoolExecutor | None = None
        # Scaled images, least recently used dropped first (the disk cache keeps the originals).
        self._memory: OrderedDict[tuple[str, int, int], QImage] = OrderedDict()
        self.memory_limit = MEMORY_ITEMS
        self._pending: dict[tuple[str, int, int], asyncio.Task[None]] = {}
        self._grabber: Any = None
        self.fetch_count = 0
        """How many network fetches ran (the disk cache keeps this low)."""

    def set_fetch(self, fetch: Fetch | None) -> None:
        self._fetch = fetch

    def cache_dir(self) -> Path:
        if self._cache_dir is None:
            self._cache_dir = paths.cache_dir() / "thumbnails"
        self._cache_dir.mkdir(parents=True, exist_ok=True)
        return self._cache_dir

    @property
    def _limit(self) -> asyncio.Semaphore:
        import asyncio

        if self._limit_sem is None:
            self._limit_sem = asyncio.Semaphore(self._max_concurrent)
        return self._limit_sem

    @property
    def _executor(self) -> ThreadPoolExecutor:
        from concurrent.futures import ThreadPoolExecutor

        if self._executor_pool is None:
            self._executor_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="thumbs")
        return self._executor_pool

    def cached(self, url: str, size: QSize) -> QImage | None:
        return self._memory.get((url, size.width(), size.height()))

    def load(self, url: str, size: QSize) -> None:
        key = (url, size.width(), size.height())
        image = self._memory.get(key)
        if image is not None:
            self._memory.move_to_end(key)
        if image is not None:
            self.loaded.emit(url, image)
            return
        if key in self._pending or not url:
            return
        import asyncio

        task = asyncio.ensure_future(self._load(url, QSize(size), key))
        self._pending[key] = task
        task.add_done_callback(lambda _t: self._pending.pop(key, None))

    async def _run(self, fn: Callable[..., Any], *args: Any) -> Any:
        import asyncio

        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    async def _load(self, url: str, size: QSize, key: tuple[str, int, int]) -> None:
        import asyncio

        try:
            if looks_like_video(url):
                frame = await self._video_frame(url)
                image = await self._run(_scaled, frame, size) if frame is not None else None
            else:
                data = await self._bytes(url)
                # Decoding holds no network slot: it runs on the worker threads.
                image = await self._run(decode_scaled, data, size) if data else None
        except asyncio.CancelledError:
            raise
        except Exception:
            # A missing thumbnail is never worth an error message: the grid shows a placeholder.
            image = None
        if image is None:
            self.failed.emit(url)
            return
        self._memory[key] = image
        while len(self._memory) > self.memory_limit:
            self._memory.popitem(last=False)
        self.loaded.emit(url, image)

    async def _bytes(self, url: str) -> bytes:
        local = _local_path(url)
        if local is not None:
            return await self._run(local.read_bytes)  # type: ignore[no-any-return]
        cache_file = self.cache_dir() / hashlib.sha256(url.encode()).hexdigest()
        cached: bytes | None = await self._run(_read_or_none, cache_file)
        if cached is not None:
            return cached
        if self._fetch is None or looks_like_video(url):
            return b""
        async with self._limit:
            self.fetch_count += 1
            data = await self._fetch(url)
        self._executor.submit(_write_atomic, cache_file, data)  # not awaited: nobody waits for it
        return data

    async def _video_frame(self, url: str) -> QImage | None:
        cache_file = self.cache_dir() / (hashlib.sha256(url.encode()).hexdigest() + ".frame.png")
        if await self._run(cache_file.is_file):
            image: QImage = await self._run(QImage, str(cache_file))
            if not image.isNull():
                return image
        if self._grabber is None:
            from ui.imaging.video_frame import FirstFrameGrabber  # QtMultimedia only when needed

            self._grabber = FirstFrameGrabber(self)
        import asyncio

        grabber = self._grabber
        done: asyncio.Future[QImage | None] = asyncio.get_running_loop().create_future()

        def grabbed(u: str, frame: QImage) -> None:
            if u == url and not done.done():
                done.set_result(frame)

        def failed(u: str) -> None:
            if u == url and not done.done():
                done.set_result(None)

        grabber.grabbed.connect(grabbed)
        grabber.failed.connect(failed)
        try:
            grabber.grab(url)
            frame = await done
        finally:
            grabber.grabbed.disconnect(grabbed)
            grabber.failed.disconnect(failed)
        if frame is not None:
            await self._run(frame.save, str(cache_file), "PNG")
        return frame

    async def aclose(self) -> None:
        import asyncio

        if self._grabber is not None:
            self._grabber.stop()
        for task in list(self._pending.values()):
            task.cancel()
        if self._pending:
            await asyncio.gather(*self._pending.values(), return_exceptions=True)
        if self._executor_pool is not None:
            self._executor_pool.shutdown(wait=False, cancel_futures=True)


def _scaled(image: QImage, size: QSize) -> QImage:
    if image.width() <= size.width() and image.height() <= size.height():
        return image
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _write_atomic(path: Path, data: bytes) -> None:
    import os
    import threading

    tmp = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.part")
    tmp.write_bytes(data)
    tmp.replace(path)
