"""The admin API under ``/_sim/`` for tests that run the simulator in another process.

``GET /_sim/state`` · ``GET|POST|DELETE /_sim/faults`` · ``GET|DELETE /_sim/requests`` ·
``GET|POST /_sim/credits`` (``?key=`` / ``{"key", "credits"}``) · ``POST /_sim/config``
(``{"whoami": bool, "media_rate": int|null}``) · ``GET /_sim/demo_products``.
Never recorded, never faulted, no key.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from jogg_desktop.sim import shop
from jogg_desktop.sim.context import SimContext
from jogg_desktop.sim.faults import Fault


class AdminRoutes:
    def __init__(self, ctx: SimContext) -> None:
        self.ctx = ctx

    def routes(self) -> list[Route]:
        return [
            Route("/_sim/state", self.state, methods=["GET"]),
            Route("/_sim/faults", self.faults, methods=["GET", "POST", "DELETE"]),
            Route("/_sim/requests", self.requests, methods=["GET", "DELETE"]),
            Route("/_sim/credits", self.credits, methods=["GET", "POST"]),
            Route("/_sim/config", self.config, methods=["POST"]),
            Route("/_sim/demo_products", self.demo_products, methods=["GET"]),
        ]

    async def _json(self, request: Request) -> dict[str, Any]:
        data = json.loads(await request.body() or b"{}")
        if not isinstance(data, dict):
            raise ValueError("expected a JSON object")
        return data

    async def state(self, request: Request) -> Response:
        st = self.ctx.state
        with st.lock:
            projects = {
                pid: {
                    "title": p.title,
                    "fate": p.fate,
                    "render_error": p.render_error,
                    "video_ready": p.video_ready,
                }
                for pid, p in st.projects.items()
            }
            products = list(st.products)
        return JSONResponse(
            {
                "base_url": self.ctx.base_url,
                "origin": self.ctx.origin,
                "products": products,
                "projects": projects,
                "requests": len(st.requests()),
                "faults": [f.to_json() for f in self.ctx.faults.armed()],
                "whoami": st.whoami,
                "media_rate": st.media_rate,
            }
        )

    async def faults(self, request: Request) -> Response:
        if request.method == "POST":
            try:
                self.ctx.faults.add(Fault.from_json(await self._json(request)))
            except (ValueError, TypeError) as exc:
                return JSONResponse({"error": str(exc)}, status_code=400)
        elif request.method == "DELETE":
            self.ctx.faults.clear()
        return JSONResponse({"faults": [f.to_json() for f in self.ctx.faults.armed()]})

    async def requests(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.ctx.state.clear_requests()
        return JSONResponse({"requests": [r.to_json() for r in self.ctx.state.requests()]})

    async def credits(self, request: Request) -> Response:
        if request.method == "POST":
            data = await self._json(request)
            self.ctx.state.set_credits(str(data["key"]), float(data["credits"]))
            key = str(data["key"])
        else:
            key = request.query_params.get("key", "")
        return JSONResponse({"credits": self.ctx.state.credits(key)})

    async def config(self, request: Request) -> Response:
        data = await self._json(request)
        with self.ctx.state.lock:
            if "whoami" in data:
                self.ctx.state.whoami = bool(data["whoami"])
            if "media_rate" in data:
                rate = data["media_rate"]
                self.ctx.state.media_rate = int(rate) if rate else None
        return JSONResponse({"whoami": self.ctx.state.whoami, "media_rate": self.ctx.state.media_rate})

    async def demo_products(self, request: Request) -> Response:
        return JSONResponse({"urls": [self.ctx.origin + shop.page_path(p) for p in shop.PRODUCTS]})
