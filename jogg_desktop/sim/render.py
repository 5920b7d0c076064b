"""Child process: render a product video from its own images, with the script as captions.

    python -m jogg_desktop.sim.render JOB.json

JOB.json: ``{"video": path, "cover": path, "width", "height", "fps", "seconds", "title",
"images": [url, ...], "captions": [[start, end, text], ...], "show_captions": bool,
"voice": [pitch, seed] | null, "music": [tempo, seed] | null}``. The sound track is a voice-like
murmur under each caption over the music (AAC mono, like JoggAI's output, docs/joggai-api.md §10.3).
Exit status 0 = both files written; otherwise a one-line reason on stderr.
"""

from __future__ import annotations

import json
import math
import sys
import urllib.request
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QPen

from jogg_desktop.sim import audio
from jogg_desktop.sim.render_encoder import application, encode_mp4, save_image

MAX_IMAGE_BYTES = 20 * 1024 * 1024
FADE_SECONDS = 0.5


def fetch_image(url: str) -> QImage | None:
    if not url.startswith(("http://", "https://")):
        return None  # product media are web URLs; never read local files named by a page
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            data = reply.read(MAX_IMAGE_BYTES)
    except (OSError, ValueError):
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image


def scene(image: QImage, width: int, height: int) -> QImage:
    """The whole picture, fitted, over a blurred and darkened copy of itself filling the frame."""
    out = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(out)
    backdrop = image.scaled(
        max(1, width // 24), max(1, height // 24),
        Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation,
    )
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(QRectF(0, 0, width, height), backdrop)
    painter.fillRect(out.rect(), QColor(0, 0, 0, 90))
    fitted = image.scaled(
        int(width * 0.92), int(height * 0.8),
        Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation,
    )
    painter.drawImage((width - fitted.width()) // 2, (height - fitted.height()) // 2, fitted)
    painter.end()
    return out


def placeholder(width: int, height: int, title: str, hue: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, image.width(), image.height())
    gradient.setColorAt(0, QColor.fromHsv(hue % 360, 140, 200))
    gradient.setColorAt(1, QColor.fromHsv((hue + 60) % 360, 160, 90))
    painter.fillRect(image.rect(), gradient)
    painter.setPen(QColor("white"))
    painter.setFont(QFont("Sans", max(18, width // 14), QFont.Weight.Bold))
    painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), title)
    painter.end()
    return image


class Storyboard:
    def __init__(self, job: dict[str, Any]) -> None:
        self.width = int(job["width"])
        self.height = int(job["height"])
        self.fps = int(job["fps"])
        self.seconds = float(job["seconds"])
        self.title = str(job.get("title", ""))
        self.show_captions = bool(job.get("show_captions", True))
        self.captions = [(float(a), float(b), str(t)) for a, b, t in job.get("captions", [])]
        images = [img for img in (fetch_image(u) for u in job.get("images", [])) if img is not None]
        if images:
            self.panels = [scene(img, self.width, self.height) for img in images]
        else:
            self.panels = [placeholder(self.width, self.height, self.title or "Your product", 200)]
        self.caption_cards = [self._caption_card(text) for _, _, text in self.captions]
        self.frame = QImage(self.width, self.height, QImage.Format.Format_RGB32)
        self.style = str(job.get("style", ""))
        self.preview = bool(job.get("preview", False))

    def _caption_card(self, text: str) -> QImage:
        card = QImage(self.width, self.height // 4, QImage.Format.Format_ARGB32_Premultiplied)
        card.fill(Qt.GlobalColor.transparent)
        painter = QPainter(card)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont("Sans", max(14, min(self.width, self.height) // 22), QFont.Weight.Bold)
        painter.setFont(font)
        margin = self.width // 14
        box = QRect(margin, 0, self.width - 2 * margin, card.height())
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        bound = painter.boundingRect(box, flags, text).adjusted(-16, -10, 16, 10)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(bound), 14, 14)
        painter.setPen(QColor("white"))
        painter.drawText(box, flags, text)
        painter.end()
        return card

    def _draw_panel(self, painter: QPainter, index: int, progress: float) -> None:
        """A slow zoom (1.0 → 1.08) into the panel: the "Ken Burns" move of product videos."""
        zoom = 1.0 + 0.08 * progress
        w, h = self.width * zoom, self.height * zoom
        painter.drawImage(QRectF((self.width - w) / 2, (self.height - h) / 2, w, h), self.panels[index])

    def frame_at(self, index: int) -> QImage:
        t = index / self.fps
        share = self.seconds / len(self.panels)
        panel_index = min(int(t / share), len(self.panels) - 1)
        progress = (t - panel_index * share) / share
        painter = QPainter(self.frame)
        self._draw_panel(painter, panel_index, progress)
        fade = FADE_SECONDS / share
        if panel_index + 1 < len(self.panels) and progress > 1 - fade:  # cross-fade to the next
            painter.setOpacity((progress - (1 - fade)) / fade)
            self._draw_panel(painter, panel_index + 1, 0.0)
            painter.setOpacity(1.0)
        if self.style:
            draw_look(painter, self.width, self.height, self.style, t)
        if self.title:
            painter.fillRect(0, 0, self.width, self.height // 14, QColor(0, 0, 0, 120))
            painter.setPen(QColor("white"))
            painter.setFont(QFont("Sans", max(10, self.height // 48)))
            painter.drawText(
                QRect(12, 0, self.width - 24, self.height // 14),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                self.title,
            )
        if self.show_captions:
            for (start, end, _), card in zip(self.captions, self.caption_cards, strict=True):
                if start <= t < end:
                    painter.drawImage(0, self.height - card.height() - self.height // 16, card)
                    break
        if self.preview:
            draw_preview_mark(painter, self.width, self.height)
        painter.end()
        return self.frame


def style_hue(name: str) -> int:
    """A stable colour per visual style name (the same look is always the same colour)."""
    return sum((i + 1) * ord(c) for i, c in enumerate(name)) * 47 % 360


def draw_look(painter: QPainter, width: int, height: int, style: str, t: float) -> None:
    """The visual style, visibly: a frame in its colour, a shape of its own (where the avatar
    would be: full frame, bubble, floating card, rotating wedge…) and its name."""
    hue = style_hue(style)
    colour = QColor.fromHsv(hue, 200, 235)
    border = max(4, min(width, height) // 28)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, border))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(border / 2, border / 2, width - border, height - border))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor.fromHsv(hue, 160, 250, 210))
    size = min(width, height) * 0.3
    lower = style.lower()
    if "bubble" in lower:
        painter.drawEllipse(QRectF(width - size - border * 2, height * 0.55, size, size))
    elif "float" in lower or "up&down" in lower:
        bob = math.sin(t * 2.5) * size * 0.08
        painter.drawRoundedRect(QRectF(border * 2, height * 0.5 + bob, size * 0.8, size * 1.1), 12, 12)
    elif "rotary" in lower or "switch" in lower:
        turn = int(t * 360 * 16) % 5760
        painter.drawPie(QRectF(width / 2 - size / 2, height * 0.55, size, size), turn, 90 * 16)
    elif "fullscreen" not in lower:
        painter.drawRect(QRectF(0, height * 0.8, width, height * 0.04))
    painter.setBrush(colour)
    font = QFont("Sans", max(9, min(width, height) // 20), QFont.Weight.Bold)
    painter.setFont(font)
    band = QRectF(border * 1.5, height - height / 9 - border, width - border * 3, height / 11)
    painter.drawRoundedRect(band, 8, 8)
    painter.setPen(QColor("black"))
    painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), style)
    painter.restore()


def draw_preview_mark(painter: QPainter, width: int, height: int) -> None:
    """"PREVIEW" across the picture, as JoggAI's previews are lower quality (§8.4)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(width / 2, height / 2)
    painter.rotate(-30)
    painter.setFont(QFont("Sans", max(14, min(width, height) // 7), QFont.Weight.Black))
    painter.setPen(QColor(255, 255, 255, 150))
    span = max(width, height)
    box = QRectF(-span, -span / 8, span * 2, span / 4)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), "PREVIEW")
    painter.restore()


def render(job: dict[str, Any]) -> None:
    application()
    board = Storyboard(job)
    save_image(board.frame_at(0).copy(), Path(job["cover"]))
    frames = round(board.seconds * board.fps)
    voice, music = job.get("voice"), job.get("music")
    sound = audio.soundtrack(
        board.seconds,
        board.captions,
        (float(voice[0]), str(voice[1])) if voice else None,
        (int(music[0]), str(music[1])) if music else None,
    )
    encode_mp4(
        Path(job["video"]), (board.width, board.height), board.fps, frames, board.frame_at,
        audio=sound.tobytes(), audio_rate=audio.RATE,
    )


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m jogg_desktop.sim.render JOB.json", file=sys.stderr)
        return 2
    try:
        job = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
        render(job)
    except Exception as exc:  # the parent reads the reason from stderr
        print(f"render failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
