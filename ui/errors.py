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
from jogg_desktop.logs import redact
from ui.i18n import tr

__all__ = ["JOGG_APP_URL", "Action", "UserMessage", "action_label", "describe", "is_expected"]

# Where the seller buys credits, upgrades or checks their videos (docs/joggai-api.md §2: app.jogg.ai).
JOGG_APP_URL = "https://app.jogg.ai"

_CTX = "Errors"


@dataclass(frozen=True)
class UserMessage:
    text: str
    action: Action
    details: str = ""


def _texts() -> dict[str, str]:
    """The seller's words for each core error, by its stable ``reason`` (never by its English
    text); ``%1`` is the file or folder concerned. The core's English is for the command line."""
    return {
        "auth": tr(
            "JoggAI did not accept your API key. Check that you copied the whole key from "
            "JoggAI (your avatar → API).", _CTX),
        "no_credits": tr(
            "Your JoggAI account has run out of credits. Add credits in JoggAI, then try again.", _CTX),
        "no_permission": tr(
            "Your JoggAI plan does not include this feature through the API. Upgrade your plan in "
            "JoggAI, or contact JoggAI support.", _CTX),
        "not_found": tr("JoggAI could not find this item any more. Please start again.", _CTX),
        "invalid_request": tr(
            "JoggAI did not accept some of the details. Please check them and try again.", _CTX),
        "rate_limited": tr(
            "JoggAI is busy with your earlier requests. Please wait a moment and try again.", _CTX),
        "server": tr("JoggAI is having a problem right now. Please try again in a few minutes.", _CTX),
        "network": tr("Could not reach JoggAI. Check your internet connection and try again.", _CTX),
        "timeout": tr("JoggAI took too long to answer. Please try again.", _CTX),
        "protocol": tr("JoggAI sent an answer the app could not understand. Please try again later.", _CTX),
        "crawl_failed": tr(
            "JoggAI could not read the product details from this page. Check the link, or enter "
            "the product details yourself.", _CTX),
        "render_outcome_unknown": tr(
            "We could not confirm whether JoggAI started your video. It may already be rendering "
            "and may have used credits. Check your videos in JoggAI before trying again.", _CTX),
        "render_failed": tr("JoggAI could not make this video. Try different images or settings.", _CTX),
        "script_outcome_unknown": tr(
            "We could not confirm whether JoggAI wrote the script suggestions. It may have used "
            "0.2 credit. You can ask again: that costs another 0.2 credit.", _CTX),
        "script_failed": tr(
            "JoggAI could not write script suggestions for this product. Try again, or write the "
            "script yourself.", _CTX),
        "script_deadline": tr(
            "JoggAI is taking much longer than usual to write the script suggestions. Try again "
            "later, or write the script yourself.", _CTX),
        "project_deleted": tr("This video was deleted in JoggAI.", _CTX),
        "poll_deadline": tr(
            "This video is taking much longer than usual. It may still finish: check again later, "
            "or contact JoggAI support.", _CTX),
        "download": tr(
            "The finished video could not be downloaded from JoggAI. It is kept there: try again "
            "later (nothing is charged again).", _CTX),
        "upload": tr("JoggAI did not accept the file upload. Please try again.", _CTX),
        "certificate": tr(
            "The secure connection to JoggAI could not be verified. If your company network checks "
            "secure traffic, ask your IT team to install its certificate on this computer; also check "
            "the computer's date and time.", _CTX),
        "insecure_address": tr(
            "The API address must start with https:// (only an address on this computer may use "
            "http://): otherwise your API key would travel unprotected.", _CTX),
        "save_folder": tr(
            "The app cannot save videos in %1. Choose another folder, or fix its permissions. "
            "Nothing was charged.", _CTX),
        "save_folder_full": tr(
            "The disk with %1 is nearly full. Free some space or choose another folder. Nothing "
            "was charged.", _CTX),
        "save_folder_after_render": tr(
            "The video could not be saved in %1. It is kept in JoggAI: choose another folder and "
            "download it again (nothing is charged again).", _CTX),
        "disk_full": tr(
            "The disk is full, so the video could not be saved in %1. Free some space (or choose "
            "another folder), then download it again: nothing is charged again.", _CTX),
        "not_a_video": tr(
            "JoggAI sent something that is not a video. Please try downloading it again later.", _CTX),
        "render_not_recorded": tr(
            "JoggAI started your video, but the app could not note it in its list. It will be "
            "finished when the app starts again. Nothing is charged again.", _CTX),
        "input": tr("Some of the details are not valid. Please check them.", _CTX),
        "store": tr(
            "The app's list of videos (%1) could not be used. Try again; if it keeps happening, send "
            "the details to support.", _CTX),
        "store_busy": tr(
            "The app's list of videos (%1) is busy: another Jogg Desktop window is writing to it. "
            "Wait a moment and try again.", _CTX),
        "store_full": tr("The disk with the app's list of videos (%1) is full. Free some space, then "
                         "try again.", _CTX),
        "store_not_writable": tr(
            "The app cannot write its list of videos (%1). Check that you may write to that folder.",
            _CTX),
        "store_damaged": tr(
            "The app's list of videos (%1) is damaged. Rename or move that file, then start again: the "
            "app makes a new list. Keep the old file for support: it may list paid videos.", _CTX),
        "store_newer": tr(
            "The app's list of videos (%1) was written by a newer version of Jogg Desktop. Update "
            "the app.", _CTX),
        "store_row_damaged": tr(
            "The record of this video in %1 is damaged and was set aside. The other videos are not "
            "affected.", _CTX),
        "job_not_started": tr(
            "This video was not started: the app closed before asking JoggAI. Nothing was charged.", _CTX),
        "busy_elsewhere": tr(
            "This video is being finished in another Jogg Desktop window. Wait for it there.", _CTX),
        "nothing_to_download": tr(
            "This video was never started in JoggAI, so there is nothing to download.", _CTX),
        "unexpected": tr("Something unexpected went wrong with this video. Please try again.", _CTX),
        "jogg": tr("Something went wrong while talking to JoggAI.", _CTX),
    }


def _core_text(error: core.JoggError) -> str:
    """A core error's words: by its reason; a message written for the case (an input check, a
    server's own explanation) is passed through as it is."""
    template = _texts().get(error.reason)
    if template is not None and ("%1" in template or not error.custom_message):
        return template.replace("%1", error.path or tr("the chosen folder", _CTX))
    return error.message


def is_expected(error: BaseException) -> bool:
    """True for failures the user can act on (banner); False for bugs (crash dialog)."""
    return isinstance(error, core.JoggError | OSError | TimeoutError)


def describe(error: BaseException) -> UserMessage:
    """Plain words + an action for any error."""
    if isinstance(error, core.JoggError):
        return UserMessage(_core_text(error), error.action, redact(error.details()))
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
