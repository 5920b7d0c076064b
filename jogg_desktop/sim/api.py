"""The v1 endpoints (docs/joggai-api.md §9) with JoggAI's envelope, codes and messages.

The gate (:mod:`jogg_desktop.sim.gate`) has already checked the key and the POST limit and
recorded the request; handlers only do the endpoint's own work.
"""

from __future__ import annotations

import json
import re
import secrets
import time
from collections.abc import Sequence
from typing import Any

import httpx
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from jogg_desktop import tls
from jogg_desktop.models import credits_for
from jogg_desktop.sim import catalog, envelope, spec_enums
from jogg_desktop.sim.context import SimContext
from jogg_desktop.sim.envelope import NO_CREDIT, NOT_FOUND, PARAM_ERROR, error, ok
from jogg_desktop.sim.extract import extract_product
from jogg_desktop.sim.faults import ARRIVED
from jogg_desktop.sim.previews import STYLE_FAILED_MSG, accepts, fault_for, preview_cost, styled_job
from jogg_desktop.sim.projects import FRAME_SIZES, RENDER_FAILED_MSG, STATUS_DESC, RenderQueue, status_of
from jogg_desktop.sim.script import timed_captions, write_script
from jogg_desktop.sim.spec_check import enum_problem
from jogg_desktop.sim.state import ProductRecord, ProjectRecord, UploadRecord

# From JoggAI's spec (docs/joggai/openapi-v1.yaml), not the client's constants.
LANGUAGE_VALUES = tuple(str(v) for v in spec_enums.V1_LANGUAGE)
FILENAME = re.compile(r"^[\w\-. ()]{1,150}\.[A-Za-z0-9]{1,8}$")
PAGE_HEADERS = {
    "user-agent": "Mozilla/5.0 (X11; Linux x86_64) JoggSim/1.0 (product crawler)",
    "accept": "text/html,application/xhtml+xml",
}


class ParamError(Exception):
    """A request field is missing or wrong: envelope 40000 naming the field."""

    code = PARAM_ERROR

    def __init__(self, field: str, problem: str = "is invalid") -> None:
        super().__init__(f"Parameter error: {field} {problem}")


class Refused(ParamError):
    """A refusal with an envelope code of its own (e.g. 18001 "script.style required")."""

    def __init__(self, code: int, message: str) -> None:
        Exception.__init__(self, message)
        self.code = code


def _arrived(request: Request) -> int | None:
    ticket = request.scope.get(ARRIVED)
    return ticket if isinstance(ticket, int) else None


def _key(request: Request) -> str:
    return request.headers.get("x-api-key", "")


async def _json_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        data = json.loads(raw or b"null")
    except ValueError:
        raise ParamError("body", "is not valid JSON") from None
    if not isinstance(data, dict):
        raise ParamError("body", "must be a JSON object")
    return data


def _str(data: dict[str, Any], field: str, *, required: bool = False) -> str:
    value = data.get(field)
    if value is None:
        if required:
            raise ParamError(field, "is required")
        return ""
    if not isinstance(value, str):
        raise ParamError(field, "must be a string")
    if required and not value.strip():
        raise ParamError(field, "is required")
    return value


def _int(
    data: dict[str, Any], field: str, *, required: bool = False, choices: Sequence[int] = ()
) -> int | None:
    value = data.get(field)
    if value is None:
        if required:
            raise ParamError(field, "is required")
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ParamError(field, "must be an integer")
    if choices and value not in choices:
        raise ParamError(field, f"must be one of {', '.join(map(str, choices))}")
    return value


def _media(data: dict[str, Any], *, required: bool) -> list[dict[str, Any]] | None:
    items = data.get("media")
    if items is None:
        if required:
            raise ParamError("media", "is required")
        return None
    if not isinstance(items, list):
        raise ParamError("media", "must be a list")
    out: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise ParamError(f"media[{i}]", "must be an object")
        kind = _int(item, "type", required=True, choices=(1, 2))
        url = _str(item, "url", required=True)
        if not url.startswith(("http://", "https://")):
            raise ParamError(f"media[{i}].url", "must be an http(s) URL")
        out.append(
            {
                "type": kind,
                "name": _str(item, "name"),
                "url": url,
                "description": _str(item, "description"),
            }
        )
    if required and not out:
        raise ParamError("media", "is required")
    return out


