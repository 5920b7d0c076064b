"""``JoggClient``: the :class:`~jogg_desktop.api.protocol.JoggApi` over HTTP, through a wire adapter
(:mod:`jogg_desktop.api.v1` today; see :mod:`jogg_desktop.api.wire`).

Every method raises only :class:`jogg_desktop.errors.JoggError` subclasses.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import httpx

from jogg_desktop.api import v1
from jogg_desktop.api.download import Transfers
from jogg_desktop.api.protocol import JoggApi, ProgressCallback
from jogg_desktop.api.retry import RetryPolicy
from jogg_desktop.api.throttle import PostThrottle, shared_ledger
from jogg_desktop.api.transport import (
    ARRIVAL_MARGIN,
    DEFAULT_BASE,
    USER_AGENT,
    ApiCall,
    Sleep,
    Timeouts,
    Transport,
    system_tls_context,
)
from jogg_desktop.api.wire import WireAdapter
from jogg_desktop.errors import (
    CrawlFailedError,
    InputError,
    InvalidRequestError,
    JoggError,
    NotFoundError,
    ProtocolError,
    RenderOutcomeUnknownError,
)
from jogg_desktop.models import (
    Account,
    AspectRatio,
    Avatar,
    Music,
    Ownership,
    Product,
    ProductDraft,
    ProjectStatus,
    Template,
    VideoSettings,
    VisualStyle,
    Voice,
)

API_BASE_ENV = "JOGG_API_BASE"
MAX_VOICE_PAGES = 50


def resolve_base_url(settings_base: str | None = None, option: str | None = None) -> str:
    """The API base URL: the ``--api-base`` option, else ``JOGG_API_BASE``, else settings, else default.

    A blank option given on purpose is refused (it never silently means production)."""
    if option is not None and not option.strip():
        raise InputError("The API address given is empty. Leave the option out to use JoggAI "
                         f"({DEFAULT_BASE}), or give the full address.")
    for candidate in (option, os.environ.get(API_BASE_ENV), settings_base):
        if candidate and candidate.strip():
            return candidate.strip().rstrip("/")
    return DEFAULT_BASE


class JoggClient:
    def __init__(
        self,
        api_key: str,
        base_url: str = DEFAULT_BASE,
        *,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        throttle: PostThrottle | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep = asyncio.sleep,
        wire: WireAdapter = v1,
    ) -> None:
        self._wire = wire
        self.timeouts = timeouts or Timeouts()
        http = httpx.AsyncClient(
            headers={"User-Agent": USER_AGENT},
            timeout=httpx.Timeout(self.timeouts.default, connect=self.timeouts.connect),
            follow_redirects=True,
            transport=transport,
            verify=system_tls_context(),
        )
        if throttle is None:
            throttle = PostThrottle(sleep=sleep, ledger=shared_ledger(api_key), margin=ARRIVAL_MARGIN)
        self._transport = Transport(api_key, base_url, timeouts=self.timeouts, retry=retry,
                                    throttle=throttle, http=http, sleep=sleep)
        self._transfers = Transfers(http, sleep=sleep, read_timeout=self.timeouts.download_read,
                                    connect_timeout=self.timeouts.connect)

    @classmethod
    def from_environment(
        cls, api_key: str, *, settings_base: str | None = None, api_base: str | None = None,
        **kwargs: Any,
    ) -> JoggClient:
        return cls(api_key, resolve_base_url(settings_base, api_base), **kwargs)

    @property
    def base_url(self) -> str:
        return self._transport.base_url

    @property
    def throttle(self) -> PostThrottle:
        return self._transport.throttle

    def __repr__(self) -> str:
        return f"JoggClient(base_url={self.base_url!r}, api_key=<redacted>)"

    async def _data(self, call: ApiCall) -> Any:
        return (await self._transport.call(call)).data

    # ---------------------------------------------------------------- account

    async def check_key(self) -> Account:
        try:
            return self._wire.parse_account(await self._data(self._wire.whoami()))
        except NotFoundError as err:
            if err.http_status != 404:
                raise
        # /whoami is undocumented (API.md §9.7): any cheap authenticated call proves the key.
        try:
            await self._data(self._wire.key_check_fallback())
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
            # The crawl failure's code is undocumented (API.md §8.1: "Failed to extract product
            # information"); a parameter error on a bare URL means the same to the user.
            raise CrawlFailedError(code=err.code, server_message=err.server_message, rid=err.rid,
                                   http_status=err.http_status) from None
        return self._wire.parse_product(data, url=url)

    async def create_product_manual(self, draft: ProductDraft) -> Product:
        return self._wire.parse_product(await self._data(self._wire.create_product_manual(draft)))

    async def update_product(self, product: Product) -> None:
        await self._data(self._wire.update_product(product))

    # ---------------------------------------------------------------- render

    async def start_render(self, product_id: str, settings: VideoSettings) -> str:
        envelope = await self._transport.call(self._wire.start_render(product_id, settings))
        try:
            return self._wire.parse_project_id(envelope.data)
        except ProtocolError as err:
            # Accepted (and maybe charged) but unreadable: never resend (API.md §13 #18).
            raise RenderOutcomeUnknownError(server_message=err.server_message, rid=envelope.rid) from None

    async def get_project(self, project_id: str) -> ProjectStatus:
        return self._wire.parse_project(await self._data(self._wire.get_project(project_id)), project_id)

    # ---------------------------------------------------------------- catalogs

    async def list_avatars(
        self, aspect: AspectRatio | None = None, *, gender: str | None = None,
        age: str | None = None, style: str | None = None,
    ) -> list[Avatar]:
        data = await self._data(self._wire.list_avatars(aspect, gender=gender, age=age, style=style))
        return self._wire.parse_avatars(data, Ownership.PUBLIC)

    async def list_custom_avatars(self) -> list[Avatar]:
        return self._wire.parse_avatars(await self._data(self._wire.list_custom_avatars()), Ownership.CUSTOM)

    async def list_voices(
        self, *, language: str | None = None, gender: str | None = None, age: str | None = None,
    ) -> list[Voice]:
        # Paging is inconsistent and the server may ignore page_size (API.md §13 #9): page until
        # the total is reached, a page is empty, or a page brings nothing new.
        voices: dict[str, Voice] = {}
        for page in range(1, MAX_VOICE_PAGES + 1):
            data = await self._data(self._wire.list_voices(page, language=language, gender=gender, age=age))
            batch, total = self._wire.parse_voices(data, Ownership.PUBLIC)
            new = [v for v in batch if v.id not in voices]
            voices.update((v.id, v) for v in new)
            if not new or (total is not None and len(voices) >= total):
                break
        return list(voices.values())

    async def list_custom_voices(self, *, language: str | None = None) -> list[Voice]:
        data = await self._data(self._wire.list_custom_voices(language))
        return self._wire.parse_voices(data, Ownership.CUSTOM)[0]

    async def list_musics(self) -> list[Music]:
        data = await self._data(self._wire.list_musics(Ownership.PUBLIC))
        return self._wire.parse_musics(data, Ownership.PUBLIC)

    async def list_custom_musics(self) -> list[Music]:
        data = await self._data(self._wire.list_musics(Ownership.CUSTOM))
        return self._wire.parse_musics(data, Ownership.CUSTOM)

    async def list_visual_styles(self, aspect: AspectRatio | None = None) -> list[VisualStyle]:
        return self._wire.parse_visual_styles(await self._data(self._wire.list_visual_styles(aspect)), aspect)

    async def list_templates(self, aspect: AspectRatio | None = None) -> list[Template]:
        data = await self._data(self._wire.list_templates(Ownership.PUBLIC, aspect))
        return self._wire.parse_templates(data, Ownership.PUBLIC)

    async def list_custom_templates(self, aspect: AspectRatio | None = None) -> list[Template]:
        data = await self._data(self._wire.list_templates(Ownership.CUSTOM, aspect))
        return self._wire.parse_templates(data, Ownership.CUSTOM)

    # ---------------------------------------------------------------- media

    async def upload_asset(self, path: Path, *, progress: ProgressCallback | None = None) -> str:
        if not path.is_file():
            raise InvalidRequestError("The file to upload could not be found.", server_message=str(path))
        ticket = self._wire.parse_upload(await self._data(self._wire.request_upload(path.name)))
        await self._transfers.put_file(ticket.upload_url, path, progress=progress)
        return ticket.asset_url

    async def download(self, url: str, dest: Path, *, progress: ProgressCallback | None = None) -> Path:
        return await self._transfers.download(url, dest, progress=progress)

    async def fetch_bytes(self, url: str, *, max_bytes: int = 64 * 1024 * 1024) -> bytes:
        return await self._transfers.fetch_bytes(url, max_bytes=max_bytes)

    async def aclose(self) -> None:
        try:
            await self._transport.aclose()
        except (httpx.HTTPError, OSError) as exc:  # closing must not fail the caller
            raise JoggError(server_message=str(exc)) from None


def _implements_protocol(client: JoggClient) -> JoggApi:
    return client  # mypy checks that JoggClient satisfies JoggApi
