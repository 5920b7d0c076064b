"""The simulator's public names (``jogg_desktop.sim``), also while its package is being built."""

from __future__ import annotations

try:
    from jogg_desktop.sim import SimConfig, SimServer
except ImportError:  # the package's __init__ is not there yet: its modules are
    from jogg_desktop.sim.config import SimConfig  # type: ignore[no-redef]
    from jogg_desktop.sim.server import SimServer  # type: ignore[no-redef]

__all__ = ["SimConfig", "SimServer"]


BENCH_KEY = "bench-key"


async def bench_render(client: object, demo_url: str) -> tuple[object, object]:
    """(product, settings) every bench render uses: the same render key, so the simulator's
    render cache (a persistent asset dir) makes later renders instant."""
    from dataclasses import replace

    from jogg_desktop.api.workflow import GenerateOptions, complete_settings
    from jogg_desktop.models import VideoSettings

    product = await client.create_product_from_url(demo_url)  # type: ignore[attr-defined]
    options = GenerateOptions(url=demo_url, settings=VideoSettings())
    settings = await complete_settings(client, options, lambda _message: None)  # type: ignore[arg-type]
    return product, replace(settings, name="bench")
