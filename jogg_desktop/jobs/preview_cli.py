"""``previews`` and ``render-preview`` on the command line (the compare-looks step's twin).

``python -m jogg_desktop previews --url URL --visual-style A --visual-style B [generate's
options] [--out DIR] [--no-download]`` says the cost, asks JoggAI for a preview in each look
(two to six, checked like the app does: :func:`jogg_desktop.validation.preview_styles`), waits,
and prints each preview's id, look and file (or address). ``python -m jogg_desktop
render-preview PREVIEW_ID [--out DIR]`` makes the full video in that preview's look, as a
normal video job. ``resume`` continues previews too; ``jobs`` lists them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jogg_desktop import validation
from jogg_desktop.api.protocol import JoggApi
from jogg_desktop.errors import Action, InputError, JoggError
from jogg_desktop.jobs.console import job_outcome
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.jobs.pipeline import GenerateOptions, complete_settings
from jogg_desktop.jobs.previews import PreviewManager, preview_set_credits
from jogg_desktop.models import Job, JobStage, PreviewJob, Product, VideoSettings, credits_for
from jogg_desktop.paths import default_video_dir
from jogg_desktop.store import Store
from jogg_desktop.store.preview_store import PreviewStore

Say = Callable[[str], None]
Schedule = Callable[[float], float]

PREVIEWS_HELP = "previews of a product in 2 to 6 looks, to compare before paying for the video"
RENDER_HELP = "make the full video in a preview's look (a normal, paid video job)"


def _styles(value: str) -> str:
    name = value.strip()
    if not name:
        raise argparse.ArgumentTypeError("a visual style's name (see: catalog visual-styles)")
    return name


def add_preview_parsers(
    sub: Any, common: argparse.ArgumentParser, add_video_options: Callable[..., None],
    poll_every: Callable[[str], float], product_url: Callable[[str], str], epilog: str,
) -> None:
    fmt = argparse.RawDescriptionHelpFormatter
    previews = sub.add_parser("previews", parents=[common], help=PREVIEWS_HELP, epilog=epilog,
                              formatter_class=fmt, description=__doc__)
    previews.add_argument("--url", required=True, type=product_url,
                          help="the product page (https:// is added when missing)")
    add_video_options(previews, looks=False)
    previews.add_argument("--visual-style", action="append", required=True, type=_styles,
                          metavar="NAME", dest="looks",
                          help="a look to compare: give it 2 to 6 times")
    previews.add_argument("--out", type=Path, default=Path("."), metavar="DIR",
                          help="folder for the previews")
    previews.add_argument("--no-download", action="store_true", help="print the previews' links instead")
    previews.add_argument("--poll-every", type=poll_every, metavar="SECONDS", help=argparse.SUPPRESS)
    full = sub.add_parser("render-preview", parents=[common], help=RENDER_HELP, epilog=epilog,
                          formatter_class=fmt)
    full.add_argument("preview", metavar="PREVIEW_ID",
                      help="a preview's id, as “previews” prints it (on API v2 also any preview of yours)")
    full.add_argument("--out", type=Path, metavar="DIR",
                      help="folder for the video (default: your Videos folder)")
    full.add_argument("--no-download", action="store_true", help="print the video's link instead")
    full.add_argument("--poll-every", type=poll_every, metavar="SECONDS", help=argparse.SUPPRESS)


def describe_preview(preview: PreviewJob) -> str:
    """One line: id, look and file (or address), or why it is not there."""
    ident = preview.preview_id or f"(local {preview.id})"
    if preview.stage is JobStage.DONE:
        where = str(preview.video_path) if preview.video_path else (preview.video_url or "")
        return f"preview {ident}\t{preview.style}\t{where}"
    reason = f": {preview.error_message}" if preview.error_message else ""
    return f"preview {ident}\t{preview.style}\t{preview.stage.value}{reason}"


def _managers(api: JoggApi, store: Store, schedule: Schedule) -> PreviewManager:
    jobs = JobManager(api, store.jobs, poll_schedule=schedule)
    return PreviewManager(api, store.previews, jobs, poll_schedule=schedule)


class _Reporter:
    """A line when a preview's stage changes."""

    def __init__(self, say: Say) -> None:
        self._say = say
        self._last: dict[int, JobStage] = {}

    def __call__(self, preview: PreviewJob) -> None:
        if self._last.get(preview.id) is preview.stage:
            return
        self._last[preview.id] = preview.stage
        reason = f" ({preview.error_message})" if preview.error_message else ""
        self._say(f"Preview “{preview.style}”: {preview.stage.value}{reason}")


