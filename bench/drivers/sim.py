"""What every bench run against the simulator shares: its key and one product + settings."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from jogg_desktop.sim import SimConfig, SimServer

if TYPE_CHECKING:
    from jogg_desktop.api.protocol import JoggApi
    from jogg_desktop.models import Product, VideoSettings

__all__ = ["BENCH_KEY", "SimConfig", "SimServer", "bench_render"]

BENCH_KEY = "bench-key"


async def bench_render(client: JoggApi, demo_url: str) -> tuple[Product, VideoSettings]:
    """(product, settings) every bench render uses: the same render key, so the simulator's
    render cache (a persistent asset dir) makes later renders instant."""
    from jogg_desktop.jobs.pipeline import GenerateOptions, complete_settings
    from jogg_desktop.models import VideoSettings

    product = await client.create_product_from_url(demo_url)
    options = GenerateOptions(url=demo_url, settings=VideoSettings())
    settings = await complete_settings(client, options, lambda _message: None)
    return product, replace(settings, name="bench")
