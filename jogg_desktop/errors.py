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

    def __init__(
        self,
        message: str | None = None,
        *,
        action: Action | None = None,
        code: int | None = None,
        server_message: str = "",
        rid: str = "",
        http_status: int | None = None,
    ) -> None:
        self.message = message or self.default_message
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
        return ", ".join(parts)


class AuthError(JoggError):
    """10105: the API key is missing or wrong."""

    default_message = (
        "JoggAI did not accept your API key. Check that you copied the whole key from "
        "JoggAI (your avatar → API)."
    )
    default_action = Action.FIX_KEY


class NoCreditsError(JoggError):
    """18020: the account has run out of credits."""

    default_message = "Your JoggAI account has run out of credits. Add credits in JoggAI, then try again."
    default_action = Action.BUY_CREDITS


class NoPermissionError(JoggError):
    """18025: the account's plan does not include API access (or this feature)."""

    default_message = (
        "Your JoggAI plan does not include this feature through the API. Upgrade your plan in "
        "JoggAI, or contact JoggAI support."
    )
    default_action = Action.UPGRADE_PLAN


class NotFoundError(JoggError):
    """10104: the product, project or item no longer exists."""

    default_message = "JoggAI could not find this item any more. Please start again."
    default_action = Action.START_OVER


class InvalidRequestError(JoggError):
    """40000 / 18001: a parameter was missing or invalid."""

    default_message = "JoggAI did not accept some of the details. Please check them and try again."
    default_action = Action.FIX_INPUT


class RateLimitedError(JoggError):
    """429: too many requests in a short time."""

    default_message = "JoggAI is busy with your earlier requests. Please wait a moment and try again."
    default_action = Action.WAIT_AND_RETRY

    def __init__(self, message: str | None = None, *, retry_after: float | None = None, **kw: object) -> None:
        super().__init__(message, **kw)  # type: ignore[arg-type]
        self.retry_after = retry_after


class ServerError(JoggError):
    """50000 or HTTP 5xx: a fault on JoggAI's side."""

    default_message = "JoggAI is having a problem right now. Please try again in a few minutes."
    default_action = Action.RETRY


class NetworkError(JoggError):
    """The connection failed (no network, DNS, refused, reset)."""

    default_message = "Could not reach JoggAI. Check your internet connection and try again."
    default_action = Action.CHECK_CONNECTION


class RequestTimeoutError(NetworkError):
    """JoggAI did not answer in time."""

    default_message = "JoggAI took too long to answer. Please try again."
    default_action = Action.RETRY


class ProtocolError(JoggError):
    """The answer could not be understood (malformed JSON, an HTML page, a missing field)."""

    default_message = "JoggAI sent an answer the app could not understand. Please try again later."
    default_action = Action.RETRY


class CrawlFailedError(JoggError):
    """The product page could not be read."""

    default_message = (
        "JoggAI could not read the product details from this page. Check the link, or enter "
        "the product details yourself."
    )
    default_action = Action.MANUAL_ENTRY


class RenderOutcomeUnknownError(JoggError):
    """The render request may have reached JoggAI (and been charged) but no answer arrived.

    Never resent automatically: JoggAI has no idempotency key (API.md §13 #18).
    """

    default_message = (
        "We could not confirm whether JoggAI started your video. It may already be rendering "
        "and may have used credits. Check your videos in JoggAI before trying again."
    )
    default_action = Action.CHECK_BEFORE_RETRY


class RenderFailedError(JoggError):
    """The render ended in failure (status 5)."""

    default_message = "JoggAI could not make this video. Try different images or settings."
    default_action = Action.START_OVER


class ProjectDeletedError(JoggError):
    """The project was deleted on JoggAI's side (status 99)."""

    default_message = "This video was deleted in JoggAI."
    default_action = Action.START_OVER


class PollDeadlineError(JoggError):
    """The render did not finish within the overall deadline."""

    default_message = (
        "This video is taking much longer than usual. It may still finish: check again later, "
        "or contact JoggAI support."
    )
    default_action = Action.CONTACT_SUPPORT


class DownloadError(JoggError):
    """The finished video could not be downloaded or saved."""

    default_message = "The video could not be saved. Check the folder and free disk space, then try again."
    default_action = Action.RETRY
