"""The History window with 1,000 jobs: open time and the longest stall while scrolling.

Baseline, same process: a bare ``QTableWidget`` with the same number of plain-text rows (the
floor any table of that size costs). See ``bench/drivers/history.py``. Medians over fresh
processes.
"""

from __future__ import annotations

from bench.context import REPO, Context, run_module
from bench.drivers import qt_async
from bench.fileserver import FileServer
from bench.result import Result
from bench.stats import median
from bench.thumbnails import photo_urls

JOBS = 1000
TINY_JOBS = 30


def run(ctx: Context) -> list[Result]:
    runs = ctx.runs(full=3, quick=1)
    count = TINY_JOBS if ctx.tiny else JOBS
    samples = []
    with FileServer(ctx.cache_dir, ctx.child_env(), REPO) as server:
        covers = ctx.work_dir / "history-covers.txt"
        covers.write_text("\n".join(photo_urls(server, ctx)))
        for i in range(runs):
            data = qt_async.parse(run_module(ctx, "bench.drivers.history", str(count), str(covers)).stdout)
            if data["rows"] != count:
                raise RuntimeError(f"the History window listed {data['rows']} of {count} jobs")
            samples.append(data)
            ctx.log(f"history run {i + 1}/{runs}: open {data['app_open_ms']:.0f} ms (bare"
                    f" {data['bare_open_ms']:.0f}), scroll max {data['app_scroll']['max']:.1f} ms"
                    f" (bare {data['bare_scroll']['max']:.1f})")

    def pick(key: str, stat: str | None = None) -> list[float]:
        return [float(s[key][stat] if stat else s[key]) for s in samples]

    app_open, bare_open = pick("app_open_ms"), pick("bare_open_ms")
    app_max, bare_max = pick("app_scroll", "max"), pick("bare_scroll", "max")
    app_p99 = median(pick("app_scroll", "p99"))
    title = f"History window with {count:,} jobs"
    return [
        Result("history_open", f"{title}: open", median(app_open), "ms", baseline=median(bare_open),
               baseline_label=f"bare QTableWidget, {count:,} rows", target="≤ 300 ms",
               ok=median(app_open) <= 300, runs=app_open, baseline_runs=bare_open,
               note=f"median of {runs} fresh processes; shown, painted and the loop free again"),
        Result("history_scroll", f"{title}: longest stall scrolling", median(app_max), "ms",
               baseline=median(bare_max), baseline_label="bare QTableWidget", target="< 16 ms",
               ok=median(app_max) < 16, runs=app_max, baseline_runs=bare_max,
               note=(f"gaps of a 5 ms timer while the view scrolls top to bottom a quarter page per"
                     f" 16 ms, covers loading meanwhile; p99 {app_p99:.1f} ms; median of {runs}")),
    ]
