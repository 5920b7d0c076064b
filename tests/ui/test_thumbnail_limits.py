"""Thumbnails trust server data no further than they must (#10 items 7 and 8, #11.10).

Only http(s) addresses from server data are fetched (no file://, no absolute path, no share);
the user's own files go through ``load_local``. Fetches stop at a hard byte cap while reading,
against a hostile host on 127.0.0.1 sending endless bodies. The disk cache is trimmed.
Thumbnails never touch a job or a render: nothing paid is involved here.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from jogg_desktop.api.download import Transfers
from jogg_desktop.errors import DownloadError, NetworkError
from tests.conftest import run_async
from tests.transfers.hostile import HostileServer, endless, fixed
from ui.imaging.qt_fetch import QtFetcher
from ui.imaging.thumbnails import ThumbnailLoader, is_web_address, trim_cache

CAP = 1024 * 1024
# What passes the wire after the cap is reached, before the abort lands: kernel socket buffers
# (several MB each way on loopback) plus the few milliseconds the abort takes. The old fetcher
# let 1.3 GB and 9.3 GB through; what the client keeps is at most the cap plus one read.
SOCKET_SLACK = 64 * 1024 * 1024


def _png_bytes(tmp_path: Path) -> bytes:
    image = QImage(64, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("#e76f51"))
    path = tmp_path / "pic.png"
    assert image.save(str(path), "PNG")
    return path.read_bytes()


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    with HostileServer() as server:
        yield server


@pytest.mark.parametrize("address", [
    "file:///etc/hostname", "/etc/hostname", "file://fileserver/share/pic.jpg",
    "smb://fileserver/pic.jpg", r"\\fileserver\share\pic.jpg", "C:/Users/x/pic.jpg",
    "ftp://127.0.0.1/pic.jpg", "data:image/png;base64,AA==", "http:///no-host.jpg",
])
def test_addresses_from_server_data_must_be_web_addresses(qtbot: Any, qloop: Any, tmp_path: Path,
                                                           address: str) -> None:
    asked: list[str] = []

    async def fetch(url: str) -> bytes:
        asked.append(url)
        return b""

    assert not is_web_address(address)
    loader = ThumbnailLoader(fetch, cache_dir=tmp_path / "cache")
    with qtbot.waitSignal(loader.failed) as blocker:
        loader.load(address, QSize(64, 64))
    assert blocker.args == [address] and asked == []


def test_a_real_local_picture_is_shown_only_through_load_local(
    qtbot: Any, qloop: Any, tmp_path: Path
) -> None:
    _png_bytes(tmp_path)
    loader = ThumbnailLoader(None, cache_dir=tmp_path / "cache")
    address = (tmp_path / "pic.png").as_uri()
    with qtbot.waitSignal(loader.failed):
        loader.load(address, QSize(64, 64))  # the same file, named by server data: refused
    assert loader.cached(address, QSize(64, 64)) is None
    with qtbot.waitSignal(loader.loaded) as blocker:
        assert loader.load_local(tmp_path / "pic.png", QSize(64, 64)) == address
    assert blocker.args[1].width() == 64


def test_qt_fetch_stops_an_endless_body_at_the_cap(qtbot: Any, qloop: Any, hostile: HostileServer) -> None:
    hostile.routes["/zero.jpg"] = lambda _s: (200, {"Content-Type": "image/jpeg"}, endless())
    with pytest.raises(NetworkError):
        run_async(qtbot, QtFetcher(max_bytes=CAP)(hostile.url("/zero.jpg")))
    [seen] = hostile.seen
    assert seen.sent < CAP + SOCKET_SLACK


def test_qt_fetch_refuses_an_announced_size_over_the_cap_at_the_headers(
    qtbot: Any, qloop: Any, hostile: HostileServer
) -> None:
    hostile.routes["/big.jpg"] = lambda _s: (200, {"Content-Type": "image/jpeg",
                                                   "Content-Length": str(10 * 1024**3)}, endless())
    with pytest.raises(NetworkError):
        run_async(qtbot, QtFetcher(max_bytes=CAP)(hostile.url("/big.jpg")))
    [seen] = hostile.seen
    assert seen.sent < CAP + SOCKET_SLACK


def test_qt_fetch_gets_a_picture_under_the_cap_and_refuses_a_redirect_to_a_file(
    qtbot: Any, qloop: Any, hostile: HostileServer, tmp_path: Path
) -> None:
    data = _png_bytes(tmp_path)
    hostile.routes["/pic.png"] = fixed(200, data, "image/png")
    hostile.routes["/moved.png"] = lambda _s: (302, {"Location": "/pic.png", "Content-Length": "0"}, [])
    hostile.routes["/local.png"] = lambda _s: (302, {"Location": (tmp_path / "pic.png").as_uri(),
                                                     "Content-Length": "0"}, [])
    fetch = QtFetcher(max_bytes=CAP)
    assert run_async(qtbot, fetch(hostile.url("/moved.png"))) == data
    with pytest.raises(NetworkError):
        run_async(qtbot, fetch(hostile.url("/local.png")))


def test_the_loader_shows_a_placeholder_for_an_endless_picture(
    qtbot: Any, qloop: Any, hostile: HostileServer, tmp_path: Path
) -> None:
    hostile.routes["/zero.jpg"] = lambda _s: (200, {"Content-Type": "image/jpeg"}, endless())
    loader = ThumbnailLoader(QtFetcher(max_bytes=CAP), cache_dir=tmp_path / "cache")
    with qtbot.waitSignal(loader.failed, timeout=20_000):
        loader.load(hostile.url("/zero.jpg"), QSize(64, 64))
    assert hostile.seen[0].sent < CAP + SOCKET_SLACK
    assert not [p for p in (tmp_path / "cache").iterdir()]  # nothing cached
    run_async(qtbot, loader.aclose())


def test_the_client_fallback_fetch_has_the_same_hard_cap(hostile: HostileServer) -> None:
    hostile.routes["/zero.jpg"] = lambda _s: (200, {"Content-Type": "image/jpeg"}, endless())

    async def main() -> bytes:
        async with httpx.AsyncClient() as http:
            return await Transfers(http).fetch_bytes(hostile.url("/zero.jpg"), max_bytes=CAP)

    with pytest.raises(DownloadError):
        asyncio.run(main())
    assert hostile.seen[0].sent < CAP + SOCKET_SLACK


# -- the disk cache ---------------------------------------------------------------------------

def test_trim_deletes_the_least_recently_used_files_down_to_80_percent(tmp_path: Path) -> None:
    for i in range(10):
        path = tmp_path / f"f{i}"
        path.write_bytes(b"x" * 1000)
        os.utime(path, (1000 + i, 1000 + i))
    assert trim_cache(tmp_path, 20_000) == 0  # under the limit: untouched
    assert trim_cache(tmp_path, 5000) == 6
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f6", "f7", "f8", "f9"]


def test_the_loader_keeps_its_disk_cache_under_the_limit(
    qtbot: Any, qloop: Any, tmp_path: Path
) -> None:
    data = _png_bytes(tmp_path)
    cache = tmp_path / "cache"
    cache.mkdir()
    for i in range(20):  # an earlier session's pictures, long unused
        old = cache / f"{i:064x}"
        old.write_bytes(b"y" * 10_000)
        os.utime(old, (1000, 1000))

    async def fetch(_url: str) -> bytes:
        return data

    loader = ThumbnailLoader(fetch, cache_dir=cache, disk_limit=100_000)
    with qtbot.waitSignal(loader.loaded):
        loader.load("http://shop.example/new.png", QSize(32, 32))
    qtbot.waitUntil(lambda: sum(p.stat().st_size for p in cache.iterdir()) <= 100_000)
    names = [p.name for p in cache.iterdir()]
    assert len(names) < 21 and any(len(n) == 64 and not n.startswith("0" * 40) for n in names)


def test_a_broken_picture_is_not_fetched_again_on_every_refresh(
    qtbot: Any, qloop: Any, tmp_path: Path
) -> None:
    asked: list[str] = []

    async def fetch(url: str) -> bytes:
        asked.append(url)
        return b"<html>gone</html>"

    loader = ThumbnailLoader(fetch, cache_dir=tmp_path / "cache")
    for _ in range(3):  # e.g. the History refreshing its rows
        with qtbot.waitSignal(loader.failed):
            loader.load("https://cdn.example/broken.jpg", QSize(64, 64))
    assert asked == ["https://cdn.example/broken.jpg"]


def test_a_loader_deleted_while_decoding_waits_for_its_pictures(
    qtbot: Any, qloop: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QObject

    big = QImage(1600, 1600, QImage.Format.Format_RGB32)
    big.fill(QColor("#264653"))
    paths = [tmp_path / f"p{i}.jpg" for i in range(12)]
    for path in paths:
        assert big.save(str(path), "JPEG")
    owner = QObject()
    loader = ThumbnailLoader(None, cache_dir=tmp_path / "cache", parent=owner)
    for path in paths:
        loader.load_local(path, QSize(32, 32))
    # Deleted while pictures are still decoding: the pool waits for them before the object
    # their results go to is deleted (no emit on a deleted object, no crash).
    with qtbot.waitSignal(owner.destroyed):
        owner.deleteLater()
