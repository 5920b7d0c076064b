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
from typing import Any

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
        batch_shots = {"batch", "batch-avatars", "batch-product"}
        if not shoot.only or shoot.only & batch_shots:
            await shoot_batch(ctx, shoot)
            if shoot.only and not shoot.only - batch_shots:
                return

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

        await compare_looks(shoot, ctx, settings)

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


async def compare_looks(shoot: Shooter, ctx: Any, settings: Any) -> None:
    """Compare looks: the styles with their cost, then the previews playing side by side."""
    if shoot.only and not shoot.only & {"compare-choose", "compare"}:
        return
    from ui.previews import open_compare_windows

    entry = settings.compare_looks
    await until(entry.button.isEnabled, 30, "compare looks")
    dialog = entry.open()
    await until(dialog.isVisible, 10, "the compare looks dialog")
    gallery = dialog.gallery
    for row in range(gallery.count()):
        if len(dialog.chosen()) < 3:
            gallery.item(row).setSelected(True)
    await shoot.shot("06d-compare-choose", dialog)
    dialog.make_button.click()
    await until(lambda: bool(open_compare_windows(ctx)), 30, "the compare window")
    compare = open_compare_windows(ctx)[0]
    compare.resize(QSize(1000, 700))
    await until(lambda: all(t.player.isVisible() and t.player.is_playing() for t in compare.tiles.values()),
                300, "the previews")
    await asyncio.sleep(2.0)  # a couple of seconds into the loops
    await shoot.shot("06e-compare", compare)
    compare.close()


async def shoot_batch(ctx: Any, shoot: Shooter) -> None:
    """The Batch window with a variants grid picked from the catalogs, and its avatar picker."""
    from jogg_desktop.models import AspectRatio, Ownership
    from ui.batch import show_batch_window
    from ui.batch.variants import AVATARS, LOOKS, VOICES

    window = show_batch_window(ctx)
    assert window is not None
    window.links_edit.setPlainText("\n".join(ctx.demo_product_urls[:4]))
    variants = window.variants
    variants.format_cards.button(AspectRatio.PORTRAIT).setChecked(True)
    for kind in (AVATARS, VOICES, LOOKS):
        window.load_catalog(kind)
    await until(lambda: all(variants.has_catalog(k) for k in (AVATARS, VOICES, LOOKS)), 60, "catalogs")
    portrait = [a for a in variants.known_avatars()
                if a.aspect is AspectRatio.PORTRAIT and a.ownership is Ownership.PUBLIC]
    variants.set_picks(avatars=[(a.ownership, a.id) for a in portrait[:2]],
                       voices=[v.id for v in variants.known_voices()[:2]],
                       looks=["style:FullScreen", "style:Avatar Bubble"])
    await until(lambda: not ctx.thumbnails.busy(), 30, "covers")
    await shoot.shot("10-batch", window)
    dialog = variants.open_picker(AVATARS)
    await until(dialog.isVisible, 10, "the avatar picker")
    await until(lambda: not ctx.thumbnails.busy(), 30, "covers")
    await shoot.shot("10b-batch-avatars", dialog)
    dialog.reject()
    await shoot_batch_product(window, shoot)
    window.close()


async def shoot_batch_product(window: Any, shoot: Shooter) -> None:
    """A row's product in the product editor: read by JoggAI, its video not requested yet."""
    from jogg_desktop.jobs.batch_model import BatchPlan, VariantGrid
    from jogg_desktop.jobs.batch_types import ProductStage

    plan = window.plan()
    plan = BatchPlan(plan.rows[:1], plan.settings, VariantGrid())
    runner = window._runner
    batch = runner.create(plan, Path(window.folder_edit.text()))
    window.show_batch(batch.id)
    row = runner.rows(batch.id)[0].product.id
    runner.hold(row)  # the render waits, as while an editor is open
    window._run(batch.id)
    await until(lambda: runner.product_row(row).stage is ProductStage.READY, 60, "the product page read")
    window.table.selectRow(0)
    runner.release(row)
    editor = window.edit_selected()  # holds it again at once: nothing is requested
    await until(editor.isVisible, 10, "the product editor")
    await until(lambda: not editor.page.ctx.thumbnails.busy(), 30, "thumbnails")
    await shoot.shot("10c-batch-product", editor)
    window.cancel()  # nothing was requested: nothing is charged
    editor.reject()


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
