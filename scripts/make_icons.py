"""Render the app icon (resources/icons/jogg-desktop.svg) into every file the installers need.

    .venv/bin/python scripts/make_icons.py [OUT_DIR]      (default: build/icons)

Writes, all generated build outputs (never committed):
  OUT/hicolor/NxN/apps/jogg-desktop.png   N in 16..512, for the freedesktop hicolor theme (.deb)
  OUT/hicolor/scalable/apps/jogg-desktop.svg
  OUT/jogg-desktop.png                    256 px, for the Linux bundle / window icon
  OUT/jogg-desktop.ico                    Windows (PyInstaller exe icon, Inno Setup)
  OUT/jogg-desktop.icns                   macOS (.app bundle)

ICO and ICNS are simple containers, written here rather than pulling in a dependency:
ICO = a 6-byte header, 16-byte directory entries, then images (32-bit DIBs below 256 px, PNG at
256 px, as Windows' own icons do); ICNS = 'icns' + length, then (type, length, PNG) chunks.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "jogg-desktop.svg"
NAME = "jogg-desktop"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS chunk types that hold PNG data, with their pixel size (the @2x ones are retina variants).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stub types format as bytes; only str works
        raise RuntimeError("could not encode PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BGRA DIB as stored in .ico files: height doubled, rows bottom-up, then a 1-bit mask."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # little-endian memory = B,G,R,A
    w, h = image.width(), image.height()
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = [bytes(image.constScanLine(y))[: w * 4] for y in range(h)]  # type: ignore[call-overload]
    mask_row = bytes(((w + 31) // 32) * 4)  # all zero: the alpha channel decides
    return header + b"".join(reversed(rows)) + mask_row * h


def ico_bytes(images: dict[int, QImage]) -> bytes:
    entries: list[tuple[int, bytes]] = []
    for size in sorted(images):
        blob = png_bytes(images[size]) if size >= 256 else dib_bytes(images[size])
        entries.append((size, blob))
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    for size, blob in entries:
        dim = 0 if size >= 256 else size  # 0 means 256
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return out + b"".join(blob for _, blob in entries)


def icns_bytes(images: dict[int, QImage]) -> bytes:
    body = b""
    for ostype, size in ICNS_TYPES:
        blob = png_bytes(images[size])
        body += ostype + struct.pack(">I", 8 + len(blob)) + blob
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out: Path) -> None:
    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"could not read {SVG}")
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    images = {size: render(renderer, size) for size in sizes}

    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(png_bytes(images[size]))
    scalable = out / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    (out / f"{NAME}.png").write_bytes(png_bytes(images[256]))
    (out / f"{NAME}.ico").write_bytes(ico_bytes({s: images[s] for s in ICO_SIZES}))
    (out / f"{NAME}.icns").write_bytes(icns_bytes(images))
    del app


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "build" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    make_icons(out)
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
