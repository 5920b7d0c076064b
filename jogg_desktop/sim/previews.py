"""What makes a simulated preview a preview (docs/joggai-api.md §8.4, §9.5, §12).

A preview is a render job drawn short (:data:`PREVIEW_SECONDS`), at half the resolution and a
lower frame rate, marked "PREVIEW" across the picture and drawn in its visual style's own
colours and layout (``sim/render.py`` reads ``style`` and ``preview`` from the job). It costs
0.5 credit per started 2 minutes of the video asked for, charged at request time.

Faults on the preview routes are taken once per request and applied per style
(:func:`fault_for`): ``style_fail`` stops one style from starting, ``render_fail`` /
``project_deleted`` let it start and end failed / deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from jogg_desktop.models import credits_for
from jogg_desktop.sim.faults import Fault, FaultKind

PREVIEW_SECONDS = 4
PREVIEW_FPS = 6
STYLE_FAILED_MSG = "Preview generation failed for this visual style. Please try another style."


def preview_cost(length: int) -> float:
    """0.5 credit per started 2 minutes (a render is 1)."""
    return 0.5 * credits_for(length)


def styled_job(job: dict[str, Any], look: str, *, preview: bool) -> dict[str, Any]:
    """The render job drawn in ``look``; as a preview also short, small and marked."""
    out = dict(job)
    out["style"] = look
    if preview:
        seconds = min(float(job["seconds"]), PREVIEW_SECONDS)
        out.update(
            preview=True,
            width=max(2, int(job["width"]) // 4 * 2),
            height=max(2, int(job["height"]) // 4 * 2),
            fps=min(int(job["fps"]), PREVIEW_FPS),
            seconds=seconds,
            captions=[c for c in job.get("captions", []) if float(c[0]) < seconds],
        )
    return out


def accepts(styles: Sequence[str]) -> Any:
    """A fault filter: preview faults with no style named, or naming one of ``styles``."""

    def accept(fault: Fault) -> bool:
        return not fault.msg or fault.msg in styles

    return accept


def fault_for(fault: Fault | None, style: str, styles: Sequence[str]) -> str:
    """What ``fault`` does to ``style``: "not_started", "fail", "deleted" or "" (nothing)."""
    if fault is None:
        return ""
    if fault.kind == FaultKind.STYLE_FAIL:
        target = fault.msg or styles[-1]
        return "not_started" if style == target else ""
    if fault.msg and fault.msg != style:
        return ""
    return "fail" if fault.kind == FaultKind.RENDER_FAIL else "deleted"
