"""A hostile JoggAI on 127.0.0.1: answers whatever a test scripts, over a real socket.

``HostileServer.script[path] = Answer(...)``; every request is recorded (method, path, headers).
Bodies may be huge (``repeat``) without being held in memory.
"""

from __future__ import annotations

import ssl
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Answer:
    status: int = 200
    body: bytes = b'{"code": 0, "msg": "ok", "data": {}}'
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    repeat: int = 1  # the body is sent this many times (a 50 MB answer from a 1 MB chunk)
    announce_length: bool = True


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]


class HostileServer:
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.script: dict[str, Answer] = {}
        self.seen: list[Seen] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                path = self.path.split("?")[0]
                server.seen.append(Seen(self.command, path, {k.lower(): v for k, v in self.headers.items()}))
                answer = server.script.get(path, Answer(404, b'{"code": 10104, "msg": "no"}'))
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                if answer.announce_length:
                    self.send_header("Content-Length", str(len(answer.body) * answer.repeat))
                else:
                    self.send_header("Connection", "close")
                self.end_headers()
                try:
                    for _ in range(answer.repeat):
                        self.wfile.write(answer.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client refused the rest: what the test wants
                if not answer.announce_length:
                    self.close_connection = True

            do_GET = do_POST = do_PUT = _answer

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"{self.scheme}://{host!s}:{port}/v1"

    def start(self) -> HostileServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
