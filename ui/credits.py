"""Credits in plain words: what a video cost and the account's balance, as JoggAI reports them.

Both figures come from JoggAI where its API gives them (v2: ``deducted_credit`` per video and the
remaining balance); they are labelled as JoggAI's, since the balance is known to lag (docs/joggai-api.md §13
#4) and is never used to stop anything.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from jogg_desktop.jobs.types import Job
from ui.i18n import credits_text, tr

_CTX = "Credits"


def amount(value: float) -> str:
    """"1 credit", "3 credits" (plural forms of the app's language), "2,5 Credits" for a fraction."""
    if float(value).is_integer():
        return credits_text(int(value))
    return tr("%1 credits", _CTX).replace("%1", QLocale().toString(float(value), "g", 6))


def charged(job: Job) -> float | None:
    return job.status.credits_charged if job.status is not None else None


def charged_text(job: Job) -> str:
    """"This video used 1 credit (JoggAI's figure)." — or "" when JoggAI did not say."""
    value = charged(job)
    if value is None:
        return ""
    return tr("This video used %1 (JoggAI's figure).", _CTX).replace("%1", amount(value))


def balance_text(value: float | None) -> str:
    if value is None:
        return ""
    return tr("Your JoggAI balance: %1 (JoggAI's figure; it may take a while to update).", _CTX).replace(
        "%1", amount(value))
