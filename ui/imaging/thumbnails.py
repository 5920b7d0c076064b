"""Thumbnail loader shared by every grid (media, avatars, templates, covers).

``load(url, size)`` returns at once; ``loaded(url, QImage)`` follows (or ``failed(url)``).

- Only web addresses (http/https) are fetched: ``load`` gets addresses from server data
  (product media, covers, avatars), so a ``file://`` address, an absolute path or a Windows
  share is refused. A file the user picked is shown through the explicit :meth:`load_local`.
- At most ``max_concurrent`` fetches run together (the fetch caps the bytes it reads); each
  picture is decoded as soon as it arrives, at the size it is shown, on a small Qt thread pool
  at low priority, while the next ones are still being fetched.
- Originals are cached on disk under ``paths.cache_dir()/thumbnails`` (keyed by a hash of the
  URL), which is trimmed to ``disk_limit`` bytes (least recently used first); scaled results
  are kept in memory (least recently used dropped first).
- For a video (by its file name) the first frame is grabbed with QtMultimedia
  (:class:`ui.imaging.video_frame.FirstFrameGrabber`, one at a time) and cached as a PNG.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt, QThread, QThreadPool, QUrl, Signal
from PySide6.QtGui import QImage

from jogg_desktop import paths
from ui.imaging import decode
from ui.imaging.kinds import VIDEO_SUFFIXES, looks_like_video

if TYPE_CHECKING:
    import asyncio

__all__ = ["VIDEO_SUFFIXES", "Fetch", "ThumbnailLoader", "is_web_address", "looks_like_video"]

Fetch = Callable[[str], Awaitable[bytes]]
Key = tuple[str, int, int]

MEMORY_ITEMS = 600
"""Scaled thumbnails kept in memory (a 60-picture product at 200 % is ≈ 16 MB)."""
DISK_LIMIT = 256 * 1024 * 1024
"""The disk cache is trimmed to this many bytes (to 80 % of it, oldest first)."""
TRIM_EVERY = 64
"""Writes between two trims of the disk cache (one trim also runs at the first write)."""
DECODE_THREADS = 2
RETRY_FAILED_AFTER = 60.0
"""Seconds before an address that failed is tried again (a History of 1,000 jobs refreshes
often; a broken cover must not be fetched on every refresh)."""
DECODE_NICE = 5
"""How much nicer than the GUI thread the decode threads are (Linux: per-thread nice value)."""


def is_web_address(url: str) -> bool:
    """An http(s) address with a host: the only kind fetched for data that came from a server."""
    qurl = QUrl(url, QUrl.ParsingMode.StrictMode)
    return qurl.isValid() and qurl.scheme().lower() in ("http", "https") and bool(qurl.host())


def local_key(path: Path) -> str:
    """The address :meth:`ThumbnailLoader.load_local` reports a local file under."""
    return QUrl.fromLocalFile(str(path)).toString()


class _Relay(QObject):
    """Lives on the GUI thread; pool threads emit on it, so the slot runs on the GUI thread."""

    done = Signal(object, object)  # key, QImage | None


class ThumbnailLoader(QObject):
    loaded = Signal(str, QImage)
    failed = Signal(str)

    def __init__(
        self,
        fetch: Fetch | None,
        *,
        cache_dir: Path | None = None,
        max_concurrent: int = 6,
        disk_limit: int = DISK_LIMIT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._cache_dir = cache_dir
        self._cache_ready = False
        self.disk_limit = disk_limit
        self._writes = 0
        self._max_concurrent = max_concurrent
        self._limit_sem: asyncio.Semaphore | None = None  # asyncio only once a fetch is needed
        # The pool before the relay: children are deleted in creation order, so a loader deleted
        # while a picture decodes waits for it (pool) before its result's receiver goes (relay).
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(DECODE_THREADS)
        self._pool.setThreadPriority(QThread.Priority.LowPriority)
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        # Scaled images, least recently used dropped first (the disk cache keeps the originals).
        self._memory: OrderedDict[Key, QImage] = OrderedDict()
        self.memory_limit = MEMORY_ITEMS
        self._pending: set[Key] = set()
        self._failed_at: dict[str, float] = {}
        self._tasks: dict[Key, asyncio.Task[None]] = {}
        self._grabber: Any = None
        self.fetch_count = 0
        """How many network fetches ran (the disk cache keeps this low)."""

    def busy(self) -> bool:
        """Whether any thumbnail is still being fetched or decoded."""
        return bool(self._pending)

    def cache_dir(self) -> Path:
        if self._cache_dir is None:
            self._cache_dir = paths.cache_dir() / "thumbnails"
        if not self._cache_ready:
            self._cache_dir.mkdir(parents=True, exist_ok=True)
            self._cache_ready = True
        return self._cache_dir

    def cached(self, url: str, size: QSize) -> QImage | None:
        return self._memory.get((url, size.width(), size.height()))

    # -- asking -----------------------------------------------------------------------------
    def load(self, url: str, size: QSize) -> None:
        """A thumbnail for an address from server data: http(s) only, anything else fails."""
        key = (url, size.width(), size.height())
        if self._from_memory(key) or key in self._pending or not url:
            return
        if not is_web_address(url) or self._failed_recently(url):
            self.failed.emit(url)
            return
        self._pending.add(key)
        if looks_like_video(url):
            self._start(key, self._video(key, url, QSize(size)))
            return
        cache_file = self._cache_file(url)
        if cache_file.is_file():
            self._submit(key, lambda: _decode_cached(cache_file, QSize(size)))
        elif self._fetch is None:
            self._finished(key, None)
        else:
            self._start(key, self._fetch_and_decode(key, url, QSize(size), cache_file))

    def load_local(self, path: Path, size: QSize) -> str:
        """A thumbnail for a file the user picked; reported as ``loaded(local_key(path), …)``."""
        url = local_key(path)
        key = (url, size.width(), size.height())
        if self._from_memory(key) or key in self._pending:
            return url
        self._pending.add(key)
        if looks_like_video(url):
            self._start(key, self._video(key, str(path), QSize(size)))
        else:
            self._submit(key, lambda: decode.decode_file_scaled(path, QSize(size)))
        return url

    # -- work -------------------------------------------------------------------------------
    def _from_memory(self, key: Key) -> bool:
        image = self._memory.get(key)
        if image is None:
            return False
        self._memory.move_to_end(key)
        self.loaded.emit(key[0], image)
        return True

    def _cache_file(self, url: str) -> Path:
        return self.cache_dir() / hashlib.sha256(url.encode()).hexdigest()

    def _start(self, key: Key, work: Awaitable[None]) -> None:
        import asyncio

        task = asyncio.ensure_future(work)
        self._tasks[key] = task
        task.add_done_callback(lambda _t: self._tasks.pop(key, None))

    def _submit(self, key: Key, work: Callable[[], QImage | None]) -> None:
        """Run ``work`` on a decode thread; its image comes back to :meth:`_finished`."""
        relay = self._relay

        def run() -> None:
            _lower_this_threads_priority()
            try:
                image = work()
            except Exception:  # a picture that cannot be read is a placeholder, never an error
                image = None
            relay.done.emit(key, image)

        self._pool.start(run)

    @property
    def _limit(self) -> asyncio.Semaphore:
        import asyncio

        if self._limit_sem is None:
            self._limit_sem = asyncio.Semaphore(self._max_concurrent)
        return self._limit_sem

    async def _fetch_and_decode(self, key: Key, url: str, size: QSize, cache_file: Path) -> None:
        import asyncio

        assert self._fetch is not None
        try:
            async with self._limit:
                self.fetch_count += 1
                data = await self._fetch(url)
        except asyncio.CancelledError:
            self._pending.discard(key)
            raise
        except Exception:
            self._finished(key, None)
            return
        self._writes += 1
        trim = self.disk_limit if self._writes % TRIM_EVERY == 1 else None
        # Decoding holds no fetch slot: the next picture is fetched while this one decodes.
        self._submit(key, lambda: _decode_and_keep(data, size, cache_file, trim))

    async def _video(self, key: Key, source: str, size: QSize) -> None:
        import asyncio

        cache_file = self.cache_dir() / (hashlib.sha256(source.encode()).hexdigest() + ".frame.png")
        if cache_file.is_file():  # grabbed before: decoded on the pool like any picture
            self._submit(key, lambda: decode.decode_file_scaled(cache_file, size))
            return
        try:
            frame = await self._video_frame(source)
        except asyncio.CancelledError:
            self._pending.discard(key)
            raise
        except Exception:
            frame = None
        if frame is None:
            self._finished(key, None)
            return

        def keep_and_scale(image: QImage) -> QImage:
            _save_atomic(image, cache_file)
            return _scaled(image, size)

        self._submit(key, lambda: keep_and_scale(frame))

    def _failed_recently(self, url: str) -> bool:
        failed_at = self._failed_at.get(url)
        if failed_at is None:
            return False
        if time.monotonic() - failed_at < RETRY_FAILED_AFTER:
            return True
        del self._failed_at[url]
        return False

    def _finished(self, key: Key, image: QImage | None) -> None:
        self._pending.discard(key)
        url = key[0]
        if image is None or image.isNull():
            self._failed_at[url] = time.monotonic()
            self.failed.emit(url)
            return
        self._memory[key] = image
        while len(self._memory) > self.memory_limit:
            self._memory.popitem(last=False)
        self.loaded.emit(url, image)

    async def _video_frame(self, source: str) -> QImage | None:
        """The video's first frame, grabbed with QtMultimedia (one video at a time)."""
        import asyncio

        if self._grabber is None:
            from ui.imaging.video_frame import FirstFrameGrabber  # QtMultimedia only when needed

            self._grabber = FirstFrameGrabber(self)
        grabber = self._grabber
        done: asyncio.Future[QImage | None] = asyncio.get_running_loop().create_future()

        def grabbed(u: str, frame: QImage) -> None:
            if u == source and not done.done():
                done.set_result(frame)

        def failed(u: str) -> None:
            if u == source and not done.done():
                done.set_result(None)

        grabber.grabbed.connect(grabbed)
        grabber.failed.connect(failed)
        try:
            grabber.grab(source)
            frame = await done
        finally:
            grabber.grabbed.disconnect(grabbed)
            grabber.failed.disconnect(failed)
        return frame

    async def aclose(self) -> None:
        import asyncio

        if self._grabber is not None:
            self._grabber.stop()
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._pool.clear()
        self._pool.waitForDone(5000)  # a decode in progress takes milliseconds (GIL released)


