"""The app's product page (or, before it existed, its thumbnail loader) showing N image URLs.

Shared by the thumbnail, UI-stall and RSS drivers so they all exercise the same code.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

THUMB = QSize(160, 160)


class LoaderGridScene:
    """Fallback: the app's ThumbnailLoader into a grid of labels (no product page yet)."""

    kind = "thumbnail loader + label grid"

    def __init__(self, urls: list[str], client: Any) -> None:
        from ui.imaging.thumbnails import ThumbnailLoader

        self.client = client
        self.urls = urls
        self.loader = ThumbnailLoader(client.fetch_bytes)
        self.window = QWidget()
        grid = QGridLayout(self.window)
        self.labels: dict[str, QLabel] = {}
        for i, url in enumerate(urls):
            label = QLabel()
            label.setFixedSize(THUMB)
            grid.addWidget(label, i // 10, i % 10)
            self.labels[url] = label
        self.window.show()
        self._shown: set[str] = set()
        self._done = asyncio.Event()
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(lambda url: print(f"thumbnail failed: {url}"))

    def _on_loaded(self, url: str, image: QImage) -> None:
        self.labels[url].setPixmap(QPixmap.fromImage(image))
        self._shown.add(url)
        if len(self._shown) == len(self.urls):
            QTimer.singleShot(0, self._done.set)  # after the paint this pixmap scheduled

    async def show_thumbnails(self) -> None:
        for url in self.urls:
            self.loader.load(url, THUMB)
        await self._done.wait()

    def shown_count(self) -> int:
        return len(self._shown)

    def fetch_count(self) -> int:
        return int(self.loader.fetch_count)

    async def aclose(self) -> None:
        await self.loader.aclose()
        self.window.close()
        await self.client.aclose()


async def build_scene(urls: list[str], client: Any = None) -> Any:
    from jogg_desktop.api.client import JoggClient

    if client is None:
        client = JoggClient("bench-key", "http://127.0.0.1:9/v1")
    return LoaderGridScene(urls, client)
