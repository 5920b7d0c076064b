"""The simulator as its own process: command line, ready line/file, admin API, SimProcess."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path

import httpx
import pytest

from jogg_desktop.childproc import python_module_command
from jogg_desktop.sim import DEMO_API_KEY, Fault, SimConfig, SimProcess
from jogg_desktop.sim.__main__ import parse_fault
from tests.sim.helpers import get


@pytest.mark.slow
def test_command_line_prints_a_ready_line_and_stops_on_sigterm(tmp_path: Path, sim_asset_dir: Path) -> None:
    ready = tmp_path / "ready.json"
    cmd = python_module_command(
        "jogg_desktop.sim", "--port", "0", "--ready-file", str(ready), "--asset-dir", str(sim_asset_dir),
        "--crawl-delay", "0", "--fault", "GET /avatars/public=http_503:times=1",
    )
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().split()
        assert first[0] == "JOGG_SIM_READY" and first[1].startswith("http://127.0.0.1:")
        base_url = first[1]
        info = json.loads(ready.read_text(encoding="utf-8"))
        assert info["base_url"] == base_url and base_url.endswith("/v2") and info["pid"] == proc.pid
        assert info["base_url_v1"] == base_url[:-3] + "/v1"
        assert len(info["demo_products"]) >= 4
        headers = {"x-api-key": DEMO_API_KEY}
        assert get(base_url + "/avatars/public", headers=headers).status_code == 503  # --fault
        assert get(base_url + "/avatars/public", headers=headers).json()["code"] == 0
        product = httpx.post(base_url + "/product", headers=headers, json={"url": info["demo_products"][2]})
        assert product.json()["code"] == 0
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert DEMO_API_KEY not in out + err  # keys are never printed


def test_fault_flag_syntax() -> None:
    fault = parse_fault("POST /create_video_from_url=envelope:code=18020,times=2,after=1")
    assert (fault.route, fault.kind, fault.code, fault.times, fault.after_handler) == (
        "POST /create_video_from_url", "envelope", 18020, 2, True,
    )
    assert parse_fault("GET /media/renders/*=slow:rate=1000").rate == 1000
    with pytest.raises(Exception, match="unknown"):
        parse_fault("GET /x=explode")


@pytest.mark.slow
def test_sim_process_has_the_same_methods(sim_asset_dir: Path) -> None:
    config = SimConfig(valid_keys={"proc-key"}, crawl_delay=0.0, render_seconds=1.0, credits=5,
                       asset_dir=sim_asset_dir)
    with SimProcess(config) as proc:
        headers = {"x-api-key": "proc-key"}
        assert get(proc.base_url + "/whoami", headers=headers).json()["code"] == 0
        other = {"x-api-key": DEMO_API_KEY}  # not in this process's key set
        assert get(proc.base_url + "/whoami", headers=other).json()["code"] == 10105
        proc.inject(Fault(route="GET /voices", kind="envelope", code=18025, times=1))
        assert [f.kind for f in proc.faults()] == ["envelope"]
        assert get(proc.base_url + "/voices", headers=headers).json()["code"] == 18025
        assert proc.faults() == []
        proc.inject(Fault(route="GET /voices", kind="http_500", times=-1))
        proc.clear_faults()
        assert get(proc.base_url + "/voices", headers=headers).status_code == 200
        seen = proc.requests_to("GET", "/voices")
        assert len(seen) == 2 and seen[0].headers["x-api-key"] == "proc-key"
        assert proc.credits("proc-key") == 5
        proc.set_credits("proc-key", 1)
        assert proc.credits("proc-key") == 1
        proc.set_whoami(False)
        assert get(proc.base_url + "/whoami", headers=headers).status_code == 404
        proc.set_media_rate(50_000)
        assert proc.state()["media_rate"] == 50_000
        assert proc.demo_product_urls()[0].startswith(proc.origin + "/shop/")
        pid = proc.pid
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
