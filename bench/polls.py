"""Status requests the app makes for a 10-minute render (simulator + virtual clock, see driver)."""

from __future__ import annotations

from bench.context import Context, run_module
from bench.drivers import qt_async
from bench.result import Result

TITLE = "Status requests for a 10-minute render"
TARGET = "≤ 25"
RENDER_SECONDS = 600.0


def run(ctx: Context) -> list[Result]:
    asset_dir = ctx.cache_dir / "sim-assets"
    data = qt_async.parse(
        run_module(ctx, "bench.drivers.polls", str(RENDER_SECONDS), str(asset_dir), timeout=300).stdout
    )
    value, base = float(data["app_polls"]), float(data["naive_polls"])
    return [
        Result(
            "polls",
            TITLE,
            value,
            "requests",
            baseline=base,
            baseline_label="every 15 s (official CLI)",
            target=TARGET,
            ok=value <= 25,
            runs=[value],
            baseline_runs=[base],
            note=(
                f"JobManager + poller vs the simulator on a virtual clock; done after "
                f"{data['app_virtual_seconds']:.0f} virtual s (deterministic: one run)"
            ),
        )
    ]
