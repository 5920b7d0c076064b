"""The steps before a job: what to make (the options of ``generate``) and the settings the
catalog completes. The render, the polling and the download are the job manager's
(:mod:`jogg_desktop.jobs.manager`): every render, with or without a download, is a stored job.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from jogg_desktop.api.poller import DEFAULT_DEADLINE, poll_delay
from jogg_desktop.api.protocol import JoggApi
from jogg_desktop.models import (
    AspectRatio,
    Look,
    Ownership,
    VideoSettings,
    VisualStyleLook,
)

Report = Callable[[str], None]
FALLBACK_VISUAL_STYLE = "FullScreen"  # the name in the official guide (docs/joggai-api.md §6.8)


@dataclass(frozen=True)
class GenerateOptions:
    url: str
    settings: VideoSettings
    avatar_chosen: bool = False  # False: pick the first ready avatar for the aspect ratio
    look_chosen: bool = False  # False: pick the first visual style for the aspect ratio
    out_dir: Path = Path(".")
    download: bool = True
    poll_deadline: float = DEFAULT_DEADLINE
    poll_schedule: Callable[[float], float] = poll_delay


async def default_avatar(api: JoggApi, aspect: AspectRatio) -> tuple[int, Ownership] | None:
    """The first ready library avatar made for ``aspect`` (None when the catalog has none)."""
    avatars = await api.list_avatars(aspect)
    for avatar in avatars:
        if avatar.ready and avatar.aspect in (aspect, None):
            return avatar.id, avatar.ownership
    return None


async def default_look(api: JoggApi, aspect: AspectRatio) -> Look:
    styles = await api.list_visual_styles(aspect)
    for style in styles:
        if style.aspect in (aspect, None):
            return VisualStyleLook(style.name)
    return VisualStyleLook(FALLBACK_VISUAL_STYLE)


async def complete_settings(api: JoggApi, options: GenerateOptions, report: Report) -> VideoSettings:
    settings = options.settings
    if not options.avatar_chosen:
        choice = await default_avatar(api, settings.aspect)
        if choice is not None:
            settings = replace(settings, avatar_id=choice[0], avatar_ownership=choice[1])
            report(f"Using avatar {choice[0]} (the first for {settings.aspect.value}).")
    if not options.look_chosen:
        settings = replace(settings, look=await default_look(api, settings.aspect))
        if isinstance(settings.look, VisualStyleLook):
            report(f"Using visual style “{settings.look.name}”.")
    return settings
