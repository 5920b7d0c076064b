"""Start-up to the first shown window: the app vs a bare PySide6 QLabel, fresh processes.

Both are spawned the same way (``python -m``), alternately, after one discarded warm-up each;
the child prints the monotonic clock (system-wide, comparable across processes) when its first
window has been exposed and the loop is free again. Also records each one's RSS at that point, and
for the app when the wizard has been built into that window (its pages painted, loop free).
"""

from __future__ import annotations

import subprocess
import time

from bench.context import REPO, Context
from bench.drivers.shown import BUILT, parse_mark
from bench.result import Result
from bench.stats import median
from jogg_desktop.childproc import python_module_command

TITLE = "Start-up to first shown window"
TARGET = "≤ 1.5× bare"


def _spawn(ctx: Context, module: str, *, built: list[tuple[float, float]] | None = None,
           ) -> tuple[float, float, float]:
    """(milliseconds from spawn to shown, RSS MB at that moment, CPU ms of the process so far);
    with ``built``, also appends (ms, CPU ms) to the wizard built into the window."""
    cmd = python_module_command(module)
    env = ctx.child_env()
    start = time.monotonic_ns()
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    try:
        shown_ns, rss_kib, cpu_us = parse_mark(proc.stdout)
        if built is not None:
            built_ns, _, built_cpu_us = parse_mark(proc.stdout, BUILT)
            built.append(((built_ns - start) / 1e6, built_cpu_us / 1000))
    except ValueError as exc:
        raise RuntimeError(f"{module}: {exc}\nstderr: {proc.stderr[-2000:]}") from exc
    return (shown_ns - start) / 1e6, rss_kib / 1024, cpu_us / 1000


def run(ctx: Context) -> list[Result]:
    runs = ctx.runs(full=11, quick=5)
    app_available = (REPO / "ui" / "app.py").exists()
    _spawn(ctx, "bench.bare_window")  # warm-up: page cache, .pyc files
    if app_available:
        _spawn(ctx, "bench.drivers.app_start")
    bare_ms: list[float] = []
    bare_rss: list[float] = []
    bare_cpu: list[float] = []
    app_ms: list[float] = []
    app_cpu: list[float] = []
    app_built: list[tuple[float, float]] = []
    for i in range(runs):
        ms, rss, cpu = _spawn(ctx, "bench.bare_window")
        bare_ms.append(ms)
        bare_rss.append(rss)
        bare_cpu.append(cpu)
        if app_available:
            ms, _, cpu = _spawn(ctx, "bench.drivers.app_start", built=app_built)
            app_ms.append(ms)
            app_cpu.append(cpu)
        ctx.log(f"start-up run {i + 1}/{runs}: bare {bare_ms[-1]:.0f} ms, app {app_ms[-1:]} ms")
    ctx.shared["bare_rss_mb"] = median(bare_rss)
    ctx.shared["bare_rss_runs"] = bare_rss
    value = median(app_ms) if app_ms else None
    base = median(bare_ms)
    return [
        Result(
            "startup",
            TITLE,
            value,
            "ms",
            baseline=base,
            baseline_label="bare QLabel",
            target=TARGET,
            ok=None if value is None else value <= 1.5 * base,
            runs=app_ms,
            baseline_runs=bare_ms,
            note=(
                f"median of {runs} fresh processes each, offscreen, first run; CPU time to"
                f" the first frame: app {median(app_cpu):.0f} ms, bare {median(bare_cpu):.0f} ms"
                f" ({median(app_cpu) / median(bare_cpu):.2f}×); the app's first frame is the"
                f" window's frame, its wizard (key page) built into it and painted at"
                f" {median([b[0] for b in app_built]):.0f} ms ({median([b[1] for b in app_built]):.0f}"
                f" ms of CPU)"
                if app_available
                else "app not measured: ui/app.py does not exist yet"
            ),
        )
    ]
