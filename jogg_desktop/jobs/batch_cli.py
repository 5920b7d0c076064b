"""``python -m jogg_desktop batch FILE [generate's options] [--vary KIND=A,B] [--out DIR]``.

FILE is a CSV (``url`` plus optional ``name``, ``description``, ``target_audience`` and setting
columns) or a list of links, one per line (``-``: read it from the standard input). The same
checks as the Batch window (:mod:`jogg_desktop.jobs.batch_model`). The count and the cost are
said first; without a terminal to confirm on, ``--yes`` is needed to spend them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jogg_desktop.api.protocol import JoggApi
from jogg_desktop.api.throttle import PostThrottle
from jogg_desktop.jobs.batch_console import (
    Say,
    batch_command,
    make_schedule,
    resume_batches_command,
    unfinished_batches,
)
from jogg_desktop.jobs.batch_model import BatchInputError, BatchPlan, VariantGrid, parse_vary, rows_from_file
from jogg_desktop.models import VideoSettings

VARY_HELP = (
    "make every product in several variants: KIND=VALUE,VALUE with KIND avatar (ids; custom:ID), "
    "voice (ids), aspect (9:16,16:9,1:1), length (15,30,60) or look (style:NAME, template:ID); "
    "repeat for a grid, e.g. --vary aspect=9:16,1:1 --vary avatar=81,412 (4 videos per product)"
)


DESCRIPTION = """\
Make videos for many products at once. FILE is a CSV whose first line names the columns: url
(required), name, description, target_audience, and any of aspect, length, language, avatar_id,
voice_id, music_id, script_style, caption, visual_style, template_id, script, video_name to
change one product's settings. Or FILE lists product links, one per line.

The options below are every product's settings; --vary makes each product in several variants.
The number of videos and the credits they use are shown before anything is sent. A stopped
batch is continued by "batch --resume" (or "resume"): no video is ever requested twice."""


class BatchDeclined(Exception):
    """The cost was not confirmed: nothing was sent."""


def add_batch_parser(
    sub: Any,
    common: argparse.ArgumentParser,
    add_video_options: Callable[[argparse.ArgumentParser], None],
    poll_every: Callable[[str], float],
) -> None:
    batch = sub.add_parser(
        "batch", parents=[common], help="make videos for many products (a CSV or a list of links)",
        description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    batch.add_argument("file", nargs="?", metavar="FILE",
                       help="CSV with a url column, or links one per line; - = stdin")
    add_video_options(batch)
    batch.add_argument("--vary", action="append", default=[], metavar="KIND=A,B", help=VARY_HELP)
    batch.add_argument("--out", type=Path, default=Path("."), metavar="DIR", help="folder for the videos")
    batch.add_argument("--batch-name", default="", metavar="TEXT", help="a name for the batch")
    batch.add_argument("--yes", action="store_true", help="start without asking to confirm the cost")
    batch.add_argument("--resume", action="store_true",
                       help="continue the batches a stopped run left unfinished")
    batch.add_argument("--poll-every", type=poll_every, metavar="SECONDS", help=argparse.SUPPRESS)
    # For the simulator (tests, benchmarks): its POST limit window, in seconds.
    batch.add_argument("--post-window", type=poll_every, metavar="SECONDS", help=argparse.SUPPRESS)


def batch_client_options(args: argparse.Namespace) -> dict[str, Any]:
    window: float | None = args.post_window
    return {"throttle": PostThrottle(20, window, margin=window / 60)} if window is not None else {}


def read_plan(file: str, settings: VideoSettings, vary: list[str]) -> BatchPlan:
    """The batch the file and options ask for; BatchInputError in plain words when they cannot."""
    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BatchInputError([f"“{file}” could not be read ({exc.__class__.__name__})"]) from None
    rows = rows_from_file(file, text)
    grid = parse_vary(vary) if vary else VariantGrid()
    return BatchPlan(tuple(rows), settings, grid)


async def batch_main(api: JoggApi, args: argparse.Namespace, say: Say, settings: VideoSettings) -> None:
    schedule = make_schedule(args.poll_every)
    if args.resume:
        if not unfinished_batches():
            say("No unfinished batches.")
        await resume_batches_command(api, say, schedule)
        return
    if not args.file:
        raise BatchInputError(["name a CSV or a file of links (- for the standard input), or use --resume"])
    plan = read_plan(args.file, settings, args.vary)
    say(f"This batch: {plan.summary()}.")
    if not args.yes:
        confirm(plan)
    await batch_command(api, plan, args.out, say, name=args.batch_name, schedule=schedule)


def confirm(plan: BatchPlan) -> None:
    if not sys.stdin.isatty():
        raise BatchDeclined(f"Nothing was sent. To spend {plan.total_credits} credits on it, add --yes.")
    answer = input(f"Start it and use {plan.total_credits} credits? [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise BatchDeclined("Nothing was sent.")
