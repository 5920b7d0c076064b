"""Every page at the minimum and the default window size, light and dark, 100 % and 200 %:
no visible label's text wider than its label, no overlapping visible widgets; at the default
size and 100 % nothing needs scrolling (tests/ui/layout_check.py says exactly what is checked).

The scale factor is fixed when Qt starts, so the 200 % runs happen in a child pytest with
``QT_SCALE_FACTOR=2``. English and German (the longest) by default; ``JOGG_LAYOUT_LANGUAGES``
(comma-separated, e.g. ``de,zh_CN``; "en" is the source text) installs
``resources/translations/*_<lang>.qm`` and checks the same pages.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSize, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from jogg_desktop.jobs.types import JobStage
from tests.ui import layout_check
from tests.ui.render_support import connected  # noqa: F401
from ui.pages.progress_page import ProgressPage
from ui.pages.settings_page import SettingsPage
from ui.wizard import WizardWindow

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = [x.strip() for x in os.environ.get("JOGG_LAYOUT_LANGUAGES", "en,de").split(",") if x.strip()]
SCALE = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
DEFAULT = QSize(920, 700)  # the window's first size (ui/wizard.py)
TIMEOUT = 90_000


@pytest.fixture
def themed(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The app's look (Fusion + QSS, light or dark), as ui.app.apply_style sets it; reset after."""
    from resources.styles import dark_palette, light_palette, load_stylesheet

    theme: str = request.param
    old_style = qapp.style().name()
    qapp.setStyle("Fusion")
    qapp.setPalette(dark_palette() if theme == "dark" else light_palette(qapp.style().standardPalette()))
    qapp.setStyleSheet(load_stylesheet(dark=theme == "dark"))
    yield theme
    qapp.setStyleSheet("")
    qapp.setStyle(old_style)
    qapp.setPalette(qapp.style().standardPalette())


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    lang: str = request.param
    translators = []
    if lang != "en":
        files = sorted((ROOT / "resources" / "translations").glob(f"*_{lang}.qm"))
        if not files:
            pytest.skip(f"no compiled translations for {lang!r} in resources/translations")
        for file in files:
            translator = QTranslator()
            assert translator.load(str(file)), file
            QCoreApplication.installTranslator(translator)
            translators.append(translator)
    yield lang
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


class Checker:
    def __init__(self, qtbot: Any, window: WizardWindow) -> None:
        self.qtbot = qtbot
        self.window = window
        self.found: list[str] = []
        self.minimum = window.minimumSize()

    def sizes(self) -> list[tuple[str, QSize]]:
        return [("minimum", self.minimum), ("default", DEFAULT)]

    def check(self, where: str, root: Callable[[], QWidget] | None = None) -> None:
        """``where`` at both window sizes (``root``: a dialog over the window, else the window)."""
        for name, size in self.sizes():
            self.window.resize(size)
            wanted = size.expandedTo(self.window.minimumSizeHint())
            self.qtbot.waitUntil(lambda w=wanted: self.window.size() == w)
            QApplication.processEvents()
            target = root() if root is not None else self.window
            if root is not None:
                target.resize(target.size())  # picker dialogs size themselves from the window
                QApplication.processEvents()
            must_fit = name == "default" and SCALE == 1 and root is None
            for problem in layout_check.problems(target, must_fit=must_fit):
                self.found.append(f"[{where}, {name} {size.width()}x{size.height()}] {problem}")


