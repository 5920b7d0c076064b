"""A long media list is filled a few tiles per event-loop turn, with the same behaviour as before:
the full list is always there for the page, edits finish the fill first, thumbnails that arrive
before their tile are kept for it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QListWidgetItem

from jogg_desktop.models import Media, MediaKind, Product
from ui.imaging.thumbnails import ThumbnailLoader
from ui.pages.product_page import ProductPage
from ui.widgets.media_grid import FILL_BATCH, THUMB_SIZE, MediaGrid

RED = QColor("#d62828")


def _media(n: int, prefix: str = "photo") -> list[Media]:
    return [Media(MediaKind.IMAGE, f"https://shop.example/{prefix}{i}.jpg", name=f"{prefix}{i}.jpg")
            for i in range(n)]


def _grid(qtbot: Any) -> MediaGrid:
    grid = MediaGrid()
    qtbot.addWidget(grid)
    grid.resize(800, 500)
    grid.show()
    return grid


def _centre_colour(item: QListWidgetItem) -> QColor:
    image = item.icon().pixmap(THUMB_SIZE).toImage()
    return image.pixelColor(THUMB_SIZE.width() // 2, THUMB_SIZE.height() // 2)


def test_sixty_tiles_come_in_batches_and_the_list_is_complete_at_once(qtbot: Any) -> None:
    grid = _grid(qtbot)
    media = _media(60)
    grid.set_media(media)
    assert grid.count() == FILL_BATCH < 60  # the first tiles now...
    assert grid.media() == media and grid.is_filling()  # ...the whole list for the page
    assert grid.currentRow() == 0
    red = QImage(THUMB_SIZE, QImage.Format.Format_RGB32)
    red.fill(RED)
    grid.set_thumbnail(media[45].url, red)  # arrives before its tile exists
    qtbot.waitUntil(lambda: not grid.is_filling())
    assert grid.count() == 60 and grid.media() == media and grid.urls() == [m.url for m in media]
    assert _centre_colour(grid.item(45)) == RED
    assert _centre_colour(grid.item(44)) != RED


def test_an_edit_during_the_fill_sees_every_item(qtbot: Any) -> None:
    grid = _grid(qtbot)
    media = _media(40)
    grid.set_media(media)
    grid.setCurrentRow(0)
    grid.move_current(1)
    assert not grid.is_filling() and grid.count() == 40
    assert grid.media() == [media[1], media[0], *media[2:]]
    added = Media(MediaKind.IMAGE, "https://shop.example/new.jpg")
    grid.set_media(media)
    grid.add_media(added)
    assert grid.media() == [*media, added] and grid.count() == 41


def test_a_new_list_replaces_one_still_filling(qtbot: Any) -> None:
    grid = _grid(qtbot)
    grid.set_media(_media(60, "old"))
    second = _media(25, "new")
    grid.set_media(second)
    qtbot.waitUntil(lambda: not grid.is_filling())
    assert grid.media() == second and grid.count() == 25


def _png(path: Path) -> bytes:
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(RED)
    assert image.save(str(path), "PNG")
    return path.read_bytes()


def test_product_page_with_sixty_pictures(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    picture = _png(tmp_path / "p.png")

    async def fetch(_url: str) -> bytes:  # product media are web addresses (#10 item 7)
        return picture

    ctx.thumbnails = ThumbnailLoader(fetch, cache_dir=tmp_path / "cache")
    urls = [f"https://shop.example/p{i}.png" for i in range(60)]
    media = tuple(Media(MediaKind.IMAGE, u, name=f"p{i}.png") for i, u in enumerate(urls))
    ctx.state.product = Product(id="p", url="", name="Lamp", description="A lamp", media=media)
    page = ProductPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.on_enter()
    product = page.edited_product()
    assert product is not None and product.media == media  # complete before the grid is
    size = page.grid.thumbnail_request_size()
    qtbot.waitUntil(lambda: all(ctx.thumbnails.cached(u, size) is not None for u in urls), timeout=20_000)
    qtbot.waitUntil(lambda: page.grid.count() == 60)
    assert all(_centre_colour(page.grid.item(i)) == RED for i in range(60))
    assert not page.has_changes()
