"""Media transfers to and from hosts other than the API: downloads, small fetches, signed uploads.

No API key is ever sent here (download and signed-upload URLs belong to other hosts).

A video download runs on a worker thread with a synchronous httpx client and large writes, so
the event loop (the GUI thread in the app) does nothing per chunk; progress comes back to the
loop coarsely (about every 1 %). It streams into ``<name>.part`` beside the target, resumes it
with a Range request after an interruption (also in a later run: the ``.part`` file stays),
checks the length against Content-Length / Content-Range, then renames it into place atomically.
What the host sends is not trusted: redirects are followed by hand and never from https to
http; the size is capped (announced and while reading); the free space is checked against the
announced length before a byte is written; a body that does not start like a video (or is
declared as text/JSON) is rejected at its first bytes, asked for once more (a host's passing
error page), and never read in full.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import ssl
import threading
import unicodedata
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO
from urllib.parse import unquote, urlsplit

import httpx

from jogg_desktop.api.envelope import error_for_status
from jogg_desktop.api.protocol import ProgressCallback
from jogg_desktop.api.retry import CallKind, Failed, RetryPolicy, is_retryable, retrying
from jogg_desktop.api.transport import USER_AGENT, network_error
from jogg_desktop.errors import Action, DownloadError, JoggError, NetworkError, UploadError

CHUNK = 64 * 1024
"""Chunk size of the small async transfers (fetch_bytes, uploads)."""
WRITE_BUFFER = 256 * 1024
"""Bytes held before they reach the ``.part`` file: large writes, and little lost to a kill."""
MAX_VIDEO_BYTES = 8 * 1024**3
"""The largest video accepted (JoggAI's are tens of MB; this only stops a hostile host)."""
FREE_SPACE_MARGIN = 64 * 1024 * 1024
"""Left free on the disk after the video, for everything else the machine writes meanwhile."""
MAX_REDIRECTS = 5
PROGRESS_MIN_STEP = 64 * 1024
WRITEBACK_STEP = 16 * 1024 * 1024
"""After this many bytes the ``.part`` file's pages are handed to the disk while the download goes
on (:class:`_Writeback`), so the ``fsync`` before the rename has little left to wait for."""

_ISO_BOXES = {b"ftyp", b"moov", b"mdat", b"free", b"skip", b"wide", b"pnot"}  # MP4 / MOV
_EBML = b"\x1a\x45\xdf\xa3"  # WebM / Matroska
_HEAD = 12
_NOT_MEDIA_TYPES = ("text/", "application/json", "application/xml", "application/problem")


def looks_like_video_head(head: bytes) -> bool:
    """Whether a body's first bytes are those of an MP4/MOV or WebM/Matroska file."""
    return head[4:8] in _ISO_BOXES or head.startswith(_EBML)


def not_a_video() -> DownloadError:
    return DownloadError(
        "JoggAI sent something that is not a video. Please try downloading it again later.",
        server_message="the download is not an MP4/WebM video",
    )


def too_large(size: int, limit: int) -> DownloadError:
    return DownloadError(
        "This video is larger than the app accepts, so it was not saved. Please contact support.",
        action=Action.CONTACT_SUPPORT,
        server_message=f"{size} bytes, over the {limit}-byte limit",
    )


def not_enough_space(folder: Path, need: int, free: int) -> DownloadError:
    return DownloadError(
        f"There is not enough free disk space for this video: it needs {_mb(need)}, "
        f"{_mb(free)} are free. Free up some space or choose another folder, then download it again.",
        server_message=f"{need} bytes needed (+{FREE_SPACE_MARGIN} margin), {free} free in {folder}",
    )


def insecure_redirect(target: str) -> DownloadError:
    return DownloadError(
        "The video's address redirected to an insecure (http) address, so it was not downloaded. "
        "Please try again later.",
        server_message=f"refused a redirect from https to {target[:200]}",
    )


def _mb(size: int) -> str:
    return f"{size / 1e6:,.0f} MB" if size >= 10e6 else f"{size / 1e6:.1f} MB"


Sleep = Callable[[float], Awaitable[None]]

_UNSAFE = re.compile(r"[^\w.\- ()+,=@]+")
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}


