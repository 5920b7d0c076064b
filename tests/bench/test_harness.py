"""The benchmark harness runs and prints its table (never checks timings: see bench/)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_harness_prints_machine_and_table(tmp_path: Path) -> None:
    out = tmp_path / "run.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--only",
            "startup",
            "--runs",
            "1",
            "--json",
            str(out),
            "--cache-dir",
            str(tmp_path / "cache"),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Machine: " in proc.stdout
    assert "| Benchmark | Jogg Desktop | Baseline (same run) |" in proc.stdout
    assert "| Start-up to first shown window |" in proc.stdout
    doc = json.loads(out.read_text())
    assert doc["machine"]["cores"]
    [startup] = doc["results"]
    assert startup["key"] == "startup"
    assert len(startup["baseline_runs"]) == 1 and startup["baseline_runs"][0] > 0
