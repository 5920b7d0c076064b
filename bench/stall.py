"""UI stall: p99 and max gap of a 5 ms timer while the app downloads, shows thumbnails and polls.

See ``bench/drivers/stall.py`` for the scene. The baseline is the same timer in the same
process during an idle phase just before the load (same window, nothing loading). Medians over
fresh processes.
"""

from __future__ import annotations

from bench import assets
from bench.context import REPO, Context, run_module
from bench.drivers import qt_async
from bench.fileserver import FileServer
from bench.result import Result
from bench.stats import median
from bench.thumbnails import photo_urls


def run(ctx: Context) -> list[Result]:
    runs = ctx.runs(full=3, quick=1)
    idle_seconds = 1.0 if ctx.quick else 2.0
    video = assets.video(ctx)
    samples: list[dict[str, object]] = []
    with FileServer(ctx.cache_dir, ctx.child_env(), REPO) as server:
        urls_file = ctx.work_dir / "stall-urls.txt"
        urls_file.write_text("\n".join(photo_urls(server, ctx)))
        for i in range(runs):
            proc = run_module(
                ctx,
                "bench.drivers.stall",
                server.url(video.name),
                str(urls_file),
                str(ctx.cache_dir / "sim-assets"),
                str(idle_seconds),
                timeout=300,
            )
            data = qt_async.parse(proc.stdout)
            samples.append(data)
            ctx.log(
                f"stall run {i + 1}/{runs}: load p99 {data['load']['p99']:.1f} ms,"
                f" max {data['load']['max']:.1f} ms;"
                f" idle p99 {data['idle']['p99']:.1f} ms, max {data['idle']['max']:.1f} ms;"
                f" {data['load_seconds']:.1f} s, {data['polls']} polls"
            )

    def pick(phase: str, stat: str) -> list[float]:
        return [float(s[phase][stat]) for s in samples]  # type: ignore[index]

    load_p99, load_max = pick("load", "p99"), pick("load", "max")
    idle_p99, idle_max = pick("idle", "p99"), pick("idle", "max")
    last = samples[-1]
    worst = max((g for sample in samples for g in sample["worst_gaps"]), key=lambda g: g[1])  # type: ignore[attr-defined]
    cpu_block = median([float(s["max_cpu_block_ms"]) for s in samples])  # type: ignore[arg-type]
    load_s = median([float(s["load_seconds"]) for s in samples])  # type: ignore[arg-type]
    scene = (
        f"median of {runs} fresh processes; load phase {load_s:.1f} s"
        f" (download {last['download_mb_s']:.0f} MB/s, thumbnails {last['thumbnails_seconds']:.2f} s,"
        f" {last['polls']} polls in the last run); worst gap {worst[1]:.0f} ms at {worst[0]:.2f} s of the"
        f" load with {worst[2]:.0f} ms GUI-thread CPU in it; longest GUI-thread work between two ticks"
        f" {cpu_block:.0f} ms (median)"
    )
    return [
        Result(
            "stall_p99",
            "UI stall p99 (5 ms timer)",
            median(load_p99),
            "ms",
            baseline=median(idle_p99),
            baseline_label="idle app",
            target="< 8 ms",
            ok=median(load_p99) < 8,
            runs=load_p99,
            baseline_runs=idle_p99,
            note=scene,
        ),
        Result(
            "stall_max",
            "UI stall max (5 ms timer)",
            median(load_max),
            "ms",
            baseline=median(idle_max),
            baseline_label="idle app",
            target="< 50 ms",
            ok=median(load_max) < 50,
            runs=load_max,
            baseline_runs=idle_max,
        ),
    ]
