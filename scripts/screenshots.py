"""Take a screenshot of every wizard page, driven against the demo simulator (a child process).

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python scripts/screenshots.py [--dark] [--lang de]

Writes PNGs to docs/screenshots/ (``-dark`` / ``-2x`` / ``-de`` suffixes for the variants). Under Xvfb the
real xcb platform is used, so the video player's frame is captured too (QScreen.grabWindow).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true", help="dark theme")
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio (e.g. 2)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", default="", help="comma-separated page names")
    parser.add_argument("--lang", default="", help="language code, e.g. de or zh_CN (default: English)")
    return parser.parse_args()


ARGS = parse()
if ARGS.scale != 1.0:
    os.environ["QT_SCALE_FACTOR"] = str(ARGS.scale)
os.environ.setdefault("QT_API", "pyside6")
if "JOGG_DESKTOP_HOME" not in os.environ:
    # A fresh home each run: no video of an earlier run, so the file is not named "… (2).mp4".
    import atexit
    import shutil
    import tempfile

    os.environ["JOGG_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="jogg-screenshots-")
    atexit.register(shutil.rmtree, os.environ["JOGG_DESKTOP_HOME"], True)

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


async def until(check: Callable[[], object], timeout: float = 60.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what or check}")
        await asyncio.sleep(0.05)


class Shooter:
    def __init__(self, window: QWidget, out: Path, suffix: str) -> None:
        self.window = window
        self.out = out
        self.suffix = suffix
        self.only = {n for n in ARGS.only.split(",") if n}
        out.mkdir(parents=True, exist_ok=True)

    async def shot(self, name: str, window: QWidget | None = None) -> None:
        if self.only and name.split("-", 1)[-1] not in self.only:
            return
        await asyncio.sleep(0.3)  # let layouts, fades and the video frame settle
        QApplication.processEvents()
        target = window or self.window
        screen = target.screen()
        if QGuiApplication.platformName() == "xcb":
            pixmap = screen.grabWindow(target.winId())
        else:
            pixmap = target.grab()
        path = self.out / f"{name}{self.suffix}.png"
        pixmap.save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


async def shoot_suggestions(shoot: Shooter, settings: QWidget) -> None:
    from ui.pages.settings_page import SettingsPage

    assert isinstance(settings, SettingsPage)
    settings.script_row.button.click()
    await until(settings.script_dialog.isVisible, 10, "the script picker")
    suggester = settings.suggester
    suggester.schedule = lambda _elapsed: 0.5  # the demo simulator, not JoggAI: no etiquette needed
    suggester.button.click()
    await until(suggester.dialog.isVisible, 10, "the suggestions window")
    suggester.dialog.ask_button.click()
    await until(lambda: suggester.dialog.state == "suggestions", 60, "the suggestions")
    await shoot.shot("06a-scripts", suggester.dialog)
    suggester.dialog.reject()
    settings.script_dialog.reject()


async def drive(app: QApplication) -> None:
    from jogg_desktop.errors import AuthError
    from ui.app import AppShell, build_context
    from ui.pages.progress_page import ProgressPage
    from ui.wizard import WizardWindow

    ctx = build_context(argparse.Namespace(api_base=None, demo=True), keys=None)
    from ui.app import attach_jobs

    store = attach_jobs(ctx)
    window = WizardWindow(ctx)
    shell = AppShell(ctx, window, demo=False)
    shell.store = store
    window.resize(QSize(920, 700))  # the window's default size: every page fits it
    window.show()
    suffix = (("-dark" if ARGS.dark else "") + (f"-{ARGS.scale:g}x" if ARGS.scale != 1.0 else "")
              + (f"-{ARGS.lang}" if ARGS.lang else ""))
    shoot = Shooter(window, ARGS.out, suffix)
    try:
        await shoot.shot("01-key")
        window.key_page.key_edit.setText("not-a-real-key")
        window.key_page.show_error(AuthError())
        await shoot.shot("02-key-wrong")
        window.key_page.key_edit.clear()
        window.key_page.clear_error()

        shell.start_demo()
        await until(lambda: window.current_name() == "link", 60, "the demo")
        await shoot.shot("03-link")

        link = window.link_page
        urls = ctx.demo_product_urls
        link.url_edit.setText(urls[0] if urls else "")
        link.analyze()
        await until(lambda: link.progress.elapsed_seconds() >= 1, 10, "analysis")
        await shoot.shot("04-analyzing")
        await until(lambda: window.current_name() == "product", 90, "the product page")
        product = window.pages["product"]
        await until(lambda: not ctx.thumbnails.busy(), 30, "thumbnails")
        await shoot.shot("05-product")

        product.on_next()
        await until(lambda: window.current_name() == "settings", 30, "the settings page")
        settings = window.pages["settings"]
        from ui.pages.settings_page import SettingsPage

        assert isinstance(settings, SettingsPage)
        await until(lambda: not ctx.tasks.count, 60, "catalogs")
        await until(lambda: not ctx.thumbnails.busy(), 30, "covers")
        await shoot.shot("06-settings")
        if not shoot.only or "scripts" in shoot.only:  # "Suggest a script…": the cards by style
            await shoot_suggestions(shoot, settings)
        # The pickers the settings page opens: avatars (filters, previews) and the look gallery.
        for name, row, dialog in (("06b-avatars", settings.avatar_row, settings.avatar_dialog),
                                  ("06c-look", settings.look_row, settings.look_dialog)):
            row.button.click()
            await until(dialog.isVisible, 10, name)
            await until(lambda: not ctx.thumbnails.busy(), 30, "covers")
            await shoot.shot(name, dialog)
            dialog.reject()

        settings.on_next()
        await until(lambda: window.current_name() == "progress", 30, "the progress page")
        await asyncio.sleep(1.5)
        await shoot.shot("07-progress")
        progress = window.pages["progress"]
        assert isinstance(progress, ProgressPage)
        await until(lambda: (job := progress.job()) is not None and job.stage.value == "done", 300,
                    "the render")
        progress.player.play()
        await asyncio.sleep(2.5)  # a couple of seconds into the video
        progress.player.pause()
        await shoot.shot("08-result")
        if not shoot.only or "preferences" in shoot.only:
            preferences = window.open_preferences()
            await shoot.shot("09-preferences", preferences)
            preferences.reject()
    finally:
        shell.request_quit()
        await shell.finished


def main() -> int:
    app = QApplication([sys.argv[0]])
    app.setApplicationName("Jogg Desktop")
    from ui.i18n import install_translations

    if install_translations(app, ARGS.lang or "en") != (ARGS.lang or "en"):
        raise SystemExit(f"no translation for {ARGS.lang!r}: run scripts/i18n.py compile")
    from resources.styles import dark_palette, load_stylesheet
    from ui.app import apply_style

    if ARGS.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        app.setStyleSheet(load_stylesheet(dark=True))
    else:
        apply_style(app)
    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(drive(app))
    return 0


if __name__ == "__main__":
    sys.exit(main())
