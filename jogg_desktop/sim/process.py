"""``SimProcess``: the simulator in its own process, driven through the admin API.

For tests that kill and restart the client (crash tests) or that must not share a thread with
the server. Same methods as :class:`~jogg_desktop.sim.server.SimServer`.
"""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from jogg_desktop import tls
from jogg_desktop.childproc import python_module_command
from jogg_desktop.sim.config import SimConfig
from jogg_desktop.sim.faults import Fault, route_of
from jogg_desktop.sim.state import RecordedRequest

START_TIMEOUT = 30.0
READY_PREFIX = b"JOGG_SIM_READY "


def config_args(config: SimConfig) -> list[str]:
    args = [
        "--port", str(config.port),
        "--crawl-delay", str(config.crawl_delay),
        "--render-seconds", str(config.render_seconds),
        "--credits", str(config.credits),
        "--post-limit", str(config.post_limit),
        "--post-window", str(config.post_window),
        "--music-key", config.music_list_key,
    ]
    for key in sorted(config.valid_keys):
        args += ["--key", key]
    if config.asset_dir is not None:
        args += ["--asset-dir", str(config.asset_dir)]
    if not config.whoami:
        args.append("--no-whoami")
    if config.media_rate:
        args += ["--media-rate", str(config.media_rate)]
    return args


class SimProcess:
    def __init__(self, config: SimConfig | None = None, *, extra_args: tuple[str, ...] = ()) -> None:
        self.config = config or SimConfig()
        self._extra = extra_args
        self._proc: subprocess.Popen[bytes] | None = None
        self._info: dict[str, Any] = {}
        self._tmp = Path(tempfile.mkdtemp(prefix="jogg-simproc-"))
        self._http = httpx.Client(timeout=15.0, verify=tls.client_context())

    def start(self) -> SimProcess:
        ready = self._tmp / "ready.json"
        # The key list goes on the command line: a throwaway test/demo key, never a user's key.
        cmd = python_module_command(
            "jogg_desktop.sim", *config_args(self.config), "--ready-file", str(ready), *self._extra
        )
        self._proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        if not self._wait_ready_line():
            code = self._proc.poll()
            self.stop()
            raise RuntimeError(f"simulator process did not become ready (exit status {code})")
        self._info = json.loads(ready.read_text(encoding="utf-8"))
        return self

    def _wait_ready_line(self) -> bool:
        """Block on the child's stdout (no polling) until its ready line, EOF or the timeout."""
        assert self._proc is not None and self._proc.stdout is not None
        deadline = time.monotonic() + START_TIMEOUT
        buffer = b""
        with selectors.DefaultSelector() as selector:
            selector.register(self._proc.stdout, selectors.EVENT_READ)
            while time.monotonic() < deadline:
                if not selector.select(timeout=deadline - time.monotonic()):
                    return False
                chunk = os.read(self._proc.stdout.fileno(), 4096)
                if not chunk:
                    return False  # the child exited
                buffer += chunk
                if READY_PREFIX in buffer:
                    return True
        return False

    @property
    def pid(self) -> int:
        assert self._proc is not None
        return self._proc.pid

    @property
    def origin(self) -> str:
        return str(self._info["origin"])

    @property
    def base_url(self) -> str:
        """The v1 API, as :attr:`SimServer.base_url` (the ready file's ``base_url`` is v2's)."""
        return str(self._info.get("base_url_v1") or self._info["base_url"])

    @property
    def base_url_v2(self) -> str:
        return f"{self.origin}/v2"

    def demo_product_urls(self) -> list[str]:
        return list(self._info["demo_products"])

    def _admin(self, method: str, path: str, **kwargs: Any) -> Any:
        reply = self._http.request(method, f"{self.origin}/_sim/{path}", **kwargs)
        reply.raise_for_status()
        return reply.json()

    def inject(self, fault: Fault) -> None:
        self._admin("POST", "faults", json=fault.to_json())

    def clear_faults(self) -> None:
        self._admin("DELETE", "faults")

    def faults(self) -> list[Fault]:
        return [Fault.from_json(f) for f in self._admin("GET", "faults")["faults"]]

    @property
    def requests(self) -> list[RecordedRequest]:
        return [RecordedRequest.from_json(r) for r in self._admin("GET", "requests")["requests"]]

    def requests_to(self, method: str, path: str) -> list[RecordedRequest]:
        route = route_of(path)
        return [r for r in self.requests if r.method == method.upper() and r.route == route]

    def clear_requests(self) -> None:
        self._admin("DELETE", "requests")

    def set_credits(self, key: str, credits: float) -> None:
        self._admin("POST", "credits", json={"key": key, "credits": credits})

    def credits(self, key: str) -> float:
        return float(self._admin("GET", "credits", params={"key": key})["credits"])

    def set_whoami(self, enabled: bool) -> None:
        self._admin("POST", "config", json={"whoami": enabled})

    def set_media_rate(self, bytes_per_second: int | None) -> None:
        self._admin("POST", "config", json={"media_rate": bytes_per_second})

    def state(self) -> dict[str, Any]:
        result: dict[str, Any] = self._admin("GET", "state")
        return result

    def project_ids(self) -> list[str]:
        return list(self.state()["projects"])

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._http.close()
        if self._proc is not None and self._proc.stdout is not None:
            self._proc.stdout.close()
        for leftover in self._tmp.glob("*"):
            leftover.unlink(missing_ok=True)
        self._tmp.rmdir()

    def __enter__(self) -> SimProcess:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
