"""Child process: draw the catalogs' covers and preview clips and the demo shop's pictures.

    python -m jogg_desktop.sim.render_assets MANIFEST.json

MANIFEST: a list of ``{"path", "kind": avatar|template|product, "size": [w, h], "label",
"seed", "seconds"?, ...}``; ``.jpg`` paths become pictures, ``.mp4`` paths short clips.
Existing files are skipped, each file is written atomically, so several runs may overlap.
"""

from __future__ import annotations

import json
import math
import random
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
)

from jogg_desktop.sim.render_encoder import application, encode_mp4, save_image

SCENE_HUES = {"lifestyle": 30, "outdoors": 110, "business": 215, "studio": 260, "health_fitness": 160,
              "education": 45, "news": 0}
SKIN = ((255, 219, 172), (241, 194, 125), (224, 172, 105), (198, 134, 66), (141, 85, 36), (92, 57, 30))
FPS = 8


def _background(p: QPainter, w: int, h: int, hue: int, light: bool = False) -> None:
    g = QLinearGradient(0, 0, 0, h)
    if light:
        g.setColorAt(0, QColor.fromHsv(hue % 360, 25, 250))
        g.setColorAt(1, QColor.fromHsv(hue % 360, 60, 215))
    else:
        g.setColorAt(0, QColor.fromHsv(hue % 360, 110, 225))
        g.setColorAt(1, QColor.fromHsv((hue + 40) % 360, 150, 110))
    p.fillRect(0, 0, w, h, g)


