"""The thumbnail loader: bounded concurrency, disk cache, decode + scale off the GUI thread."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from tests.conftest import run_async
from tests.ui.media_files import media_test, write_mp4
from ui.imaging.thumbnails import ThumbnailLoader, local_key


def _png(path: Path, w: int, h: int, colour: str = "#2a9d8f") -> bytes:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path.read_bytes()


def test_local_file_is_scaled_keeping_aspect(qtbot: Any, qloop: Any, tmp_path: Path) -> None:
    _png(tmp_path / "wide.png", 800, 400)
    loader = ThumbnailLoader(None, cache_dir=tmp_path / "cache")
    with qtbot.waitSignal(loader.loaded) as blocker:
        url = loader.load_local(tmp_path / "wide.png", QSize(100, 100))
    got_url, image = blocker.args
    assert got_url == url == local_key(tmp_path / "wide.png")
    assert (image.width(), image.height()) == (100, 50)
    assert image.pixelColor(50, 25) == QColor("#2a9d8f")


def test_fetches_are_bounded_cached_on_disk_and_decoded_off_the_gui_thread(
    qtbot: Any, qloop: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    data = _png(tmp_path / "p.png", 300, 600)
    running = 0
    peak = 0
    release = asyncio.Event()

    async def fetch(url: str) -> bytes:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await release.wait()
        running -= 1
        return data

    import ui.imaging.decode as decode

    decode_threads: list[str] = []
    real_decode = decode.decode_scaled

    def spy(raw: bytes, size: QSize) -> QImage | None:
        decode_threads.append(threading.current_thread().name)
        return real_decode(raw, size)

    monkeypatch.setattr(decode, "decode_scaled", spy)
    loader = ThumbnailLoader(fetch, cache_dir=tmp_path / "cache", max_concurrent=3)
    loaded: list[str] = []
    loader.loaded.connect(lambda url, _img: loaded.append(url))
    urls = [f"http://shop.example/img{i}.png" for i in range(10)]
    for url in urls:
        loader.load(url, QSize(64, 64))
    qtbot.waitUntil(lambda: running == 3)
    assert peak == 3
    release.set()
    qtbot.waitUntil(lambda: len(loaded) == 10)
    assert peak == 3
    assert loader.fetch_count == 10
    assert threading.main_thread().name not in decode_threads

    # A second loader (next app run) reads the disk cache: no fetch at all.
    cache = tmp_path / "cache"
    qtbot.waitUntil(lambda: len([p for p in cache.iterdir() if not p.name.endswith(".part")]) == 10)
    again = ThumbnailLoader(fetch, cache_dir=tmp_path / "cache")
    loaded.clear()
    again.loaded.connect(lambda url, _img: loaded.append(url))
    for url in urls:
        again.load(url, QSize(32, 32))
    qtbot.waitUntil(lambda: len(loaded) == 10)
    assert again.fetch_count == 0


def test_broken_image_fails_quietly(qtbot: Any, qloop: Any, tmp_path: Path) -> None:
    async def fetch(url: str) -> bytes:
        return b"<html>not an image</html>"

    loader = ThumbnailLoader(fetch, cache_dir=tmp_path / "cache")
    with qtbot.waitSignal(loader.failed) as blocker:
        loader.load("http://shop.example/broken.jpg", QSize(64, 64))
    assert blocker.args == ["http://shop.example/broken.jpg"]


@media_test
def test_video_thumbnail_is_its_first_frame_and_cached(qtbot: Any, qloop: Any, tmp_path: Path) -> None:
    video = write_mp4(qtbot, tmp_path / "clip.mp4")
    loader = ThumbnailLoader(None, cache_dir=tmp_path / "cache")
    with qtbot.waitSignal(loader.loaded, timeout=20_000) as blocker:
        loader.load_local(video, QSize(96, 96))
    image = blocker.args[1]
    assert not image.isNull() and max(image.width(), image.height()) == 96
    assert list((tmp_path / "cache").glob("*.frame.png"))
    run_async(qtbot, loader.aclose())

    # Next run: the cached frame, no player at all.
    again = ThumbnailLoader(None, cache_dir=tmp_path / "cache")
    with qtbot.waitSignal(again.loaded) as blocker:
        again.load_local(video, QSize(96, 96))
    assert again._grabber is None


def test_qt_fetch_gets_public_pictures_without_the_key(qtbot: Any, qloop: Any, sim: Any) -> None:
    from jogg_desktop.errors import NetworkError
    from ui.imaging.qt_fetch import QtFetcher

    fetch = QtFetcher()
    pages = sim.demo_product_urls()
    data = run_async(qtbot, fetch(pages[0]))
    assert b"<html" in data.lower()
    seen = [r for r in sim.requests if r.path.startswith("/shop/")]
    assert seen and all("x-api-key" not in {k.lower() for k in r.headers} for r in seen)
    with pytest.raises(NetworkError):
        run_async(qtbot, fetch(f"{sim.origin}/media/no-such-picture.jpg"))
    small = QtFetcher(max_bytes=100)
    with pytest.raises(NetworkError):
        run_async(qtbot, small(pages[0]))


def test_loader_with_qt_fetch_shows_the_shop_pictures(
    qtbot: Any, qloop: Any, sim: Any, tmp_path: Path
) -> None:
    from ui.imaging.qt_fetch import lazy_qt_fetch

    loader = ThumbnailLoader(lazy_qt_fetch(None), cache_dir=tmp_path / "cache")
    url = f"{sim.origin}/media/shop/aurora-insulated-bottle/1.jpg"
    with qtbot.waitSignal(loader.loaded, timeout=15_000) as blocker:
        loader.load(url, QSize(80, 80))
    assert max(blocker.args[1].width(), blocker.args[1].height()) == 80
    run_async(qtbot, loader.aclose())


def test_memory_keeps_the_most_recent_thumbnails_only(qtbot: Any, qloop: Any, tmp_path: Path) -> None:
    for i in range(3):
        _png(tmp_path / f"{i}.png", 40, 40)
    loader = ThumbnailLoader(None, cache_dir=tmp_path / "cache")
    loader.memory_limit = 2
    urls = []
    for i in range(3):
        with qtbot.waitSignal(loader.loaded):
            urls.append(loader.load_local(tmp_path / f"{i}.png", QSize(16, 16)))
    assert loader.cached(urls[0], QSize(16, 16)) is None
    assert loader.cached(urls[2], QSize(16, 16)) is not None
