"""The v1 wire adapter: paths, request bodies from the domain model, answers → domain model.

The only module that knows v1 names (``status_code``, ``avatar_type``, ``project_id``, …).
Parsers accept every documented drift (docs/joggai-api.md §13 #8, docs/joggai/README.md) and
never raise anything but :class:`jogg_desktop.errors.ProtocolError`, and that only when a field
the flow cannot do without (a product id, a project id, an upload URL) is missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from jogg_desktop.api.generation import ApiGeneration, Capabilities
from jogg_desktop.api.parsing import (
    as_float,
    as_int,
    as_object,
    as_str,
    first,
    first_list,
)
from jogg_desktop.api.retry import CallKind
from jogg_desktop.api.status import normalise_state
from jogg_desktop.api.transport import ApiCall
from jogg_desktop.api.v1_scripts import (  # script suggestions, docs/joggai-api.md §9.10
    parse_script_task as parse_script_task,
)
from jogg_desktop.api.v1_scripts import (
    request_scripts as request_scripts,
)
from jogg_desktop.api.v1_scripts import (
    script_results as script_results,
)
from jogg_desktop.api.wire import Page
from jogg_desktop.errors import CrawlFailedError, InvalidRequestError, JoggError, ProtocolError
from jogg_desktop.models import (
    SCRIPT_STYLES,
    Account,
    AspectRatio,
    Avatar,
    JobState,
    Media,
    MediaKind,
    Music,
    Ownership,
    PreviewReading,
    PreviewStart,
    Product,
    ProductDraft,
    ProjectStatus,
    Template,
    TemplateLook,
    UploadTicket,
    VideoSettings,
    VisualStyle,
    VisualStyleLook,
    Voice,
)

generation = ApiGeneration.V1
prefix = "/v1"
capabilities = Capabilities(
    script_styles=tuple(style for style, _ in SCRIPT_STYLES),  # the 16 of docs/joggai-api.md §6.5
    templates=True, custom_music=True, previews=True, render_history=False,
    remaining_credits=False, ai_scripts=True, preview_styles_per_request=1, render_from_preview=False,
)

# docs/joggai-api.md §6.1: v1 requests and all list answers use 0/1/2; filters use -1 for "all".
ASPECT_TO_WIRE = {AspectRatio.PORTRAIT: 0, AspectRatio.LANDSCAPE: 1, AspectRatio.SQUARE: 2}
_WIRE_TO_ASPECT = {v: k for k, v in ASPECT_TO_WIRE.items()}
_ASPECT_WORDS = {"portrait": AspectRatio.PORTRAIT, "landscape": AspectRatio.LANDSCAPE,
                 "square": AspectRatio.SQUARE, "9:16": AspectRatio.PORTRAIT,
                 "16:9": AspectRatio.LANDSCAPE, "1:1": AspectRatio.SQUARE}
ALL_ASPECTS = -1
OWNERSHIP_TO_AVATAR_TYPE = {Ownership.PUBLIC: 0, Ownership.CUSTOM: 1}  # docs/joggai-api.md §6.3
VOICE_PAGE_SIZE = 100


def aspect_from_wire(value: Any) -> AspectRatio | None:
    number = as_int(value)
    if number is not None:
        return _WIRE_TO_ASPECT.get(number)
    return _ASPECT_WORDS.get(as_str(value).strip().lower())


def _aspect_param(aspect: AspectRatio | None) -> int:
    return ALL_ASPECTS if aspect is None else ASPECT_TO_WIRE[aspect]


# ---------------------------------------------------------------- requests


def whoami() -> ApiCall:
    """Undocumented in the v1 spec (docs/joggai-api.md §9.7); the n8n node uses it as its key test."""
    return ApiCall("GET", "/whoami", CallKind.SAFE)


def key_check_fallback() -> ApiCall | None:
    """/whoami is undocumented (docs/joggai-api.md §9.7): a cheap authenticated list call proves the key."""
    return ApiCall("GET", "/visual_styles", CallKind.SAFE, params={"aspect_ratio": 0})


def crawl_error(error: InvalidRequestError) -> JoggError:
    """The crawl failure's code is undocumented (docs/joggai-api.md §8.1: "Failed to extract product
    information"); a parameter error on a bare URL means the same to the user."""
    return CrawlFailedError(code=error.code, server_message=error.server_message, rid=error.rid,
                            http_status=error.http_status)


