"""What every page gets through its constructor: services, settings and the wizard's state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from jogg_desktop.models import Product, VideoSettings

if TYPE_CHECKING:
    from jogg_desktop.api.protocol import JoggApi
    from jogg_desktop.jobs.types import JobService
    from jogg_desktop.secrets import KeyStore
    from jogg_desktop.store import PresetStore, Store
    from ui.imaging.thumbnails import ThumbnailLoader
    from ui.settings_store import SettingsStore
    from ui.tasks import TaskRunner


@dataclass
class WizardState:
    """What the user has built so far; pages read and write it."""

    product: Product | None = None
    settings: VideoSettings = field(default_factory=VideoSettings)
    job_id: int | None = None


class SessionEvents(QObject):
    """What happens to the session, as Qt signals (no hand-kept list of callbacks to forget)."""

    api_changed = Signal()
    """A new client (and job service) is in use: a new key, or the demo started or stopped."""


@dataclass
class AppContext:
    """Handed to every page.

    ``api`` is the connected client. It is ``None`` only before the key page (or a stored key)
    connected; every page after the key page can rely on it. ``connect(api)`` replaces it (a new
    key) and rebuilds ``jobs``; ``events.api_changed`` is emitted.
    """

    tasks: TaskRunner
    thumbnails: ThumbnailLoader
    settings: SettingsStore
    api: JoggApi | None = None
    jobs: JobService | None = None
    demo: bool = False
    demo_product_urls: list[str] = field(default_factory=list)
    state: WizardState = field(default_factory=WizardState)
    api_base: str | None = None
    """The API base URL the client talks to (None: the client's default)."""
    real_api_base: str | None = None
    """The base URL for a real key (``api_base`` points at the simulator while in the demo)."""
    make_api: Callable[[str], JoggApi] | None = None
    """Build a client for an API key (the key page checks a new key with it)."""
    make_jobs: Callable[[JoggApi], JobService | None] | None = None
    keys: KeyStore | None = None
    """The key store, None in tests that need none."""
    events: SessionEvents = field(default_factory=SessionEvents)
    diagnostics: Callable[[], str] | None = None
    """The "Copy diagnostics" text (no key), built by the app."""
    presets: PresetStore | None = None
    """Named settings presets (the app's SQLite store); None until the store is open, or without one."""
    job_store: Callable[[], Store | None] | None = None
    """The store whose jobs the window shows now (the demo has its own), for diagnostics."""

    async def connect(self, api: JoggApi) -> None:
        """Use ``api`` from now on (a new key); the previous client and job service are closed."""
        old_api, old_jobs = self.api, self.jobs
        self.api = api
        if self.make_jobs is not None:
            self.jobs = self.make_jobs(api)
        self.events.api_changed.emit()
        if old_jobs is not None and old_jobs is not self.jobs:
            await old_jobs.aclose()
        if old_api is not None and old_api is not api:
            await old_api.aclose()

    def require_api(self) -> JoggApi:
        if self.api is None:
            raise RuntimeError("no API client yet: the key page connects one")
        return self.api
