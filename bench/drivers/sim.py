"""The simulator's public names (``jogg_desktop.sim``), also while its package is being built."""

from __future__ import annotations

try:
    from jogg_desktop.sim import SimConfig, SimServer
except ImportError:  # the package's __init__ is not there yet: its modules are
    from jogg_desktop.sim.config import SimConfig  # type: ignore[no-redef]
    from jogg_desktop.sim.server import SimServer  # type: ignore[no-redef]

__all__ = ["SimConfig", "SimServer"]
