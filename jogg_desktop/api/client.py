"""``JoggClient``: the :class:`~jogg_desktop.api.protocol.JoggApi` over HTTP, through the wire
adapter of one API generation (:mod:`jogg_desktop.api.v1`, :mod:`jogg_desktop.api.v2`; see
:mod:`jogg_desktop.api.wire` and :mod:`jogg_desktop.api.generation`).

Every method raises only :class:`jogg_desktop.errors.JoggError` subclasses.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import httpx

from jogg_desktop.api import v1, v2
from jogg_desktop.api.download import Transfers
from jogg_desktop.api.generation import (
    DEFAULT_GENERATION,
    DEFAULT_HOST,
    ApiGeneration,
    Capabilities,
    resolve_endpoint,
    split_base,
)
from jogg_desktop.api.protocol import JoggApi, ProgressCallback
from jogg_desktop.api.retry import RetryPolicy
from jogg_desktop.api.throttle import PostThrottle, shared_ledger
from jogg_desktop.api.transport import (
    ARRIVAL_MARGIN,
    USER_AGENT,
    ApiCall,
    Sleep,
    Timeouts,
    Transport,
    system_tls_context,
)
from jogg_desktop.api.wire import Page, WireAdapter
from jogg_desktop.errors import (
    InvalidRequestError,
    JoggError,
    NotFoundError,
    ProtocolError,
    RenderOutcomeUnknownError,
    ScriptOutcomeUnknownError,
)
from jogg_desktop.models import (
    Account,
    AspectRatio,
    Avatar,
    Music,
    Ownership,
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

MAX_PAGES = 50
PREVIEW_PAGES = 10  # how far back a preview is looked for in the list (v2 has no single-preview call)
ADAPTERS: dict[ApiGeneration, WireAdapter] = {ApiGeneration.V1: v1, ApiGeneration.V2: v2}
T = TypeVar("T")


class JoggClient:
    """Speaks one API generation at ``host`` + the adapter's path.

    ``base_url`` is the API host (``https://api.jogg.ai``); an address ending in ``/v1`` or
    ``/v2`` (saved by an earlier release, or given by hand) also works and selects that
    generation unless ``generation`` says otherwise. :meth:`for_generation` gives a client of
    the other generation with the same key, throttle and options (a template job on v1).
    """

    def __init__(
        self,
        api_key: str,
        base_url: str = DEFAULT_HOST,
        *,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        throttle: PostThrottle | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep = asyncio.sleep,
        generation: ApiGeneration | None = None,
        wire: WireAdapter | None = None,
    ) -> None:
        host, named = split_base(base_url)
        chosen = generation or (wire.generation if wire is not None else None) or named or DEFAULT_GENERATION
        self._wire = wire if wire is not None and wire.generation is chosen else ADAPTERS[chosen]
        self._host = host
        self.__key = api_key
        if throttle is None:  # one POST budget per key: across processes, and with siblings
            throttle = PostThrottle(sleep=sleep, ledger=shared_ledger(api_key), margin=ARRIVAL_MARGIN)
        self._options: dict[str, Any] = {"timeouts": timeouts, "retry": retry, "throttle": throttle,
                                         "transport": transport, "sleep": sleep}
        self._siblings: dict[ApiGeneration, JoggClient] = {}
        base_url = host + self._wire.prefix
        self.timeouts = timeouts or Timeouts()
        tls = system_tls_context()
        http = httpx.AsyncClient(
            headers={"User-Agent": USER_AGENT},
            timeout=httpx.Timeout(self.timeouts.default, connect=self.timeouts.connect),
            follow_redirects=True,
            transport=transport,
            verify=tls,
        )
        self._transport = Transport(api_key, base_url, timeouts=self.timeouts, retry=retry,
                                    throttle=throttle, http=http, sleep=sleep)
        self._transfers = Transfers(http, sleep=sleep, read_timeout=self.timeouts.download_read,
                                    connect_timeout=self.timeouts.connect, verify=tls)

    @classmethod
    def from_environment(
        cls, api_key: str, *, settings_base: str | None = None, api_base: str | None = None,
        api_version: str | None = None, settings_version: str | None = None, **kwargs: Any,
    ) -> JoggClient:
        """Address and generation from the options, JOGG_API_BASE/JOGG_API_VERSION, settings, defaults."""
        endpoint = resolve_endpoint(base_option=api_base, version_option=api_version,
                                    settings_base=settings_base, settings_version=settings_version)
        return cls(api_key, endpoint.host, generation=endpoint.generation, **kwargs)

    @property
    def base_url(self) -> str:
        """The host plus this generation's path (e.g. ``https://api.jogg.ai/v2``)."""
        return self._transport.base_url

    @property
    def host(self) -> str:
        return self._host

    @property
    def generation(self) -> ApiGeneration:
        return self._wire.generation

    @property
    def capabilities(self) -> Capabilities:
        return self._wire.capabilities

    def with_generation(self, generation: ApiGeneration) -> JoggClient:
        """A new, independent client of ``generation`` with the same key (the caller closes it)."""
        return JoggClient(self.__key, self._host, generation=generation, **self._options)

    def for_generation(self, generation: ApiGeneration) -> JoggClient:
        """This client when it speaks ``generation``, else a sibling with the same key and options."""
        if generation is self.generation:
            return self
        sibling = self._siblings.get(generation)
        if sibling is None:
            sibling = JoggClient(self.__key, self._host, generation=generation, **self._options)
            self._siblings[generation] = sibling
        return sibling

    @property
    def throttle(self) -> PostThrottle:
        return self._transport.throttle

    def __repr__(self) -> str:
        return f"JoggClient(base_url={self.base_url!r}, api_key=<redacted>)"

    async def _data(self, call: ApiCall) -> Any:
        return (await self._transport.call(call)).data

    async def _all_pages(
        self,
        build: Callable[[int], ApiCall | None],
        parse: Callable[[Any], Page[T]],
        key: Callable[[T], Hashable],
    ) -> list[T]:
        """Every page of a list. Paging rules differ and servers may ignore ``page_size``
        (docs/joggai-api.md §13 #9): stop when the adapter has no next page, the answer says there is none,
        the total is reached, or a page brings nothing new."""
        found: dict[Hashable, T] = {}
        for number in range(1, MAX_PAGES + 1):
            call = build(number)
            if call is None:
                break
            page = parse(await self._data(call))
            new = [item for item in page.items if key(item) not in found]
            found.update((key(item), item) for item in new)
            if not new or page.has_more is False or (page.total is not None and len(found) >= page.total):
                break
        return list(found.values())

    # ---------------------------------------------------------------- account

    async def check_key(self) -> Account:
        try:
            return self._wire.parse_account(await self._data(self._wire.whoami()))
        except NotFoundError as err:
            if err.http_status != 404:
                raise
            fallback = self._wire.key_check_fallback()  # where the account call may be missing
            if fallback is None:
                raise ProtocolError(
                    "This address does not answer like the JoggAI API. Check the API address setting.",
                    server_message=f"{self.base_url}: HTTP 404", http_status=404,
                ) from None
        try:
            await self._data(fallback)
        except NotFoundError as err:
            if err.http_status != 404:
                raise
            raise ProtocolError(
                "This address does not answer like the JoggAI API. Check the API address setting.",
                server_message=f"{self.base_url}: HTTP 404", http_status=404,
            ) from None
        return Account()

    # ---------------------------------------------------------------- product

    async def create_product_from_url(self, url: str) -> Product:
        try:
            data = await self._data(self._wire.create_product_from_url(url))
        except InvalidRequestError as err:
            raise self._wire.crawl_error(err) from None
        return self._wire.parse_product(data, url=url)

    async def create_product_manual(self, draft: ProductDraft) -> Product:
        return self._wire.parse_product(await self._data(self._wire.create_product_manual(draft)))

    async def update_product(self, product: Product) -> None:
        await self._data(self._wire.update_product(product))

    # ---------------------------------------------------------------- render

    async def start_render(self, product_id: str, settings: VideoSettings) -> str:
        return await self._charged(self._wire.start_render(product_id, settings), self._wire.parse_project_id)

    async def _charged(self, call: ApiCall, parse: Callable[[Any], T]) -> T:
        """Send a charged request once (the transport never resends it once it may have arrived)."""
        envelope = await self._transport.call(call)
        try:
            return parse(envelope.data)
        except ProtocolError as err:
            # Accepted (and maybe charged) but unreadable: never resend (docs/joggai-api.md §13 #18).
            raise RenderOutcomeUnknownError(server_message=err.server_message, rid=envelope.rid) from None

    async def get_project(self, project_id: str) -> ProjectStatus:
        return self._wire.parse_project(await self._data(self._wire.get_project(project_id)), project_id)

    get_render = get_project

    # ---------------------------------------------------------------- previews

    async def start_previews(
        self, product_id: str, settings: VideoSettings, styles: Sequence[str]
    ) -> list[PreviewStart]:
        if not 1 <= len(styles) <= self.capabilities.preview_styles_per_request:
            raise InvalidRequestError(server_message=f"{len(styles)} styles in one preview request")
        call = self._wire.start_previews(product_id, settings, styles)
        return await self._charged(call, lambda data: self._wire.parse_preview_starts(data, styles))

    async def get_preview(self, preview_id: str) -> ProjectStatus:
        call = self._wire.get_preview(preview_id)
        if call is not None:
            return self._wire.parse_project(await self._data(call), preview_id)
        for page in range(1, PREVIEW_PAGES + 1):  # newest first: a preview being made is near the top
            listed = self._wire.list_previews(page)
            if listed is None:
                break
            found = self._wire.parse_preview_page(await self._data(listed))
            for item in found.items:
                if item.status.project_id == preview_id:
                    return item.status
            if not found.items or found.has_more is False or (
                    found.total is not None and page * len(found.items) >= found.total):
                break
        raise ProtocolError("JoggAI does not list this preview (yet).",
                            server_message=f"preview {preview_id} not in the list of previews")

    async def recent_previews(self, *, max_pages: int = 4) -> list[PreviewReading] | None:
        if self._wire.list_previews(1) is None:
            return None

        def build(page: int) -> ApiCall | None:
            return self._wire.list_previews(page) if page <= max_pages else None

        return await self._all_pages(build, self._wire.parse_preview_page, lambda p: p.status.project_id)

    async def render_preview(self, preview_id: str) -> str:
        call = self._wire.render_preview(preview_id)
        if call is None:
            raise InvalidRequestError(
                f"JoggAI's API {self.generation.value} cannot render a preview by its id: make the video "
                "in that look instead.")
        return await self._charged(call, self._wire.parse_project_id)

    async def recent_renders(self, *, max_pages: int = 4) -> list[ProjectStatus] | None:
        """The account's latest renders, newest first; None when this generation keeps no list."""
        if self._wire.list_renders(1) is None:
            return None

        def build(page: int) -> ApiCall | None:
            return self._wire.list_renders(page) if page <= max_pages else None

        return await self._all_pages(build, self._wire.parse_render_page, lambda r: r.project_id)

    async def remaining_credits(self) -> float | None:
        """JoggAI's figure for the account's balance, where the API gives one (information only)."""
        call = self._wire.remaining_credits()
        if call is None:
            return None
        return self._wire.parse_remaining_credits(await self._data(call))

    # ---------------------------------------------------------------- script suggestions

    async def request_scripts(self, request: ScriptRequest) -> ScriptTask:
        """Charged (0.2 credit): sent once; an answer that may hide a charge is never resent."""
        request = request.in_one_of(self.capabilities.script_styles)  # e.g. v1's style on v2
        try:
            envelope = await self._transport.call(self._wire.request_scripts(request))
            return self._wire.parse_script_task(envelope.data)
        except (RenderOutcomeUnknownError, ProtocolError) as err:  # docs/joggai-api.md §13 #18
            raise ScriptOutcomeUnknownError(code=err.code, server_message=err.server_message or err.details(),
                                            rid=err.rid, http_status=err.http_status) from None

    async def script_results(self, task_id: str) -> ScriptTask:
        call = self._wire.script_results(task_id)
        if call is None:
            raise ProtocolError(server_message=f"{self.generation.value} has no script results to fetch")
        return self._wire.parse_script_task(await self._data(call), task_id)

    # ---------------------------------------------------------------- catalogs

    async def list_avatars(
        self, aspect: AspectRatio | None = None, *, gender: str | None = None,
        age: str | None = None, style: str | None = None,
    ) -> list[Avatar]:
        return await self._all_pages(
            lambda page: self._wire.list_avatars(aspect, gender=gender, age=age, style=style, page=page),
            lambda data: self._wire.parse_avatar_page(data, Ownership.PUBLIC), lambda a: a.id)

    async def list_custom_avatars(self) -> list[Avatar]:
        """The account's own avatars (and photo avatars where listed; both are avatar type 1)."""
        def parse(data: Any) -> Page[Avatar]:
            return self._wire.parse_avatar_page(data, Ownership.CUSTOM)

        custom = await self._all_pages(self._wire.list_custom_avatars, parse, lambda a: a.id)
        photos = await self._all_pages(self._wire.list_photo_avatars, parse, lambda a: a.id)
        seen = {a.id for a in custom}
        return custom + [a for a in photos if a.id not in seen]

    async def list_voices(
        self, *, language: str | None = None, gender: str | None = None, age: str | None = None,
    ) -> list[Voice]:
        return await self._all_pages(
            lambda page: self._wire.list_voices(page, language=language, gender=gender, age=age),
            lambda data: self._wire.parse_voice_page(data, Ownership.PUBLIC), lambda v: v.id)

    async def list_custom_voices(self, *, language: str | None = None) -> list[Voice]:
        data = await self._data(self._wire.list_custom_voices(language))
        return self._wire.parse_voice_page(data, Ownership.CUSTOM).items

    async def list_musics(self) -> list[Music]:
        return await self._musics(Ownership.PUBLIC)

    async def list_custom_musics(self) -> list[Music]:
        """Empty where the generation keeps no list of the account's music (v2)."""
        return await self._musics(Ownership.CUSTOM)

    async def _musics(self, ownership: Ownership) -> list[Music]:
        return await self._all_pages(
            lambda page: self._wire.list_musics(ownership, page),
            lambda data: self._wire.parse_music_page(data, ownership), lambda m: m.id)

    async def list_visual_styles(self, aspect: AspectRatio | None = None) -> list[VisualStyle]:
        return self._wire.parse_visual_styles(await self._data(self._wire.list_visual_styles(aspect)), aspect)

    async def list_templates(self, aspect: AspectRatio | None = None) -> list[Template]:
        return await self._templates(Ownership.PUBLIC, aspect)

    async def list_custom_templates(self, aspect: AspectRatio | None = None) -> list[Template]:
        return await self._templates(Ownership.CUSTOM, aspect)

    async def _templates(self, ownership: Ownership, aspect: AspectRatio | None) -> list[Template]:
        """Templates live in v1 only: a v2 client asks its v1 sibling (same key), and a template
        video is then made on v1 (:mod:`jogg_desktop.api.routing`)."""
        call = self._wire.list_templates(ownership, aspect)
        if call is None:
            sibling = self.for_generation(ApiGeneration.V1)
            return await sibling._templates(ownership, aspect) if sibling is not self else []
        return self._wire.parse_templates(await self._data(call), ownership)

    # ---------------------------------------------------------------- media

    async def upload_asset(self, path: Path, *, progress: ProgressCallback | None = None) -> str:
        if not path.is_file():
            raise InvalidRequestError("The file to upload could not be found.", server_message=str(path))
        call = self._wire.request_upload(path.name, path.stat().st_size)
        ticket = self._wire.parse_upload(await self._data(call), path.name)
        await self._transfers.put_file(ticket.upload_url, path, progress=progress,
                                       content_type=ticket.content_type)
        return ticket.asset_url

    async def download(self, url: str, dest: Path, *, progress: ProgressCallback | None = None) -> Path:
        return await self._transfers.download(url, dest, progress=progress)

    async def fetch_bytes(self, url: str, *, max_bytes: int = 64 * 1024 * 1024) -> bytes:
        return await self._transfers.fetch_bytes(url, max_bytes=max_bytes)

    async def aclose(self) -> None:
        siblings = list(self._siblings.values())
        self._siblings.clear()
        for sibling in siblings:
            await sibling.aclose()
        try:
            await self._transport.aclose()
        except (httpx.HTTPError, OSError) as exc:  # closing must not fail the caller
            raise JoggError(server_message=str(exc)) from None


def _implements_protocol(client: JoggClient) -> JoggApi:
    return client  # mypy checks that JoggClient satisfies JoggApi
