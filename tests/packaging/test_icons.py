"""The icon generator (scripts/make_icons.py): hicolor PNGs, and ICO/ICNS files real decoders read."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QColor, QImage, QImageReader

ROOT = Path(__file__).resolve().parents[2]


def load_make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from PySide6.QtWidgets import QApplication

    # A QApplication first: make_icons would otherwise create a QGuiApplication that later
    # pytest-qt tests could not replace.
    _app = QApplication.instance() or QApplication([])
    out = tmp_path_factory.mktemp("icons")
    load_make_icons().make_icons(out)
    return out


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_hicolor_png_in_every_size(icons: Path, size: int) -> None:
    image = QImage(str(icons / "hicolor" / f"{size}x{size}" / "apps" / "jogg-desktop.png"))
    assert (image.width(), image.height()) == (size, size)


def _pixels(image: QImage) -> list[QColor]:
    return [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]


@pytest.mark.parametrize("size", [16, 512])
def test_icon_is_a_bold_shape_with_a_white_mark(icons: Path, size: int) -> None:
    # Reads at 16 px: most of the square is opaque colour, and the white play mark survives.
    pixels = _pixels(QImage(str(icons / "hicolor" / f"{size}x{size}" / "apps" / "jogg-desktop.png")))
    opaque = [p for p in pixels if p.alpha() > 200]
    white = [p for p in opaque if min(p.red(), p.green(), p.blue()) > 200]
    saturated = [p for p in opaque if p.red() > 180 and p.blue() < 140]
    assert len(opaque) > 0.5 * len(pixels)
    assert len(white) >= max(3, 0.04 * len(pixels))
    assert len(saturated) > 0.3 * len(pixels)


def test_ico_directory_and_images_decode(icons: Path) -> None:
    data = (icons / "jogg-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 7)
    sizes = []
    for i in range(count):
        w, h, _, _, planes, bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert (planes, bpp) == (1, 32) and w == h
        assert offset + length <= len(data)
        blob = data[offset : offset + length]
        size = w or 256
        if size == 256:
            assert blob[:8] == b"\x89PNG\r\n\x1a\n"
        else:  # a BITMAPINFOHEADER with the doubled height of an icon DIB
            assert struct.unpack_from("<Iii", blob) == (40, size, 2 * size)
            assert length == 40 + size * size * 4 + ((size + 31) // 32) * 4 * size
        sizes.append(size)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]
    reader = QImageReader(str(icons / "jogg-desktop.ico"))
    assert reader.imageCount() == 7
    decoded: dict[int, QImage] = {}
    for _ in range(reader.imageCount()):
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        decoded[image.width()] = image
        reader.jumpToNextImage()
    assert sorted(decoded) == sizes
    # The hand-written DIBs hold the same picture as the PNGs: rows not flipped, channels in order.
    for size in (16, 48):
        png = QImage(str(icons / "hicolor" / f"{size}x{size}" / "apps" / "jogg-desktop.png"))
        a, b = _pixels(decoded[size]), _pixels(png)
        # Compared premultiplied: nearly transparent edge pixels lose colour precision in decoding.
        assert max(max(abs(p.alpha() - q.alpha()), *(abs(x * p.alpha() - y * q.alpha()) // 255
                   for x, y in ((p.red(), q.red()), (p.green(), q.green()), (p.blue(), q.blue()))))
                   for p, q in zip(a, b, strict=True)) <= 2


def test_icns_chunks_and_qt_decodes_it(icons: Path) -> None:
    data = (icons / "jogg-desktop.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    offset, types = 8, []
    while offset < len(data):
        ostype, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        assert data[offset + 8 : offset + 16] == b"\x89PNG\r\n\x1a\n"
        types.append(ostype.decode())
        offset += length
    assert offset == len(data)
    assert {"icp4", "ic07", "ic08", "ic09", "ic10"} <= set(types)
    image = QImage(str(icons / "jogg-desktop.icns"))
    assert not image.isNull() and image.width() >= 16
