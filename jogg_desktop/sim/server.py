"""``SimServer``: the simulator on 127.0.0.1, served by uvicorn in a background thread."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import socket
import tempfile
import threading
from pathlib import Path
from types import TracebackType

import uvicorn

from jogg_desktop import paths
from jogg_desktop.sim import shop
from jogg_desktop.sim.app import build_app
from jogg_desktop.sim.config import SimConfig
from jogg_desktop.sim.context import SimContext
from jogg_desktop.sim.faults import Fault, FaultBook, route_of
from jogg_desktop.sim.state import RecordedRequest, SimState

START_TIMEOUT = 15.0


def default_asset_dir() -> Path:
    return paths.cache_dir() / "sim-assets"


class SimServer:
    def __init__(self, config: SimConfig | None = None, *, pregenerate_assets: bool = False) -> None:
        self.config = config or SimConfig()
        self._pregenerate = pregenerate_assets
        self._work_dir = Path(tempfile.mkdtemp(prefix="jogg-sim-"))
        asset_dir = self.config.asset_dir or default_asset_dir()
        self.ctx = SimContext(
            config=self.config,
            state=SimState(self.config, self._work_dir),
            faults=FaultBook(),
            asset_dir=asset_dir,
            work_dir=self._work_dir,
        )
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    # -- life cycle
    def start(self) -> SimServer:
        """Bind a port (SimConfig.port, 0 = free), serve in a thread; return once accepting."""
        if self._thread is not None:
            raise RuntimeError("already started")
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose proto says TCP;
        # with proto 0 every keep-alive answer (headers, then body) waited ~40 ms for an ACK.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((self.config.host, self.config.port))
        sock.listen(128)
        host, port = sock.getsockname()[:2]
        self.ctx.origin = f"http://{host}:{port}"
        config = uvicorn.Config(
            build_app(self.ctx, pregenerate=self._pregenerate),
            log_config=None,
            log_level="critical",
            access_log=False,
            lifespan="on",
            loop="asyncio",
            http="h11",
            timeout_graceful_shutdown=2,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, args=(sock,), name="jogg-sim", daemon=True)
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT) or self._error is not None:
            self.stop()
            raise RuntimeError(f"simulator did not start: {self._error!r}")
        return self

    def _run(self, sock: socket.socket) -> None:
        try:
            asyncio.run(self._serve(sock))
        except BaseException as exc:  # reported to start() or logged by stop()
            self._error = exc
            self._ready.set()

    async def _serve(self, sock: socket.socket) -> None:
        assert self._server is not None
        self._loop = asyncio.get_running_loop()
        task = asyncio.create_task(self._server.serve(sockets=[sock]))
        while not self._server.started and not task.done():
            await asyncio.sleep(0.01)
        self._ready.set()
        await task

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            loop = self._loop
            if loop is not None and not loop.is_closed():
                with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                    loop.call_soon_threadsafe(self.ctx.stopping.set)
        if self._thread is not None:
            self._thread.join(timeout=15)
            self._thread = None
        shutil.rmtree(self._work_dir, ignore_errors=True)

    def serve_forever(self) -> None:
        """Block until the server stops (demo mode's main thread)."""
        if self._thread is not None:
            self._thread.join()

    def __enter__(self) -> SimServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- addresses
    @property
    def origin(self) -> str:
        return self.ctx.origin

    @property
    def base_url(self) -> str:
        """The v1 API (``origin/v1``)."""
        return self.ctx.base_url

    @property
    def base_url_v2(self) -> str:
        """The v2 API (``origin/v2``); a client given :attr:`origin` speaks v2 by default."""
        return self.ctx.base_url_v2

    def base_url_for(self, generation: str) -> str:
        return f"{self.origin}/{generation}"

    def demo_product_urls(self) -> list[str]:
        return [self.origin + shop.page_path(p) for p in shop.PRODUCTS]

    def add_page(self, name: str, html: str) -> str:
        """Host ``html`` at ``/pages/<name>`` (e.g. a saved shop page to crawl); returns its URL."""
        with self.ctx.state.lock:
            self.ctx.state.pages[name] = html
        return f"{self.origin}/pages/{name}"

    # -- faults
    def inject(self, fault: Fault) -> None:
        self.ctx.faults.add(fault)

    def clear_faults(self) -> None:
        self.ctx.faults.clear()

    def faults(self) -> list[Fault]:
        return self.ctx.faults.armed()

    # -- what the server saw
    @property
    def requests(self) -> list[RecordedRequest]:
        return self.ctx.state.requests()

    def requests_to(self, method: str, path: str) -> list[RecordedRequest]:
        """Requests with this method and path; ``path`` relative to the API base
        (``/product``) or absolute (``/v1/product``, ``/media/...``)."""
        route = route_of(path)
        return [r for r in self.requests if r.method == method.upper() and r.route == route]

    def clear_requests(self) -> None:
        self.ctx.state.clear_requests()

    # -- account and knobs
    def set_credits(self, key: str, credits: float) -> None:
        self.ctx.state.set_credits(key, credits)

    def credits(self, key: str) -> float:
        return self.ctx.state.credits(key)

    def set_whoami(self, enabled: bool) -> None:
        """False: GET /whoami answers 404 (to test the client's fallback key check)."""
        self.ctx.state.whoami = enabled

    def set_media_rate(self, bytes_per_second: int | None) -> None:
        """Throttle media downloads (None = full speed)."""
        self.ctx.state.media_rate = bytes_per_second

    def wait_for_render(self, project_id: str, timeout: float = 60.0) -> bool:
        """Block until the project's render child has finished (True) or ``timeout`` passes."""
        with self.ctx.state.lock:
            project = self.ctx.state.projects[project_id]
        return project.finished.wait(timeout)

    def project_ids(self) -> list[str]:
        with self.ctx.state.lock:
            return list(self.ctx.state.projects)
