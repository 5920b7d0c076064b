"""Decode and scale images at the size they are shown (runs on pool threads: QImage and
QImageReader are not QObjects, and the decoding itself is C++)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

MAX_PIXELS = 100_000_000
"""Larger pictures are not decoded at all (a decompression bomb; no product photo is this big)."""


def decode_scaled(data: bytes, size: QSize) -> QImage | None:
    """The image in ``data`` scaled to fit ``size`` (aspect kept); None when it is no image."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        return _read_scaled(QImageReader(buffer), size)
    finally:
        buffer.close()


def decode_file_scaled(path: Path, size: QSize) -> QImage | None:
    """The picture file at ``path`` scaled to fit ``size``; read by Qt straight from the file."""
    return _read_scaled(QImageReader(str(path)), size)


def _read_scaled(reader: QImageReader, size: QSize) -> QImage | None:
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and original.width() * original.height() > MAX_PIXELS:
        return None
    if original.isValid() and not original.isEmpty():
        # Decode straight at the shown size (JPEG: scaled DCT), far cheaper than decode + scale.
        reader.setScaledSize(original.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > size.width() or image.height() > size.height():
        image = image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image