@pytest.mark.parametrize("themed", ["light", "dark"], indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_page_is_laid_out_right(
    qtbot: Any,
    connected: Any,  # noqa: F811
    themed: str,
    language: str,
) -> None:
    window = WizardWindow(connected)
    qtbot.addWidget(window)
    window.resize(DEFAULT)
    window.show()
    qtbot.waitExposed(window)
    assert window.devicePixelRatioF() == SCALE
    check = Checker(qtbot, window)

    window.show_page("key")
    check.check("key page")
    window.show_page("link")
    check.check("link page")

    link = window.link_page
    link.url_edit.setText(connected.demo_product_urls[0])
    link.analyze()
    check.check("link page, analyzing")
    qtbot.waitUntil(lambda: window.current_name() == "product", timeout=TIMEOUT)
    product = window.pages["product"]
    assert product.grid.count() > 0
    check.check("product page")

    product.on_next()
    qtbot.waitUntil(lambda: window.current_name() == "settings", timeout=TIMEOUT)
    settings = window.pages["settings"]
    assert isinstance(settings, SettingsPage)
    qtbot.waitUntil(lambda: settings.can_go_next() and not settings.catalogs_loading(), timeout=TIMEOUT)
    check.check("settings page")
    for row, dialog in zip(settings.rows, settings.dialogs, strict=True):
        row.button.click()
        qtbot.waitUntil(dialog.isVisible)
        check.check(f"picker {dialog.windowTitle()!r}", lambda d=dialog: d)
        dialog.reject()
    check_compare_looks(check, qtbot, settings)

    settings.on_next()
    qtbot.waitUntil(lambda: window.current_name() == "progress", timeout=TIMEOUT)
    progress = window.pages["progress"]
    assert isinstance(progress, ProgressPage)
    check.check("progress page")
    qtbot.waitUntil(
        lambda: progress.job() is not None and progress.job().stage is JobStage.DONE, timeout=TIMEOUT
    )
    check.check("result page")

    assert check.found == [], "\n".join(check.found)


def check_compare_looks(check: Checker, qtbot: Any, settings: SettingsPage) -> None:
    """Compare looks: the chooser over the window, then the previews' window with its tiles."""
    from ui.previews import open_compare_windows

    qtbot.waitUntil(settings.compare_looks.button.isEnabled, timeout=TIMEOUT)
    settings.compare_looks.button.click()
    chooser = settings.compare_looks.dialog
    assert chooser is not None
    qtbot.waitUntil(chooser.isVisible)
    for row in range(3):
        chooser.gallery.item(row).setSelected(True)
    check.check("compare looks: the styles", lambda: chooser)
    chooser.make_button.click()
    ctx = settings.ctx
    qtbot.waitUntil(lambda: bool(open_compare_windows(ctx)), timeout=TIMEOUT)
    [compare] = open_compare_windows(ctx)
    qtbot.waitUntil(lambda: all(t.player.isVisible() for t in compare.tiles.values()), timeout=TIMEOUT)
    for size in (compare.minimumSizeHint(), QSize(1040, 760)):
        compare.resize(size.expandedTo(compare.minimumSizeHint()))
        QApplication.processEvents()
        for problem in layout_check.problems(compare, must_fit=False):
            check.found.append(f"[compare looks window, {size.width()}x{size.height()}] {problem}")
    compare.close()


@pytest.mark.skipif(SCALE != 1, reason="this is the child run itself")
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_page_is_laid_out_right_at_200_percent(theme: str) -> None:
    """The same test in a child pytest at QT_SCALE_FACTOR=2 (Qt fixes the scale at start-up)."""
    env = dict(os.environ, QT_SCALE_FACTOR="2")
    selector = f"test_every_page_is_laid_out_right and {theme}"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            str(Path(__file__)),
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
            "-k",
            selector,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    tail = "\n".join((result.stdout + result.stderr).splitlines()[-60:])
    assert result.returncode == 0, tail
    assert " passed" in result.stdout and " failed" not in result.stdout, tail


def test_the_check_finds_cut_text_overlaps_and_strays(qtbot: Any) -> None:
    """The checker itself can fail: a squeezed label, two widgets on top of each other, a child
    outside its parent."""
    from PySide6.QtWidgets import QLabel, QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    root.resize(300, 200)
    cut = QLabel("A label whose text is much wider than the label", root)
    cut.setGeometry(0, 0, 40, 20)
    QPushButton("One", root).setGeometry(0, 40, 100, 30)
    QPushButton("Two", root).setGeometry(50, 50, 100, 30)
    QPushButton("Stray", root).setGeometry(280, 190, 100, 30)
    root.show()
    qtbot.waitExposed(root)
    found = layout_check.problems(root, must_fit=True)
    assert any("QLabel" in p and "needs" in p for p in found), found
    assert any("overlaps" in p for p in found), found
    assert any("sticks out" in p for p in found), found
