"""The one typed error hierarchy of the core.

Every failure the client can meet is one of these; nothing else escapes it. Each error carries
a plain-language message for a non-technical seller and a suggested :class:`Action`, plus the
server's own ``msg``, envelope ``code`` and request id (``rid``) for support.
"""

from __future__ import annotations

from enum import Enum


class Action(Enum):
    """What the UI should offer the user next."""

    NONE = "none"
    RETRY = "retry"
    WAIT_AND_RETRY = "wait_and_retry"
    FIX_KEY = "fix_key"
    BUY_CREDITS = "buy_credits"
    UPGRADE_PLAN = "upgrade_plan"
    FIX_INPUT = "fix_input"
    MANUAL_ENTRY = "manual_entry"
    CHECK_BEFORE_RETRY = "check_before_retry"
    START_OVER = "start_over"
    CHECK_CONNECTION = "check_connection"
    CONTACT_SUPPORT = "contact_support"


class JoggError(Exception):
    """Base of every error the core raises."""

    default_message = "Something went wrong while talking to JoggAI."
    default_action = Action.RETRY
    reason = "jogg"
    """A stable identifier of what went wrong: the UI words its message from it (ui/errors.py),
    never from the English text; the English here is for the command line and the logs."""

    def __init__(
        self,
        message: str | None = None,
        *,
        action: Action | None = None,
        code: int | None = None,
        server_message: str = "",
        rid: str = "",
        http_status: int | None = None,
        path: str = "",
        reason: str | None = None,
    ) -> None:
        self.message = message or self.default_message
        self.custom_message = message is not None  # False: the UI words it from ``reason`` alone
        self.reason = reason or type(self).reason
        self.path = path  # the file or folder concerned, for messages that name it
        self.action = action or self.default_action
        self.code = code
        self.server_message = server_message
        self.rid = rid
        self.http_status = http_status
        super().__init__(self.message)

    def details(self) -> str:
        """Technical details for support (never contains the API key)."""
        parts = [type(self).__name__]
        if self.http_status is not None:
            parts.append(f"HTTP {self.http_status}")
        if self.code is not None:
            parts.append(f"code {self.code}")
        if self.server_message:
            parts.append(f"server said: {self.server_message}")
        if self.rid:
            parts.append(f"request id {self.rid}")
        if self.path:
            parts.append(f"path {self.path}")
        return ", ".join(parts)


class AuthError(JoggError):
    """10105: the API key is missing or wrong."""

    default_message = (
        "JoggAI did not accept your API key. Check that you copied the whole key from "
        "JoggAI (your avatar → API)."
    )
    default_action = Action.FIX_KEY
    reason = "auth"


class NoCreditsError(JoggError):
    """18020: the account has run out of credits."""

    default_message = "Your JoggAI account has run out of credits. Add credits in JoggAI, then try again."
    default_action = Action.BUY_CREDITS
    reason = "no_credits"


class NoPermissionError(JoggError):
    """18025: the account's plan does not include API access (or this feature)."""

    default_message = (
        "Your JoggAI plan does not include this feature through the API. Upgrade your plan in "
        "JoggAI, or contact JoggAI support."
    )
    default_action = Action.UPGRADE_PLAN
    reason = "no_permission"


class NotFoundError(JoggError):
    """10104: the product, project or item no longer exists."""

    default_message = "JoggAI could not find this item any more. Please start again."
    default_action = Action.START_OVER
    reason = "not_found"


class InvalidRequestError(JoggError):
    """40000 / 18001: a parameter was missing or invalid."""

    default_message = "JoggAI did not accept some of the details. Please check them and try again."
    default_action = Action.FIX_INPUT
    reason = "invalid_request"


class RateLimitedError(JoggError):
    """429: too many requests in a short time."""

    default_message = "JoggAI is busy with your earlier requests. Please wait a moment and try again."
    default_action = Action.WAIT_AND_RETRY
    reason = "rate_limited"

    def __init__(self, message: str | None = None, *, retry_after: float | None = None, **kw: object) -> None:
        super().__init__(message, **kw)  # type: ignore[arg-type]
        self.retry_after = retry_after


class ServerError(JoggError):
    """50000 or HTTP 5xx: a fault on JoggAI's side."""

    default_message = "JoggAI is having a problem right now. Please try again in a few minutes."
    default_action = Action.RETRY
    reason = "server"


class NetworkError(JoggError):
    """The connection failed (no network, DNS, refused, reset)."""

    default_message = "Could not reach JoggAI. Check your internet connection and try again."
    default_action = Action.CHECK_CONNECTION
    reason = "network"


class RequestTimeoutError(NetworkError):
    """JoggAI did not answer in time."""

    default_message = "JoggAI took too long to answer. Please try again."
    default_action = Action.RETRY
    reason = "timeout"


class ProtocolError(JoggError):
    """The answer could not be understood (malformed JSON, an HTML page, a missing field)."""

    default_message = "JoggAI sent an answer the app could not understand. Please try again later."
    default_action = Action.RETRY
    reason = "protocol"


class CrawlFailedError(JoggError):
    """The product page could not be read."""

    default_message = (
        "JoggAI could not read the product details from this page. Check the link, or enter "
        "the product details yourself."
    )
    default_action = Action.MANUAL_ENTRY
    reason = "crawl_failed"


