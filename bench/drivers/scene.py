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


class ProductPageScene:
    """The app's product page (ui/pages/product_page.py) in a window, fed a product with N images.

    The context comes from ``ui.app.build_context`` (the app's own wiring: TaskRunner,
    ThumbnailLoader fetching through the client, settings), connected to ``client``.
    """

    kind = "the product page's media grid"

    def __init__(self, ctx: Any, urls: list[str]) -> None:
        from PySide6.QtWidgets import QMainWindow

        from ui.pages.product_page import ProductPage

        self.ctx = ctx
        self.urls = urls
        self.page = ProductPage(ctx)
        self.window = QMainWindow()
        self.window.setCentralWidget(self.page)
        self.window.resize(1100, 800)
        self.window.show()
        self._shown: set[str] = set()
        self._done = asyncio.Event()
        # Connected after the page's own slot: by the time this runs, the grid has the icon.
        ctx.thumbnails.loaded.connect(self._on_loaded)
        ctx.thumbnails.failed.connect(lambda url: print(f"thumbnail failed: {url}"))

    def _on_loaded(self, url: str, _image: QImage) -> None:
        if url in self._shown or url not in self.urls:
            return
        self._shown.add(url)
        if len(self._shown) == len(self.urls):
            QTimer.singleShot(0, self._done.set)  # after the paint the new icon scheduled

    def product(self) -> Any:
        from jogg_desktop.models import Media, MediaKind, Product

        media = tuple(Media(MediaKind.IMAGE, url, name=url.rsplit("/", 1)[-1]) for url in self.urls)
        return Product(id="bench-product", url="", name="Bench product", description="60 photos", media=media)

    async def show_thumbnails(self) -> None:
        self.ctx.state.product = self.product()
        self.page.on_enter()
        await self._done.wait()

    def shown_count(self) -> int:
        return len(self._shown)

    def fetch_count(self) -> int:
        return int(self.ctx.thumbnails.fetch_count)

    async def aclose(self) -> None:
        await self.ctx.thumbnails.aclose()
        self.ctx.tasks.cancel_all()
        self.window.close()
        if self.ctx.api is not None:
            await self.ctx.api.aclose()


def app_context(client: Any) -> Any:
    """The app's own AppContext (ui.app.build_context) using ``client`` as the connected API."""
    import argparse

    from ui.app import build_context
    from ui.imaging.qt_fetch import load_network_module

    ctx = build_context(argparse.Namespace(api_base=None, demo=False), keys=_NoKeys())
    load_network_module()  # as the app's start-up does (ui.app.run_app), before any page shows
    ctx.api = client
    return ctx


class _NoKeys:
    """The bench never stores a key (build_context would otherwise make a real KeyStore)."""


async def build_scene(urls: list[str], client: Any = None) -> Any:
    from jogg_desktop.api.client import JoggClient

    if client is None:
        client = JoggClient("bench-key", "http://127.0.0.1:9/v1")
    try:
        import ui.pages.product_page  # noqa: F401
    except ImportError:
        return LoaderGridScene(urls, client)
    return ProductPageScene(app_context(client), urls)
