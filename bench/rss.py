"""RSS of the app after the whole wizard with 60 thumbnails vs a bare PySide6 window.

The bare window's RSS comes from the start-up benchmark's bare QLabel processes (same run,
VmRSS right after the first show). The app figure is VmRSS of a fresh app process driven
through every page (``bench/drivers/wizard_rss.py``). Medians over fresh processes.
"""

from __future__ import annotations

import html
import json

from bench.context import REPO, Context, run_module
from bench.drivers import qt_async
from bench.fileserver import FileServer
from bench.result import Result, skipped
from bench.stats import median
from bench.thumbnails import photo_urls

TITLE = "RSS after the whole wizard (60 thumbnails)"
TARGET = "≤ bare + 120 MB"


def _shop_page(urls: list[str]) -> str:
    """A product page the simulator can crawl (JSON-LD Product, like a Shopify theme)."""
    name = "Bench ceramic mug set"
    description = "Sixty photos of a very photogenic mug set, for the benchmark."
    product = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": name,
        "description": description,
        "image": urls,
    }
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Bench mug set</title>"
        f"<script type='application/ld+json'>{json.dumps(product)}</script></head>"
        f"<body><h1>{html.escape(name)}</h1><p>{html.escape(description)}</p>"
        "</body></html>"
    )


def run(ctx: Context) -> list[Result]:
    bare = ctx.shared.get("bare_rss_mb")
    if bare is None:
        return [skipped("rss", TITLE, "MB", TARGET, "the start-up benchmark (bare window RSS) did not run")]
    runs = ctx.runs(full=3, quick=1)
    values: list[float] = []
    with FileServer(ctx.cache_dir, ctx.child_env(), REPO) as server:
        urls = photo_urls(server, ctx)
        urls_file = ctx.work_dir / "rss-urls.txt"
        urls_file.write_text("\n".join(urls))
        shop = ctx.cache_dir / "shop" / "bench-mug-set.html"
        shop.parent.mkdir(exist_ok=True)
        shop.write_text(_shop_page(urls))  # absolute URLs of this run's server
        for i in range(runs):
            proc = run_module(
                ctx,
                "bench.drivers.wizard_rss",
                server.url("shop/bench-mug-set.html"),
                str(urls_file),
                str(ctx.cache_dir / "sim-assets"),
                timeout=400,
            )
            data = qt_async.parse(proc.stdout)
            if data["thumbnails"] != len(urls):
                raise RuntimeError(f"only {data['thumbnails']} thumbnails were shown")
            values.append(data["rss_kib"] / 1024)
            ctx.log(f"rss run {i + 1}/{runs}: {values[-1]:.0f} MB (peak {data['hwm_kib'] / 1024:.0f} MB)")
    value = median(values)
    return [
        Result(
            "rss",
            TITLE,
            value,
            "MB",
            baseline=bare,
            baseline_label="bare QLabel",
            target=TARGET,
            ok=value <= bare + 120,
            runs=values,
            baseline_runs=list(ctx.shared.get("bare_rss_runs", [])),
            note=f"VmRSS, median of {runs}; {value - bare:+.0f} MB over the bare window; MB = MiB here",
        )
    ]
