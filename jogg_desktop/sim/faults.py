"""Fault injection: what can go wrong on a route, how often, and before or after the handler.

A fault names its route as ``"METHOD /path"`` with the path relative to the API base
(``"POST /create_video_from_url"``, ``"GET /project"``) or absolute for non-API paths
(``"GET /media/renders/*"`` — the rendered videos; ``*`` globs). Kinds (:class:`FaultKind`):

``http_NNN`` (e.g. http_404/http_500/http_502/http_503)
    that HTTP status (500 with a JSON 50000 envelope, others with a short text body)
``rate_limit``
    HTTP 429 with ``Retry-After: retry_after`` and envelope code 429
``delay``
    hold the answer ``delay`` seconds (default: SimConfig.fault_delay, past any client
    timeout), then answer normally
``reset``
    TCP reset; after the handler, and on every non-API route (media downloads), the headers
    and ``cut_at`` of the body go out first, so a download breaks mid-body
``truncated``
    full Content-Length announced, ``cut_at`` of the body sent, then the connection closes
``malformed_json``
    HTTP 200, ``application/json``, a body that is not JSON
``html_error``
    an HTML error page (a proxy's), HTTP ``status`` (default 502)
``envelope``
    HTTP 200 with envelope ``code`` (10105, 18020, 18025, 40000, 50000, 10104, 429, …)
``slow``
    send the body at ``rate`` bytes per second
``render_fail`` / ``project_deleted``
    on ``POST /create_video_from_url`` (v2: ``/create_video_from_product``): the render created
    ends failed / deleted; on ``GET /project`` (v2: ``GET /product_video/*``): the render polled
    flips to failed / deleted at once. On the preview routes (``POST /preview``, v2
    ``POST /create_video_from_product/preview_list``): the preview of the style named by ``msg``
    (every style when empty) starts, then ends failed / deleted
``style_fail``
    on the preview routes: the style named by ``msg`` (the last one asked for when empty) does
    not start — v2 answers it with an ``err_msg`` while the others start; v1 refuses that
    style's request (envelope 40000)

``after_handler=True`` runs the handler first (the product is saved, the render is charged)
and then damages or replaces the answer: the ambiguous "did it happen?" case.
``times`` = how many requests it hits (-1 = until cleared).
"""

from __future__ import annotations

import fnmatch
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from typing import Any


class FaultKind(StrEnum):
    HTTP_404 = "http_404"
    HTTP_500 = "http_500"
    HTTP_502 = "http_502"
    HTTP_503 = "http_503"
    RATE_LIMIT = "rate_limit"
    DELAY = "delay"
    RESET = "reset"
    TRUNCATED = "truncated"
    MALFORMED_JSON = "malformed_json"
    HTML_ERROR = "html_error"
    ENVELOPE = "envelope"
    SLOW = "slow"
    RENDER_FAIL = "render_fail"
    PROJECT_DELETED = "project_deleted"
    STYLE_FAIL = "style_fail"


PROJECT_KINDS = frozenset({FaultKind.RENDER_FAIL.value, FaultKind.PROJECT_DELETED.value,
                           FaultKind.STYLE_FAIL.value})
API_PREFIX = "/v1"
API_PREFIXES = ("/v1", "/v2")  # both generations, one port


def http_status_of(kind: str) -> int | None:
    """The status of an ``http_NNN`` kind, else None."""
    if kind.startswith("http_") and kind[5:].isdigit() and len(kind) == 8:
        return int(kind[5:])
    return None


def route_of(path: str) -> str:
    """The path as fault routes name it: relative to the API base for API paths (v1 or v2:
    ``POST /product`` hits both; the render and status routes have names of their own)."""
    for prefix in API_PREFIXES:
        if path == prefix or path.startswith(prefix + "/"):
            return path[len(prefix) :] or "/"
    return path


@dataclass
class Fault:
    route: str
    kind: str
    times: int = 1
    after_handler: bool = False
    code: int | None = None
    msg: str | None = None
    delay: float | None = None
    retry_after: int = 2
    rate: int = 64 * 1024
    cut_at: float = 0.5
    status: int | None = None

    def __post_init__(self) -> None:
        self.kind = str(self.kind)
        known = {k.value for k in FaultKind}
        if self.kind not in known and http_status_of(self.kind) is None:
            raise ValueError(f"unknown fault kind {self.kind!r}")
        method, _, path = self.route.partition(" ")
        if not method or not path.startswith("/"):
            raise ValueError(f"fault route must look like 'POST /product', not {self.route!r}")
        self.route = f"{method.upper()} {route_of(path)}"
        if self.kind == FaultKind.ENVELOPE and self.code is None:
            raise ValueError("an envelope fault needs a code")
        if not 0.0 <= self.cut_at <= 1.0:
            raise ValueError("cut_at is a fraction of the body")

    def matches(self, method: str, route: str) -> bool:
        want_method, _, want_path = self.route.partition(" ")
        if want_method not in ("*", method.upper()):
            return False
        return fnmatch.fnmatchcase(route, want_path)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fault:
        fields = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in fields})


ARRIVED = "jogg_sim.arrived"
"""ASGI scope key: the request's arrival ticket (:meth:`FaultBook.arrival`)."""


class FaultBook:
    """The armed faults; used from the server thread and the test thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        # Faults hit only requests that arrived after they were armed: a request held by an
        # earlier delay fault must not take a fault meant for the next test's request.
        self._clock = 0
        self._armed_at: dict[int, int] = {}

    def arrival(self) -> int:
        """A ticket for a request arriving now (see ``take(arrived=...)``)."""
        with self._lock:
            self._clock += 1
            return self._clock

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._clock += 1
            armed = replace(fault)  # the caller's object keeps its count
            self._armed_at[id(armed)] = self._clock
            self._faults.append(armed)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            self._armed_at.clear()

    def armed(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def take(
        self,
        method: str,
        route: str,
        *,
        after_handler: bool | None,
        project: bool = False,
        arrived: int | None = None,
        accept: Callable[[Fault], bool] | None = None,
    ) -> Fault | None:
        """Consume one hit of the first fault for this request and phase (None = any phase).

        ``project`` selects the render_fail/project_deleted/style_fail kinds, which the handlers
        apply; the others are applied around the handler by the gate. ``accept``: only a fault
        it accepts (a preview fault naming a style this request asks for).
        """
        with self._lock:
            for fault in self._faults:
                if (fault.kind in PROJECT_KINDS) != project:
                    continue
                if accept is not None and not accept(fault):
                    continue
                if after_handler is not None and fault.after_handler != after_handler:
                    continue
                if not fault.matches(method, route):
                    continue
                if arrived is not None and self._armed_at.get(id(fault), 0) > arrived:
                    continue
                if fault.times > 0:
                    fault.times -= 1
                    if fault.times == 0:
                        self._faults.remove(fault)
                        self._armed_at.pop(id(fault), None)
                return fault
        return None
