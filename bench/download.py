"""(being written)"""

from __future__ import annotations

from bench.context import Context
from bench.result import Result, skipped


def run(ctx: Context) -> list[Result]:
    return [skipped("download", "download", "", "", "not written yet")]
