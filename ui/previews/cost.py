"""What previews cost, in plain words, before anything is sent (docs/joggai-api.md §12).

A preview costs half a render: 0.5 credit per started 2 minutes of video, per preview. The
video length setting decides the minutes (JoggAI's videos run a few seconds over; a 60-second
target stays within its first 2 minutes).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from jogg_desktop.models import preview_credits_for
from jogg_desktop.validation import MAX_PREVIEW_STYLES, MIN_PREVIEW_STYLES
from ui.credits import amount
from ui.i18n import tr

_CTX = "Previews"
MIN_LOOKS = MIN_PREVIEW_STYLES
MAX_LOOKS = MAX_PREVIEW_STYLES


def preview_credits(length_seconds: float) -> float:
    """Credits one preview of a video this long costs: half a render's (the core's rule)."""
    return preview_credits_for(length_seconds)


def previews_cost_text(count: int, length_seconds: float) -> str:
    """"3 previews × 0.5 credit = 1.5 credits"."""
    each = preview_credits(length_seconds)
    previews = tr("%n preview(s)", "", count)
    each_text = tr("%1 credit", _CTX).replace("%1", amount_number(each))  # a unit price: "0.5 credit"
    return tr("%1 × %2 = %3", _CTX).replace("%1", previews).replace("%2", each_text).replace(
        "%3", amount(each * count))


def amount_number(value: float) -> str:
    """0.5 → "0.5" in the app's language ("0,5")."""
    return QLocale().toString(float(value), "g", 6)