def media_to_wire(media: tuple[Media, ...]) -> list[dict[str, Any]]:
    return [
        {"type": int(m.kind), "name": m.name, "url": m.url, "description": m.description}
        for m in media
    ]


def create_product_from_url(url: str) -> ApiCall:
    return ApiCall("POST", "/product", CallKind.FREE_POST, json={"url": url}, long=True)


def create_product_manual(draft: ProductDraft) -> ApiCall:
    if not draft.name.strip():
        raise InvalidRequestError("Please enter the product's name.")  # docs/joggai-api.md §13 #12
    body: dict[str, Any] = {"name": draft.name, "description": draft.description,
                            "target_audience": draft.target_audience,
                            "media": media_to_wire(draft.media)}
    return ApiCall("POST", "/product", CallKind.FREE_POST, json=body, long=True)


def update_product(product: Product) -> ApiCall:
    body: dict[str, Any] = {
        "product_id": product.id,
        "name": product.name,
        "description": product.description,
        "target_audience": product.target_audience,
        "media": media_to_wire(product.media),  # replaces the server's list (docs/joggai-api.md §9.2)
    }
    return ApiCall("PUT", "/product", CallKind.SAFE, json=body)


def render_body(product_id: str, settings: VideoSettings) -> dict[str, Any]:
    """The body of POST /create_video_from_url (docs/joggai-api.md §9.4).

    Spec defect: ``template_type`` is required even in visual-style mode, so it is always sent
    (``public`` there, as the official guide and n8n node do).
    """
    body: dict[str, Any] = {
        "product_id": product_id,
        "aspect_ratio": ASPECT_TO_WIRE[settings.aspect],
        "video_length": str(int(settings.length)),  # a string: "15" | "30" | "60" (§6.2)
        "language": settings.language,
        "avatar_id": settings.avatar_id,
        "avatar_type": OWNERSHIP_TO_AVATAR_TYPE[settings.avatar_ownership],
        "script_style": settings.script_style,
        "caption": settings.caption,
    }
    look = settings.look
    if isinstance(look, TemplateLook):
        body["template_id"] = look.template_id
        body["template_type"] = look.ownership.value
    elif isinstance(look, VisualStyleLook):
        body["visual_style"] = look.name
        body["template_type"] = Ownership.PUBLIC.value
    if settings.voice_id:
        body["voice_id"] = settings.voice_id
    if settings.music_id is not None:
        body["music_id"] = settings.music_id
    if settings.script.strip():
        body["override_script"] = settings.script
    if settings.name.strip():
        body["video_name"] = settings.name
    return body


def start_render(product_id: str, settings: VideoSettings) -> ApiCall:
    return ApiCall("POST", "/create_video_from_url", CallKind.CHARGED,
                   json=render_body(product_id, settings))


def get_project(project_id: str) -> ApiCall:
    return ApiCall("GET", "/project", CallKind.SAFE, params={"project_id": project_id})


def remaining_credits() -> None:
    """v1 has no balance endpoint."""
    return None


def list_renders(page: int) -> None:
    """v1 has no list of past renders (a lost render answer cannot be looked up)."""
    return None


def list_avatars(
    aspect: AspectRatio | None, *, gender: str | None, age: str | None, style: str | None, page: int = 1,
) -> ApiCall | None:
    """One unpaged list: there is no second page."""
    if page > 1:
        return None
    params: dict[str, str | int] = {}
    if aspect is not None:
        params["aspect_ratio"] = ASPECT_TO_WIRE[aspect]
    for name, value in (("gender", gender), ("age", age), ("style", style)):
        if value:
            params[name] = value
    return ApiCall("GET", "/avatars", CallKind.SAFE, params=params)


