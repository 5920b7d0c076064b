"""``python -m jogg_desktop scripts --url URL [--language L] [--length N] [--script-style S]``:
JoggAI's script suggestions for a product page, printed by style (the app's "Suggest a script…").

The link is checked with the app's own rule (:func:`jogg_desktop.validation.product_url`) before
anything is sent; the cost (0.2 credit, docs/joggai-api.md §12) is said before asking. The
request is sent once (:mod:`jogg_desktop.suggestions`).
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Callable
from typing import Any

from jogg_desktop import validation
from jogg_desktop.api.poller import poll_delay
from jogg_desktop.api.protocol import JoggApi
from jogg_desktop.api.routing import check_settings
from jogg_desktop.errors import InputError
from jogg_desktop.models import VideoLength, VideoSettings
from jogg_desktop.suggestions import SUGGESTION_CREDITS, ScriptRequest, ScriptSuggestion, suggest_scripts

Say = Callable[[str], None]
# docs/joggai-api.md §13 #2: a given script is a hint, the style may rewrite it.
REWRITE_NOTE = "JoggAI may still rewrite the narration of a product video, even when you give it a script."


def _url(value: str) -> str:
    try:
        return validation.product_url(value)
    except InputError as err:
        raise argparse.ArgumentTypeError(err.message) from None


def add_scripts_parser(
    sub: Any, common: argparse.ArgumentParser, language: Callable[[str], str],
    script_style: Callable[[str], str], poll_every: Callable[[str], float], epilog: str,
) -> None:
    description = (f"JoggAI writes scripts for the product in several styles; each request costs "
                   f"{SUGGESTION_CREDITS:g} credit. Use one with generate's --script. {REWRITE_NOTE}")
    scripts = sub.add_parser(
        "scripts", parents=[common], formatter_class=argparse.RawDescriptionHelpFormatter,
        help=f"ask JoggAI for script suggestions for a product ({SUGGESTION_CREDITS:g} credit)",
        description=textwrap.fill(description, 79), epilog=epilog,
    )
    scripts.add_argument("--url", required=True, type=_url,
                         help="the product page (https:// is added when missing)")
    scripts.add_argument("--language", type=language, default="english", metavar="NAME")
    scripts.add_argument("--length", type=int, choices=[15, 30, 60], default=15, help="seconds (a target)")
    scripts.add_argument("--script-style", type=script_style, default="Don't Worry", metavar="STYLE",
                         help="the style to ask for (v2; v1 chooses its own styles)")
    scripts.add_argument("--poll-every", type=poll_every, metavar="SECONDS", help=argparse.SUPPRESS)


async def scripts_command(api: JoggApi, args: argparse.Namespace, say: Say) -> list[ScriptSuggestion]:
    settings = VideoSettings(language=args.language, length=VideoLength(args.length),
                             script_style=args.script_style)
    check_settings(api, settings)  # a style this generation does not know: refused, nothing sent
    say("Reading the product page (this usually takes 10 to 30 seconds)…")
    product = await api.create_product_from_url(args.url)
    say(f"Product: {product.name or product.id}")
    every: float | None = args.poll_every
    schedule = (lambda _elapsed: every) if every is not None else poll_delay
    say(f"Asking JoggAI for script suggestions: this costs {SUGGESTION_CREDITS:g} credit…")
    suggestions = await suggest_scripts(api, ScriptRequest.for_product(product, settings), schedule=schedule)
    for suggestion in suggestions:
        say("")
        say(f"== {suggestion.style or 'Script'} ==")
        for paragraph in suggestion.paragraphs:
            say(paragraph)
    say("")
    say(f"{len(suggestions)} suggestion(s). Use one with: generate --url … --script \"…\". {REWRITE_NOTE}")
    return suggestions