def safe_filename(name: str, default: str = "video.mp4", max_length: int = 120) -> str:
    """A file name from server- or user-provided text that cannot leave its folder."""
    text = unicodedata.normalize("NFC", unquote(name or ""))
    text = text.replace("\\", "/").split("/")[-1]
    text = _UNSAFE.sub("_", text).strip(" ._")
    stem, dot, suffix = text.rpartition(".")
    if not dot:
        stem, suffix = text, ""
    if stem.upper() in _RESERVED or text.upper() in _RESERVED:
        text = "_" + text
    if not text or text in (".", ".."):
        return default
    if len(text) > max_length:
        keep = ("." + suffix) if suffix and len(suffix) <= 10 else ""
        text = text[: max_length - len(keep)].rstrip(" ._") + keep
    return text


def name_from_url(url: str, default: str = "video.mp4") -> str:
    return safe_filename(urlsplit(url).path, default)


def part_path(dest: Path) -> Path:
    return dest.with_name(dest.name + ".part")


def _content_range(value: str) -> tuple[int | None, int | None]:
    """(start, total) from ``bytes START-END/TOTAL`` or ``bytes */TOTAL``."""
    match = re.fullmatch(r"\s*bytes\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)\s*", value or "")
    if not match:
        return None, None
    start = int(match.group(1)) if match.group(1) else None
    total = int(match.group(3)) if match.group(3) != "*" else None
    return start, total


def media_error(status: int, what: str) -> JoggError:
    """A media host's HTTP failure: transient ones stay retryable; the rest are plain, since
    ``401/403/404`` from a signed or CDN URL say nothing about the API key or the project."""
    if status == 429 or status >= 500:
        return error_for_status(status, msg=f"{what} answered HTTP {status}")
    if what == "upload":
        return UploadError(server_message=f"upload answered HTTP {status}", http_status=status)
    return DownloadError("The file could not be downloaded from JoggAI. Please try again later.",
                         server_message=f"{what} answered HTTP {status}", http_status=status)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _check_head(head: bytes) -> None:
    if not looks_like_video_head(head):
        raise _Refused(not_a_video(), discard=True, again_once=True)


def _get_following_redirects(http: httpx.Client, url: str, headers: dict[str, str]) -> httpx.Response:
    """GET ``url`` (streamed), following up to MAX_REDIRECTS redirects by hand."""
    target = httpx.URL(url)
    for _ in range(MAX_REDIRECTS + 1):
        response = http.send(http.build_request("GET", target, headers=headers), stream=True)
        if not response.has_redirect_location:
            return response
        response.close()
        try:
            target = _redirect_target(target, response.headers["location"])
        except DownloadError as err:
            raise _Refused(err, discard=False) from None
    raise _Refused(DownloadError(server_message=f"more than {MAX_REDIRECTS} redirects"), discard=False)


def _redirect_target(current: httpx.URL, location: str) -> httpx.URL:
    """Where a redirect leads: only to http(s), and never from https down to http."""
    following = current.join(location)
    if following.scheme not in ("http", "https"):
        raise DownloadError(server_message=f"refused a redirect to {following.scheme}:")
    if current.scheme == "https" and following.scheme != "https":
        raise insecure_redirect(str(following))
    return following


def _over(max_bytes: int) -> DownloadError:
    return DownloadError("This file is too large.", server_message=f"over {max_bytes} bytes")


class _Restart(Exception):
    """The partial file is unusable: start the download from the beginning."""


class _Incomplete(NetworkError):
    """The body ended before the announced length."""


class _Refused(Exception):
    """What the host sent is refused for good: no retry (the wrapped error says why)."""

    def __init__(self, error: DownloadError, *, discard: bool, again_once: bool = False) -> None:
        super().__init__(error.message)
        self.error = error
        self.discard = discard  # the .part is worthless (not a video, too large)
        self.again_once = again_once  # worth one more GET (a host's passing error page)


class _Stopped(Exception):
    """The download was cancelled: the worker thread leaves at its next read."""


_part_locks: dict[str, threading.Lock] = {}
_part_locks_guard = threading.Lock()


@contextmanager
def _part_lock(part: Path) -> Iterator[None]:
    """One writer per ``.part`` file in this process: a cancelled attempt's thread may still be
    finishing its last read when the next attempt starts."""
    with _part_locks_guard:
        lock = _part_locks.setdefault(str(part), threading.Lock())
    with lock:
        yield


