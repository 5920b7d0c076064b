"""Previews in the History list: one row per set of looks asked for together, told apart from
videos by its title ("Previews: …") and its status (how many looks are ready)."""

from __future__ import annotations

from dataclasses import dataclass

from jogg_desktop.models import JobStage, PreviewJob
from ui.i18n import tr
from ui.widgets.style_gallery import style_info

_CTX = "History"
_WAITING = (JobStage.CREATED, JobStage.REQUESTING, JobStage.RENDERING, JobStage.DOWNLOADING)


@dataclass(frozen=True)
class SetTexts:
    title: str
    status: str
    tooltip: str


def preview_sets(previews: list[PreviewJob]) -> list[list[PreviewJob]]:
    """``previews`` grouped by set, each set in the order of its styles, newest set first."""
    sets: dict[int, list[PreviewJob]] = {}
    for preview in previews:
        sets.setdefault(preview.set_id, []).append(preview)
    return [sorted(rows, key=lambda p: p.id) for _set_id, rows in sorted(sets.items(), reverse=True)]


def set_texts(previews: list[PreviewJob]) -> SetTexts:
    first = previews[0]
    product = first.settings.name or first.product.name or tr("Untitled video", _CTX)
    title = tr("Previews: %1 (%n look(s))", "", len(previews)).replace("%1", product)
    looks = ", ".join(style_info(p.style).title for p in previews)
    return SetTexts(title, _status(previews), f"{product}\n{looks}")


def _status(previews: list[PreviewJob]) -> str:
    count = len(previews)
    ready = sum(1 for p in previews if p.stage is JobStage.DONE)
    waiting = sum(1 for p in previews if p.stage in _WAITING)
    stopped = count - ready - waiting
    rendered = sum(1 for p in previews if p.render_job_id is not None)
    if waiting:
        text = tr("JoggAI is making the previews: %1 of %2 ready", _CTX)
    else:
        text = tr("Previews: %1 of %2 ready", _CTX)
    text = text.replace("%1", str(ready)).replace("%2", str(count))
    if stopped:
        text += " · " + tr("%n not made", "", stopped)
    if rendered:
        text += " · " + tr("%n made in full", "", rendered)
    return text
