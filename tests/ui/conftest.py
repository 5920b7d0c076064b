"""UI test set-up: any Qt warning (or worse) fails the test, as Python warnings already do.

pytest-qt captures Qt's messages; here every UI test gets ``qt_log_level_fail("WARNING")`` plus
an ignore list of messages that are facts of the test machine, not of our code (no sound
server for QtMultimedia, offscreen platform limits). Keep that list short and specific.
"""

from __future__ import annotations

import pytest

QT_LOG_IGNORE = (
    r"(?i).*pulseaudio.*",  # no sound server on CI machines: QtMultimedia logs it and plays on
    r"(?i).*pulse audio.*",
    r".*This plugin does not support .*",  # offscreen platform: propagateSizeHints, raise, …
    r".*QFont::setPointSize.*",
    # QtMultimedia's FFmpeg backend probing optional system libraries (VA-API, PipeWire):
    r"Couldn't (load|resolve) .*(library|symbols)",
    r".*No RHI backend.*",  # no GPU under offscreen
    r".*No HW decoder.*",
    r"No audio device detected",
    # A media load cut short on purpose (first-frame grabber or player stopped while opening):
    r"Could not open media\. FFmpeg error description: Immediate exit requested",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" not in str(item.path).replace("\\", "/"):
            continue
        if item.get_closest_marker("qt_log_level_fail") is None:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
        if item.get_closest_marker("qt_log_ignore") is None:
            item.add_marker(pytest.mark.qt_log_ignore(*QT_LOG_IGNORE))


# -- shared fixtures ------------------------------------------------------------------------

from collections.abc import Iterator  # noqa: E402
from typing import Any  # noqa: E402


@pytest.fixture
def ctx(qloop: Any) -> Iterator[Any]:
    """An AppContext with no client yet (what the app has before a key is known)."""
    from ui.context import AppContext
    from ui.imaging.qt_fetch import lazy_qt_fetch
    from ui.imaging.thumbnails import ThumbnailLoader
    from ui.settings_store import SettingsStore
    from ui.tasks import TaskRunner

    holder: dict[str, Any] = {}

    def api_fetch(url: str) -> Any:
        return holder["ctx"].require_api().fetch_bytes(url)

    # The app's own thumbnail fetch (ui.app.build_context): Qt network, the client as fallback.
    context = AppContext(
        tasks=TaskRunner(), thumbnails=ThumbnailLoader(lazy_qt_fetch(api_fetch)), settings=SettingsStore()
    )
    holder["ctx"] = context
    yield context
    context.tasks.cancel_all()


def accessible_problems(root: Any) -> list[str]:
    """Focusable, visible controls with neither an accessible name nor visible text."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    problems = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if widget.metaObject().className() in ("QScrollBar", "QScrollArea", "QStackedWidget"):
            continue
        text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
        if not widget.accessibleName() and not text:
            problems.append(f"{widget.metaObject().className()} {widget.objectName()!r}")
    return problems


@pytest.fixture
def memory_keys() -> Any:
    """A real KeyStore over an in-memory keyring backend (tests/secrets/memory_keyring.py)."""
    from jogg_desktop.secrets import KeyStore
    from tests.secrets.memory_keyring import MemoryKeyring

    backend = MemoryKeyring()
    store = KeyStore(backend)
    store.test_backend = backend  # type: ignore[attr-defined]
    return store


def fast_client(key: str, base_url: str) -> Any:
    """The real client with test-speed retry waits (same code path, shorter sleeps)."""
    from jogg_desktop.api.client import JoggClient
    from jogg_desktop.api.retry import RetryPolicy

    return JoggClient(key, base_url=base_url, retry=RetryPolicy(base_delay=0.01, max_delay=0.05))


@pytest.fixture
def sim_ctx(ctx: Any, sim: Any, memory_keys: Any, qtbot: Any) -> Iterator[Any]:
    """The context of a real run against the simulator, before any key is entered."""
    ctx.api_base = ctx.real_api_base = sim.base_url
    ctx.make_api = lambda key: fast_client(key, sim.base_url)
    ctx.keys = memory_keys
    ctx.demo_product_urls = list(sim.demo_product_urls())
    yield ctx
    from tests.conftest import run_async

    # The app's shutdown order: in-flight work first, then the client it used.
    run_async(qtbot, ctx.tasks.shutdown())
    run_async(qtbot, ctx.thumbnails.aclose())
    if ctx.jobs is not None:
        run_async(qtbot, ctx.jobs.aclose())
    if ctx.api is not None:
        run_async(qtbot, ctx.api.aclose())


@pytest.fixture
def connected_ctx(sim_ctx: Any, sim_key: str, qtbot: Any, tmp_path: Any) -> Iterator[Any]:
    """Connected with a valid key, with the real job service on a real SQLite store."""
    from jogg_desktop.jobs.manager import JobManager
    from jogg_desktop.store import Store
    from tests.conftest import run_async

    store = Store(tmp_path / "jobs.sqlite3")
    try:
        sim_ctx.make_jobs = lambda api: JobManager(api, store.jobs)
        run_async(qtbot, sim_ctx.connect(sim_ctx.make_api(sim_key)))
        sim_ctx.settings.set("video/save_dir", str(tmp_path / "videos"))
        yield sim_ctx
    finally:  # the jobs stop before their store closes (as tests/ui/render_support.py does)
        sim_ctx.tasks.cancel_all()
        if sim_ctx.jobs is not None:
            run_async(qtbot, sim_ctx.jobs.aclose())
        store.close()


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """As the app runs in English: our English file gives the ``%n`` forms ("1 credit")."""
    from PySide6.QtCore import QTranslator

    from scripts.i18n import compile_all

    [qm] = compile_all(tmp_path_factory.mktemp("translations"), ("en",))
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