def _lower_this_threads_priority() -> None:
    """Decode threads yield the CPU to the GUI thread (Qt's LowPriority is a no-op on Linux)."""
    local = _thread_state
    if getattr(local, "niced", False):
        return
    local.niced = True
    if hasattr(os, "setpriority") and hasattr(threading, "get_native_id"):
        try:
            current = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), current + DECODE_NICE)
        except OSError:
            pass


_thread_state = threading.local()


def _decode_cached(path: Path, size: QSize) -> QImage | None:
    image = decode.decode_file_scaled(path, size)
    with suppress(OSError):
        os.utime(path)  # recently used: the trim keeps it
    return image


def _decode_and_keep(data: bytes, size: QSize, cache_file: Path, trim: int | None) -> QImage | None:
    image = decode.decode_scaled(data, size)
    if image is not None:
        _write_atomic(cache_file, data)
        if trim is not None:
            trim_cache(cache_file.parent, trim)
    return image


def trim_cache(folder: Path, limit: int) -> int:
    """Delete the least recently used files until the folder holds ≤ 80 % of ``limit`` bytes
    (nothing when it holds ≤ ``limit``). Returns how many were deleted."""
    entries: list[tuple[float, int, Path]] = []
    total = 0
    try:
        with os.scandir(folder) as found:
            for entry in found:
                try:
                    info = entry.stat()
                except OSError:
                    continue
                if entry.is_file():
                    entries.append((info.st_mtime, info.st_size, Path(entry.path)))
                    total += info.st_size
    except OSError:
        return 0
    if total <= limit:
        return 0
    deleted = 0
    for _mtime, size, path in sorted(entries, key=lambda e: e[0]):
        if total <= limit * 0.8:
            break
        try:
            path.unlink()
        except OSError:
            continue
        total -= size
        deleted += 1
    return deleted


def _scaled(image: QImage, size: QSize) -> QImage:
    if image.width() <= size.width() and image.height() <= size.height():
        return image
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)  # a cache that cannot be written is only slower


def _save_atomic(image: QImage, path: Path) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.part.png")
    if image.save(str(tmp), "PNG"):  # type: ignore[call-overload]  # str at run time (6.11.3)
        os.replace(tmp, path)
