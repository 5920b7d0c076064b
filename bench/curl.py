"""The curl baselines: one file, and many files in parallel, over the same loopback URLs."""

from __future__ import annotations

import resource
import shutil
import subprocess
import time
from pathlib import Path


def available() -> bool:
    return shutil.which("curl") is not None


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def download(url: str, dest: Path) -> tuple[float, int, float]:
    """(seconds as curl measured the transfer, bytes, curl's CPU seconds)."""
    cpu_before = _children_cpu()
    out = subprocess.run(
        ["curl", "-sS", "--fail", "-o", str(dest), "-w", "%{time_total} %{size_download}", url],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout.split()
    return float(out[0]), int(out[1]), _children_cpu() - cpu_before


def parallel(urls: list[str], dest_dir: Path, max_parallel: int) -> float:
    """Wall seconds for ``curl --parallel`` to fetch every URL into ``dest_dir``."""
    args = ["curl", "-sS", "--fail", "--parallel", "--parallel-max", str(max_parallel)]
    for i, url in enumerate(urls):
        args += ["-o", str(dest_dir / f"{i:03d}"), url]
    start = time.perf_counter()
    proc = subprocess.run(args, check=False, capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"curl --parallel failed ({proc.returncode}): {proc.stderr.strip()[:300]}")
    return seconds