def _query_int(request: Request, name: str, default: int, choices: Sequence[int] = ()) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ParamError(name, "must be an integer") from None
    if choices and value not in choices:
        raise ParamError(name, f"must be one of {', '.join(map(str, choices))}")
    return value


def _query_choice(request: Request, name: str, choices: Sequence[str]) -> str | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return None
    if raw not in choices:
        raise ParamError(name, "is invalid")
    return raw


async def _check_enums(request: Request) -> None:
    """Refuse a value outside the enums JoggAI's spec declares for the matched route."""
    matched = request.scope.get("route")
    path = getattr(matched, "path", request.url.path)  # "/v1/product", "/v2/product_video/{id}"
    body = await _json_body(request) if request.method in ("POST", "PUT") else None
    problem = enum_problem(f"{request.method} {path}", body, request.query_params)
    if problem is not None:
        raise ParamError(*problem)


def _voice_of(voice_id: str) -> list[Any]:
    """The narration's pitch and seed; with no voice chosen the server picks one (docs/joggai-api.md §8.3)."""
    chosen = catalog.voice(voice_id) if voice_id else None
    return [chosen.pitch, chosen.voice_id] if chosen else [180.0, "default"]


def _music_of(music_id: int | None) -> list[Any] | None:
    chosen = catalog.music(music_id) if music_id else None
    return [chosen.tempo, str(chosen.music_id)] if chosen else None


