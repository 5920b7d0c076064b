"""Why a job or a call is waiting for JoggAI, and until when (shared by the client and the jobs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum


class WaitReason(Enum):
    UNREACHABLE = "unreachable"  # no connection / timeout: JoggAI could not be reached
    RATE_LIMITED = "rate_limited"  # 429 or our own POST budget: JoggAI asked us to slow down
    SERVER = "server"  # JoggAI answered with an error of its own


@dataclass(frozen=True)
class Waiting:
    """Not stored: a job sits out a failed check or a rate limit until ``until`` (aware, UTC)."""

    reason: WaitReason
    until: datetime
