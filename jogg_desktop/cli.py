"""Command line: ``python -m jogg_desktop whoami | catalog … | generate … | scripts …``.

Errors are printed as plain messages (plus details with the request id), never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from jogg_desktop import __version__, validation
from jogg_desktop.api.client import JoggClient
from jogg_desktop.api.generation import API_VERSION_ENV, ApiGeneration
from jogg_desktop.api.poller import poll_delay
from jogg_desktop.api.routing import check_settings
from jogg_desktop.errors import (
    AuthError,
    InputError,
    JoggError,
    NetworkError,
    NoCreditsError,
    NoPermissionError,
    PollDeadlineError,
    ProjectDeletedError,
    RenderFailedError,
)
from jogg_desktop.jobs.batch_cli import BatchDeclined, add_batch_parser, batch_client_options, batch_main
from jogg_desktop.jobs.batch_console import resume_batches_command
from jogg_desktop.jobs.batch_model import BatchInputError
from jogg_desktop.jobs.console import fetch_command, generate_command, jobs_command, resume_command
from jogg_desktop.jobs.pipeline import GenerateOptions
from jogg_desktop.jobs.preview_cli import (
    add_preview_parsers,
    list_previews_command,
    previews_command,
    render_preview_command,
    resume_previews_command,
)
from jogg_desktop.jobs.types import Job
from jogg_desktop.logs import for_terminal, logging_session, register_secret
from jogg_desktop.models import (
    LANGUAGES,
    SCRIPT_STYLE_NOTES,
    AspectRatio,
    Look,
    Ownership,
    TemplateLook,
    VideoLength,
    VideoSettings,
    VisualStyleLook,
)
from jogg_desktop.suggestions_cli import add_scripts_parser, scripts_command

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_CREDITS = 4
EXIT_RENDER = 5
EXIT_NETWORK = 6
EXIT_INTERRUPTED = 130

API_KEY_ENV = "JOGG_API_KEY"

EPILOG = f"""\
The API key comes from the {API_KEY_ENV} environment variable, else from the key saved by the
app in the system's password store. The API address comes from --api-base, else JOGG_API_BASE,
else https://api.jogg.ai. The API generation comes from --api-version, else {API_VERSION_ENV},
else the address's own /v1 or /v2 ending, else v2 (JoggAI's current API). Template videos are
made with v1 (same key) also when v2 is chosen.

exit codes:
  0  success
  1  other error
  2  usage error (wrong or missing options, a link or address refused before sending)
  3  authentication: no API key, a wrong key, or a plan without API access
  4  credits: the account has run out of credits
  5  render failure: the video failed, was deleted, or took far too long
  6  network: JoggAI could not be reached or did not answer in time
