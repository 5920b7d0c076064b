"""The four steps of "URL to video" (seed; API.md §9), reusable by the command line and the jobs.

1. create the product from its page (the crawl), 2. update it when edited, 3. request the
render (charges credits, never resent), 4. poll until done, then download the video.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from jogg_desktop.api.download import safe_filename
from jogg_desktop.api.poller import DEFAULT_DEADLINE, Clock, Sleep, poll_delay, wait_for_video
from jogg_desktop.api.protocol import JoggApi
from jogg_desktop.api.routing import place_render
from jogg_desktop.models import (
    AspectRatio,
    Look,
    Ownership,
    Product,
    ProjectStatus,
    VideoSettings,
    VisualStyleLook,
    credits_for,
)

Report = Callable[[str], None]
FALLBACK_VISUAL_STYLE = "FullScreen"  # the name in the official guide (API.md §6.8)


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


@dataclass(frozen=True)
class GenerateResult:
    product: Product
    settings: VideoSettings
    project_id: str
    status: ProjectStatus
    video_path: Path | None


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


def video_file_name(status: ProjectStatus, settings: VideoSettings, product: Product) -> str:
    suffix = PurePosixPath(urlsplit(status.video_url or "").path).suffix.lower()
    suffix = suffix if suffix in (".mp4", ".webm", ".mov") else ".mp4"
    title = settings.name or status.title or product.name or "jogg-video"
    stem = safe_filename(title, default="jogg-video", max_length=80)
    return safe_filename(f"{stem}-{status.project_id[:8]}{suffix}", default=f"jogg-video{suffix}")


async def generate(
    api: JoggApi,
    options: GenerateOptions,
    *,
    report: Report = lambda line: None,
    sleep: Sleep = asyncio.sleep,
    clock: Clock = time.monotonic,
) -> GenerateResult:
    report(f"Step 1/4: reading the product page {options.url} (this takes 10–30 seconds)…")
    product = await api.create_product_from_url(options.url)
    report(f"Step 1/4: found “{product.name or 'unnamed product'}” with {len(product.media)} "
           f"image(s)/video(s) (product id {product.id}).")
    report("Step 2/4: product details kept as found (no changes to send).")
    settings = await complete_settings(api, options, report)
    api, product = await place_render(api, product, settings, report)  # a template look: on v1
    cost = credits_for(int(settings.length))
    report(f"Step 3/4: requesting the video ({settings.aspect.value}, {int(settings.length)} s; "
           f"uses {cost} credit{'s' if cost != 1 else ''})…")
    started = clock()
    project_id = await api.start_render(product.id, settings)
    report(f"Step 3/4: JoggAI started the video: project id {project_id}")

    def on_status(status: ProjectStatus) -> None:
        report(f"Step 4/4: {status.description or status.state.value}")

    status = await wait_for_video(api, project_id, deadline=options.poll_deadline, started_at=started,
                                  on_status=on_status, sleep=sleep, clock=clock,
                                  schedule=options.poll_schedule)
    video_path: Path | None = None
    if options.download and status.video_url:
        dest = options.out_dir / video_file_name(status, settings, product)
        report(f"Step 4/4: downloading the video to {dest}…")
        last = [-1]

        def on_progress(done: int, total: int | None) -> None:
            if total:
                percent = done * 100 // total
                if percent >= last[0] + 25 or done == total:
                    last[0] = percent
                    report(f"Step 4/4: downloaded {percent}%")

        video_path = await api.download(status.video_url, dest, progress=on_progress)
    return GenerateResult(product=product, settings=settings, project_id=project_id, status=status,
                          video_path=video_path)
