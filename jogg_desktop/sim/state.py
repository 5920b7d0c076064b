"""What the simulator remembers: requests received, products, projects, uploads, credits.

Shared by the server thread (which writes) and the test thread (which reads): every access
goes through one lock, and readers get copies.
"""

from __future__ import annotations

import base64
import collections
import itertools
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jogg_desktop.sim.config import SimConfig


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    """The full URL path as received, e.g. ``/v1/product``."""
    query: dict[str, str]
    headers: dict[str, str]
    """All request headers, names lower-cased (``x-api-key`` included: tests check it)."""
    json: Any
    """The body parsed as JSON, or None when it is empty or not JSON."""
    at: float
    """Wall-clock time (``time.time()``) of arrival."""
    body: bytes = b""
    route: str = ""
    """The path relative to the API base (``/product``) — what fault routes and
    ``SimServer.requests_to`` use."""

    def to_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "headers": self.headers,
            "json": self.json,
            "at": self.at,
            "body": base64.b64encode(self.body).decode("ascii"),
            "route": self.route,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RecordedRequest:
        return cls(
            method=data["method"],
            path=data["path"],
            query=dict(data["query"]),
            headers=dict(data["headers"]),
            json=data["json"],
            at=float(data["at"]),
            body=base64.b64decode(data.get("body", "")),
            route=data.get("route", ""),
        )


@dataclass
class ProductRecord:
    product_id: str
    key: str
    url: str = ""
    name: str = ""
    description: str = ""
    target_audience: str = ""
    media: list[dict[str, Any]] = field(default_factory=list)
    generation: str = "v1"
    """The API generation it was made through: each keeps its own products."""

    def to_wire(self) -> dict[str, Any]:
        return {
            "product_id": self.product_id,
            "url": self.url,
            "name": self.name,
            "description": self.description,
            "target_audience": self.target_audience,
            "media": [dict(m) for m in self.media],
        }


@dataclass
class ProjectRecord:
    project_id: str
    key: str
    title: str
    created_at: float
    """Wall-clock seconds (the wire's ``created_at``)."""
    started: float
    """Clock reading at creation (SimConfig.clock): the status timeline runs from here."""
    render_seconds: float
    length: int
    aspect_ratio: int
    video_path: Path
    cover_path: Path
    fate: str = ""
    """"" (normal), "fail" (ends in status 5) or "deleted" (reads as 99)."""
    render_error: str = ""
    request: dict[str, Any] = field(default_factory=dict)
    generation: str = "v1"
    """"v1" (a project, polled at /v1/project) or "v2" (a product video)."""
    credits: float = 0
    """What the render was charged (v2 shows it as ``deducted_credit``)."""
    kind: str = "render"
    """"render" (a video) or "preview" (docs/joggai-api.md §8.4, §9.5: short, low resolution)."""
    style: str = ""
    """The visual style it was drawn in (previews; renders made from a preview)."""
    render_args: dict[str, Any] = field(default_factory=dict)
    """A preview's render settings, for rendering it in full (render_single_preview)."""
    finished: threading.Event = field(default_factory=threading.Event)
    """Set once the render child is done (or will never run): tests wait on it."""

    @property
    def video_ready(self) -> bool:
        """The MP4 is complete and its child process gone (no file of it still changing)."""
        return self.finished.is_set() and not self.render_error and self.video_path.exists()


@dataclass
class UploadRecord:
    token: str
    asset_id: str
    filename: str
    path: Path
    uploaded: bool = False
    content_type: str | None = None
    """v2 signs the URL for this Content-Type: a PUT with another type is refused."""


class SimState:
    def __init__(self, config: SimConfig, work_dir: Path) -> None:
        self.config = config
        self.work_dir = work_dir
        self.lock = threading.RLock()
        self._requests: list[RecordedRequest] = []
        self._credits: dict[str, float] = {}
        self._posts: dict[str, collections.deque[float]] = {}
        self.products: dict[str, ProductRecord] = {}
        self.projects: dict[str, ProjectRecord] = {}
        self.uploads: dict[str, UploadRecord] = {}
        self.pages: dict[str, str] = {}
        """Extra pages tests host under ``/pages/<name>`` (SimServer.add_page)."""
        self.whoami = config.whoami
        self.media_rate = config.media_rate
        self._product_seq = itertools.count(54419368)

    # -- request log
    def record(self, request: RecordedRequest) -> None:
        with self.lock:
            self._requests.append(request)

    def requests(self) -> list[RecordedRequest]:
        with self.lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self.lock:
            self._requests.clear()

    # -- keys, credits and the POST window
    def key_valid(self, key: str | None) -> bool:
        return bool(key) and key in self.config.valid_keys

    def credits(self, key: str) -> float:
        with self.lock:
            return self._credits.get(key, self.config.credits)

    def set_credits(self, key: str, amount: float) -> None:
        with self.lock:
            self._credits[key] = amount

    def charge(self, key: str, amount: float) -> bool:
        """Take ``amount`` credits; False (nothing taken) when the balance is short."""
        with self.lock:
            balance = self._credits.get(key, self.config.credits)
            if balance < amount:
                return False
            self._credits[key] = round(balance - amount, 4)  # tenths stay tenths
            return True

    def admit_post(self, key: str) -> float | None:
        """Count a POST against the key's window; seconds to wait when over the limit."""
        now = self.config.clock()
        with self.lock:
            window = self._posts.setdefault(key, collections.deque())
            while window and now - window[0] >= self.config.post_window:
                window.popleft()
            if len(window) >= self.config.post_limit:
                return max(0.0, self.config.post_window - (now - window[0]))
            window.append(now)
            return None

    def posts_left(self, key: str) -> int:
        with self.lock:
            return max(0, self.config.post_limit - len(self._posts.get(key, ())))

    # -- ids
    def new_product_id(self) -> str:
        # Real product ids are unpadded base64 of a decimal number (docs/joggai-api.md §6.9).
        number = str(next(self._product_seq)).encode("ascii")
        return base64.b64encode(number).decode("ascii").rstrip("=")

    @staticmethod
    def new_project_id() -> str:
        return uuid.uuid4().hex  # 32 hex (docs/joggai-api.md §6.9)
