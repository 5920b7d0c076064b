"""The v2 endpoints (docs/joggai-api.md §7–§8) beside v1, on the same port, with the same gate.

Same envelope, codes, POST limit, faults and request log as v1 (the gate handles ``/v2`` like
``/v1``); renders share v1's timeline and renderer. What differs is v2's own: nested render
body, aspect words, string statuses with ``error{code,message}`` and ``deducted_credit``, the
history list, paged catalogs (``page_size`` ≤ 100; voices ``has_more``, music ``pagination``),
uploads signed for a content type, ``/user/whoami`` and ``/user/remaining_quota``. Products and
renders made through one generation are not visible through the other.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from jogg_desktop.sim import catalog
from jogg_desktop.sim.api import (
    FILENAME,
    LANGUAGE_VALUES,
    ParamError,
    Refused,
    V1Api,
    _arrived,
    _int,
    _json_body,
    _key,
    _media,
    _query_choice,
    _query_int,
    _str,
)
from jogg_desktop.sim.envelope import NO_CREDIT, NOT_FOUND, PARAM_VALIDATION, SYSTEM_ERROR, error, ok
from jogg_desktop.sim.previews import STYLE_FAILED_MSG, accepts, fault_for, preview_cost
from jogg_desktop.sim.projects import RENDER_FAILED_MSG
from jogg_desktop.sim.state import ProductRecord, ProjectRecord, UploadRecord

LENGTHS = ("15", "30", "60")
V2_STYLES = ("Don't Worry", "Storytime", "Discovery", "Data", "Top 3 reasons", "Light marketing")
ASPECT_WORDS = {"portrait": 0, "landscape": 1, "square": 2}
STATUS_WORDS = {1: "pending", 2: "pending", 3: "processing", 4: "completed", 5: "failed"}
CUSTOM_STATUS_WORDS = {0: "processing", 1: "completed", 2: "failed"}
FILTER_STATUS = {3: "processing", 4: "completed", 5: "failed"}
ACCENTS = {"english": "american", "french": "parisian", "german": "standard", "spanish": "castilian"}


def _object(data: dict[str, Any], field: str, *, required: bool) -> dict[str, Any]:
    value = data.get(field)
    if value is None:
        if required:
            raise ParamError(field, "is required")
        return {}
    if not isinstance(value, dict):
        raise ParamError(field, "must be an object")
    return value


def _page(request: Request) -> tuple[int, int]:
    page = _query_int(request, "page", 1)
    size = _query_int(request, "page_size", 10)
    if page < 1:
        raise ParamError("page", "must be at least 1")
    if not 1 <= size <= 100:
        raise ParamError("page_size", "must be between 1 and 100")
    return page, size


def _aspect_filter(request: Request) -> int | None:
    word = _query_choice(request, "aspect_ratio", tuple(ASPECT_WORDS))
    return None if word is None else ASPECT_WORDS[word]


class V2Api(V1Api):
    generation = "v2"

    def routes(self) -> list[Route]:
        handlers = {
            ("POST", "/product"): self.create_product,
            ("PUT", "/product"): self.update_product,
            ("POST", "/create_video_from_product"): self.create_video,
            ("GET", "/product_video/{video_id:path}"): self.product_video,
            ("GET", "/product_videos"): self.product_videos,
            ("POST", "/create_video_from_product/preview_list"): self.create_previews,
            ("POST", "/create_video_from_product/render_single_preview"): self.render_single_preview,
            ("GET", "/product_previews"): self.product_previews,
            ("GET", "/avatars/public"): self.avatars,
            ("GET", "/avatars/custom"): self.custom_avatars,
            ("GET", "/avatars/photo_avatars"): self.photo_avatars,
            ("GET", "/voices"): self.voices,
            ("GET", "/voices/custom"): self.custom_voices,
            ("GET", "/musics"): self.musics,
            ("GET", "/visual_styles"): self.visual_styles,
            ("POST", "/upload/asset"): self.upload_asset,
            ("GET", "/user/whoami"): self.whoami,
            ("GET", "/user/remaining_quota"): self.remaining_quota,
        }
        by_path: dict[str, dict[str, Any]] = {}
        for (method, path), handler in handlers.items():
            by_path.setdefault(path, {})[method] = handler
        return [
            Route(f"/v2{path}", self._dispatch(methods), methods=list(methods))
            for path, methods in by_path.items()
        ]

    # -- products (docs/joggai-api.md §8.1, §8.2): a manual product needs only a name (§13 #12)
    async def create_product(self, request: Request) -> Response:
        data = await _json_body(request)
        url = _str(data, "url")
        if url.strip():
            return await self._crawl(_key(request), url.strip())
        product = ProductRecord(
            product_id=self.ctx.state.new_product_id(), key=_key(request),
            name=_str(data, "name", required=True), description=_str(data, "description"),
            target_audience=_str(data, "target_audience"), media=_media(data, required=False) or [],
            generation=self.generation,
        )
        with self.ctx.state.lock:
            self.ctx.state.products[product.product_id] = product
        return ok(product.to_wire())

    # -- renders (docs/joggai-api.md §8.3, §8.6, §8.7)
    async def create_video(self, request: Request) -> Response:
        data = await _json_body(request)
        product, args = self._render_args(request, data)
        self._check_style(_str(data, "visual_style"), args["aspect"], "visual_style")
        if product is None:
            return error(NOT_FOUND)
        project = self.start_render(request, product, **args, body=data,
                                    fault_route="/create_video_from_product", generation=self.generation)
        if project is None:
            return error(NO_CREDIT)
        return ok({"video_id": project.project_id, "status": "processing"})

    def _render_args(
        self, request: Request, data: dict[str, Any]
    ) -> tuple[ProductRecord | None, dict[str, Any]]:
        """The checked settings of a nested render (or preview list) body, and its product."""
        product_id = _str(data, "product_id", required=True)
        spec = _object(data, "video_spec", required=True)
        length = _str(spec, "length", required=True)
        if length not in LENGTHS:
            raise ParamError("video_spec.length", "must be one of 15, 30, 60")
        aspect_word = _str(spec, "aspect_ratio") or "landscape"  # the spec's default
        if aspect_word not in ASPECT_WORDS:
            raise ParamError("video_spec.aspect_ratio", "must be portrait, landscape or square")
        caption = spec.get("caption", True)
        if not isinstance(caption, bool):
            raise ParamError("video_spec.caption", "must be true or false")
        avatar = _object(data, "avatar", required=True)
        avatar_id = _int(avatar, "id", required=True)
        avatar_type = _int(avatar, "type", choices=(0, 1)) or 0
        voice = _object(data, "voice", required=True)
        audio = _object(data, "audio", required=True)
        script = _object(data, "script", required=True)
        style = _str(script, "style")
        if not style:
            # observed (docs/joggai-api.md §4, §13 #3)
            raise Refused(PARAM_VALIDATION, "script.style required")
        if style not in V2_STYLES:
            raise ParamError("script.style", "is invalid")
        language = _str(script, "language", required=True)
        if language not in LANGUAGE_VALUES:
            raise ParamError("script.language", "is not supported")
        assert avatar_id is not None
        chosen = catalog.avatar(avatar_id, custom=avatar_type == 1)
        if chosen is None:
            raise ParamError("avatar.id", "does not exist")
        if chosen.custom and chosen.status != 1:
            raise ParamError("avatar.id", "is not ready")
        voice_id = _str(voice, "id")
        if voice_id and catalog.voice(voice_id) is None:
            raise ParamError("voice.id", "does not exist")
        music_id = _int(audio, "music_id")
        if music_id and catalog.music(music_id) is None:
            raise ParamError("audio.music_id", "does not exist")
        args = {"aspect": ASPECT_WORDS[aspect_word], "length": int(length), "style": style,
                "override": _str(data, "override_script"), "name": _str(spec, "name"), "caption": caption,
                "voice_id": voice_id, "music_id": music_id}
        return self._product(_key(request), product_id), args

    @staticmethod
    def _check_style(name: str, aspect: int, field: str) -> None:
        if name and not any(s.name == name and s.aspect_ratio == aspect for s in catalog.VISUAL_STYLES):
            raise ParamError(field, "does not exist")

    # -- previews (docs/joggai-api.md §8.4, §8.5, §8.7): several styles in one request
    async def create_previews(self, request: Request) -> Response:
        data = await _json_body(request)
        product, args = self._render_args(request, data)
        styles = data.get("visual_styles")
        if not isinstance(styles, list) or not styles or not all(isinstance(n, str) and n for n in styles):
            raise ParamError("visual_styles", "must be a list of visual style names")
        if len(set(styles)) != len(styles):
            raise ParamError("visual_styles", "names a style twice")
        for i, name in enumerate(styles):
            self._check_style(name, args["aspect"], f"visual_styles[{i}]")
        top = data.get("language")  # the spec's top level (docs/joggai-api.md §8.4): same as script's
        if top is not None and top != _object(data, "script", required=True).get("language"):
            raise ParamError("language", "differs from script.language")
        if product is None:
            return error(NOT_FOUND)
        fault = self.ctx.faults.take("POST", "/create_video_from_product/preview_list", after_handler=None,
                                     project=True, arrived=_arrived(request), accept=accepts(styles))
        effects = {name: fault_for(fault, name, styles) for name in styles}
        starting = [name for name in styles if effects[name] != "not_started"]
        if self.ctx.state.credits(_key(request)) < preview_cost(args["length"]) * len(starting):
            return error(NO_CREDIT)  # nothing started (charged at request time, §12)
        previews: list[dict[str, Any]] = []
        for name in styles:
            if effects[name] == "not_started":
                previews.append({"visual_style": name, "preview_id": "", "err_msg": STYLE_FAILED_MSG})
                continue
            made = self.start_render(request, product, **args, body=data, fault_route="", look=name,
                                     preview=True, fate=effects[name], generation=self.generation)
            if made is None:
                previews.append({"visual_style": name, "preview_id": "", "err_msg": "Insufficient credits"})
                continue
            made.render_args = dict(args)
            previews.append({"visual_style": name, "preview_id": made.project_id, "err_msg": ""})
        return ok({"previews": previews})

    async def render_single_preview(self, request: Request) -> Response:
        data = await _json_body(request)
        preview = self._own_record(request, _str(data, "preview_id", required=True), "preview")
        if preview is None:
            return error(NOT_FOUND)
        if self.project_status(preview) != 4:
            raise ParamError("preview_id", "is not a finished preview")
        product = self._product(_key(request), str(preview.request.get("product_id", "")))
        if product is None:
            return error(NOT_FOUND)
        project = self.start_render(request, product, **preview.render_args, body=data, look=preview.style,
                                    fault_route="/create_video_from_product/render_single_preview",
                                    generation=self.generation)
        if project is None:
            return error(NO_CREDIT)
        return ok({"video_id": project.project_id, "status": "processing"})

    def _preview_wire(self, project: ProjectRecord) -> dict[str, Any]:
        out = self._video_wire(project)
        out.pop("deducted_credit", None)
        out.pop("error", None)
        out["visual_style"] = project.style  # beyond the list's schema (the spec's PreviewInfo has it)
        return out

    async def product_previews(self, request: Request) -> Response:
        return self._history(request, "preview", "previews", self._preview_wire)

    def _video_wire(self, project: ProjectRecord) -> dict[str, Any]:
        status = self.project_status(project)
        done = status == 4
        out: dict[str, Any] = {
            "id": project.project_id,
            "title": project.title,
            "status": STATUS_WORDS.get(status, "failed"),
            "created_at": int(project.created_at),
            "video_duration": float(project.length) if done else 0.0,
            "deducted_credit": float(project.credits),
        }
        if done:
            out["video_url"] = self.media_url(f"renders/{project.project_id}.mp4")
            out["cover_url"] = self.media_url(f"renders/{project.project_id}.jpg")
        if status == 5:
            out["error"] = {"code": SYSTEM_ERROR, "message": RENDER_FAILED_MSG}
        return out

    def _own_record(self, request: Request, record_id: str, kind: str) -> ProjectRecord | None:
        """The key's render or preview made through v2 (a preview is not a product video)."""
        with self.ctx.state.lock:
            project = self.ctx.state.projects.get(record_id)
        if project is None or project.key != _key(request) or project.generation != self.generation \
                or project.kind != kind:
            return None
        return project

    async def product_video(self, request: Request) -> Response:
        video_id = request.path_params["video_id"]  # already unescaped by the server
        project = self._own_record(request, video_id, "render")
        if project is None:
            return error(NOT_FOUND)
        self.take_poll_fault(request, f"/product_video/{video_id}", project)
        if self.project_status(project) == 99:
            return error(NOT_FOUND)  # a deleted video is gone from v2's records
        out = self._video_wire(project)
        out.pop("id")
        out.pop("video_duration")
        return ok(out)

    async def product_videos(self, request: Request) -> Response:
        return self._history(request, "render", "videos", self._video_wire)

    def _history(
        self, request: Request, kind: str, list_key: str, wire: Callable[[ProjectRecord], dict[str, Any]],
    ) -> Response:
        """A paged list of the key's v2 renders or previews (docs/joggai-api.md §8.7)."""
        page, size = _page(request)
        status = _query_int(request, "status", 0, (0, 3, 4, 5))
        _query_choice(request, "sort_by", ("created_at",))
        order = _query_choice(request, "sort_order", ("asc", "desc")) or "desc"
        key = _key(request)
        with self.ctx.state.lock:
            projects = [p for p in self.ctx.state.projects.values()
                        if p.key == key and p.generation == self.generation and p.kind == kind]
        videos = [wire(p) for p in projects if self.project_status(p) != 99]
        if status:
            videos = [v for v in videos if v["status"] == FILTER_STATUS[status]]
        videos.sort(key=lambda v: (v["created_at"], v["id"]), reverse=order == "desc")
        start = (page - 1) * size
        return ok({list_key: videos[start : start + size], "total": len(videos), "page": page,
                   "page_size": size})

    # -- catalogs (docs/joggai-api.md §8.8–§8.11)
    def _public_avatar(self, a: catalog.Avatar) -> dict[str, Any]:
        return {"id": a.avatar_id, "name": a.name,
                "video_url": self.media_url(f"catalog/{a.media_stem}.mp4"),
                "cover_url": self.media_url(f"catalog/{a.media_stem}.jpg"),
                "aspect_ratio": a.aspect_ratio, "style": a.style, "gender": a.gender, "age": a.age}

    async def avatars(self, request: Request) -> Response:
        page, size = _page(request)
        aspect = _aspect_filter(request)
        filters = {
            "style": _query_choice(request, "style", ("professional", "social")),
            "gender": _query_choice(request, "gender", ("female", "male")),
            "age": _query_choice(request, "age", ("adult", "senior", "young_adult")),
            "scene": _query_choice(request, "scene", catalog.SCENES),
            "ethnicity": _query_choice(request, "ethnicity", catalog.ETHNICITIES),
        }
        found = [a for a in catalog.AVATARS
                 if aspect in (None, a.aspect_ratio)
                 and all(v is None or getattr(a, k) == v for k, v in filters.items())]
        start = (page - 1) * size
        return ok({"avatars": [self._public_avatar(a) for a in found[start : start + size]]})

    async def custom_avatars(self, request: Request) -> Response:
        page, size = _page(request)
        name = request.query_params.get("name", "").lower()
        wanted = _query_choice(request, "status", ("processing", "completed", "failed"))
        found = [a for a in catalog.CUSTOM_AVATARS
                 if name in a.name.lower() and wanted in (None, CUSTOM_STATUS_WORDS[a.status])]
        items = [{"id": a.avatar_id, "name": a.name,
                  "video_url": self.media_url(f"catalog/{a.media_stem}.mp4"),
                  "cover_url": self.media_url(f"catalog/{a.media_stem}.jpg"),
                  "api_only": False, "avatar_status": CUSTOM_STATUS_WORDS[a.status],
                  "fail_msg": a.fail_msg, "avatar_url": self.media_url(f"catalog/{a.media_stem}.mp4")}
                 for a in found]
        start = (page - 1) * size
        return ok({"avatars": items[start : start + size]})

    async def photo_avatars(self, request: Request) -> Response:
        """The demo account has no photo avatars (an empty, well-formed page)."""
        _page(request)
        _query_choice(request, "status", ("processing", "completed", "failed"))
        return ok({"avatars": []})

    def _voice2(self, v: catalog.Voice) -> dict[str, Any]:
        out: dict[str, Any] = {"name": v.name, "voice_id": v.voice_id,
                               "audio_url": self.media_url(f"catalog/{v.media_stem}.wav"),
                               "language": v.language}
        if not v.custom:
            out.update(gender=v.gender, age=v.age, accent=ACCENTS.get(v.language, "neutral"),
                       use_case="advertisement")
        return out

    async def voices(self, request: Request) -> Response:
        page, size = _page(request)
        language = _query_choice(request, "language", sorted(LANGUAGE_VALUES))
        gender = _query_choice(request, "gender", ("female", "male"))
        age = _query_choice(request, "age", ("young", "middle_aged", "old"))
        found = [v for v in catalog.VOICES
                 if language in (None, v.language) and gender in (None, v.gender) and age in (None, v.age)]
        start = (page - 1) * size
        return ok({"voices": [self._voice2(v) for v in found[start : start + size]],
                   "has_more": start + size < len(found)})

    async def custom_voices(self, request: Request) -> Response:
        language = _query_choice(request, "language", sorted(LANGUAGE_VALUES))
        found = [v for v in catalog.CUSTOM_VOICES if language in (None, v.language)]
        return ok({"total": len(found), "voices": [self._voice2(v) for v in found]})

    async def musics(self, request: Request) -> Response:
        page, size = _page(request)
        items = [self._music_wire(m) for m in catalog.MUSICS]
        start = (page - 1) * size
        pages = max(1, -(-len(items) // size))
        return ok({"music": items[start : start + size],
                   "pagination": {"page": page, "page_size": size, "total_items": len(items),
                                  "total_pages": pages}})

    async def visual_styles(self, request: Request) -> Response:
        aspect = _aspect_filter(request)
        found = [s for s in catalog.VISUAL_STYLES if aspect in (None, s.aspect_ratio)]
        return ok({"visual_styles": [{"id": s.style_id, "name": s.name} for s in found]})

    # -- upload (docs/joggai-api.md §8.12): the URL is signed for the content type named here
    async def upload_asset(self, request: Request) -> Response:
        data = await _json_body(request)
        filename = _str(data, "filename", required=True)
        if not FILENAME.match(filename):
            raise ParamError("filename", "must look like name.ext without special characters")
        content_type = _str(data, "content_type", required=True).strip()
        if "/" not in content_type:
            raise ParamError("content_type", "must be a MIME type")
        size = _int(data, "file_size")
        if size is not None and size < 1:
            raise ParamError("file_size", "must be at least 1")
        token, asset_id = secrets.token_hex(16), secrets.token_hex(12)
        safe = filename.replace(" ", "_")
        record = UploadRecord(token=token, asset_id=asset_id, filename=safe,
                              path=self.ctx.work_dir / "uploads" / asset_id / safe, content_type=content_type)
        with self.ctx.state.lock:
            self.ctx.state.uploads[token] = record
        return ok({"sign_url": f"{self.ctx.origin}/upload/{token}?X-Sim-Signature={secrets.token_hex(8)}",
                   "asset_url": self.media_url(f"assets/{asset_id}/{safe}")})

    # -- account (docs/joggai-api.md §8.13)
    async def whoami(self, request: Request) -> Response:
        return ok({"username": "Demo Shop Owner", "email": "owner@demo-shop.example"})

    async def remaining_quota(self, request: Request) -> Response:
        return ok({"remaining_quota": float(self.ctx.state.credits(_key(request)))})
