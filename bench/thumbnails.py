"""60 thumbnails (2000×2000 JPEGs) fetched, decoded and shown vs ``curl --parallel``.

Same URLs on the same loopback server. The app runs cold (fresh app home: no disk cache) in a
fresh process; curl fetches with the same concurrency bound as the app's loader (6) into files,
timed as wall time around the curl process. Alternating runs, medians.
"""

from __future__ import annotations

from bench import assets, curl
from bench.context import REPO, Context, run_module
from bench.drivers import qt_async
from bench.fileserver import FileServer
from bench.result import Result, skipped
from bench.stats import median

TITLE = "60 thumbnails fetched, decoded, shown"
TARGET = "≤ 1.5 s and ≤ 1.2× curl"
CONCURRENCY = 6  # ui.imaging.thumbnails.ThumbnailLoader's default max_concurrent


def photo_urls(server: FileServer, ctx: Context) -> list[str]:
    return [server.url(f"{p.parent.name}/{p.name}") for p in assets.photos(ctx)]


def run(ctx: Context) -> list[Result]:
    if not curl.available():
        return [skipped("thumbnails", TITLE, "s", TARGET, "curl is not installed")]
    runs = ctx.runs(full=7, quick=3)
    app_s: list[float] = []
    curl_s: list[float] = []
    kind = ""
    with FileServer(ctx.cache_dir, ctx.child_env(), REPO) as server:
        urls = photo_urls(server, ctx)
        urls_file = ctx.work_dir / "thumbnail-urls.txt"
        urls_file.write_text("\n".join(urls))
        curl.parallel(urls, ctx.fresh_dir("curl-warm-"), CONCURRENCY)  # warm the server's page cache
        for i in range(runs):
            data = qt_async.parse(run_module(ctx, "bench.drivers.thumbnails", str(urls_file)).stdout)
            if data["shown"] != len(urls):
                raise RuntimeError(f"only {data['shown']} of {len(urls)} thumbnails were shown")
            app_s.append(data["seconds"])
            kind = data["kind"]
            curl_s.append(curl.parallel(urls, ctx.fresh_dir("curl-"), CONCURRENCY))
            ctx.log(f"thumbnails run {i + 1}/{runs}: app {app_s[-1]:.2f} s, curl {curl_s[-1]:.2f} s")
    value, base = median(app_s), median(curl_s)
    return [
        Result(
            "thumbnails",
            TITLE,
            value,
            "s",
            baseline=base,
            baseline_label=f"curl --parallel-max {CONCURRENCY}",
            target=TARGET,
            ok=value <= 1.5 and value <= 1.2 * base,
            runs=app_s,
            baseline_runs=curl_s,
            note=f"median of {runs} cold runs; shown in: {kind}",
        )
    ]
