"""The seam between the app and JoggAI's API generations (v1, v2): which one, where, what it can do.

JoggAI serves two generations on one host (docs/joggai-api.md §0, §14). The base address the app keeps is the
host (``https://api.jogg.ai``); each wire adapter (:mod:`jogg_desktop.api.v1`,
:mod:`jogg_desktop.api.v2`) owns its version path and states its :class:`Capabilities`. Jobs, the
store, the command line and the UI ask the active adapter (through the client) instead of knowing
a version's names, values or quirks.

A base saved by an earlier release, or given in ``JOGG_API_BASE`` / ``--api-base``, may still end
in ``/v1`` or ``/v2``: :func:`split_base` keeps it working and reads the generation from it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from jogg_desktop.errors import InputError
from jogg_desktop.models import ApiGeneration

__all__ = ["ApiGeneration", "Capabilities", "Endpoint", "resolve_endpoint", "split_base"]

DEFAULT_HOST = "https://api.jogg.ai"
API_BASE_ENV = "JOGG_API_BASE"
API_VERSION_ENV = "JOGG_API_VERSION"


DEFAULT_GENERATION = ApiGeneration.V2  # JoggAI's current API (docs/joggai-api.md §0)


@dataclass(frozen=True)
class Capabilities:
    """What one API generation offers (docs/joggai-api.md §14)."""

    script_styles: tuple[str, ...]
    """The script style names this generation accepts, in display order."""
    templates: bool
    """Product videos can take their layout from a template."""
    custom_music: bool
    """A list of the account's own music exists."""
    previews: bool
    """Cheaper previews before the real render."""
    render_history: bool
    """A list of past renders exists (a lost render answer can be looked up there)."""
    remaining_credits: bool
    """The account's credit balance can be read."""
    ai_scripts: bool
    """JoggAI can write a script for a product (a helper endpoint)."""
    photo_avatars: bool = False
    """Photo avatars can be listed beside the custom ones."""
    preview_styles_per_request: int = 1
    """How many visual styles one preview request takes (v1 one, v2 several)."""
    render_from_preview: bool = False
    """A preview can be rendered in full by its id (v2); else the full video is a normal render."""


def split_base(base: str) -> tuple[str, ApiGeneration | None]:
    """The host part of an API address and the generation its path names, if it names one.

    ``https://api.jogg.ai/v1`` → (``https://api.jogg.ai``, V1); ``http://127.0.0.1:8000`` →
    (itself, None). Trailing slashes are ignored.
    """
    text = base.strip().rstrip("/")
    head, _, last = text.rpartition("/")
    if head and "//" in head + "/" and last.lower() in ("v1", "v2"):
        return head, ApiGeneration(last.lower())
    return text, None


@dataclass(frozen=True)
class Endpoint:
    """Where the API is and which generation to speak there."""

    host: str = DEFAULT_HOST
    generation: ApiGeneration = DEFAULT_GENERATION

    @property
    def base_url(self) -> str:
        return f"{self.host}/{self.generation.value}"


def resolve_endpoint(
    *,
    base_option: str | None = None,
    version_option: str | None = None,
    settings_base: str | None = None,
    settings_version: str | None = None,
) -> Endpoint:
    """The endpoint from the command line, the environment, the saved settings, then defaults.

    The address: ``--api-base``, else ``JOGG_API_BASE``, else the saved one, else JoggAI's host.
    The generation: ``--api-version``, else ``JOGG_API_VERSION``, else the ``/v1``/``/v2`` ending
    of an address given now (option or environment), else the saved choice, else the ending of a
    saved address (an earlier release saved ``…/v1``), else v2. Raises ValueError for an unknown
    version name given now, InputError for a blank address given on purpose; a damaged saved
    choice is ignored.
    """
    if base_option is not None and not base_option.strip():  # never silently means production
        raise InputError("The API address given is empty. Leave the option out to use JoggAI "
                         f"({DEFAULT_HOST}), or give the full address.")
    given = next((b.strip() for b in (base_option, os.environ.get(API_BASE_ENV)) if b and b.strip()), None)
    saved = settings_base.strip() if settings_base and settings_base.strip() else None
    host, named = split_base(given or saved or DEFAULT_HOST)
    explicit = next((v for v in (version_option, os.environ.get(API_VERSION_ENV)) if v and v.strip()), None)
    if explicit is not None:
        return Endpoint(host, ApiGeneration.parse(explicit))
    if given is not None and named is not None:
        return Endpoint(host, named)
    if settings_version and settings_version.strip():
        try:
            return Endpoint(host, ApiGeneration.parse(settings_version))
        except ValueError:
            pass  # a damaged setting: what the address says, else the default
    return Endpoint(host, named or DEFAULT_GENERATION)
