"""The one place that turns any error into plain words and a next step for the user.

Core errors (:mod:`jogg_desktop.errors`) already carry a plain message and an
:class:`~jogg_desktop.errors.Action`; this module translates them, adds the few local failures
(files, cancellations) and gives each action its button label. Technical details (error class,
HTTP status, envelope code, request id) are kept apart for "Copy diagnostics" and support, never
shown in the banner.
"""

from __future__ import annotations

from dataclasses import dataclass

from jogg_desktop import errors as core
from jogg_desktop.errors import Action
from ui.i18n import tr

__all__ = ["JOGG_APP_URL", "Action", "UserMessage", "action_label", "describe", "is_expected"]

# Where the seller buys credits, upgrades or checks their videos (API.md §2: app.jogg.ai).
JOGG_APP_URL = "https://app.jogg.ai"

_CTX = "Errors"


@dataclass(frozen=True)
class UserMessage:
    text: str
    action: Action
    details: str = ""


def _default_texts() -> dict[type[core.JoggError], str]:
    # The core's default messages again, through tr() so translators can see them.
    return {
        core.AuthError: tr(
            "JoggAI did not accept your API key. Check that you copied the whole key from "
            "JoggAI (your avatar → API).", _CTX),
        core.NoCreditsError: tr(
            "Your JoggAI account has run out of credits. Add credits in JoggAI, then try again.", _CTX),
        core.NoPermissionError: tr(
            "Your JoggAI plan does not include this feature through the API. Upgrade your plan in "
            "JoggAI, or contact JoggAI support.", _CTX),
        core.NotFoundError: tr("JoggAI could not find this item any more. Please start again.", _CTX),
        core.InvalidRequestError: tr(
            "JoggAI did not accept some of the details. Please check them and try again.", _CTX),
        core.RateLimitedError: tr(
            "JoggAI is busy with your earlier requests. Please wait a moment and try again.", _CTX),
        core.ServerError: tr(
            "JoggAI is having a problem right now. Please try again in a few minutes.", _CTX),
        core.NetworkError: tr(
            "Could not reach JoggAI. Check your internet connection and try again.", _CTX),
        core.RequestTimeoutError: tr("JoggAI took too long to answer. Please try again.", _CTX),
        core.ProtocolError: tr(
            "JoggAI sent an answer the app could not understand. Please try again later.", _CTX),
        core.CrawlFailedError: tr(
            "JoggAI could not read the product details from this page. Check the link, or enter "
            "the product details yourself.", _CTX),
        core.RenderOutcomeUnknownError: tr(
            "We could not confirm whether JoggAI started your video. It may already be rendering "
            "and may have used credits. Check your videos in JoggAI before trying again.", _CTX),
        core.RenderFailedError: tr(
            "JoggAI could not make this video. Try different images or settings.", _CTX),
        core.ProjectDeletedError: tr("This video was deleted in JoggAI.", _CTX),
        core.PollDeadlineError: tr(
            "This video is taking much longer than usual. It may still finish: check again later, "
            "or contact JoggAI support.", _CTX),
        core.DownloadError: tr(
            "The video could not be saved. Check the folder and free disk space, then try again.", _CTX),
        core.JoggError: tr("Something went wrong while talking to JoggAI.", _CTX),
    }


def is_expected(error: BaseException) -> bool:
    """True for failures the user can act on (banner); False for bugs (crash dialog)."""
    return isinstance(error, core.JoggError | OSError | TimeoutError)


def describe(error: BaseException) -> UserMessage:
    """Plain words + an action for any error."""
    if isinstance(error, core.JoggError):
        text = error.message
        if text == type(error).default_message:
            text = _default_texts().get(type(error), text)
        else:
            text = tr(text, _CTX)
        return UserMessage(text, error.action, error.details())
    if isinstance(error, TimeoutError):
        return UserMessage(
            tr("This took too long. Please try again.", _CTX), Action.RETRY, type(error).__name__)
    if isinstance(error, FileNotFoundError):
        name = error.filename or ""
        return UserMessage(
            tr("The file “%1” could not be found. It may have been moved or deleted.", _CTX).replace(
                "%1", str(name)),
            Action.FIX_INPUT, f"{type(error).__name__} errno {error.errno}")
    if isinstance(error, PermissionError):
        return UserMessage(
            tr("The app is not allowed to open or write this file. Check its permissions.", _CTX),
            Action.FIX_INPUT, f"{type(error).__name__} errno {error.errno}")
    if isinstance(error, OSError):
        return UserMessage(
            tr("A file could not be read or written. Check the file and free disk space, then "
               "try again.", _CTX),
            Action.RETRY, f"{type(error).__name__} errno {error.errno}")
    return UserMessage(
        tr("Something unexpected went wrong. Please try again; if it keeps happening, copy the "
           "details and send them to support.", _CTX),
        Action.CONTACT_SUPPORT, type(error).__name__)


def action_label(action: Action) -> str | None:
    """The banner button's text for ``action``; None when there is nothing to press."""
    labels = {
        Action.RETRY: tr("Try again", _CTX),
        Action.WAIT_AND_RETRY: tr("Try again", _CTX),
        Action.CHECK_CONNECTION: tr("Try again", _CTX),
        Action.FIX_KEY: tr("Fix API key", _CTX),
        Action.BUY_CREDITS: tr("Buy credits in JoggAI", _CTX),
        Action.UPGRADE_PLAN: tr("Open JoggAI", _CTX),
        Action.MANUAL_ENTRY: tr("Enter details myself", _CTX),
        Action.CHECK_BEFORE_RETRY: tr("Check my videos in JoggAI", _CTX),
        Action.START_OVER: tr("Start over", _CTX),
        Action.CONTACT_SUPPORT: tr("Open JoggAI", _CTX),
    }
    return labels.get(action)
