"""Script suggestions (docs/joggai-api.md §8.15, §9.10): ``POST /v1/ai_scripts`` (synchronous) and
``POST /v2/ai_scripts`` → ``GET /v2/ai_scripts/results/{task_id}``, 0.2 credit a call (§12).

The "AI" writes from the product's own text (:func:`jogg_desktop.sim.script.write_script`: a
hook in the style, the description's selling points, a call to action) plus a line for its
audience, each style opening with a different selling point. How many styles one call brings
is not documented: v1 answers :data:`V1_STYLES`; v2 the requested style first and the next two
of its six ("generated in multiple styles for variety", the spec says). The text is English
whatever the language asked.

Same gate as every route (key, POST budget, request log, faults). Faults of their own: a
``render_fail`` fault on ``POST /ai_scripts`` makes the v2 task end failed; on
``GET /ai_scripts/results/*`` it flips the task polled to failed (``err_msg`` set).
"""

from __future__ import annotations

import re
import secrets
import threading
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from jogg_desktop.sim.api import ParamError, V1Api, _arrived, _json_body, _key, _str
from jogg_desktop.sim.api_v2 import V2_STYLES, V2Api, _object
from jogg_desktop.sim.context import SimContext
from jogg_desktop.sim.envelope import NO_CREDIT, NOT_FOUND, error, ok
from jogg_desktop.sim.script import write_script

CREDITS = 0.2  # docs/joggai-api.md §12
V1_STYLES = ("Don't Worry", "Discovery", "Data", "Top 3 reasons")
V2_EXTRA = 2  # styles a v2 answer brings beside the one asked for
FAILED_MSG = "Failed to generate script"  # the spec's example err_msg


@dataclass(frozen=True)
class ProductText:
    name: str
    description: str
    audience: str = ""


@dataclass
class ScriptTaskRecord:
    task_id: str
    key: str
    started: float
    scripts: list[dict[str, Any]]
    failed: bool = False


def _sentences(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if len(p.strip()) > 3]


def write_suggestion(product: ProductText, style: str, length: int, turn: int) -> list[str]:
    """Paragraphs in ``style``: its hook, the selling points (from the ``turn``-th on), the audience,
    a call to action."""
    points = _sentences(product.description)
    if points:
        turn %= len(points)
        points = points[turn:] + points[:turn]
    lines = write_script(product.name, " ".join(points), style, length)
    if product.audience.strip():
        lines.insert(len(lines) - 1, f"Made for {product.audience.strip().rstrip('.')}.")
    return lines


class ScriptsApi:
    def __init__(self, ctx: SimContext, v1: V1Api, v2: V2Api) -> None:
        self.ctx = ctx
        self.v1 = v1
        self.v2 = v2
        self._lock = threading.Lock()
        self._tasks: dict[str, ScriptTaskRecord] = {}

    def routes(self) -> list[Route]:
        dispatch = V1Api._dispatch  # the same enum check and 40000 answers as every route
        return [
            Route("/v1/ai_scripts", dispatch({"POST": self.v1_scripts}), methods=["POST"]),
            Route("/v2/ai_scripts", dispatch({"POST": self.v2_scripts}), methods=["POST"]),
            Route("/v2/ai_scripts/results/{task_id:path}", dispatch({"GET": self.v2_results}),
                  methods=["GET"]),
        ]

    # -- v1 (docs/joggai-api.md §9.10): product_id, or name + description; an answer at once
    async def v1_scripts(self, request: Request) -> Response:
        data = await _json_body(request)
        _str(data, "language", required=True)  # its value was checked against the spec's enum
        length = int(_str(data, "video_length") or "15")
        product_id = _str(data, "product_id")
        if product_id.strip():
            record = self.v1._product(_key(request), product_id)
            if record is None:
                return error(NOT_FOUND)
            product = ProductText(record.name, record.description,
                                  _str(data, "target_audience") or record.target_audience)
        else:
            product = ProductText(_str(data, "name", required=True), _str(data, "description", required=True),
                                  _str(data, "target_audience"))
        if not self.ctx.state.charge(_key(request), CREDITS):
            return error(NO_CREDIT)
        scripts = [{"script_paragraphs": "\n".join(write_suggestion(product, style, length, turn)),
                    "script_style": style} for turn, style in enumerate(V1_STYLES)]
        return ok({"generated_scripts": scripts})

    # -- v2 (docs/joggai-api.md §8.15): a task, completed after SimConfig.script_seconds
    async def v2_scripts(self, request: Request) -> Response:
        data = await _json_body(request)
        _str(data, "language", required=True)
        length = int(_str(data, "video_length_seconds", required=True))
        style = _str(data, "script_style", required=True)
        info = _object(data, "product_info", required=True)
        source = _str(info, "source_type", required=True)
        details = _object(info, "data", required=True)
        audience = _str(data, "target_audience")
        if source == "id":
            record = self.v2._product(_key(request), _str(details, "id", required=True))
            if record is None:
                return error(NOT_FOUND)
            product = ProductText(record.name, record.description, audience or record.target_audience)
        else:
            name, description = _str(details, "name"), _str(details, "description")
            for field, value in (("name", name), ("description", description)):
                if not value.strip():  # required with source_type "details"
                    raise ParamError(f"product_info.data.{field}", "is required")
            product = ProductText(name, description, audience)
        key = _key(request)
        if not self.ctx.state.charge(key, CREDITS):
            return error(NO_CREDIT)
        first = V2_STYLES.index(style)
        styles = [V2_STYLES[(first + i) % len(V2_STYLES)] for i in range(V2_EXTRA + 1)]
        task = ScriptTaskRecord(
            task_id="task_" + secrets.token_hex(8), key=key, started=self.ctx.config.clock(),
            scripts=[{"script_style": s, "script_paragraphs": write_suggestion(product, s, length, turn)}
                     for turn, s in enumerate(styles)],
        )
        fate = self.ctx.faults.take("POST", "/ai_scripts", after_handler=None, project=True,
                                    arrived=_arrived(request))
        task.failed = fate is not None and fate.kind == "render_fail"
        with self._lock:
            self._tasks[task.task_id] = task
        return ok({"task_id": task.task_id})

    async def v2_results(self, request: Request) -> Response:
        task_id = request.path_params["task_id"]
        with self._lock:
            task = self._tasks.get(task_id)
        if task is None or task.key != _key(request):
            return error(NOT_FOUND)
        fate = self.ctx.faults.take("GET", f"/ai_scripts/results/{task_id}", after_handler=None,
                                    project=True, arrived=_arrived(request))
        if fate is not None and fate.kind == "render_fail":
            task.failed = True
        elapsed = self.ctx.config.clock() - task.started
        out: dict[str, Any] = {"task_id": task.task_id}
        if elapsed < self.ctx.config.script_seconds / 2:
            out["status"] = "pending"
        elif elapsed < self.ctx.config.script_seconds:
            out["status"] = "processing"
        elif task.failed:
            out.update(status="failed", err_msg=FAILED_MSG)
        else:
            out.update(status="completed", data={"generated_scripts": task.scripts})
        if task.failed and "err_msg" not in out and fate is not None:
            out.update(status="failed", err_msg=FAILED_MSG)  # flipped at once by the fault
        return ok(out)
