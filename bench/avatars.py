"""1,000 avatars through v2 paging from the simulator: the app's client vs a bare paging loop.

See ``bench/drivers/avatars.py``. Alternating in fresh processes, medians. Skipped (with the
reason in the table) where the checkout has no v2 client or simulator routes yet.
"""

from __future__ import annotations

from bench.context import Context, run_module
from bench.drivers import qt_async
from bench.result import Result, skipped
from bench.stats import median

AVATARS = 1000
TINY_AVATARS = 150
TITLE = "1,000 avatars through v2 paging (simulator)"
TARGET = "≤ 1 s"


def run(ctx: Context) -> list[Result]:
    runs = ctx.runs(full=5, quick=2)
    count = TINY_AVATARS if ctx.tiny else AVATARS
    app: list[float] = []
    bare: list[float] = []
    for i in range(runs):
        data = qt_async.parse(
            run_module(ctx, "bench.drivers.avatars", str(count), str(ctx.cache_dir / "sim-assets")).stdout
        )
        if "skipped" in data:
            return [skipped("avatars", TITLE, "s", TARGET, data["skipped"])]
        if data["app_count"] != count or data["bare_count"] != count:
            raise RuntimeError(f"listed {data['app_count']} (bare {data['bare_count']}) of {count} avatars")
        app.append(data["app_seconds"])
        bare.append(data["bare_seconds"])
        ctx.log(f"avatars run {i + 1}/{runs}: app {app[-1]:.2f} s, bare {bare[-1]:.2f} s")
    value = median(app)
    return [
        Result("avatars", TITLE, value, "s", baseline=median(bare),
               baseline_label="bare httpx paging loop", target=TARGET, ok=value <= 1.0,
               runs=app, baseline_runs=bare,
               note=f"median of {runs} fresh processes; {count:,} avatars, pages of 100; the simulator"
                    " runs in the same process as the client (and the baseline)")
    ]
