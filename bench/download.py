"""Video download throughput: the app's client vs curl, same 200 MiB file, same loopback server.

Runs alternate (client, curl, client, …) into fresh files that are deleted after each run; the
client runs in a fresh process on qasync like in the app and is timed from inside (curl's own
``time_total`` likewise excludes process start-up).
"""

from __future__ import annotations

from bench import assets, curl
from bench.context import REPO, Context, run_module
from bench.drivers import qt_async
from bench.fileserver import FileServer
from bench.result import Result, skipped
from bench.stats import median

TITLE = "Video download (200 MiB) throughput"
TARGET = "≥ 0.9× curl"
CPU_TARGET = "≤ 1.5× curl"


def run(ctx: Context) -> list[Result]:
    if not curl.available():
        return [skipped("download", TITLE, "MB/s", TARGET, "curl is not installed"),
                skipped("download_cpu", "Video download (200 MiB) CPU time", "s", CPU_TARGET,
                        "curl is not installed")]
    video = assets.video(ctx)
    runs = ctx.runs(full=5, quick=2)
    app_rates: list[float] = []
    curl_rates: list[float] = []
    app_cpu: list[float] = []
    curl_cpu: list[float] = []
    scratch = ctx.fresh_dir("download-")
    with FileServer(ctx.cache_dir, ctx.child_env(), REPO) as server:
        url = server.url(video.name)
        for i in range(runs):
            dest = scratch / f"app-{i}.mp4"
            data = qt_async.parse(run_module(ctx, "bench.drivers.download", url, str(dest)).stdout)
            if data["bytes"] != video.stat().st_size:
                raise RuntimeError(f"the client downloaded {data['bytes']} bytes")
            app_rates.append(data["bytes"] / data["seconds"] / 1e6)
            app_cpu.append(data["cpu_seconds"])
            dest.unlink()
            dest = scratch / f"curl-{i}.mp4"
            seconds, size, cpu = curl.download(url, dest)
            curl_rates.append(size / seconds / 1e6)
            curl_cpu.append(cpu)
            dest.unlink()
            ctx.log(
                f"download run {i + 1}/{runs}: app {app_rates[-1]:.0f} MB/s, curl {curl_rates[-1]:.0f} MB/s"
            )
    value, base = median(app_rates), median(curl_rates)
    return [
        Result(
            "download",
            TITLE,
            value,
            "MB/s",
            baseline=base,
            baseline_label="curl",
            target=TARGET,
            ok=value >= 0.9 * base,
            runs=app_rates,
            baseline_runs=curl_rates,
            note=(
                f"median of {runs} alternating runs; MB = 10^6 bytes; CPU per download: app "
                f"{median(app_cpu):.2f} s, curl {median(curl_cpu):.2f} s"
            ),
        ),
        Result(
            "download_cpu",
            "Video download (200 MiB) CPU time",
            median(app_cpu),
            "s",
            baseline=median(curl_cpu),
            baseline_label="curl",
            target=CPU_TARGET,
            ok=median(app_cpu) <= 1.5 * median(curl_cpu),
            runs=app_cpu,
            baseline_runs=curl_cpu,
            note="the same runs; CPU of the whole process (all threads), request to renamed file",
        ),
    ]
