"""Everything a request handler of the simulator needs, in one object."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from jogg_desktop.sim.config import SimConfig
from jogg_desktop.sim.faults import FaultBook
from jogg_desktop.sim.state import SimState


@dataclass
class SimContext:
    config: SimConfig
    state: SimState
    faults: FaultBook
    asset_dir: Path
    """Shared cache of generated media and renders (survives the server)."""
    work_dir: Path
    """This server's own files (uploads); removed on stop."""
    origin: str = ""
    stopping: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def base_url(self) -> str:
        """The v1 API's address (older tests and tools); v2 is at :attr:`base_url_v2`."""
        return self.origin + "/v1"

    @property
    def base_url_v2(self) -> str:
        return self.origin + "/v2"

    async def pause(self, seconds: float) -> None:
        """Sleep, but wake at once when the server stops."""
        if seconds <= 0:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stopping.wait(), timeout=seconds)
