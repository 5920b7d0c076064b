"""What the compare view shows of one preview: the core's preview job, read for the screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Protocol

from jogg_desktop.models import AspectRatio


class PreviewState(Enum):
    WAITING = "waiting"  # asked for, or JoggAI is making it
    READY = "ready"  # it can be watched (and rendered in full)
    FAILED = "failed"  # not made: ``reason`` says why
    UNCONFIRMED = "unconfirmed"  # the request's answer was lost: check in JoggAI, never resent


@dataclass(frozen=True)
class PreviewView:
    key: int
    """The core's id for this preview (what a full render is asked for with)."""
    style: str
    """The visual style's JoggAI name."""
    state: PreviewState
    started: datetime
    source: str = ""
    """The preview's file (or address), once ready."""
    reason: str = ""
    """Why it failed or what to check, in the seller's words."""
    full_video: int | None = None
    """The video job already made in full from this preview (asking again charges nothing)."""
    fetchable: bool = False
    """Made and paid, only getting it to this computer failed: it can be fetched again, free."""


class CompareSource(Protocol):
    """One set of previews (one product, one request), as the compare view needs it."""

    @property
    def title(self) -> str:
        """The product's name."""

    @property
    def aspect(self) -> AspectRatio: ...

    @property
    def length(self) -> int:
        """The video's length setting in seconds (what the full video costs)."""

    def views(self) -> list[PreviewView]: ...

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener`` whenever one of the previews changes; returns an unsubscribe function."""

    async def fetch_again(self, key: int) -> None:
        """Get a paid preview whose download failed once more (no new request, nothing charged)."""

    async def render(self, key: int) -> int:
        """Ask JoggAI for the full video of preview ``key`` (charged, sent once); the video job's id."""
