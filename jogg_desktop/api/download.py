"""Media transfers to and from hosts other than the API: downloads, small fetches, signed uploads.

No API key is ever sent here (download and signed-upload URLs belong to other hosts).
A download streams into ``<name>.part`` beside the target in 64 KiB chunks, resumes it with a
Range request after an interruption (also in a later run: the ``.part`` file stays), checks the
length against Content-Length / Content-Range, then renames it into place atomically.
"""

from __future__ import annotations

import asyncio
import os
import re
import unicodedata
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx

from jogg_desktop.api.envelope import error_for_status
from jogg_desktop.api.protocol import ProgressCallback
from jogg_desktop.api.retry import CallKind, RetryPolicy, is_retryable
from jogg_desktop.api.transport import network_error
from jogg_desktop.errors import DownloadError, JoggError, NetworkError

CHUNK = 64 * 1024


_fsync_pool: ThreadPoolExecutor | None = None


async def _fsync(fd: int) -> None:
    """fsync on a worker thread: flushing a 200 MB file blocks ~100 ms, never on the event loop.

    The worker syncs its own duplicate of the descriptor, so a cancelled download that closes
    the file meanwhile cannot break it. A plain Python pool, not the loop's default executor:
    under qasync that one runs on QThreads still alive at interpreter exit.
    """
    global _fsync_pool
    if _fsync_pool is None:
        _fsync_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="jogg-fsync")
    dup = os.dup(fd)

    def sync() -> None:
        try:
            os.fsync(dup)
        finally:
            os.close(dup)

    await asyncio.get_running_loop().run_in_executor(_fsync_pool, sync)


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
        return JoggError("JoggAI did not accept the file upload. Please try again.",
                         server_message=f"upload answered HTTP {status}", http_status=status)
    return DownloadError("The file could not be downloaded from JoggAI. Please try again later.",
                         server_message=f"{what} answered HTTP {status}", http_status=status)


class _Restart(Exception):
    """The partial file is unusable: start the download from the beginning."""


class _Incomplete(NetworkError):
    """The body ended before the announced length."""


class Transfers:
    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        retry: RetryPolicy | None = None,
        sleep: Sleep = asyncio.sleep,
        read_timeout: float = 60.0,
        connect_timeout: float = 10.0,
    ) -> None:
        self._http = http
        self._retry = retry or RetryPolicy(max_attempts=5)
        self._sleep = sleep
        self._timeout = httpx.Timeout(read_timeout, connect=connect_timeout)

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
        while True:
            before = part.stat().st_size if part.exists() else 0
            try:
                await self._attempt(url, part, progress)
                break
            except _Restart:
                part.unlink(missing_ok=True)
                error: JoggError = NetworkError(server_message="the partial download could not be resumed")
            except JoggError as err:
                error = err
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
                error = network_error(exc)[0]
            except OSError as exc:
                raise DownloadError(server_message=str(exc)) from None
            gained = (part.stat().st_size if part.exists() else 0) > before
            failures = 0 if gained else failures + 1  # an attempt that made progress is not a failure
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

    async def _attempt(self, url: str, part: Path, progress: ProgressCallback | None) -> None:
        offset = part.stat().st_size if part.exists() else 0
        headers = {"Accept-Encoding": "identity"}  # lengths must be of the stored bytes
        if offset:
            headers["Range"] = f"bytes={offset}-"
        async with self._http.stream("GET", url, headers=headers, timeout=self._timeout) as response:
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
            length = response.headers.get("content-length", "")
            if total is None and length.isdigit():
                total = offset + int(length)
            done = offset
            if progress:
                progress(done, total)
            with part.open(mode) as fh:
                async for chunk in response.aiter_bytes(CHUNK):
                    fh.write(chunk)
                    done += len(chunk)
                    if total is not None and done > total:
                        raise _Restart
                    if progress:
                        progress(done, total)
                fh.flush()
                await _fsync(fh.fileno())
            if total is not None and done != total:
                raise _Incomplete(server_message=f"got {done} of {total} bytes")

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
        async with self._http.stream("GET", url, timeout=self._timeout) as response:
            if not 200 <= response.status_code < 300:
                raise media_error(response.status_code, "download")
            data = bytearray()
            async for chunk in response.aiter_bytes(CHUNK):
                data += chunk
                if len(data) > max_bytes:
                    raise DownloadError("This file is too large.", server_message=f"over {max_bytes} bytes")
            return bytes(data)

    # ------------------------------------------------------------ signed upload

    async def put_file(
        self, url: str, path: Path, *, progress: ProgressCallback | None = None,
        content_type: str = "application/octet-stream",
    ) -> None:
        """PUT the file's bytes to a signed URL (no API key) with the content type it was signed
        for (v1: octet-stream, API.md §9.8; v2: the type named in the request, §8.12)."""
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise DownloadError("The file could not be read.", server_message=str(exc)) from None
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._http.put(
                    url, content=self._chunks(path, size, progress),
                    headers={"Content-Type": content_type, "Content-Length": str(size)},
                    timeout=self._timeout,
                )
                if 200 <= response.status_code < 300:
                    return
                error: JoggError = media_error(response.status_code, "upload")
            except JoggError as err:
                error = err
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
                error = network_error(exc)[0]
            except OSError as exc:
                raise DownloadError("The file could not be read.", server_message=str(exc)) from None
            delay = (self._retry.delay_for(error, attempt)
                     if is_retryable(error, CallKind.SAFE, timed_out=False) else None)
            if delay is None:
                raise error
            await self._sleep(delay)

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
