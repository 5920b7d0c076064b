"""The client's public, version-independent surface.

The UI, the job runner and the command line depend on this protocol only. ``JoggClient`` (in
:mod:`jogg_desktop.api.client`) implements it over the wire adapter of one API generation (v1 or
v2); callers ask it what that generation can do (:attr:`JoggApi.capabilities`).
Every method raises only :class:`jogg_desktop.errors.JoggError` subclasses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from jogg_desktop.api.generation import ApiGeneration, Capabilities
from jogg_desktop.models import (
    Account,
    AspectRatio,
    Avatar,
    Music,
    PreviewReading,
    PreviewStart,
    Product,
    ProductDraft,
    ProjectStatus,
    Template,
    VideoSettings,
    VisualStyle,
    Voice,
)
from jogg_desktop.suggestions import ScriptRequest, ScriptTask

ProgressCallback = Callable[[int, int | None], None]
"""Called with (bytes done, total bytes or None when unknown)."""


class JoggApi(Protocol):
    @property
    def generation(self) -> ApiGeneration:
        """The API generation this client speaks."""

    @property
    def capabilities(self) -> Capabilities: ...

    def for_generation(self, generation: ApiGeneration) -> JoggApi:
        """A client of ``generation`` with the same key (itself when it already speaks it)."""

    def with_generation(self, generation: ApiGeneration) -> JoggApi:
        """A new client of ``generation`` with the same key, owned by the caller (a switch)."""

    async def remaining_credits(self) -> float | None:
        """JoggAI's figure for the balance (information only); None where the API has none."""

    async def recent_renders(self, *, max_pages: int = 4) -> list[ProjectStatus] | None:
        """The latest renders of the account, newest first; None where the API keeps no list."""

    async def check_key(self) -> Account:
        """A cheap authenticated call; raises AuthError on a wrong key."""

    async def create_product_from_url(self, url: str) -> Product:
        """Crawl a product page (synchronous on JoggAI's side, 10–30 s)."""

    async def create_product_manual(self, draft: ProductDraft) -> Product: ...

    async def update_product(self, product: Product) -> None:
        """PUT the product; the media list replaces the server's list."""

    async def start_render(self, product_id: str, settings: VideoSettings) -> str:
        """Request a render (charges credits). Returns the project id.

        Never retried once the request may have reached the server; an ambiguous failure raises
        RenderOutcomeUnknownError.
        """

    async def get_project(self, project_id: str) -> ProjectStatus: ...

    async def start_previews(
        self, product_id: str, settings: VideoSettings, styles: Sequence[str]
    ) -> list[PreviewStart]:
        """Request previews of ``settings`` in each of ``styles`` (charges 0.5 credit per started
        2 minutes each, docs/joggai-api.md §12): at most ``capabilities.preview_styles_per_request``
        styles in one call. One answer per style JoggAI names (a style that failed to start has
        no id and an error message). Never retried once it may have reached the server: an
        ambiguous failure raises RenderOutcomeUnknownError, like :meth:`start_render`."""

    async def get_preview(self, preview_id: str) -> ProjectStatus:
        """A preview's status (v1: its project; v2: found in the list of previews, as there is no
        single-preview call). A v2 preview not listed (yet) raises ProtocolError (transient)."""

    async def recent_previews(self, *, max_pages: int = 4) -> list[PreviewReading] | None:
        """The account's latest previews, newest first; None where the API keeps no list (v1)."""

    async def render_preview(self, preview_id: str) -> str:
        """Render a preview in full (v2 only: ``capabilities.render_from_preview``); charged and
        never retried, like :meth:`start_render`. Returns the video's id, polled by
        :meth:`get_project`."""

    async def list_avatars(
        self,
        aspect: AspectRatio | None = None,
        *,
        gender: str | None = None,
        age: str | None = None,
        style: str | None = None,
    ) -> list[Avatar]: ...

    async def list_custom_avatars(self) -> list[Avatar]: ...

    async def list_voices(
        self,
        *,
        language: str | None = None,
        gender: str | None = None,
        age: str | None = None,
    ) -> list[Voice]:
        """All pages of the library voices matching the filters."""

    async def list_custom_voices(self, *, language: str | None = None) -> list[Voice]: ...

    async def list_musics(self) -> list[Music]: ...

    async def list_custom_musics(self) -> list[Music]: ...

    async def list_visual_styles(self, aspect: AspectRatio | None = None) -> list[VisualStyle]: ...

    async def list_templates(self, aspect: AspectRatio | None = None) -> list[Template]: ...

    async def list_custom_templates(self, aspect: AspectRatio | None = None) -> list[Template]: ...

    async def upload_asset(
        self, path: Path, *, progress: ProgressCallback | None = None
    ) -> str:
        """Upload a local file through the signed-URL flow; returns the asset's URL."""

    async def download(
        self,
        url: str,
        dest: Path,
        *,
        progress: ProgressCallback | None = None,
    ) -> Path:
        """Stream ``url`` to ``dest`` (temp file beside it, Range resume, atomic rename)."""

    async def fetch_bytes(self, url: str, *, max_bytes: int = 64 * 1024 * 1024) -> bytes:
        """GET a small public resource (thumbnail, cover); no API key sent to other hosts."""

    async def request_scripts(self, request: ScriptRequest) -> ScriptTask:
        """Ask JoggAI for script suggestions (charges 0.2 credit; v1 answers at once, v2 with a
        task to follow with :meth:`script_results`). Never retried once the request may have
        reached the server; an ambiguous failure raises ScriptOutcomeUnknownError."""

    async def script_results(self, task_id: str) -> ScriptTask:
        """Where a v2 suggestion task stands (free)."""

    async def aclose(self) -> None: ...