class RenderOutcomeUnknownError(JoggError):
    """The render request may have reached JoggAI (and been charged) but no answer arrived.

    Never resent automatically: JoggAI has no idempotency key (docs/joggai-api.md §13 #18).
    """

    default_message = (
        "We could not confirm whether JoggAI started your video. It may already be rendering "
        "and may have used credits. Check your videos in JoggAI before trying again."
    )
    default_action = Action.CHECK_BEFORE_RETRY
    reason = "render_outcome_unknown"


class ScriptOutcomeUnknownError(JoggError):
    """A script-suggestion request (0.2 credit) may have reached JoggAI but no usable answer came.

    Never resent automatically (docs/joggai-api.md §13 #18): asking again is the seller's choice.
    """

    default_message = (
        "We could not confirm whether JoggAI wrote the script suggestions. It may have used "
        "0.2 credit. You can ask again: that costs another 0.2 credit."
    )
    default_action = Action.RETRY
    reason = "script_outcome_unknown"


class ScriptSuggestionFailedError(JoggError):
    """JoggAI could not write script suggestions (a failed task, ``err_msg``; or none came back)."""

    default_message = (
        "JoggAI could not write script suggestions for this product. Try again, or write the "
        "script yourself."
    )
    default_action = Action.RETRY
    reason = "script_failed"


class ScriptDeadlineError(JoggError):
    """The suggestions were not ready within the wait's deadline."""

    default_message = (
        "JoggAI is taking much longer than usual to write the script suggestions. Try again "
        "later, or write the script yourself."
    )
    default_action = Action.RETRY
    reason = "script_deadline"


class RenderFailedError(JoggError):
    """The render ended in failure (status 5)."""

    default_message = "JoggAI could not make this video. Try different images or settings."
    default_action = Action.START_OVER
    reason = "render_failed"


class ProjectDeletedError(JoggError):
    """The project was deleted on JoggAI's side (status 99)."""

    default_message = "This video was deleted in JoggAI."
    default_action = Action.START_OVER
    reason = "project_deleted"


class PollDeadlineError(JoggError):
    """The render did not finish within the overall deadline."""

    default_message = (
        "This video is taking much longer than usual. It may still finish: check again later, "
        "or contact JoggAI support."
    )
    default_action = Action.CONTACT_SUPPORT
    reason = "poll_deadline"


class DownloadError(JoggError):
    """The finished video could not be downloaded or saved."""

    default_message = (
        "The finished video could not be downloaded from JoggAI. It is kept there: try again "
        "later (nothing is charged again)."
    )
    default_action = Action.RETRY
    reason = "download"


class CertificateError(NetworkError):
    """The TLS certificate could not be verified (a company proxy, a wrong clock, an attack)."""

    default_message = (
        "The secure connection to JoggAI could not be verified. If your company network checks "
        "secure traffic, ask your IT team to install its certificate on this computer; also check "
        "the computer's date and time."
    )
    default_action = Action.CONTACT_SUPPORT
    reason = "certificate"


class InputError(JoggError):
    """Input refused before anything was sent (a link, an id, an address): nothing was used."""

    default_message = "Some of the details are not valid. Please check them."
    default_action = Action.FIX_INPUT
    reason = "input"


class InsecureAddressError(InputError):
    """An http:// API address to a machine other than this one: the key would travel in clear."""

    default_message = (
        "The API address must start with https:// (only an address on this computer may use "
        "http://): otherwise your API key would travel unprotected."
    )
    reason = "insecure_address"


class SaveFolderError(JoggError):
    """The folder for the video cannot be written (checked before anything is charged)."""

    default_message = "The app cannot save videos in this folder. Choose another folder."
    default_action = Action.FIX_INPUT
    reason = "save_folder"


class DiskFullError(DownloadError):
    """The disk filled up while saving the video."""

    default_message = (
        "The disk is full, so the video could not be saved. Free some space (or choose another "
        "folder), then download it again: it is kept in JoggAI and nothing is charged again."
    )
    default_action = Action.RETRY
    reason = "disk_full"


class StoreError(JoggError):
    """The app's own list of videos (an SQLite file) cannot be used; ``path`` names it."""

    default_message = "The app's list of videos could not be opened."
    default_action = Action.CONTACT_SUPPORT
    reason = "store"


class RenderNotRecordedError(JoggError):
    """JoggAI started the render, but the app's list could not record it: a journal keeps it."""

    default_message = (
        "JoggAI started your video, but the app could not note it in its list. It is kept in a "
        "journal: run “resume” (or restart the app) to finish it. Nothing is charged again."
    )
    default_action = Action.RETRY
    reason = "render_not_recorded"


class JobNotStartedError(JoggError):
    default_message = "This video was not started: the app closed before asking JoggAI. Nothing was charged."
    default_action = Action.START_OVER
    reason = "job_not_started"


class NotAVideoError(DownloadError):
    default_message = "JoggAI sent something that is not a video. Please try downloading it again later."
    reason = "not_a_video"


class BusyElsewhereError(JoggError):
    default_message = "This video is being finished in another Jogg Desktop window. Wait for it there."
    default_action = Action.NONE
    reason = "busy_elsewhere"


class NothingToDownloadError(JoggError):
    default_message = "This video was never started in JoggAI, so there is nothing to download."
    default_action = Action.START_OVER
    reason = "nothing_to_download"


class UnexpectedJobError(JoggError):
    default_message = "Something unexpected went wrong with this video. Please try again."
    default_action = Action.RETRY
    reason = "unexpected"


class UploadError(JoggError):
    """A file could not be uploaded (read locally, or accepted by the signed URL's host)."""

    default_message = "JoggAI did not accept the file upload. Please try again."
    default_action = Action.RETRY
    reason = "upload"
