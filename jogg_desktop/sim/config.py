"""The simulator's settings: keys, timings, credits and limits."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

DEMO_API_KEY = "jogg-demo-key-7f3a9c2e41b84d05"
"""Accepted by every simulator unless ``valid_keys`` says otherwise (demo mode, tests)."""

MUSIC_LIST_KEYS = ("avatars", "music", "musics")


@dataclass
class SimConfig:
    valid_keys: set[str] = field(default_factory=lambda: {DEMO_API_KEY})
    crawl_delay: float = 3.0
    """Seconds POST /product with a URL takes (JoggAI's real crawl takes 10–30 s,
    docs/joggai-api.md §10.2)."""
    render_seconds: float = 20.0
    """Seconds from POST /create_video_from_url to status 4 (never before the MP4 exists)."""
    credits: int = 100
    """Starting balance of every key."""
    post_limit: int = 20
    post_window: float = 60.0
    asset_dir: Path | None = None
    """Where generated catalog media, shop images and renders are cached (shared between runs);
    ``None`` = ``paths.cache_dir()/sim-assets``."""
    host: str = "127.0.0.1"
    port: int = 0
    whoami: bool = True
    """False: GET /whoami answers 404, as it may on the real v1 API (undocumented endpoint)."""
    music_list_key: str = "avatars"
    """Key of the list in GET /musics: the spec's literal ``avatars`` (a doc error, see
    docs/joggai/README.md); set ``music``/``musics`` to test a client's tolerance."""
    media_rate: int | None = None
    """Throttle media downloads to this many bytes per second (None = full speed)."""
    fault_delay: float = 30.0
    """Default hold of a ``delay`` fault: longer than any client timeout."""
    render_fps: int = 10
    fetch_timeout: float = 10.0
    script_seconds: float = 3.0
    """Seconds a v2 script-suggestion task takes to complete (docs/joggai-api.md §8.15)."""
    clock: Callable[[], float] = time.monotonic
    """Drives the POST window and render timelines; tests may inject a fake clock."""

    def __post_init__(self) -> None:
        self.valid_keys = set(self.valid_keys)
        if self.music_list_key not in MUSIC_LIST_KEYS:
            raise ValueError(f"music_list_key must be one of {MUSIC_LIST_KEYS}")
