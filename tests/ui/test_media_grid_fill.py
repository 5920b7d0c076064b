"""A long media list: the grid is a QListView over a model, so 60 tiles are one model reset
(complete at once, no filling in batches), and a thumbnail repaints its own tile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QImage

from jogg_desktop.models import Media, MediaKind, Product
from ui.context import AppContext
from ui.imaging.thumbnails import ThumbnailLoader
from ui.pages.product_page import ProductPage
from ui.widgets.media_grid import THUMB_SIZE, MediaGrid

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


def _centre_colour(grid: MediaGrid, row: int) -> QColor:
    image = grid.tile_picture(row).toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_sixty_tiles_are_there_at_once_and_thumbnails_land_on_theirs(qtbot: Any) -> None:
    grid = _grid(qtbot)
    media = _media(60)
    grid.set_media(media)
    assert grid.count() == 60 and grid.media() == media and grid.currentRow() == 0
    assert grid.model_.rowCount() == 60
    red = QImage(THUMB_SIZE, QImage.Format.Format_RGB32)
    red.fill(RED)
    grid.set_thumbnail(media[45].url, red)
    assert grid.urls() == [m.url for m in media]
    assert _centre_colour(grid, 45) == RED
    assert _centre_colour(grid, 44) != RED


def test_edits_keep_every_tile_and_keys_survive_moves(qtbot: Any) -> None:
    grid = _grid(qtbot)
    media = _media(40)
    grid.set_media(media)
    grid.setCurrentRow(0)
    grid.move_current(1)
    assert grid.count() == 40
    assert grid.media() == [media[1], media[0], *media[2:]]
    added = Media(MediaKind.IMAGE, "https://shop.example/new.jpg")
    grid.set_media(media)
    key = grid.add_media(added, pending=True)
    assert grid.media() == [*media, added] and grid.count() == 41
    grid.setCurrentRow(40)
    grid.move_current(-1)
    assert grid.row_of(key) == 39 and grid.pending_count() == 1
    grid.set_upload_progress(key, 42)
    assert grid.tile_text(39) == "Uploading… 42%"


def test_a_new_list_replaces_the_old_one(qtbot: Any) -> None:
    grid = _grid(qtbot)
    grid.set_media(_media(60, "old"))
    second = _media(25, "new")
    grid.set_media(second)
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

    # The services are fixed for a context: one built with this test's loader.
    ctx = AppContext(ctx.tasks, ThumbnailLoader(fetch, cache_dir=tmp_path / "cache"), ctx.settings)
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
    assert page.grid.count() == 60
    qtbot.waitUntil(lambda: all(_centre_colour(page.grid, i) == RED for i in range(60)), timeout=20_000)
    assert not page.has_changes()