def list_custom_avatars(page: int = 1) -> ApiCall | None:
    if page > 1:
        return None
    return ApiCall("GET", "/avatars/custom", CallKind.SAFE)


def list_voices(page: int, *, language: str | None, gender: str | None, age: str | None) -> ApiCall:
    params: dict[str, str | int] = {"page": page, "page_size": VOICE_PAGE_SIZE}
    for name, value in (("language", language), ("gender", gender), ("age", age)):
        if value:
            params[name] = value
    return ApiCall("GET", "/voices", CallKind.SAFE, params=params)


def list_custom_voices(language: str | None) -> ApiCall:
    return ApiCall("GET", "/voices/custom", CallKind.SAFE,
                   params={"language": language} if language else None)


def list_photo_avatars(page: int = 1) -> None:
    """Photo avatars are not listed by the product-video flow of v1."""
    return None


def list_musics(ownership: Ownership, page: int = 1) -> ApiCall | None:
    if page > 1:
        return None
    path = "/musics/custom" if ownership is Ownership.CUSTOM else "/musics"
    return ApiCall("GET", path, CallKind.SAFE)


def list_visual_styles(aspect: AspectRatio | None) -> ApiCall:
    return ApiCall("GET", "/visual_styles", CallKind.SAFE, params={"aspect_ratio": _aspect_param(aspect)})


def list_templates(ownership: Ownership, aspect: AspectRatio | None) -> ApiCall | None:
    path = "/templates/custom" if ownership is Ownership.CUSTOM else "/templates"
    return ApiCall("GET", path, CallKind.SAFE, params={"aspect_ratio": _aspect_param(aspect)})


def request_upload(filename: str, size: int | None = None) -> ApiCall:
    return ApiCall("POST", "/upload/asset", CallKind.FREE_POST, json={"filename": filename})


# ---------------------------------------------------------------- answers


def parse_account(data: Any) -> Account:
    obj = as_object(data)
    user = as_object(first(obj, "user", "account")) or obj
    name = as_str(first(user, "name", "username", "nickname", "user_name"))
    return Account(name=name, email=as_str(user.get("email")))


def _parse_media(items: Any) -> tuple[Media, ...]:
    media: list[Media] = []
    for raw in first_list(items):
        item = as_object(raw)
        url = as_str(item.get("url"))
        if not url:
            continue
        kind = MediaKind.VIDEO if as_int(item.get("type")) == MediaKind.VIDEO else MediaKind.IMAGE
        media.append(Media(kind=kind, url=url, name=as_str(item.get("name")),
                           description=as_str(item.get("description"))))
    return tuple(media)


def parse_product(data: Any, *, url: str = "") -> Product:
    obj = as_object(data)
    obj = as_object(obj.get("product")) or obj
    product_id = as_str(first(obj, "product_id", "id")).strip()
    if not product_id:
        raise ProtocolError(server_message="the product answer has no product id")
    return Product(
        id=product_id,
        url=as_str(obj.get("url")) or url,
        name=as_str(obj.get("name")),
        description=as_str(obj.get("description")),
        target_audience=as_str(obj.get("target_audience")),
        media=_parse_media(obj.get("media")),
    )


def parse_project_id(data: Any) -> str:
    """v1 ``project_id`` is a 32-hex string although the spec types it integer
    (docs/joggai-api.md §13 #11)."""
    obj = as_object(data)
    project_id = as_str(first(obj, "project_id", "id", "video_id")).strip()
    if not project_id:
        raise ProtocolError(server_message="the render answer has no project id")
    return project_id


