"""After full runs with a known key, its text is in no file of the app and in no log output.

Two runs: in process (key store, logging to file and console at DEBUG, a whole job against the
simulator, the diagnostics report) and the command line as a child process.
"""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import keyring.backends.fail
import pytest

from jogg_desktop import logs, paths
from jogg_desktop.childproc import python_module_command
from jogg_desktop.diagnostics import diagnostics_text
from jogg_desktop.models import VideoSettings
from jogg_desktop.secrets import KeyLocation, KeyStore
from jogg_desktop.sim import SimConfig, SimServer
from jogg_desktop.store import Store
from tests.faults.harness import full_run, steady_client

KEY = "jogg-hygiene-key-7f3e9b2c41d8"
ROOT = Path(__file__).resolve().parents[1]
SETTINGS = VideoSettings(name="Hygiene")


@pytest.fixture
def sim_server(tmp_path: Path) -> Iterator[SimServer]:
    server = SimServer(SimConfig(valid_keys={KEY}, crawl_delay=0.0, render_seconds=0.5, credits=100))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def logged(capsys: pytest.CaptureFixture[str]) -> Iterator[Path]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    path = logs.setup_logging(logging.DEBUG, console=True)
    yield path
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def app_files() -> list[Path]:
    folders = [paths.config_dir(), paths.data_dir(), paths.cache_dir(), paths.log_dir()]
    return [p for folder in folders for p in folder.rglob("*") if p.is_file()]


def assert_key_nowhere(text: str, files: list[Path]) -> None:
    assert KEY not in text
    for path in files:
        assert KEY.encode() not in path.read_bytes(), path


@pytest.mark.slow
def test_in_process_run_leaves_no_trace_of_the_key(
    sim_server: SimServer, logged: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:

    async def run() -> str:
        keys = KeyStore(keyring.backends.fail.Keyring())
        assert await keys.save(KEY) is KeyLocation.SESSION  # headless: session only, no file
        key = await keys.load()
        assert key == KEY
        client = steady_client(key, sim_server.base_url)
        try:
            logging.getLogger("test").debug("client %r headers x-api-key: %s", client, key)
            result = await full_run(client, store, sim_server.demo_product_urls()[0], tmp_path, SETTINGS)
        finally:
            await client.aclose()
        assert result.error is None and result.job is not None
        return diagnostics_text(api_base=sim_server.base_url, jobs=store.jobs)

    report = asyncio.run(run())
    store.close()  # the fixture closes it too; closed here so every byte is on disk to search
    captured = capsys.readouterr()
    assert logged.stat().st_size > 0
    assert "[redacted]" in logged.read_text(encoding="utf-8")
    files = app_files()
    assert any(p.name == "jobs.sqlite3" for p in files)
    assert_key_nowhere(report + captured.out + captured.err, files)


@pytest.mark.slow
def test_command_line_run_leaves_no_trace_of_the_key(
    sim_server: SimServer, app_home: Path, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "JOGG_DESKTOP_HOME": str(app_home),
        "JOGG_API_KEY": KEY,
        "JOGG_LOG_LEVEL": "DEBUG",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        python_module_command(
            "jogg_desktop", "generate", "--url", sim_server.demo_product_urls()[0],
            "--api-base", sim_server.base_url, "--out", str(tmp_path), "--poll-every", "0.1",
        ),
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    files = app_files()
    assert any(p.suffix == ".log" for p in files)
    assert_key_nowhere(done.stdout + done.stderr, files)