async def previews_command(
    api: JoggApi, args: argparse.Namespace, settings: VideoSettings, say: Say, schedule: Schedule,
) -> list[PreviewJob]:
    """The ``previews`` command: returns the set once every preview has settled."""
    styles = validation.preview_styles(args.looks)  # before anything is sent
    say(f"Step 1/3: reading the product page {args.url} (this takes 10–30 seconds)…")
    product = await api.create_product_from_url(args.url)
    say(f"Step 1/3: found “{product.name or 'unnamed product'}” (product id {product.id}).")
    options = GenerateOptions(url=args.url, settings=settings, avatar_chosen=args.avatar_id is not None,
                              look_chosen=True)
    settings = await complete_settings(api, options, say)
    cost = preview_set_credits(settings, len(styles))
    say(f"Step 2/3: asking for {len(styles)} previews ({', '.join(styles)}): {cost:g} credits "
        f"({preview_set_credits(settings, 1):g} each).")
    store = Store()
    manager = _managers(api, store, schedule)
    manager.subscribe(_Reporter(say))
    try:
        started = await manager.start(product, settings, styles, None if args.no_download else args.out)
        say("Step 3/3: waiting for the previews…")
        final = await manager.wait_set(started[0].set_id)
        for preview in final:
            say(describe_preview(preview))
        if not any(p.stage is JobStage.DONE for p in final):
            raise manager.last_error(final[0].id) or JoggError(final[0].error_message,
                                                               action=final[0].error_action)
        say("Make the full video in one look with: render-preview PREVIEW_ID")
        return final
    finally:
        await manager.aclose()
        await manager.jobs.aclose()
        store.close()


async def render_preview_command(api: JoggApi, args: argparse.Namespace, say: Say, schedule: Schedule) -> Job:
    """The ``render-preview`` command: the full video, downloaded like ``generate``'s."""
    preview_id = str(args.preview).strip()
    dest: Path | None = None if args.no_download else (args.out or default_video_dir())
    if not preview_id or len(preview_id) > 200 or not preview_id.isprintable():
        raise InputError("Give a preview's id, as the command “previews” prints it.")
    store = Store()
    manager = _managers(api, store, schedule)
    try:
        known = manager.find(preview_id)
        if known is not None:
            cost = credits_for(int(known.settings.length))
            say(f"Making the full video of the preview in “{known.style}” (a normal video: "
                f"{cost} credit{'' if cost == 1 else 's'})…")
            job = await manager.render_full(known.id, dest)
        elif api.capabilities.render_from_preview:
            say("This preview is not in this computer's list: asking JoggAI to make its full video…")
            job = await manager.jobs.start(Product(id=""), VideoSettings(), dest, from_preview=preview_id)
        else:
            raise JoggError(f"The preview {preview_id} is not known here. With JoggAI's API v1, make the "
                            "video in its look with: generate --visual-style NAME.", action=Action.FIX_INPUT)
        say(f"JoggAI started the video: project id {job.project_id} (job {job.id})")
        await manager.jobs.wait(job.id)
        return job_outcome(manager.jobs, job.id)
    finally:
        await manager.aclose()
        await manager.jobs.aclose()
        store.close()


async def resume_previews_command(
    api: JoggApi, say: Say, schedule: Schedule, *, include_failed: bool = False,
) -> list[PreviewJob]:
    """``resume``: continue the previews a stopped run left (never sends a request again);
    ``include_failed`` (``resume --all``): also fetch again every paid preview never saved."""
    store = Store()
    manager = _managers(api, store, schedule)
    manager.subscribe(_Reporter(say))
    try:
        resumed = await manager.resume_unfinished()
        if include_failed:
            for preview in [p for p in manager.previews() if manager.fetchable(p)]:
                resumed.append(await manager.download_again(preview.id))
        for set_id in sorted({p.set_id for p in resumed}):
            for preview in await manager.wait_set(set_id):
                say(describe_preview(preview))
        return [p for p in (manager.get(r.id) for r in resumed) if p is not None]
    finally:
        await manager.aclose()
        await manager.jobs.aclose()
        store.close()


def list_previews(previews: PreviewStore, say: Say) -> None:
    """``jobs``: the previews after the videos."""
    found = previews.all()
    if found:
        say(f"Previews ({len(found)}; “render-preview PREVIEW_ID” makes one in full):")
    for preview in found:
        full = f" → full video: job {preview.render_job_id}" if preview.render_job_id else ""
        say(f"{describe_preview(preview)}\t{preview.created_at:%Y-%m-%d %H:%M}{full}")


def list_previews_command(say: Say) -> None:
    store = Store()
    try:
        list_previews(store.previews, say)
    finally:
        store.close()