def _label(p: QPainter, w: int, h: int, text: str) -> None:
    band = max(24, h // 9)
    p.fillRect(0, h - band, w, band, QColor(0, 0, 0, 140))
    p.setPen(QColor("white"))
    p.setFont(QFont("Sans", max(8, band // 3), QFont.Weight.DemiBold))
    p.drawText(QRectF(8, h - band, w - 16, band), int(Qt.AlignmentFlag.AlignCenter), text)


def draw_avatar(p: QPainter, w: int, h: int, job: dict[str, Any], t: float) -> None:
    seed = int(job["seed"])
    rng = random.Random(seed)
    _background(p, w, h, SCENE_HUES.get(job.get("scene", ""), 200) + rng.randint(-15, 15))
    s = min(w, h)
    cx = w / 2 + math.sin(t * 2.2) * s * 0.01
    head_y = h * 0.42 + math.sin(t * 3.1) * s * 0.008
    r = s * 0.17
    skin = QColor(*SKIN[rng.randrange(len(SKIN))])
    shirt = QColor.fromHsv(rng.randrange(360), 120, 150)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(shirt)
    p.drawEllipse(QPointF(cx, head_y + r * 3.1), r * 2.2, r * 1.9)
    p.setBrush(skin.darker(108))
    p.drawRect(QRectF(cx - r * 0.35, head_y + r * 0.7, r * 0.7, r * 0.8))
    hair = QColor.fromHsv(25, 140, rng.randint(20, 120))
    p.setBrush(hair)
    if job.get("gender") == "female":
        p.drawEllipse(QPointF(cx, head_y + r * 0.35), r * 1.25, r * 1.45)
    p.setBrush(skin)
    p.drawEllipse(QPointF(cx, head_y), r, r * 1.15)
    p.setBrush(hair)
    p.drawChord(QRectF(cx - r * 1.05, head_y - r * 1.25, r * 2.1, r * 1.5), 0, 180 * 16)
    p.setBrush(QColor(40, 30, 30))
    for dx in (-0.38, 0.38):
        p.drawEllipse(QPointF(cx + dx * r, head_y - r * 0.05), r * 0.09, r * 0.11)
    mouth = 0.05 + 0.12 * abs(math.sin(t * 9.0)) if t > 0 else 0.06
    p.setBrush(QColor(150, 50, 60))
    p.drawEllipse(QPointF(cx, head_y + r * 0.5), r * 0.28, r * mouth)
    _label(p, w, h, str(job.get("label", "")))


def draw_template(p: QPainter, w: int, h: int, job: dict[str, Any], t: float) -> None:
    seed = int(job["seed"])
    hue = (seed * 37) % 360
    _background(p, w, h, hue)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    slide = (t * 0.5) % 1.0 if t > 0 else 0.0
    for i in range(3):
        x = (i * 0.32 + slide) % 1.1 - 0.05
        p.setBrush(QColor.fromHsv((hue + 60 * (i + 1)) % 360, 90, 245, 200))
        p.drawRoundedRect(QRectF(w * x, h * (0.18 + 0.2 * i), w * 0.45, h * 0.14), 10, 10)
    p.setBrush(QColor(255, 255, 255, 230))
    p.drawRoundedRect(QRectF(w * 0.3, h * 0.62, w * 0.4, h * 0.12), 8, 8)
    p.setPen(QColor.fromHsv(hue, 200, 90))
    p.setFont(QFont("Sans", max(7, min(w, h) // 22), QFont.Weight.Bold))
    p.drawText(QRectF(w * 0.3, h * 0.62, w * 0.4, h * 0.12), int(Qt.AlignmentFlag.AlignCenter), "SHOP NOW")
    _label(p, w, h, str(job.get("label", "")))


def _shadow(p: QPainter, cx: float, y: float, rw: float) -> None:
    g = QRadialGradient(QPointF(cx, y), rw)
    g.setColorAt(0, QColor(0, 0, 0, 70))
    g.setColorAt(1, QColor(0, 0, 0, 0))
    p.setBrush(QBrush(g))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QPointF(cx, y), rw, rw * 0.18)


def draw_product(p: QPainter, w: int, h: int, job: dict[str, Any], t: float) -> None:
    variant = int(job.get("seed", 0))
    hue = int(job.get("hue", 200))
    _background(p, w, h, hue + variant * 25, light=True)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = min(w, h) * (0.9 - 0.08 * variant)
    p.save()
    p.translate(w / 2, h / 2)
    p.rotate(-12 + variant * 14 + (math.sin(t * 1.5) * 10 if t > 0 else 0))
    _shadow(p, 0, s * 0.42, s * 0.35)
    main = QColor.fromHsv(hue, 170, 200)
    dark = main.darker(150)
    p.setPen(QPen(dark, max(2.0, s / 150)))
    motif = job.get("motif", "bottle")
    if motif == "bottle":
        p.setBrush(main)
        p.drawRoundedRect(QRectF(-s * 0.14, -s * 0.3, s * 0.28, s * 0.68), s * 0.08, s * 0.08)
        p.setBrush(QColor(60, 60, 60))
        p.drawRoundedRect(QRectF(-s * 0.09, -s * 0.4, s * 0.18, s * 0.12), s * 0.03, s * 0.03)
        p.setBrush(QColor(255, 255, 255, 90))
        p.drawRoundedRect(QRectF(-s * 0.1, -s * 0.2, s * 0.05, s * 0.45), s * 0.02, s * 0.02)
    elif motif == "headphones":
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(dark, s * 0.05, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawArc(QRectF(-s * 0.3, -s * 0.38, s * 0.6, s * 0.6), 10 * 16, 160 * 16)
        p.setPen(QPen(dark, max(2.0, s / 150)))
        p.setBrush(main)
        for x in (-0.3, 0.3):
            p.drawRoundedRect(QRectF(s * (x - 0.09), -s * 0.08, s * 0.18, s * 0.3), s * 0.07, s * 0.07)
    elif motif == "sneaker":
        path = QPainterPath(QPointF(-s * 0.4, s * 0.15))
        path.cubicTo(QPointF(-s * 0.4, -s * 0.1), QPointF(-s * 0.2, -s * 0.2), QPointF(-s * 0.05, -s * 0.12))
        path.cubicTo(QPointF(s * 0.1, -s * 0.02), QPointF(s * 0.35, 0), QPointF(s * 0.42, s * 0.12))
        path.lineTo(QPointF(s * 0.42, s * 0.2))
        path.lineTo(QPointF(-s * 0.4, s * 0.2))
        path.closeSubpath()
        p.setBrush(main)
        p.drawPath(path)
        p.setBrush(QColor(250, 250, 250))
        p.drawRect(QRectF(-s * 0.42, s * 0.16, s * 0.86, s * 0.07))
        p.setPen(QPen(QColor("white"), s * 0.015))
        for i in range(4):
            p.drawLine(QPointF(-s * (0.12 - i * 0.06), -s * 0.1), QPointF(-s * (0.08 - i * 0.06), -s * 0.02))
    elif motif == "lamp":
        p.setBrush(dark)
        p.drawEllipse(QRectF(-s * 0.2, s * 0.3, s * 0.4, s * 0.1))
        p.setPen(QPen(dark, s * 0.03, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(0, s * 0.33), QPointF(-s * 0.1, -s * 0.05))
        p.drawLine(QPointF(-s * 0.1, -s * 0.05), QPointF(s * 0.12, -s * 0.25))
        p.setPen(QPen(dark, max(2.0, s / 150)))
        p.setBrush(main)
        p.drawChord(QRectF(s * 0.02, -s * 0.4, s * 0.3, s * 0.3), -30 * 16, 180 * 16)
        glow = QRadialGradient(QPointF(s * 0.2, -s * 0.12), s * 0.25)
        glow.setColorAt(0, QColor(255, 240, 180, 160))
        glow.setColorAt(1, QColor(255, 240, 180, 0))
        p.setBrush(QBrush(glow))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(s * 0.2, -s * 0.05), s * 0.25, s * 0.25)
    else:  # mug
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(dark, s * 0.05))
        p.drawEllipse(QRectF(s * 0.12, -s * 0.12, s * 0.22, s * 0.26))
        p.setPen(QPen(dark, max(2.0, s / 150)))
        p.setBrush(main)
        p.drawRoundedRect(QRectF(-s * 0.22, -s * 0.22, s * 0.4, s * 0.5), s * 0.04, s * 0.04)
        p.setBrush(QColor(90, 60, 40))
        p.drawEllipse(QRectF(-s * 0.2, -s * 0.25, s * 0.36, s * 0.07))
    p.restore()


DRAW = {"avatar": draw_avatar, "template": draw_template, "product": draw_product}


def make(job: dict[str, Any]) -> None:
    dest = Path(job["path"])
    if dest.exists():
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    w, h = (int(v) for v in job["size"])
    draw = DRAW[job["kind"]]
    canvas = QImage(w, h, QImage.Format.Format_RGB32)

    def frame(i: int) -> QImage:
        painter = QPainter(canvas)
        draw(painter, w, h, job, i / FPS if dest.suffix == ".mp4" else 0.0)
        painter.end()
        return canvas

    if dest.suffix == ".mp4":
        encode_mp4(dest, (w, h), FPS, int(float(job.get("seconds", 2)) * FPS), frame)
    else:
        save_image(frame(0), dest)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m jogg_desktop.sim.render_assets MANIFEST.json", file=sys.stderr)
        return 2
    application()
    failures = 0
    for job in json.loads(Path(argv[0]).read_text(encoding="utf-8")):
        try:
            make(job)
        except Exception as exc:  # one bad item must not stop the rest
            failures += 1
            print(f"asset failed: {job.get('path')}: {exc}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