class V1Api:
    def __init__(self, ctx: SimContext, renders: RenderQueue) -> None:
        self.ctx = ctx
        self.renders = renders

    def media_url(self, relpath: str) -> str:
        return f"{self.ctx.origin}/media/{relpath}"

    def routes(self) -> list[Route]:
        handlers = {
            ("POST", "/product"): self.create_product,
            ("PUT", "/product"): self.update_product,
            ("POST", "/create_video_from_url"): self.create_video,
            ("POST", "/preview"): self.create_preview,
            ("GET", "/project"): self.project,
            ("GET", "/avatars"): self.avatars,
            ("GET", "/avatars/custom"): self.custom_avatars,
            ("GET", "/voices"): self.voices,
            ("GET", "/voices/custom"): self.custom_voices,
            ("GET", "/musics"): self.musics,
            ("GET", "/musics/custom"): self.custom_musics,
            ("GET", "/visual_styles"): self.visual_styles,
            ("GET", "/templates"): self.templates,
            ("GET", "/templates/custom"): self.custom_templates,
            ("POST", "/upload/asset"): self.upload_asset,
            ("GET", "/whoami"): self.whoami,
        }
        by_path: dict[str, dict[str, Any]] = {}
        for (method, path), handler in handlers.items():
            by_path.setdefault(path, {})[method] = handler
        return [
            Route(f"/v1{path}", self._dispatch(methods), methods=list(methods))
            for path, methods in by_path.items()
        ]

    @staticmethod
    def _dispatch(methods: dict[str, Any]) -> Any:
        async def endpoint(request: Request) -> Response:
            try:
                await _check_enums(request)
                response: Response = await methods[request.method](request)
            except ParamError as exc:
                return error(exc.code, str(exc))
            return response

        return endpoint

    # -- products (docs/joggai-api.md §9.1, §9.2)
    async def create_product(self, request: Request) -> Response:
        data = await _json_body(request)
        key = _key(request)
        url = _str(data, "url")
        if url.strip():
            # docs/joggai-api.md §9.1: with a url, the manual fields are not used.
            return await self._crawl(key, url.strip())
        name = _str(data, "name", required=True)
        description = _str(data, "description", required=True)
        media = _media(data, required=True) or []
        product = ProductRecord(
            product_id=self.ctx.state.new_product_id(),
            key=key,
            name=name,
            description=description,
            target_audience=_str(data, "target_audience"),
            media=media,
            generation=self.generation,
        )
        with self.ctx.state.lock:
            self.ctx.state.products[product.product_id] = product
        return ok(product.to_wire())

    async def _crawl(self, key: str, url: str) -> Response:
        if not url.startswith(("http://", "https://")):
            raise ParamError("url", "must be an http(s) URL")
        await self.ctx.pause(self.ctx.config.crawl_delay)
        try:
            async with httpx.AsyncClient(
                verify=tls.client_context(),
                timeout=self.ctx.config.fetch_timeout,
                follow_redirects=True,
                headers=PAGE_HEADERS,
            ) as client:
                reply = await client.get(url)
            if reply.status_code >= 400 or "html" not in reply.headers.get("content-type", "text/html"):
                return error(PARAM_ERROR, envelope.CRAWL_FAILED_MSG)
            found = extract_product(reply.text, str(reply.url))
        except (httpx.HTTPError, ValueError):
            return error(PARAM_ERROR, envelope.CRAWL_FAILED_MSG)
        if not found.usable:
            return error(PARAM_ERROR, envelope.CRAWL_FAILED_MSG)
        media = [
            {"type": 1, "name": f"Image{i}", "url": u, "description": ""}
            for i, u in enumerate(found.images, start=1)
        ] + [
            {"type": 2, "name": f"Video{i}", "url": u, "description": ""}
            for i, u in enumerate(found.videos, start=1)
        ]
        product = ProductRecord(
            product_id=self.ctx.state.new_product_id(),
            key=key,
            url=url,
            name=found.name,
            description=found.description,
            media=media,
            generation=self.generation,
        )
        with self.ctx.state.lock:
            self.ctx.state.products[product.product_id] = product
        return ok(product.to_wire())

    generation = "v1"

    def _product(self, key: str, product_id: str) -> ProductRecord | None:
        """The key's product, made through this generation (v1 and v2 keep their own)."""
        with self.ctx.state.lock:
            product = self.ctx.state.products.get(product_id)
        if product is None or product.key != key or product.generation != self.generation:
            return None
        return product

    async def update_product(self, request: Request) -> Response:
        data = await _json_body(request)
        product = self._product(_key(request), _str(data, "product_id", required=True))
        if product is None:
            return error(NOT_FOUND)
        media = _media(data, required=False)
        with self.ctx.state.lock:
            for field in ("name", "description", "target_audience"):
                if field in data:
                    setattr(product, field, _str(data, field))
            if media is not None:
                product.media = media  # a given list replaces the old one (docs/joggai-api.md §9.2)
        return ok(with_data=False)

    # -- renders (docs/joggai-api.md §9.4, §9.6)
    async def create_video(self, request: Request) -> Response:
        data = await _json_body(request)
        product, args = self._render_args(request, data)
        if product is None:
            return error(NOT_FOUND)
        project = self.start_render(request, product, **args, body=data, fault_route="/create_video_from_url")
        if project is None:
            return error(NO_CREDIT)
        return ok({"project_id": project.project_id})

    # -- previews (docs/joggai-api.md §9.5): one style per request, polled like a project
    async def create_preview(self, request: Request) -> Response:
        data = await _json_body(request)
        for field in ("music_id", "video_name"):  # the render's fields a preview does not take
            if field in data:
                raise ParamError(field, "is not a preview parameter")
        product, args = self._render_args(request, data)
        if product is None:
            return error(NOT_FOUND)
        look = _str(data, "visual_style")
        fault = self.ctx.faults.take("POST", "/preview", after_handler=None, project=True,
                                     arrived=_arrived(request), accept=accepts([look]))
        effect = fault_for(fault, look, [look])
        if effect == "not_started":
            return error(PARAM_ERROR, STYLE_FAILED_MSG)
        project = self.start_render(request, product, **args, body=data, fault_route="", look=look,
                                    preview=True, fate=effect)
        if project is None:
            return error(NO_CREDIT)
        return ok({"project_id": project.project_id})

    def _render_args(
        self, request: Request, data: dict[str, Any]
    ) -> tuple[ProductRecord | None, dict[str, Any]]:
        """The checked settings of a v1 render or preview body, and its product (None: not found)."""
        key = _key(request)
        product_id = _str(data, "product_id", required=True)
        aspect = _int(data, "aspect_ratio", required=True)
        # The values of the enum fields were checked against the spec (_check_enums).
        length_text = _str(data, "video_length", required=True)
        _str(data, "language", required=True)
        avatar_id = _int(data, "avatar_id", required=True)
        avatar_type = _int(data, "avatar_type", required=True)
        template_type = _str(data, "template_type", required=True)
        style = _str(data, "script_style", required=True)
        assert aspect is not None and avatar_id is not None
        chosen = catalog.avatar(avatar_id, custom=avatar_type == 1)
        if chosen is None:
            raise ParamError("avatar_id", "does not exist")
        if chosen.custom and chosen.status != 1:
            raise ParamError("avatar_id", "is not ready")
        voice_id = _str(data, "voice_id")
        if voice_id and catalog.voice(voice_id) is None:
            raise ParamError("voice_id", "does not exist")
        music_id = _int(data, "music_id")
        if music_id and catalog.music(music_id) is None:
            raise ParamError("music_id", "does not exist")
        template_id = _int(data, "template_id")
        visual_style = _str(data, "visual_style")
        if template_id:
            if catalog.template(template_id, custom=template_type == "custom") is None:
                raise ParamError("template_id", "does not exist")
        elif visual_style and not any(
            s.name == visual_style and s.aspect_ratio == aspect for s in catalog.VISUAL_STYLES
        ):
            raise ParamError("visual_style", "does not exist")
        caption = data.get("caption", True)
        if not isinstance(caption, bool):
            raise ParamError("caption", "must be true or false")
        args = {"aspect": aspect, "length": int(length_text), "style": style,
                "override": _str(data, "override_script"), "name": _str(data, "video_name"),
                "caption": caption, "voice_id": voice_id, "music_id": music_id}
        return self._product(key, product_id), args

    def start_render(
        self, request: Request, product: ProductRecord, *, aspect: int, length: int, style: str,
        override: str, name: str, caption: bool, voice_id: str, music_id: int | None,
        body: dict[str, Any], fault_route: str, generation: str = "v1", look: str = "",
        preview: bool = False, fate: str = "",
    ) -> ProjectRecord | None:
        """Charge, record and start one render (both generations); None when credits are short.

        ``preview``: a preview (sim/previews.py: short, small, marked PREVIEW, half the price);
        ``look``: the visual style it is drawn in. ``fault_route`` empty: the caller has taken
        the request's fault and gives its ``fate`` ("fail"/"deleted")."""
        key = _key(request)
        credits: float = preview_cost(length) if preview else credits_for(length)
        if not self.ctx.state.charge(key, credits):  # charged at request time (§12)
            return None
        width, height = FRAME_SIZES[aspect]
        lines = write_script(product.name, product.description, style, length, override)
        job: dict[str, Any] = {
            "width": width,
            "height": height,
            "fps": self.ctx.config.render_fps,
            "seconds": length,
            "title": name or product.name,
            "images": [m["url"] for m in product.media if m["type"] == 1],
            "captions": [list(c) for c in timed_captions(lines, length)],
            "show_captions": caption,
            "voice": _voice_of(voice_id),
            "music": _music_of(music_id),
        }
        if look or preview:
            job = styled_job(job, look, preview=preview)
        video, cover = self.renders.paths_for(job, self.ctx.origin)
        project = ProjectRecord(
            project_id=self.ctx.state.new_project_id(),
            key=key,
            title=name or product.name,
            created_at=time.time(),
            started=self.ctx.config.clock(),
            render_seconds=self.ctx.config.render_seconds,
            length=length,
            aspect_ratio=aspect,
            video_path=video,
            cover_path=cover,
            request=dict(body),
            generation=generation,
            credits=credits,
            kind="preview" if preview else "render",
            style=look,
        )
        taken = self.ctx.faults.take("POST", fault_route, after_handler=None, project=True,
                                     arrived=_arrived(request)) if fault_route else None
        if taken is not None:
            fate = "fail" if taken.kind == "render_fail" else "deleted"
        project.fate = fate
        with self.ctx.state.lock:
            self.ctx.state.projects[project.project_id] = project
        if project.fate == "fail":
            project.finished.set()
        else:
            self.renders.submit(project, job)
        return project

    def take_poll_fault(self, request: Request, route: str, project: ProjectRecord) -> None:
        """A render_fail / project_deleted fault armed on the status route flips the project."""
        fate = self.ctx.faults.take("GET", route, after_handler=None, project=True, arrived=_arrived(request))
        if fate is not None:
            project.fate = "fail" if fate.kind == "render_fail" else "deleted"
            if project.fate == "fail":
                project.started = min(project.started, self.ctx.config.clock() - project.render_seconds)

    def project_status(self, project: ProjectRecord) -> int:
        return status_of(project, self.ctx.config.clock(), project.video_ready)

    async def project(self, request: Request) -> Response:
        project_id = request.query_params.get("project_id", "")
        if not project_id:
            raise ParamError("project_id", "is required")
        with self.ctx.state.lock:
            project = self.ctx.state.projects.get(project_id)
        if project is None or project.key != _key(request) or project.generation != "v1":
            return error(NOT_FOUND)
        self.take_poll_fault(request, "/project", project)
        status = self.project_status(project)
        done = status == 4
        data: dict[str, Any] = {
            "id": project.project_id,
            "title": project.title,
            "video_duration": project.length if done else 0,
            "video_url": self.media_url(f"renders/{project.project_id}.mp4") if done else "",
            "cover_url": self.media_url(f"renders/{project.project_id}.jpg") if done else "",
            "status_code": status,
            "status_desc": STATUS_DESC[status],
            "created_at": int(project.created_at),
        }
        if status == 5:
            data["err_msg"] = RENDER_FAILED_MSG
        return ok(data)

    # -- catalogs (docs/joggai-api.md §9.7)
    def _avatar_wire(self, a: catalog.Avatar) -> dict[str, Any]:
        out: dict[str, Any] = {
            "avatar_id": a.avatar_id,
            "name": a.name,
            "cover_url": self.media_url(f"catalog/{a.media_stem}.jpg"),
            "video_url": self.media_url(f"catalog/{a.media_stem}.mp4"),
            "aspect_ratio": a.aspect_ratio,
            "style": a.style,
            "gender": a.gender,
            "age": a.age,
            "scene": a.scene,
            "ethnicity": a.ethnicity,
        }
        if a.custom:
            out["status"] = a.status
            out["fail_msg"] = a.fail_msg
        return out

    async def avatars(self, request: Request) -> Response:
        aspect = _query_int(request, "aspect_ratio", -1, (-1, 0, 1, 2))
        filters = {
            "style": _query_choice(request, "style", ("professional", "social")),
            "gender": _query_choice(request, "gender", ("female", "male")),
            "age": _query_choice(request, "age", ("adult", "senior", "young_adult")),
            "scene": _query_choice(request, "scene", catalog.SCENES),
            "ethnicity": _query_choice(request, "ethnicity", catalog.ETHNICITIES),
        }
        found = [
            a
            for a in catalog.AVATARS
            if aspect in (-1, a.aspect_ratio)
            and all(v is None or getattr(a, k) == v for k, v in filters.items())
        ]
        return ok({"avatars": [self._avatar_wire(a) for a in found]})

    async def custom_avatars(self, request: Request) -> Response:
        return ok({"avatars": [self._avatar_wire(a) for a in catalog.CUSTOM_AVATARS]})

    def _voice_wire(self, v: catalog.Voice) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": v.name,
            "voice_id": v.voice_id,
            "audition_url": self.media_url(f"catalog/{v.media_stem}.wav"),
            "language": v.language,
        }
        if not v.custom:
            out["gender"] = v.gender
            out["age"] = v.age
        return out

    async def voices(self, request: Request) -> Response:
        page = _query_int(request, "page", 1)
        size = _query_int(request, "page_size", 10)
        if page < 1:
            raise ParamError("page", "must be at least 1")
        if not 1 <= size <= 100:
            raise ParamError("page_size", "must be between 1 and 100")
        language = _query_choice(request, "language", LANGUAGE_VALUES)
        gender = _query_choice(request, "gender", ("female", "male"))
        age = _query_choice(request, "age", ("young", "middle_aged", "old"))
        found = [
            v
            for v in catalog.VOICES
            if language in (None, v.language) and gender in (None, v.gender) and age in (None, v.age)
        ]
        start = (page - 1) * size
        return ok(
            {
                "total": len(found),
                "page": page,
                "page_size": size,
                "voices": [self._voice_wire(v) for v in found[start : start + size]],
            }
        )

    async def custom_voices(self, request: Request) -> Response:
        language = _query_choice(request, "language", LANGUAGE_VALUES)
        found = [v for v in catalog.CUSTOM_VOICES if language in (None, v.language)]
        return ok({"total": len(found), "voices": [self._voice_wire(v) for v in found]})

    def _music_wire(self, m: catalog.Music) -> dict[str, Any]:
        return {
            "id": m.music_id,
            "name": m.name,
            "music_url": self.media_url(f"catalog/{m.media_stem}.wav"),
            "duration": m.duration,
        }

    async def musics(self, request: Request) -> Response:
        items = [self._music_wire(m) for m in catalog.MUSICS]
        return ok({self.ctx.config.music_list_key: items})

    async def custom_musics(self, request: Request) -> Response:
        items = [self._music_wire(m) for m in catalog.CUSTOM_MUSICS]
        return ok({self.ctx.config.music_list_key: items})

    async def visual_styles(self, request: Request) -> Response:
        aspect = _query_int(request, "aspect_ratio", -1, (-1, 0, 1, 2))
        found = [s for s in catalog.VISUAL_STYLES if aspect in (-1, s.aspect_ratio)]
        return ok({"visual_styles": [{"id": s.style_id, "name": s.name} for s in found]})

    def _template_wire(self, t: catalog.Template) -> dict[str, Any]:
        return {
            "id": t.template_id,
            "name": t.name,
            "cover_url": self.media_url(f"catalog/{t.media_stem}.jpg"),
            "preview_url": self.media_url(f"catalog/{t.media_stem}.mp4"),
            "aspect_ratio": t.aspect_ratio,
        }

    async def templates(self, request: Request) -> Response:
        aspect = _query_int(request, "aspect_ratio", -1, (-1, 0, 1, 2))
        found = [t for t in catalog.TEMPLATES if aspect in (-1, t.aspect_ratio)]
        return ok({"templates": [self._template_wire(t) for t in found]})

    async def custom_templates(self, request: Request) -> Response:
        aspect = _query_int(request, "aspect_ratio", -1, (-1, 0, 1, 2))
        found = [t for t in catalog.CUSTOM_TEMPLATES if aspect in (-1, t.aspect_ratio)]
        return ok({"templates": [self._template_wire(t) for t in found]})

    # -- upload (docs/joggai-api.md §9.8)
    async def upload_asset(self, request: Request) -> Response:
        data = await _json_body(request)
        filename = _str(data, "filename", required=True)
        if not FILENAME.match(filename):
            raise ParamError("filename", "must look like name.ext without special characters")
        token = secrets.token_hex(16)
        signature = secrets.token_hex(8)
        asset_id = secrets.token_hex(12)
        safe = filename.replace(" ", "_")
        record = UploadRecord(
            token=token,
            asset_id=asset_id,
            filename=safe,
            path=self.ctx.work_dir / "uploads" / asset_id / safe,
        )
        with self.ctx.state.lock:
            self.ctx.state.uploads[token] = record
        return ok(
            {
                "sign_url": f"{self.ctx.origin}/upload/{token}?X-Sim-Signature={signature}",
                # docs/joggai-api.md §9.8: "asset_id" is in fact the asset's URL.
                "asset_id": self.media_url(f"assets/{asset_id}/{safe}"),
            }
        )

    # -- account (undocumented in v1, docs/joggai-api.md §9.7)
    async def whoami(self, request: Request) -> Response:
        if not self.ctx.state.whoami:
            return PlainTextResponse("404 page not found", status_code=404)
        key = _key(request)
        return ok(
            {
                "username": "Demo Shop Owner",
                "email": "owner@demo-shop.example",
                "remaining_credits": self.ctx.state.credits(key),
            }
        )
