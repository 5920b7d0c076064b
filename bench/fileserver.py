"""A static file server on loopback (Starlette + uvicorn, like the simulator), in a child process.

The app's downloader/thumbnail loader and curl fetch the very same URLs from it. It runs in its
own process so that serving never competes with the measured client for the GIL.

    python -m bench.fileserver DIR     # prints "BENCH_SERVER_READY http://127.0.0.1:PORT"
"""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path
from types import TracebackType

READY = "BENCH_SERVER_READY"


def serve(directory: Path) -> None:
    import uvicorn
    from starlette.applications import Starlette
    from starlette.routing import Mount
    from starlette.staticfiles import StaticFiles

    app = Starlette(routes=[Mount("/files", StaticFiles(directory=directory))])
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose proto says TCP; with
    # proto 0 every keep-alive answer (headers, then body) waits ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)  # listening before READY is printed: the first request must not be refused
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    print(f"{READY} http://127.0.0.1:{port}", flush=True)
    server.run(sockets=[sock])


class FileServer:
    """``with FileServer(ctx, dir) as srv: srv.url("a.jpg")`` — the child is stopped on exit."""

    def __init__(self, directory: Path, env: dict[str, str], cwd: Path) -> None:
        self._directory = directory
        self._env = env
        self._cwd = cwd
        self._proc: subprocess.Popen[str] | None = None
        self.origin = ""

    def __enter__(self) -> FileServer:
        from jogg_desktop.childproc import python_module_command

        self._proc = subprocess.Popen(
            python_module_command("bench.fileserver", str(self._directory)),
            cwd=self._cwd,
            env=self._env,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline().strip()
        if not line.startswith(READY + " "):
            self._proc.kill()
            raise RuntimeError(f"file server did not start: {line!r}")
        self.origin = line.split()[1]
        return self

    def url(self, relative: str) -> str:
        return f"{self.origin}/files/{relative}"

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()


if __name__ == "__main__":
    serve(Path(sys.argv[1]))
