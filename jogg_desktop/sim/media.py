"""Non-API routes: media files (with Range), the signed upload URL, and the demo shop.

Media sits under ``/media/...`` like JoggAI's res.jogg.ai: public, no key. Files are sent by
Starlette's FileResponse, which answers ``Range`` with 206 + Content-Range and always says
``Accept-Ranges: bytes``.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from jogg_desktop.sim import shop
from jogg_desktop.sim.assets import AssetStore
from jogg_desktop.sim.context import SimContext
from jogg_desktop.sim.projects import status_of

CONTENT_TYPES = {".mp4": "video/mp4", ".jpg": "image/jpeg", ".png": "image/png", ".wav": "audio/wav"}
UPLOAD_TYPES = {".jpeg": "image/jpeg", ".webp": "image/webp", ".gif": "image/gif", ".mov": "video/quicktime",
                ".webm": "video/webm", ".mp3": "audio/mpeg"}
NOT_FOUND = PlainTextResponse("Not Found", status_code=404)


def _file(path: Path) -> Response:
    return FileResponse(path, media_type=CONTENT_TYPES.get(path.suffix.lower()))


class MediaRoutes:
    def __init__(self, ctx: SimContext, assets: AssetStore) -> None:
        self.ctx = ctx
        self.assets = assets

    def routes(self) -> list[Route]:
        return [
            Route("/media/renders/{name}", self.render_file, methods=["GET", "HEAD"]),
            Route("/media/assets/{asset_id}/{filename}", self.uploaded_file, methods=["GET", "HEAD"]),
            Route("/media/{relpath:path}", self.generated_file, methods=["GET", "HEAD"]),
            Route("/upload/{token}", self.receive_upload, methods=["PUT"]),
            Route("/shop/", self.shop_index, methods=["GET"]),
            Route("/shop", self.shop_index, methods=["GET"]),
            Route("/shop/products/{slug}", self.shop_page, methods=["GET"]),
            Route("/pages/{name}", self.hosted_page, methods=["GET"]),
        ]

    async def render_file(self, request: Request) -> Response:
        name: str = request.path_params["name"]
        project_id, _, ext = name.partition(".")
        with self.ctx.state.lock:
            project = self.ctx.state.projects.get(project_id)
        if project is None or ext not in ("mp4", "jpg"):
            return NOT_FOUND
        path = project.video_path if ext == "mp4" else project.cover_path
        if status_of(project, self.ctx.config.clock(), project.video_ready) != 4 or not path.exists():
            return NOT_FOUND
        return _file(path)

    async def uploaded_file(self, request: Request) -> Response:
        asset_id = request.path_params["asset_id"]
        with self.ctx.state.lock:
            record = next((u for u in self.ctx.state.uploads.values() if u.asset_id == asset_id), None)
        if record is None or not record.uploaded or record.filename != request.path_params["filename"]:
            return NOT_FOUND
        suffix = record.path.suffix.lower()
        media_type = CONTENT_TYPES.get(suffix) or UPLOAD_TYPES.get(suffix, "application/octet-stream")
        return FileResponse(record.path, media_type=media_type)

    async def generated_file(self, request: Request) -> Response:
        path = await self.assets.file(request.path_params["relpath"])
        return NOT_FOUND if path is None else _file(path)

    async def receive_upload(self, request: Request) -> Response:
        token = request.path_params["token"]
        with self.ctx.state.lock:
            record = self.ctx.state.uploads.get(token)
        if record is None or "X-Sim-Signature" not in request.query_params:
            return PlainTextResponse("SignatureDoesNotMatch", status_code=403)
        sent_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if record.content_type is not None and sent_type != record.content_type.lower():
            return PlainTextResponse("SignatureDoesNotMatch: Content-Type", status_code=403)  # v2 signs it
        data = await request.body()
        await asyncio.to_thread(_write, record.path, data)
        with self.ctx.state.lock:
            record.uploaded = True
        return Response(status_code=200)

    async def shop_index(self, request: Request) -> Response:
        return HTMLResponse(shop.render_index(self.ctx.origin))

    async def shop_page(self, request: Request) -> Response:
        product = shop.product(request.path_params["slug"])
        if product is None:
            return HTMLResponse("<html><body><h1>Page not found</h1></body></html>", status_code=404)
        return HTMLResponse(shop.render_page(product, self.ctx.origin))


    async def hosted_page(self, request: Request) -> Response:
        with self.ctx.state.lock:
            text = self.ctx.state.pages.get(request.path_params["name"])
        return NOT_FOUND if text is None else HTMLResponse(text)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    part.write_bytes(data)
    part.replace(path)
