"""What every page gets through its constructor: the app's services, and the session (the
connected client, demo mode, the wizard's state) with signals for its changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from jogg_desktop.models import Product, VideoSettings

if TYPE_CHECKING:
    from jogg_desktop.api.protocol import JoggApi
    from jogg_desktop.jobs.previews import PreviewManager
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


@dataclass(frozen=True)
class Services:
    """What the app is built from, set once at start-up and never replaced."""

    tasks: TaskRunner
    thumbnails: ThumbnailLoader
    settings: SettingsStore


class SessionEvents(QObject):
    """What happens to the session, as Qt signals (no hand-kept list of callbacks to forget)."""

    api_changed = Signal()
    """A new client (and job service) is in use: a new key, or the demo started or stopped."""


class AppContext:
    """Handed to every page: the app's :class:`Services` (fixed) and the session (what changes
    while the app runs); ``events`` signals its changes.

    ``api`` is the connected client. It is ``None`` only before the key page (or a stored key)
    connected; every page after the key page can rely on it. ``connect(api)`` replaces it (a new
    key), rebuilds ``jobs`` and emits ``events.api_changed``.
    """

    def __init__(
        self,
        tasks: TaskRunner,
        thumbnails: ThumbnailLoader,
        settings: SettingsStore,
        *,
        api_base: str | None = None,
        make_api: Callable[[str], JoggApi] | None = None,
        keys: KeyStore | None = None,
    ) -> None:
        self.services = Services(tasks, thumbnails, settings)
        self.events = SessionEvents()
        self.api: JoggApi | None = None
        self.jobs: JobService | None = None
        self.previews: PreviewManager | None = None
        """Previews in several looks (compare looks); made with ``jobs`` by ``make_previews``."""
        self.demo = False
        self.demo_product_urls: list[str] = []
        self.state = WizardState()
        self.api_base = api_base
        """The API base URL the client talks to (None: the client's default)."""
        self.real_api_base: str | None = None
        """The base URL for a real key (``api_base`` points at the simulator while in the demo)."""
        # Wired by the app once it has them (the key store and the job store open after the
        # window shows); tests put their own.
        self.make_api = make_api
        """Build a client for an API key (the key page checks a new key with it)."""
        self.make_jobs: Callable[[JoggApi], JobService | None] | None = None
        self.make_previews: Callable[[JoggApi, JobService], PreviewManager | None] | None = None
        self.keys = keys
        """The key store, None in tests that need none."""
        self.diagnostics: Callable[[], str] | None = None
        """The "Copy diagnostics" text (no key), built by the app."""
        self.presets: PresetStore | None = None
        """Named settings presets (the app's SQLite store); None until the store is open."""
        self.job_store: Callable[[], Store | None] | None = None
        """The store whose jobs the window shows now (the demo has its own), for diagnostics."""
        self.show_video: Callable[[int], None] | None = None
        """Follow a video job on the main window's progress and result pages (the wizard sets it);
        e.g. a full video started from a preview."""
        self.notify: Callable[[str, str, Callable[[], None] | None], bool] | None = None
        """A desktop notification (title, text, on click) if the window is not in front (ui.tray);
        e.g. previews or a batch that finished. Video jobs are announced by the notifier itself."""

    # -- the services (read-only) ---------------------------------------------------------
    @property
    def tasks(self) -> TaskRunner:
        return self.services.tasks

    @property
    def thumbnails(self) -> ThumbnailLoader:
        return self.services.thumbnails

    @property
    def settings(self) -> SettingsStore:
        return self.services.settings

    # -- the session ----------------------------------------------------------------------
    async def connect(self, api: JoggApi) -> None:
        """Use ``api`` from now on (a new key); the previous client and job service are closed."""
        old_api, old_jobs, old_previews = self.api, self.jobs, self.previews
        self.api = api
        if self.make_jobs is not None:
            self.jobs = self.make_jobs(api)
        if self.make_previews is not None and self.jobs is not None:
            self.previews = self.make_previews(api, self.jobs)
        self.events.api_changed.emit()
        if old_previews is not None and old_previews is not self.previews:
            await old_previews.aclose()
        if old_jobs is not None and old_jobs is not self.jobs:
            await old_jobs.aclose()
        if old_api is not None and old_api is not api:
            await old_api.aclose()

    def require_api(self) -> JoggApi:
        if self.api is None:
            raise RuntimeError("no API client yet: the key page connects one")
        return self.api