def _timestamp(value: Any) -> datetime | None:
    number = as_float(value)
    if number is not None:
        try:
            return datetime.fromtimestamp(number, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    text = as_str(value)
    if text:
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            return None
    return None


def _error_message(obj: Any) -> str:
    obj = as_object(obj)
    error = obj.get("error")
    if isinstance(error, str):
        return error
    return as_str(first(as_object(error), "message", "msg")) or as_str(
        first(obj, "err_msg", "fail_msg", "error_msg", "fail_reason")
    )


def parse_project(data: Any, project_id: str) -> ProjectStatus:
    obj = as_object(data)
    obj = as_object(obj.get("project")) or obj
    raw_status = first(obj, "status_code", "status")  # older docs call it `status` (§9.6)
    if raw_status is None:
        raise ProtocolError(server_message="the status answer has no status")
    state = normalise_state(raw_status)
    description = as_str(first(obj, "status_desc", "status_description"))
    error = _error_message(obj) or None
    if state is JobState.FAILED and not error:
        error = description or None
    return ProjectStatus(
        project_id=as_str(first(obj, "id", "project_id")) or project_id,
        state=state,
        description=description,
        title=as_str(obj.get("title")),
        video_url=as_str(obj.get("video_url")).strip() or None,
        cover_url=as_str(obj.get("cover_url")).strip() or None,
        duration=as_float(first(obj, "video_duration", "duration")),
        created_at=_timestamp(obj.get("created_at")),
        error_message=error,
    )


def _ready(status: Any) -> bool:
    """Custom avatar status: 0 processing, 1 success, 2 failed — or strings (docs/joggai/README.md)."""
    if status is None:
        return True
    number = as_int(status)
    if number is not None:
        return number == 1
    text = as_str(status).strip().lower()
    return text.startswith("1") or text in ("success", "completed", "ready", "done")


def parse_avatars(data: Any, ownership: Ownership) -> list[Avatar]:
    avatars: list[Avatar] = []
    for raw in first_list(data, "avatars", "list", "items"):
        item = as_object(raw)
        avatar_id = as_int(first(item, "avatar_id", "id"))  # v1 avatar_id, v2 id (§13 #8)
        if avatar_id is None:
            continue
        avatars.append(Avatar(
            id=avatar_id, ownership=ownership,
            name=as_str(item.get("name")),
            cover_url=as_str(first(item, "cover_url", "cover", "image_url")),
            preview_url=as_str(first(item, "preview_url", "video_url")),
            aspect=aspect_from_wire(item.get("aspect_ratio")),
            style=as_str(item.get("style")), gender=as_str(item.get("gender")),
            age=as_str(item.get("age")),
            ready=_ready(first(item, "status", "avatar_status")),
        ))
    return avatars


def parse_voices(data: Any, ownership: Ownership) -> tuple[list[Voice], int | None]:
    voices: list[Voice] = []
    for raw in first_list(data, "voices", "list", "items"):
        item = as_object(raw)
        voice_id = as_str(first(item, "voice_id", "id")).strip()
        if not voice_id:
            continue
        voices.append(Voice(
            id=voice_id, ownership=ownership, name=as_str(item.get("name")),
            sample_url=as_str(first(item, "audition_url", "audio_url", "sample_url")),  # §13 #8
            language=as_str(item.get("language")), gender=as_str(item.get("gender")),
            age=as_str(item.get("age")),
        ))
    total = as_int(as_object(data).get("total"))
    return voices, total


def parse_musics(data: Any, ownership: Ownership) -> list[Music]:
    """The v1 spec names the list ``avatars`` (doc error, docs/joggai/README.md): accept all three."""
    musics: list[Music] = []
    for raw in first_list(data, "musics", "music", "avatars", "list", "items"):
        item = as_object(raw)
        music_id = as_int(first(item, "id", "music_id"))
        if music_id is None:
            continue
        musics.append(Music(
            id=music_id, ownership=ownership, name=as_str(item.get("name")),
            url=as_str(first(item, "music_url", "url", "audio_url")),
            duration=as_float(item.get("duration")),
        ))
    return musics


def parse_visual_styles(data: Any, aspect: AspectRatio | None) -> list[VisualStyle]:
    styles: list[VisualStyle] = []
    for raw in first_list(data, "visual_styles", "list", "items"):
        item = as_object(raw)
        name = as_str(item.get("name")).strip()
        style_id = as_int(first(item, "id", "visual_style_id"))
        if not name or style_id is None:
            continue
        styles.append(VisualStyle(
            id=style_id, name=name, aspect=aspect_from_wire(item.get("aspect_ratio")) or aspect,
        ))
    return styles


def parse_templates(data: Any, ownership: Ownership) -> list[Template]:
    templates: list[Template] = []
    for raw in first_list(data, "templates", "list", "items"):
        item = as_object(raw)
        template_id = as_int(first(item, "id", "template_id"))
        if template_id is None:
            continue
        templates.append(Template(
            id=template_id, ownership=ownership, name=as_str(item.get("name")),
            cover_url=as_str(item.get("cover_url")), preview_url=as_str(item.get("preview_url")),
            aspect=aspect_from_wire(item.get("aspect_ratio")),
        ))
    return templates


def parse_remaining_credits(data: Any) -> float | None:
    return None


def parse_render_page(data: Any) -> Page[ProjectStatus]:
    return Page(items=[])


def parse_avatar_page(data: Any, ownership: Ownership) -> Page[Avatar]:
    return Page(items=parse_avatars(data, ownership), has_more=False)


def parse_voice_page(data: Any, ownership: Ownership) -> Page[Voice]:
    voices, total = parse_voices(data, ownership)
    return Page(items=voices, total=total)


def parse_music_page(data: Any, ownership: Ownership) -> Page[Music]:
    return Page(items=parse_musics(data, ownership), has_more=False)


def parse_upload(data: Any, filename: str = "") -> UploadTicket:
    """``asset_id`` is really the asset's URL (docs/joggai-api.md §9.8); the PUT is octet-stream."""
    obj = as_object(data)
    upload_url = as_str(first(obj, "sign_url", "upload_url")).strip()
    asset_url = as_str(first(obj, "asset_id", "asset_url", "url")).strip()
    if not upload_url.startswith(("http://", "https://")) or not asset_url:
        raise ProtocolError(server_message="the upload answer has no usable upload address")
    return UploadTicket(upload_url=upload_url, asset_url=asset_url)



# ---------------------------------------------------------------- previews (docs/joggai-api.md §9.5)


def start_previews(product_id: str, settings: VideoSettings, styles: Sequence[str]) -> ApiCall:
    """POST /preview: one style per request, the render body without ``music_id``/``video_name``."""
    if len(styles) != 1:
        raise InvalidRequestError(server_message=f"v1 makes one preview per request, not {len(styles)}")
    body = render_body(product_id, replace(settings, look=VisualStyleLook(styles[0])))
    body.pop("music_id", None)
    body.pop("video_name", None)
    return ApiCall("POST", "/preview", CallKind.CHARGED, json=body)


def parse_preview_starts(data: Any, styles: Sequence[str]) -> list[PreviewStart]:
    """``data.project_id`` (a hex string, though the spec says integer, §13 #11)."""
    return [PreviewStart(style=styles[0], preview_id=parse_project_id(data))]


def get_preview(preview_id: str) -> ApiCall:
    """A v1 preview is a project: its status is GET /project (docs/joggai-api.md §9.6)."""
    return get_project(preview_id)


def list_previews(page: int) -> None:
    """v1 keeps no list of previews."""
    return None


def parse_preview_page(data: Any) -> Page[PreviewReading]:
    return Page(items=[])


def render_preview(preview_id: str) -> None:
    """v1 renders a chosen look with the normal render request (:func:`start_render`)."""
    return None