"""


def exit_code_for(error: JoggError) -> int:
    if isinstance(error, InputError):
        return EXIT_USAGE
    if isinstance(error, AuthError | NoPermissionError):
        return EXIT_AUTH
    if isinstance(error, NoCreditsError):
        return EXIT_CREDITS
    if isinstance(error, RenderFailedError | ProjectDeletedError | PollDeadlineError):
        return EXIT_RENDER
    if isinstance(error, NetworkError):
        return EXIT_NETWORK
    return EXIT_ERROR


def _aspect(value: str) -> AspectRatio:
    try:
        return AspectRatio(value)
    except ValueError:
        raise argparse.ArgumentTypeError("choose 9:16, 16:9 or 1:1") from None


def _language(value: str) -> str:
    wanted = value.strip().lower()
    for wire, label in LANGUAGES:
        if wanted in (wire, label.lower()):
            return wire
    raise argparse.ArgumentTypeError(f"unknown language {value!r} (e.g. english, french, german)")


def _script_style(value: str) -> str:
    """Any style of either generation; whether the chosen one takes it is checked before sending."""
    for style in SCRIPT_STYLE_NOTES:
        if value.strip().lower() == style.lower():
            return style
    names = ", ".join(SCRIPT_STYLE_NOTES)
    raise argparse.ArgumentTypeError(f"unknown script style {value!r}; choose one of: {names}")


def _checked(check: Callable[[str], str]) -> Callable[[str], str]:
    def parse(value: str) -> str:
        try:
            return check(value)
        except InputError as err:
            raise argparse.ArgumentTypeError(err.message) from None

    return parse


def _catalog_id(what: str) -> Callable[[str], int]:
    def parse(value: str) -> int:
        try:
            return validation.catalog_id(int(value.strip()), what)
        except ValueError:
            raise argparse.ArgumentTypeError(f"the {what} id must be a whole number") from None
        except InputError as err:
            raise argparse.ArgumentTypeError(err.message) from None

    return parse


def _job_id(value: str) -> int:
    try:
        number = int(value.strip())
    except ValueError:
        number = 0
    if not 1 <= number <= validation.MAX_ID:
        raise argparse.ArgumentTypeError("a job number, as the command “jobs” lists them")
    return number
def _api_version(value: str) -> str:
    try:
        return ApiGeneration.parse(value).value
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _poll_every(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0.1 <= seconds <= 3600:
        raise argparse.ArgumentTypeError("a number of seconds between 0.1 and 3600")
    return seconds


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--api-base", metavar="URL", default=argparse.SUPPRESS,
                        type=_checked(validation.api_base),
                        help="JoggAI API address (e.g. http://127.0.0.1:8000); an address ending in /v1 "
                             "or /v2 also selects that API generation")
    common.add_argument("--api-version", metavar="v1|v2", type=_api_version, default=argparse.SUPPRESS,
                        help=f"JoggAI API generation (default: {API_VERSION_ENV}, else v2)")
    parser = argparse.ArgumentParser(
        prog="python -m jogg_desktop", description="Jogg Desktop: product page → marketing video.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter, parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"Jogg Desktop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    fmt = argparse.RawDescriptionHelpFormatter
    sub.add_parser("whoami", parents=[common], help="check the API key", epilog=EPILOG, formatter_class=fmt)

    catalog = sub.add_parser("catalog", parents=[common], epilog=EPILOG, formatter_class=fmt,
                             help="list avatars, voices, music, styles, templates")
    catalog.add_argument("kind", choices=["avatars", "voices", "musics", "visual-styles", "templates"])
    catalog.add_argument("--aspect", type=_aspect, help="9:16, 16:9 or 1:1")
    catalog.add_argument("--language", type=_language, help="voices in this language")
    catalog.add_argument("--custom", action="store_true", help="your own items instead of the library")

    gen = sub.add_parser("generate", parents=[common], help="make a video from a product page",
                         epilog=EPILOG, formatter_class=fmt)
    gen.add_argument("--url", required=True, type=_checked(validation.product_url),
                     help="the product page (https:// is added when missing)")
    _add_video_options(gen)
    gen.add_argument("--out", type=Path, default=Path("."), metavar="DIR", help="folder for the video")
    gen.add_argument("--no-download", action="store_true",
                     help="print the video's link instead (the job is kept: “fetch JOB” downloads it later)")
    # For the simulator (demo, tests): poll every N seconds instead of JoggAI's etiquette
    # (docs/joggai-api.md §5).
    gen.add_argument("--poll-every", type=_poll_every, metavar="SECONDS", help=argparse.SUPPRESS)
    add_scripts_parser(sub, common, _language, _script_style, _poll_every, EPILOG)
    add_batch_parser(sub, common, _add_video_options, _poll_every)
    add_preview_parsers(sub, common, _add_video_options, _poll_every, _checked(validation.product_url),
                        EPILOG)

    # Jobs are saved as they run (jogg_desktop/jobs): a stopped run is finished by "resume".
    res = sub.add_parser("resume", parents=[common], epilog=EPILOG, formatter_class=fmt,
                         help="finish videos, previews and batches a stopped run left unfinished (never "
                              "re-requests a render)")
    res.add_argument("--all", action="store_true", dest="include_failed",
                     help="also fetch again every paid video or preview that was never saved (failed "
                          "after the render)")
    res.add_argument("--poll-every", type=_poll_every, metavar="SECONDS", help=argparse.SUPPRESS)
    res.add_argument("--post-window", type=_poll_every, metavar="SECONDS", help=argparse.SUPPRESS)
    fetch = sub.add_parser("fetch", parents=[common], epilog=EPILOG, formatter_class=fmt,
                           help="download a paid video again (never requests a new render)")
    which = fetch.add_mutually_exclusive_group(required=True)
    which.add_argument("job", nargs="?", type=_job_id, help="the job's number (see “jobs”)")
    which.add_argument("--project", metavar="ID", help="a JoggAI project id instead of a job")
    fetch.add_argument("--out", type=Path, metavar="DIR", help="folder for the video (default: as before)")
    fetch.add_argument("--poll-every", type=_poll_every, metavar="SECONDS", help=argparse.SUPPRESS)
    sub.add_parser("jobs", parents=[common], epilog=EPILOG, formatter_class=fmt,
                   help="list the videos made so far and their state")
    return parser


def _add_video_options(gen: argparse.ArgumentParser, *, looks: bool = True) -> None:
    """The video settings options of ``generate`` (``batch`` takes them as every row's defaults;
    ``previews`` without the look: it takes several)."""
    gen.add_argument("--aspect", type=_aspect, default=AspectRatio.PORTRAIT,
                     help="9:16 (default), 16:9 or 1:1")
    gen.add_argument("--length", type=int, choices=[15, 30, 60], default=15, help="seconds (a target)")
    gen.add_argument("--language", type=_language, default="english", metavar="NAME")
    gen.add_argument("--avatar-id", type=_catalog_id("avatar"), metavar="N")
    gen.add_argument("--avatar-type", type=int, choices=[0, 1], default=0, help="0 library, 1 your own")
    gen.add_argument("--voice-id", metavar="ID")
    gen.add_argument("--music-id", type=_catalog_id("music"), metavar="N")
    gen.add_argument("--script-style", type=_script_style, default="Don't Worry", metavar="STYLE")
    if looks:
        look = gen.add_mutually_exclusive_group()
        look.add_argument("--visual-style", metavar="NAME")
        look.add_argument("--template-id", type=_catalog_id("template"), metavar="N")
        gen.add_argument("--template-type", choices=["public", "custom"], default="public")
    gen.add_argument("--caption", action=argparse.BooleanOptionalAction, default=True,
                     help="show captions (default: on)")
    gen.add_argument("--script", default="", metavar="TEXT", help="your own narration (a hint)")
    gen.add_argument("--name", default="", metavar="TEXT", help="the video's name")


async def _load_key() -> str:
    key = os.environ.get(API_KEY_ENV, "").strip()
    if key:
        return key
    from jogg_desktop.secrets import KeyStore

    stored = await KeyStore(timeout=5.0).load()
    if stored:
        return stored
    raise AuthError(f"No API key found. Set {API_KEY_ENV} or save your key in Jogg Desktop first.")


def _chosen_look(args: argparse.Namespace) -> Look | None:
    if getattr(args, "template_id", None) is not None:
        return TemplateLook(args.template_id, Ownership(args.template_type))
    if getattr(args, "visual_style", None):
        return VisualStyleLook(args.visual_style)
    return None


def video_settings(args: argparse.Namespace) -> VideoSettings:
    """The settings ``_add_video_options`` asked for (avatar 0 = the first for the format)."""
    chosen_look = _chosen_look(args)
    return VideoSettings(
        aspect=args.aspect, length=VideoLength(args.length), language=args.language,
        avatar_id=args.avatar_id or 0,
        avatar_ownership=Ownership.CUSTOM if args.avatar_type == 1 else Ownership.PUBLIC,
        voice_id=args.voice_id, music_id=args.music_id, script_style=args.script_style,
        caption=args.caption, script=args.script, name=args.name,
        **({"look": chosen_look} if chosen_look else {}),
    )


def _options(args: argparse.Namespace) -> GenerateOptions:
    chosen_look = _chosen_look(args)
    settings = video_settings(args)
    options = GenerateOptions(url=args.url, settings=settings, avatar_chosen=args.avatar_id is not None,
                              look_chosen=chosen_look is not None, out_dir=args.out,
                              download=not args.no_download)
    every: float | None = args.poll_every
    if every is not None:
        options = replace(options, poll_schedule=lambda _elapsed: every)
    return options


async def _run(args: argparse.Namespace, out: TextIO, client_options: dict[str, Any]) -> int:
    def say(line: str) -> None:
        print(for_terminal(line), file=out, flush=True)

    if args.command == "jobs":
        jobs_command(say)
        list_previews_command(say)
        return EXIT_OK
    key = await _load_key()
    register_secret(key)
    if args.command in ("batch", "resume"):
        client_options = {**batch_client_options(args), **client_options}
    client = JoggClient.from_environment(key, api_base=getattr(args, "api_base", None),
                                         api_version=getattr(args, "api_version", None), **client_options)
    try:
        if args.command == "whoami":
            account = await client.check_key()
            who = account.name or account.email
            say(f"The API key works{f' (account: {who})' if who else ''}.")
        elif args.command == "catalog":
            for line in await _catalog(client, args):
                say(line)
        elif args.command == "generate":
            options = _options(args)
            check_settings(client, options.settings)  # before anything is sent
            job = await generate_command(client, options, say)
            say(f"Project id: {job.project_id}")
            say(_where(job))
        elif args.command == "scripts":
            await scripts_command(client, args, say)
        elif args.command == "batch":
            await batch_main(client, args, say, video_settings(args))
        elif args.command == "previews":
            await previews_command(client, args, video_settings(args), say, _schedule(args))
        elif args.command == "render-preview":
            say(_where(await render_preview_command(client, args, say, _schedule(args))))
        elif args.command == "resume":
            await resume_previews_command(client, say, _schedule(args), include_failed=args.include_failed)
            await resume_batches_command(client, say, _schedule(args))
            for job in await resume_command(client, say, _schedule(args), include_failed=args.include_failed):
                say(_where(job))
        elif args.command == "fetch":
            job = await fetch_command(client, say, args.job, args.out, project_id=args.project,
                                      poll_schedule=_schedule(args))
            say(_where(job))
    finally:
        with contextlib.suppress(JoggError):
            await client.aclose()
    return EXIT_OK


def _where(job: Job) -> str:
    if job.video_path is not None:
        return f"Video saved: {job.video_path}"
    link = job.status.video_url if job.status else None
    return f"Video link: {link} (job {job.id}; “fetch {job.id}” downloads it)"


def _schedule(args: argparse.Namespace) -> Callable[[float], float]:
    every: float | None = args.poll_every
    return (lambda _elapsed: every) if every is not None else poll_delay


async def _catalog(client: JoggClient, args: argparse.Namespace) -> list[str]:
    kind, custom, aspect = args.kind, args.custom, args.aspect
    lines: list[str] = []
    if kind == "avatars":
        avatars = await (client.list_custom_avatars() if custom else client.list_avatars(aspect))
        for a in avatars:
            if custom and aspect is not None and a.aspect not in (aspect, None):
                continue
            shape = a.aspect.value if a.aspect else "?"
            lines.append(f"{a.id}\t{shape}\t{a.name}{'' if a.ready else '  (not ready)'}")
    elif kind == "voices":
        voices = await (client.list_custom_voices(language=args.language) if custom
                        else client.list_voices(language=args.language))
        lines += [f"{v.id}\t{v.language}\t{v.gender}\t{v.name}" for v in voices]
    elif kind == "musics":
        musics = await (client.list_custom_musics() if custom else client.list_musics())
        lines += [f"{m.id}\t{m.duration if m.duration is not None else '?'} s\t{m.name}" for m in musics]
    elif kind == "visual-styles":
        styles = await client.list_visual_styles(aspect)
        lines += [f"{s.id}\t{s.aspect.value if s.aspect else 'any'}\t{s.name}" for s in styles]
    else:
        templates = await (client.list_custom_templates(aspect) if custom else client.list_templates(aspect))
        lines += [f"{t.id}\t{t.aspect.value if t.aspect else '?'}\t{t.name}" for t in templates]
    return lines or ["(none)"]


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None,
    client_options: dict[str, Any] | None = None,
) -> int:
    """Run the command line; returns the exit code. ``client_options`` go to JoggClient (tests)."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help/--version (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        with logging_session():
            return asyncio.run(_run(args, out, client_options or {}))
    except BatchInputError as error:
        print("Error: this batch cannot be made:", file=err)
        for problem in error.problems:
            print(f"  {problem}", file=err)
        return EXIT_USAGE
    except BatchDeclined as declined:
        print(str(declined), file=err)
        return EXIT_USAGE
    except JoggError as error:
        print(for_terminal(f"Error: {error.message}"), file=err)
        print(for_terminal(f"Details: {error.details()}"), file=err)
        return exit_code_for(error)
    except KeyboardInterrupt:
        print("Stopped.", file=err)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `jobs | head`: the reader has had enough; not an error
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:  # the app's own folders (logs, data): say which, and what to do
        where = exc.filename or "one of the app's folders"
        print(for_terminal(f"Error: the app cannot use {where} ({exc.strerror or type(exc).__name__}). "
                           "Check that you may write there, or set JOGG_DESKTOP_HOME to a folder you own."),
              file=err)
        return EXIT_ERROR
    except Exception as exc:  # never a traceback for the user
        print(f"Error: an unexpected problem stopped the command ({type(exc).__name__}).", file=err)
        return EXIT_ERROR


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so the interpreter's final flush is quiet."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
