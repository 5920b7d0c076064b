"""Start-up shows the window's frame first and builds the wizard into it once it is on screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtGui import QCloseEvent

from tests.ui.conftest import accessible_problems
from ui.first_frame import show_first_frame
from ui.wizard import WizardWindow

ROOT = Path(__file__).resolve().parents[2]

# What must not be loaded before the first frame: the pages and the domain model, the asyncio
# stack, the network and keyring clients, SQLite, multimedia (each is tens of ms of start-up).
HEAVY = (
    "ui.context", "ui.pages.base", "ui.pages.key_page", "jogg_desktop.models", "asyncio", "qasync",
    "httpx", "keyring", "sqlite3", "PySide6.QtMultimedia", "PySide6.QtNetwork", "logging.handlers",
    "ui.preferences.dialog",
)


def test_the_frame_shows_first_and_the_wizard_is_built_into_it(qtbot: Any, ctx: Any) -> None:
    window = WizardWindow(settings=ctx.settings)
    qtbot.addWidget(window)
    show_first_frame(window)
    assert window.windowHandle() is not None and window.windowHandle().isExposed()
    assert not window.built and window.centralWidget() is None
    window.build(ctx)
    assert window.built
    assert window.current_name() == "key"
    assert window.key_page.key_edit.hasFocus()  # as when the whole window is shown at once
    assert window.history_action.isEnabled() and window.menuBar().actions()
    assert accessible_problems(window) == []


def test_a_close_before_the_wizard_is_built_is_ignored(qtbot: Any, ctx: Any) -> None:
    window = WizardWindow(settings=ctx.settings)
    qtbot.addWidget(window)
    show_first_frame(window)
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()  # nothing to shut down yet; the built window handles Quit
    window.build(ctx)
    assert window.current_name() == "key"


def test_nothing_heavy_is_loaded_before_the_first_frame(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "import ui.first_frame\n"
        "def stop(window, timeout_ms=0):\n"
        "    print(' '.join(sorted(sys.modules)))\n"
        "    raise SystemExit(0)\n"
        "ui.first_frame.show_first_frame = stop\n"
        "from ui.app import run_app\n"
        "run_app([])\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JOGG_DESKTOP_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = set(done.stdout.split())
    assert "ui.wizard" in loaded  # the probe did stop at the first frame
    assert sorted(loaded.intersection(HEAVY)) == []
