"""Logging: a rotating file in ``paths.log_dir()``, with the API key redacted from every record.

Any text that is, or looks like, the key never reaches a log file, the console or a diagnostics
report: the key itself (registered by the key store and the command line with
:func:`register_secret`) and anything shaped like an ``x-api-key`` header or field.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path

from jogg_desktop import paths

LOG_FILE = "jogg-desktop.log"
LEVEL_ENV = "JOGG_LOG_LEVEL"
MAX_BYTES = 1_000_000
BACKUPS = 4
MASK = "[redacted]"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_HEADER = re.compile(r"""(x-api-key['"]?\s*[:=]\s*(?:b?['"])?)([^\s'",;}\]]+)""", re.IGNORECASE)
_secrets: set[str] = set()
_lock = threading.Lock()
_recent: collections.deque[str] = collections.deque(maxlen=50)


def register_secret(secret: str | None) -> None:
    """Redact ``secret`` from every log record and report from now on."""
    if secret and len(secret.strip()) >= 4:
        with _lock:
            _secrets.add(secret.strip())


def redact(text: str) -> str:
    """``text`` with every registered secret and anything like an x-api-key value masked."""
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, MASK)
    return _HEADER.sub(lambda m: m.group(1) + MASK, text)


_TERMINAL_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def for_terminal(text: str) -> str:
    """``text`` safe to print: the key redacted, and no escape or control sequences (a hostile
    server's ``\x1b]…`` or bidi overrides must not reach the user's terminal)."""
    return _TERMINAL_UNSAFE.sub("\ufffd", redact(text))


class RedactingFilter(logging.Filter):
    """Rewrites each record's message, arguments and traceback text with :func:`redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _RecentProblems(logging.Handler):
    """Keeps the last warnings and errors (already redacted) for the diagnostics report."""

    def emit(self, record: logging.LogRecord) -> None:
        _recent.append(f"{record.levelname} {record.name}: {record.getMessage()}")


def recent_problems() -> list[str]:
    return list(_recent)


def setup_logging(level: int | None = None, *, console: bool = False) -> Path:
    """Install the rotating file handler (and optionally stderr) on the root logger; idempotent.

    ``level`` defaults to ``JOGG_LOG_LEVEL`` (a name such as DEBUG) or INFO.
    """
    if level is None:
        named = logging.getLevelName(os.environ.get(LEVEL_ENV, "INFO").strip().upper())
        level = named if isinstance(named, int) else logging.INFO
    # Here, not at import: redact() is needed long before logging is set up (≈ 10 ms: socket…).
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger()
    remove_logging()
    path = paths.log_dir() / LOG_FILE
    handlers: list[logging.Handler] = [
        RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    ]
    if console:
        handlers.append(logging.StreamHandler())
    problems = _RecentProblems(logging.WARNING)
    handlers.append(problems)
    for handler in handlers:
        handler.addFilter(RedactingFilter())
        handler.setFormatter(logging.Formatter(FORMAT))
        handler._jogg = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every URL at INFO, signed upload URLs with their tokens included: our client
    # logs its own requests without them, so keep httpx's and httpcore's own chatter out.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path


def remove_logging() -> None:
    """Take off the handlers :func:`setup_logging` installed (closing the log file)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_jogg", False):
            root.removeHandler(handler)
            handler.close()


@contextlib.contextmanager
def logging_session(level: int | None = None) -> Iterator[Path]:
    """Log to the app's file for the duration of a command, then close it."""
    path = setup_logging(level)
    try:
        yield path
    finally:
        remove_logging()
