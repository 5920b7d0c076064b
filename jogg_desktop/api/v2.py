"""The v2 wire adapter (JoggAI's current API, docs/joggai-api.md §7–§8): paths, request bodies, answers.

The only module that knows v2 names and values: the nested render body (``video_spec``,
``avatar.type``, ``script.style``), aspect-ratio *words* in requests, string statuses
(``processing``/``pending``/``completed``/``success``/``failed``), ``video_id`` vs
``product_video_id``, ``has_more`` / ``pagination`` / ``total`` paging, ``sign_url``/``asset_url``,
``deducted_credit``, ``remaining_quota``. Paths are relative to :data:`prefix`.

Parsers accept every documented drift (docs/joggai-api.md §13) and raise only
:class:`jogg_desktop.errors.ProtocolError`, and that only when the flow cannot do without the
missing field. The product/avatar/voice/visual-style answers have the shapes v1's tolerant
parsers already read (both id spellings, both sample-URL spellings), so those are shared.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import quote

from jogg_desktop.api import v1
from jogg_desktop.api.generation import ApiGeneration, Capabilities
from jogg_desktop.api.parsing import as_float, as_int, as_object, as_str, first, first_list
from jogg_desktop.api.retry import CallKind
from jogg_desktop.api.transport import ApiCall
from jogg_desktop.api.v2_scripts import (  # script suggestions, docs/joggai-api.md §8.15
    parse_script_task as parse_script_task,
)
from jogg_desktop.api.v2_scripts import (
    request_scripts as request_scripts,
)
from jogg_desktop.api.v2_scripts import (
    script_results as script_results,
)
from jogg_desktop.api.wire import Page
from jogg_desktop.errors import InvalidRequestError, ProtocolError
from jogg_desktop.models import (
    AspectRatio,
    Avatar,
    Music,
    Ownership,
    PreviewReading,
    PreviewStart,
    Product,
    ProductDraft,
    ProjectStatus,
    UploadTicket,
    VideoSettings,
    VisualStyleLook,
    Voice,
)

generation = ApiGeneration.V2
prefix = "/v2"

# docs/joggai-api.md §6.5: the six v2 styles, exact strings from the spec.
SCRIPT_STYLES = ("Don't Worry", "Storytime", "Discovery", "Data", "Top 3 reasons", "Light marketing")
capabilities = Capabilities(
    script_styles=SCRIPT_STYLES, templates=False, custom_music=False, previews=True,
    render_history=True, remaining_credits=True, ai_scripts=True, photo_avatars=True,
    preview_styles_per_request=6, render_from_preview=True,
)

# docs/joggai-api.md §6.1: v2 requests and filters use words; list answers still use 0/1/2.
ASPECT_TO_WIRE = {AspectRatio.PORTRAIT: "portrait", AspectRatio.LANDSCAPE: "landscape",
                  AspectRatio.SQUARE: "square"}
OWNERSHIP_TO_AVATAR_TYPE = {Ownership.PUBLIC: 0, Ownership.CUSTOM: 1}  # docs/joggai-api.md §6.3
PAGE_SIZE = 100  # the spec's maximum (docs/joggai-api.md §8.7–§8.10)
HISTORY_PAGE_SIZE = 50
_HISTORY_STATUS = {"processing": 3, "done": 4, "failed": 5}  # filter numbering (docs/joggai-api.md §10.1)


# ---------------------------------------------------------------- requests


def whoami() -> ApiCall:
    return ApiCall("GET", "/user/whoami", CallKind.SAFE)


def key_check_fallback() -> ApiCall | None:
    """None: /user/whoami is documented in v2, so a 404 there means a wrong address."""
    return None


crawl_error = v1.crawl_error  # same undocumented crawl failure (docs/joggai-api.md §8.1)


def remaining_credits() -> ApiCall:
    """Information only, never a gate: it stayed 0 on a working promo key (docs/joggai-api.md §13 #4)."""
    return ApiCall("GET", "/user/remaining_quota", CallKind.SAFE)


def create_product_from_url(url: str) -> ApiCall:
    return ApiCall("POST", "/product", CallKind.FREE_POST, json={"url": url}, long=True)


def create_product_manual(draft: ProductDraft) -> ApiCall:
    if not draft.name.strip():
        raise InvalidRequestError("Please enter the product's name.")  # docs/joggai-api.md §13 #12
    body: dict[str, Any] = {"name": draft.name, "description": draft.description,
                            "target_audience": draft.target_audience,
                            "media": v1.media_to_wire(draft.media)}
    return ApiCall("POST", "/product", CallKind.FREE_POST, json=body, long=True)


def update_product(product: Product) -> ApiCall:
    body: dict[str, Any] = {
        "product_id": product.id, "name": product.name, "description": product.description,
        "target_audience": product.target_audience,
        "media": v1.media_to_wire(product.media),  # replaces the server's list (docs/joggai-api.md §8.2)
    }
    return ApiCall("PUT", "/product", CallKind.SAFE, json=body)


def render_body(product_id: str, settings: VideoSettings) -> dict[str, Any]:
    """The nested body of POST /create_video_from_product (docs/joggai-api.md §8.3).

    The aspect ratio is always sent (the spec's default is landscape); ``audio`` and ``voice``
    are spec-required objects, sent empty when nothing is chosen (the guide does). Templates do
    not exist here: a template look is run on v1 (see ``jogg_desktop.api.routing``).
    """
    if not isinstance(settings.look, VisualStyleLook):
        raise InvalidRequestError(
            "JoggAI's current API makes product videos without templates. Choose a visual style, "
            "or make this video with the older API (v1), which supports templates."
        )
    video_spec: dict[str, Any] = {
        "aspect_ratio": ASPECT_TO_WIRE[settings.aspect],
        "length": str(int(settings.length)),  # a string: "15" | "30" | "60" (§6.2)
        "caption": settings.caption,
    }
    if settings.name.strip():
        video_spec["name"] = settings.name
    body: dict[str, Any] = {
        "product_id": product_id,
        "video_spec": video_spec,
        "avatar": {"id": settings.avatar_id, "type": OWNERSHIP_TO_AVATAR_TYPE[settings.avatar_ownership]},
        "voice": {"id": settings.voice_id} if settings.voice_id else {},
        "audio": {"music_id": settings.music_id} if settings.music_id is not None else {},
        "script": {"style": settings.script_style, "language": settings.language},
    }
    if settings.look.name.strip():
        body["visual_style"] = settings.look.name
    if settings.script.strip():
        body["override_script"] = settings.script  # reported ignored (docs/joggai-api.md §13 #2): a hint
    return body


def start_render(product_id: str, settings: VideoSettings) -> ApiCall:
    return ApiCall("POST", "/create_video_from_product", CallKind.CHARGED,
                   json=render_body(product_id, settings))


def get_project(project_id: str) -> ApiCall:
    """The id goes in the path, escaped whole (ids are opaque, docs/joggai-api.md §6.9)."""
    return ApiCall("GET", f"/product_video/{quote(project_id, safe='')}", CallKind.SAFE)


def list_renders(page: int) -> ApiCall:
    """One page of the account's product videos, newest first (docs/joggai-api.md §8.7)."""
    return ApiCall("GET", "/product_videos", CallKind.SAFE, params={
        "page": page, "page_size": HISTORY_PAGE_SIZE, "sort_by": "created_at", "sort_order": "desc",
    })


def list_avatars(
    aspect: AspectRatio | None, *, gender: str | None, age: str | None, style: str | None, page: int = 1,
) -> ApiCall | None:
    params: dict[str, str | int] = {"page": page, "page_size": PAGE_SIZE}
    if aspect is not None:
        params["aspect_ratio"] = ASPECT_TO_WIRE[aspect]
    for name, value in (("gender", gender), ("age", age), ("style", style)):
        if value:
            params[name] = value
    return ApiCall("GET", "/avatars/public", CallKind.SAFE, params=params)


def list_custom_avatars(page: int = 1) -> ApiCall | None:
    return ApiCall("GET", "/avatars/custom", CallKind.SAFE, params={"page": page, "page_size": PAGE_SIZE})


def list_photo_avatars(page: int = 1) -> ApiCall | None:
    return ApiCall("GET", "/avatars/photo_avatars", CallKind.SAFE,
                   params={"page": page, "page_size": PAGE_SIZE})


def list_voices(page: int, *, language: str | None, gender: str | None, age: str | None) -> ApiCall:
    params: dict[str, str | int] = {"page": page, "page_size": PAGE_SIZE}
    for name, value in (("language", language), ("gender", gender), ("age", age)):
        if value:
            params[name] = value
    return ApiCall("GET", "/voices", CallKind.SAFE, params=params)


def list_custom_voices(language: str | None) -> ApiCall:
    params = {"language": language} if language else None
    return ApiCall("GET", "/voices/custom", CallKind.SAFE, params=params)


def list_musics(ownership: Ownership, page: int = 1) -> ApiCall | None:
    """Only the library exists in v2 (no custom music list, docs/joggai-api.md §14)."""
    if ownership is Ownership.CUSTOM:
        return None
    return ApiCall("GET", "/musics", CallKind.SAFE, params={"page": page, "page_size": PAGE_SIZE})


def list_visual_styles(aspect: AspectRatio | None) -> ApiCall:
    """A word filter; no filter at all for "every aspect ratio" (docs/joggai-api.md §6.1)."""
    params = {"aspect_ratio": ASPECT_TO_WIRE[aspect]} if aspect is not None else None
    return ApiCall("GET", "/visual_styles", CallKind.SAFE, params=params)


def list_templates(ownership: Ownership, aspect: AspectRatio | None) -> ApiCall | None:
    """Product videos take no template in v2 (docs/joggai-api.md §8.3): the client asks v1 instead."""
    return None


def content_type_of(filename: str) -> str:
    guessed, _ = mimetypes.guess_type(filename)
    return guessed or "application/octet-stream"


def request_upload(filename: str, size: int | None = None) -> ApiCall:
    body: dict[str, Any] = {"filename": filename, "content_type": content_type_of(filename)}
    if size:
        body["file_size"] = size
    return ApiCall("POST", "/upload/asset", CallKind.FREE_POST, json=body)


# ---------------------------------------------------------------- answers


def _flag(value: Any) -> bool | None:
    """``has_more`` as JoggAI may send it: a boolean, 0/1, or "true"/"false"; else unknown."""
    if isinstance(value, bool):
        return value
    number = as_int(value)
    if number in (0, 1):
        return number == 1
    text = as_str(value).strip().lower()
    return {"true": True, "false": False}.get(text)


parse_account = v1.parse_account
parse_product = v1.parse_product
parse_visual_styles = v1.parse_visual_styles
parse_templates = v1.parse_templates


def parse_project_id(data: Any) -> str:
    """Spec, Postman and the official CLI say ``video_id``; the guide ``product_video_id`` (§13 #1)."""
    obj = as_object(data)
    video_id = as_str(first(obj, "video_id", "product_video_id", "id", "project_id")).strip()
    if not video_id:
        raise ProtocolError(server_message="the render answer has no video id")
    return video_id


def parse_project(data: Any, project_id: str) -> ProjectStatus:
    obj = as_object(data)
    obj = as_object(first(obj, "product_video", "video")) or obj
    status = v1.parse_project(obj, project_id)
    return _with_credit(status, obj)


def _with_credit(status: ProjectStatus, obj: Any) -> ProjectStatus:
    charged = as_float(first(as_object(obj), "deducted_credit", "deducted_credits", "credit", "credits"))
    return replace(status, credits_charged=charged if charged is not None and charged >= 0 else None)


def parse_render_page(data: Any) -> Page[ProjectStatus]:
    """A page of GET /product_videos (docs/joggai-api.md §8.7); items without an id are skipped."""
    items: list[ProjectStatus] = []
    for raw in first_list(data, "videos", "product_videos", "list", "items"):
        obj = as_object(raw)
        video_id = as_str(first(obj, "id", "video_id", "product_video_id")).strip()
        if not video_id or first(obj, "status", "status_code") is None:
            continue
        items.append(_with_credit(v1.parse_project(obj, video_id), obj))
    meta = as_object(data)
    total = as_int(meta.get("total"))
    return Page(items=items, total=total, has_more=_flag(meta.get("has_more")))


def parse_remaining_credits(data: Any) -> float | None:
    return as_float(first(as_object(data), "remaining_quota", "remaining_credits", "quota"))


def parse_avatars(data: Any, ownership: Ownership) -> list[Avatar]:
    """Public: ``id``; custom: ``avatar_status`` words; photo: ``status`` 0/1/2
    (docs/joggai-api.md §13 #8)."""
    return v1.parse_avatars(data, ownership)


def parse_avatar_page(data: Any, ownership: Ownership) -> Page[Avatar]:
    return Page(items=parse_avatars(data, ownership), total=as_int(as_object(data).get("total")),
                has_more=_flag(as_object(data).get("has_more")))


def parse_voices(data: Any, ownership: Ownership) -> tuple[list[Voice], int | None]:
    return v1.parse_voices(data, ownership)


def parse_voice_page(data: Any, ownership: Ownership) -> Page[Voice]:
    voices, total = v1.parse_voices(data, ownership)
    return Page(items=voices, total=total, has_more=_flag(as_object(data).get("has_more")))


def parse_musics(data: Any, ownership: Ownership) -> list[Music]:
    return v1.parse_musics(data, ownership)


def parse_music_page(data: Any, ownership: Ownership) -> Page[Music]:
    pagination = as_object(as_object(data).get("pagination"))
    total = as_int(first(pagination, "total_items", "total")) or as_int(as_object(data).get("total"))
    page, pages = as_int(pagination.get("page")), as_int(pagination.get("total_pages"))
    more = None if page is None or pages is None else page < pages
    return Page(items=v1.parse_musics(data, ownership), total=total, has_more=more)


def parse_upload(data: Any, filename: str = "") -> UploadTicket:
    """The PUT must carry the content type the request named (the URL is signed for it)."""
    obj = as_object(data)
    upload_url = as_str(first(obj, "sign_url", "upload_url")).strip()
    asset_url = as_str(first(obj, "asset_url", "asset_id", "url")).strip()
    if not upload_url.startswith(("http://", "https://")) or not asset_url:
        raise ProtocolError(server_message="the upload answer has no usable upload address")
    return UploadTicket(upload_url=upload_url, asset_url=asset_url, content_type=content_type_of(filename))


# ---------------------------------------------------------------- previews (§8.4, §8.5, §8.7)


def start_previews(product_id: str, settings: VideoSettings, styles: Sequence[str]) -> ApiCall:
    """POST /create_video_from_product/preview_list: the render body with ``visual_styles``.

    ``language`` goes both at the top level (where the spec puts it) and in ``script`` (where
    the guide does), docs/joggai-api.md §8.4."""
    names = [name for name in styles if name.strip()]
    if not names:
        raise InvalidRequestError("Choose the looks to compare.")
    body = render_body(product_id, replace(settings, look=VisualStyleLook("")))
    body["visual_styles"] = names
    body["language"] = settings.language
    return ApiCall("POST", "/create_video_from_product/preview_list", CallKind.CHARGED, json=body)


def parse_preview_starts(data: Any, styles: Sequence[str]) -> list[PreviewStart]:
    """``data.previews[] {visual_style, preview_id, err_msg}``: one per style that JoggAI answered
    for (a style it does not mention is left out: the caller cannot know whether it started)."""
    starts: list[PreviewStart] = []
    for raw in first_list(data, "previews", "preview_list", "list", "items"):
        item = as_object(raw)
        style = as_str(first(item, "visual_style", "style")).strip()
        if style not in styles:
            continue
        preview_id = as_str(first(item, "preview_id", "id")).strip() or None
        error = as_str(first(item, "err_msg", "error_msg", "fail_msg", "msg")).strip() or None
        if preview_id is None and error is None:
            error = "JoggAI did not start this preview."
        starts.append(PreviewStart(style=style, preview_id=preview_id, error_message=error))
    if not starts:
        raise ProtocolError(server_message="the preview answer names none of the styles asked for")
    return starts


def get_preview(preview_id: str) -> None:
    """No single-preview status exists (docs/joggai-api.md §13 #10): the list is read instead."""
    return None


def list_previews(page: int) -> ApiCall:
    """One page of the account's previews, newest first (docs/joggai-api.md §8.7)."""
    return ApiCall("GET", "/product_previews", CallKind.SAFE, params={
        "page": page, "page_size": HISTORY_PAGE_SIZE, "sort_by": "created_at", "sort_order": "desc",
    })


def parse_preview_page(data: Any) -> Page[PreviewReading]:
    """A page of GET /product_previews: the product-video list's item shape, plus the style
    where the answer names it (the spec's ``PreviewInfo`` has ``visual_style``)."""
    items: list[PreviewReading] = []
    for raw in first_list(data, "previews", "product_previews", "list", "items"):
        obj = as_object(raw)
        preview_id = as_str(first(obj, "id", "preview_id")).strip()
        if not preview_id or first(obj, "status", "status_code") is None:
            continue
        status = _with_credit(v1.parse_project(obj, preview_id), obj)
        items.append(PreviewReading(status=replace(status, project_id=preview_id),
                                    style=as_str(first(obj, "visual_style", "style")).strip()))
    meta = as_object(data)
    return Page(items=items, total=as_int(meta.get("total")), has_more=_flag(meta.get("has_more")))


def render_preview(preview_id: str) -> ApiCall:
    """POST /create_video_from_product/render_single_preview: the full video in that preview's
    look (charged like a render); its ``video_id`` is polled like any product video (§8.5)."""
    return ApiCall("POST", "/create_video_from_product/render_single_preview", CallKind.CHARGED,
                   json={"preview_id": preview_id})
