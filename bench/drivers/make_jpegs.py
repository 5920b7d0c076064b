"""Generate N photo-like square JPEGs (smooth colour fields, shapes, a label) with QtGui.

Runs in a child process (bench/assets.py): QtGui needs no QApplication for QImage/QPainter
with raster images, and keeping it out of the harness keeps the harness Qt-free.

    python -m bench.drivers.make_jpegs OUT_DIR COUNT SIZE
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter


def make_one(path: Path, size: int, seed: int) -> None:
    rnd = random.Random(seed)
    # Low-resolution noise scaled up smoothly looks like out-of-focus photo texture, and gives
    # JPEG sizes (hundreds of KiB) like real product photos rather than flat-colour files.
    small = 48
    noise = QImage(
        bytes(rnd.getrandbits(8) for _ in range(small * small * 3)),
        small,
        small,
        small * 3,
        QImage.Format.Format_RGB888,
    )
    image = noise.scaled(
        size, size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    ).convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for _ in range(12):
        colour = QColor.fromHsv(rnd.randrange(360), rnd.randrange(80, 255), rnd.randrange(80, 255), 170)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        w, h = rnd.uniform(0.1, 0.5) * size, rnd.uniform(0.1, 0.5) * size
        rect = QRectF(rnd.uniform(0, size - w), rnd.uniform(0, size - h), w, h)
        if rnd.random() < 0.5:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, size * 0.02, size * 0.02)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(size // 8)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, f"#{seed}")
    painter.end()
    # The format as str: PySide6 6.11.3 refuses bytes here at run time, whatever its stubs say.
    if not image.save(str(path), "JPEG", 88):  # type: ignore[call-overload]
        raise SystemExit(f"could not write {path}")


def main(argv: list[str]) -> int:
    out, count, size = Path(argv[0]), int(argv[1]), int(argv[2])
    _app = QGuiApplication(["make_jpegs"])  # fonts need a GUI application
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        make_one(out / f"photo-{i:03d}.jpg", size, i)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
