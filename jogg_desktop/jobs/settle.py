"""Settling a render whose answer was lost, where the API keeps a list of renders (v2).

JoggAI has no idempotency key and charges on request (docs/joggai-api.md §13 #18), so a lost render answer
is never answered by sending the request again. Instead each render request carries a name
unique to its job and readable by the seller (:func:`render_name`: product name and time), and
the account's render list is searched for it:

- found → the job picks that render up and goes on (polling, download);
- safely absent → the job ends "not made": enough time has passed since the request for JoggAI
  to have listed it (:data:`SETTLE_GRACE`), and the list reaches back past the request;
- otherwise (no list in this generation, the list could not be read, or it does not reach back
  far enough) → unknown: the seller is asked to check in JoggAI.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from jogg_desktop.api.protocol import JoggApi
from jogg_desktop.errors import Action, JoggError
from jogg_desktop.models import ProjectStatus

SETTLE_GRACE = 90.0
"""Seconds after the request after which a render absent from the list counts as not made."""
SETTLE_INTERVAL = 15.0
"""Seconds between two looks at the list while waiting for the grace to pass."""

class RenderNotMadeError(JoggError):
    """A render request whose answer was lost, and which JoggAI's list shows it never made."""

    default_message = (
        "JoggAI did not make this video: the request never reached it, so there is nothing to wait "
        "for. Please start it again. If your JoggAI credit balance went down anyway, contact JoggAI "
        "support (the app cannot see charges)."
    )
    default_action = Action.START_OVER
    reason = "render_not_made"  # a stable identifier for the UI's wording


class Outcome(Enum):
    FOUND = "found"
    ABSENT = "absent"
    NOT_YET = "not_yet"  # not listed, but too early to call it absent
    UNKNOWN = "unknown"  # no list, or it could not be read, or it does not reach back far enough


@dataclass(frozen=True)
class Settlement:
    outcome: Outcome
    render: ProjectStatus | None = None
    detail: str = ""


def render_name(product_name: str, chosen_name: str, at: datetime) -> str:
    """The name a render request carries: the seller's name for it (else the product's) and the
    local time to the second, so two jobs never share one."""
    base = (chosen_name or product_name or "Video").strip()[:60]
    return f"{base} · {at.astimezone():%Y-%m-%d %H:%M:%S}"


async def look_up(
    api: JoggApi, name: str, *, requested_at: datetime, waited: float, grace: float = SETTLE_GRACE
) -> Settlement:
    """Search the account's latest renders for ``name``; ``waited`` = seconds since the request.

    ``grace`` must exceed the longest a request can be held on its way before JoggAI acts on it
    (far more than the client's timeouts)."""
    try:
        renders = await api.recent_renders()
    except JoggError as err:
        return Settlement(Outcome.UNKNOWN, detail=f"the render list could not be read: {err.details()}")
    if renders is None:
        return Settlement(Outcome.UNKNOWN, detail=f"API {api.generation.value} keeps no render list")
    matches = [r for r in renders if r.title == name]
    if matches:
        return Settlement(Outcome.FOUND, render=matches[-1])  # the oldest of any (one is expected)
    if waited < grace:
        return Settlement(Outcome.NOT_YET)
    dated = [r.created_at for r in renders if r.created_at is not None]
    if renders and not (dated and min(dated) < requested_at):
        return Settlement(Outcome.UNKNOWN, detail="the render list does not reach back to the request")
    return Settlement(Outcome.ABSENT)
