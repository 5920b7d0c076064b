"""Builds the simulator's ASGI application: v1 and v2 API + media + demo shop + admin, behind the gate."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette

from jogg_desktop.sim.admin import AdminRoutes
from jogg_desktop.sim.ai_scripts import ScriptsApi
from jogg_desktop.sim.api import V1Api
from jogg_desktop.sim.api_v2 import V2Api
from jogg_desktop.sim.assets import AssetStore
from jogg_desktop.sim.context import SimContext
from jogg_desktop.sim.gate import Gate
from jogg_desktop.sim.media import MediaRoutes
from jogg_desktop.sim.projects import RenderQueue


def build_app(ctx: SimContext, *, pregenerate: bool = False) -> Gate:
    renders = RenderQueue(ctx.asset_dir / "renders", ctx.work_dir)
    assets = AssetStore(ctx)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        if pregenerate:
            await assets.pregenerate()
        yield
        ctx.stopping.set()
        await renders.shutdown()
        await assets.shutdown()

    v1, v2 = V1Api(ctx, renders), V2Api(ctx, renders)
    routes = [
        *v1.routes(),
        *v2.routes(),
        *ScriptsApi(ctx, v1, v2).routes(),
        *MediaRoutes(ctx, assets).routes(),
        *AdminRoutes(ctx).routes(),
    ]
    return Gate(Starlette(routes=routes, lifespan=lifespan), ctx)