class _CoarseProgress:
    """Progress from the worker thread, handed to the loop about every 1 % (at least 64 KiB apart)."""

    def __init__(self, callback: ProgressCallback | None, loop: asyncio.AbstractEventLoop) -> None:
        self._callback = callback
        self._loop = loop
        self._last = -1

    def __call__(self, done: int, total: int | None, *, force: bool = False,
                 before: Callable[[], object] | None = None) -> None:
        """``before`` runs first when a report is due (the file's flush: a reported byte is on
        disk, so a kill never leaves the store claiming more than the ``.part`` holds)."""
        if self._callback is None:
            return
        step = max(PROGRESS_MIN_STEP, (total or 0) // 100)
        if force or self._last < 0 or done - self._last >= step or (total is not None and done >= total):
            self._last = done
            if before is not None:
                before()
            _call_soon(self._loop, self._callback, done, total)


class _Writeback:
    """Starts the disk writes of what was written so far, every :data:`WRITEBACK_STEP` bytes.

    The video is ``fsync``-ed before it is renamed into place (a paid video must survive a
    power cut whole). Left to the end, that ``fsync`` waits for the whole file to reach the disk
    (≈ 0.1 s per 200 MB here, a fifth of the transfer). ``posix_fadvise(DONTNEED)`` on what was
    written starts that writeback early (and keeps a finished video out of the page cache), so
    the final ``fsync`` only waits for the last few MB. The call itself can take tens of ms when
    the disk is busy, so it runs on a short-lived thread of its own, one at a time, while the
    download thread goes on reading; :meth:`finish` waits for it before the file is synced and
    closed. Where the call does not exist (Windows, macOS) the final ``fsync`` does it all.
    """

    def __init__(self, fh: IO[bytes], start: int) -> None:
        self._fh = fh
        self._from = start
        self._advise = getattr(os, "posix_fadvise", None)
        self._thread: threading.Thread | None = None

    def __call__(self, done: int) -> None:
        if self._advise is None or done - self._from < WRITEBACK_STEP:
            return
        if self._thread is not None and self._thread.is_alive():
            return  # the last one is still running: the next call covers a longer range
        self._fh.flush()
        args = (self._advise, self._fh.fileno(), self._from, done - self._from)
        self._thread = threading.Thread(target=_advise_written, args=args, name="jogg-writeback", daemon=True)
        self._thread.start()
        self._from = done

    def finish(self) -> None:
        """Wait for the running call (the file is synced and closed next)."""
        if self._thread is not None:
            self._thread.join()


def _advise_written(advise: Callable[[int, int, int, int], None], fd: int, start: int, length: int) -> None:
    with suppress(OSError):  # only a hint: the final fsync is what makes it durable
        advise(fd, start, length, os.POSIX_FADV_DONTNEED)


def _call_soon(loop: asyncio.AbstractEventLoop, fn: Callable[..., object], *args: object) -> None:
    with suppress(RuntimeError):  # the loop is closed: nobody is listening any more
        loop.call_soon_threadsafe(fn, *args)


class Transfers:
    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        retry: RetryPolicy | None = None,
        sleep: Sleep = asyncio.sleep,
        read_timeout: float = 60.0,
        connect_timeout: float = 10.0,
        max_video_bytes: int = MAX_VIDEO_BYTES,
        verify: ssl.SSLContext | bool | str = True,
    ) -> None:
        self._http = http
        self._retry = retry or RetryPolicy(max_attempts=5)
        self._sleep = sleep
        self._timeout = httpx.Timeout(read_timeout, connect=connect_timeout)
        self.max_video_bytes = max_video_bytes
        self._verify = verify  # the download thread's own client: give it the API client's TLS trust

    # ------------------------------------------------------------ download

    async def download(self, url: str, dest: Path, *, progress: ProgressCallback | None = None) -> Path:
        if dest.is_dir():
            dest = dest / name_from_url(url)
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DownloadError(server_message=str(exc)) from None
        part = part_path(dest)
        failures = 0
        asked_again = False
        while True:
            before = _size(part)
            try:
                await self._attempt_on_thread(url, part, progress)
                break
            except _Restart:
                part.unlink(missing_ok=True)
                error: JoggError = NetworkError(server_message="the partial download could not be resumed")
            except _Refused as refused:
                if refused.discard:
                    part.unlink(missing_ok=True)
                if refused.again_once and not asked_again:
                    asked_again = True  # an error page served once: one more GET, cut as short
                    continue
                raise refused.error from None
            except JoggError as err:
                error = err
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
                error = network_error(exc)[0]
            except OSError as exc:
                raise DownloadError(server_message=str(exc)) from None
            failures = 0 if _size(part) > before else failures + 1  # progress made: not a failure
            delay = self._retry.delay_for(error, max(failures, 1)) if is_retryable(
                error, CallKind.SAFE, timed_out=False) else None
            if delay is None:
                if isinstance(error, NetworkError | DownloadError):
                    raise error
                raise DownloadError(code=error.code, server_message=error.details(),
                                    http_status=error.http_status) from None
            await self._sleep(delay)
        try:
            os.replace(part, dest)
        except OSError as exc:
            raise DownloadError(server_message=str(exc)) from None
        return dest

    async def _attempt_on_thread(self, url: str, part: Path, progress: ProgressCallback | None) -> None:
        """One GET on a daemon thread; the loop only awaits its end (and coarse progress).

        Cancelling returns at once; the thread notices at its next read and leaves (a quitting
        app does not wait for it: the ``.part`` is resumed next time).
        """
        loop = asyncio.get_running_loop()
        done: asyncio.Future[None] = loop.create_future()
        stop = threading.Event()
        report = _CoarseProgress(progress, loop)

        def settle(error: BaseException | None) -> None:
            if done.done():
                return
            if error is None:
                done.set_result(None)
            else:
                done.set_exception(error)

        def work() -> None:
            try:
                self._attempt(url, part, report, stop)
            except BaseException as exc:  # handed to the loop, raised there
                _call_soon(loop, settle, exc)
            else:
                _call_soon(loop, settle, None)

        threading.Thread(target=work, name="jogg-download", daemon=True).start()
        try:
            await done
        except asyncio.CancelledError:
            stop.set()
            raise

    def _client(self) -> httpx.Client:
        return httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=self._timeout,
                            follow_redirects=False, verify=self._verify)

    def _attempt(self, url: str, part: Path, report: _CoarseProgress, stop: threading.Event) -> None:
        with _part_lock(part), self._client() as http:
            offset = _size(part)
            headers = {"Accept-Encoding": "identity"}  # lengths must be of the stored bytes
            if offset:
                headers["Range"] = f"bytes={offset}-"
            response = _get_following_redirects(http, url, headers)
            try:
                self._receive(response, part, offset, report, stop)
            finally:
                response.close()

    def _receive(self, response: httpx.Response, part: Path, offset: int, report: _CoarseProgress,
                 stop: threading.Event) -> None:
        status = response.status_code
        start, total = _content_range(response.headers.get("content-range", ""))
        if status == 416 and offset:
            if total == offset:  # already complete (e.g. the rename was interrupted)
                return
            raise _Restart
        if status == 206:
            if start != offset:
                raise _Restart
            mode = "ab"
        elif 200 <= status < 300:
            offset, mode, total = 0, "wb", None
        else:
            raise media_error(status, "download")
        ctype = response.headers.get("content-type", "").lower()
        if ctype.startswith(_NOT_MEDIA_TYPES):
            raise _Refused(not_a_video(), discard=True, again_once=True)
        length = response.headers.get("content-length", "")
        if total is None and length.isdigit():
            total = offset + int(length)
        if total is not None:
            self._check_room(part, total, total - offset)
        report(offset, total, force=True)
        with part.open(mode, buffering=WRITE_BUFFER) as fh:
            done = self._stream(response, fh, offset, total, report, stop)
            fh.flush()
            os.fsync(fh.fileno())
        if total is not None and done != total:
            raise _Incomplete(server_message=f"got {done} of {total} bytes")
        report(done, total, force=True)

    def _check_room(self, part: Path, total: int, need: int) -> None:
        if total > self.max_video_bytes:
            raise _Refused(too_large(total, self.max_video_bytes), discard=True)
        try:
            free = shutil.disk_usage(part.parent).free
        except OSError:  # a file system that cannot say: the writes will tell
            return
        if need + FREE_SPACE_MARGIN > free:
            raise _Refused(not_enough_space(part.parent, need, free), discard=False)

    def _stream(self, response: httpx.Response, fh: IO[bytes], offset: int, total: int | None,
                report: _CoarseProgress, stop: threading.Event) -> int:
        """Write the body as it comes (the file's buffer makes the writes large; what was
        received is written even when the connection breaks: a resume starts after it)."""
        encoded = response.headers.get("content-encoding", "identity").lower() not in ("", "identity")
        chunks = response.iter_bytes() if encoded else response.iter_raw()
        writeback = _Writeback(fh, offset)
        try:
            return self._write_body(chunks, fh, offset, total, report, stop, writeback)
        finally:
            writeback.finish()

    def _write_body(self, chunks: Iterator[bytes], fh: IO[bytes], offset: int, total: int | None,
                    report: _CoarseProgress, stop: threading.Event, writeback: _Writeback) -> int:
        done = offset
        head: bytes | None = b"" if offset == 0 else None  # a fresh body: checked at its start
        for received in chunks:
            if stop.is_set():
                raise _Stopped
            chunk = received
            if head is not None:
                head += received
                if len(head) < _HEAD:
                    continue  # nothing is written before the check
                _check_head(head)
                chunk, head = head, None
            done += len(chunk)
            if done > self.max_video_bytes:
                raise _Refused(too_large(done, self.max_video_bytes), discard=True)
            if total is not None and done > total:
                raise _Restart
            fh.write(chunk)
            report(done, total, before=fh.flush)
            writeback(done)
        if head is not None:
            _check_head(head)
        return done

    # ------------------------------------------------------------ small fetch

    async def fetch_bytes(self, url: str, *, max_bytes: int = 64 * 1024 * 1024) -> bytes:
        attempt = 0
        while True:
            attempt += 1
            try:
                return await self._fetch_once(url, max_bytes)
            except JoggError as err:
                error = err
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
                error = network_error(exc)[0]
            delay = (self._retry.delay_for(error, attempt)
                     if is_retryable(error, CallKind.SAFE, timed_out=False) else None)
            if delay is None:
                raise error
            await self._sleep(delay)

    async def _fetch_once(self, url: str, max_bytes: int) -> bytes:
        """GET with a hard cap enforced while reading; redirects as for downloads."""
        target = httpx.URL(url)
        for _ in range(MAX_REDIRECTS + 1):
            async with self._http.stream("GET", target, timeout=self._timeout,
                                         follow_redirects=False) as response:
                if response.has_redirect_location:
                    target = _redirect_target(target, response.headers["location"])
                    continue
                if not 200 <= response.status_code < 300:
                    raise media_error(response.status_code, "download")
                length = response.headers.get("content-length", "")
                if length.isdigit() and int(length) > max_bytes:
                    raise _over(max_bytes)
                data = bytearray()
                async for chunk in response.aiter_bytes(CHUNK):
                    data += chunk
                    if len(data) > max_bytes:
                        raise _over(max_bytes)
                return bytes(data)
        raise DownloadError(server_message=f"more than {MAX_REDIRECTS} redirects")

    # ------------------------------------------------------------ signed upload

    async def put_file(
        self, url: str, path: Path, *, progress: ProgressCallback | None = None,
        content_type: str = "application/octet-stream",
    ) -> None:
        """PUT the file's bytes to a signed URL (no API key) with the content type it was signed
        for (v1: octet-stream, docs/joggai-api.md §9.8; v2: the type named in the request, §8.12)."""
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise UploadError("The file could not be read.", server_message=str(exc)) from None

        async def attempt() -> None:
            try:
                response = await self._http.put(
                    url, content=self._chunks(path, size, progress),
                    headers={"Content-Type": content_type, "Content-Length": str(size)},
                    timeout=self._timeout,
                )
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
                raise Failed(network_error(exc)[0]) from None
            except OSError as exc:
                raise UploadError("The file could not be read.", server_message=str(exc)) from None
            if not 200 <= response.status_code < 300:
                raise Failed(media_error(response.status_code, "upload"))

        await retrying(attempt, kind=CallKind.SAFE, policy=self._retry, sleep=self._sleep, label="upload")

    @staticmethod
    async def _chunks(path: Path, size: int, progress: ProgressCallback | None) -> AsyncIterator[bytes]:
        done = 0
        if progress:
            progress(0, size)
        with path.open("rb") as fh:
            while chunk := fh.read(CHUNK):
                done += len(chunk)
                yield chunk
                if progress:
                    progress(done, size)
