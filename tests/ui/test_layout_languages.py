"""In German (the longest of our languages), Simplified Chinese and the others, nothing is clipped.

Every page of the wizard with real content from the simulator (the product, the catalogs, a
finished video), and the Preferences dialog, at the window's minimum and default sizes: no
visible one-line label's text is wider than the label, no button narrower than its text, no page
that scrolls sideways. (French, Spanish, Portuguese and Japanese are marked slow.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget

from tests.conftest import run_async

SIZES = (QSize(760, 560), QSize(920, 700))  # the window's minimum and default sizes


@pytest.fixture(params=["de", "zh_CN", *[pytest.param(code, marks=pytest.mark.slow)
                                          for code in ("fr", "es", "pt_BR", "ja")]])
def language(request: pytest.FixtureRequest, qapp: Any, tmp_path: Path) -> Iterator[str]:
    from scripts.i18n import compile_all
    from ui.i18n import install_translations

    compile_all(tmp_path, (request.param,))
    before = {id(t) for t in qapp.findChildren(QTranslator)}
    default = QLocale()
    assert install_translations(qapp, request.param, tmp_path) == request.param
    yield request.param
    for translator in [t for t in qapp.findChildren(QTranslator) if id(t) not in before]:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(default)


def _inside_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped(root: QWidget) -> list[str]:
    """Visible texts that do not fit their widget, in the part of ``root`` on screen."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or widget.wordWrap() or "<" in text or not widget.pixmap().isNull():
                continue
            shown = re.sub(r"&(.)", r"\1", text) if widget.buddy() is not None else text  # mnemonic
            needed = max(widget.fontMetrics().horizontalAdvance(line) for line in shown.split("\n"))
            if needed > widget.contentsRect().width() + 1:
                problems.append(f"label {text!r}: {needed} > {widget.contentsRect().width()} px")
        elif isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().maximum() > 0:
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} scrolls sideways "
                            f"({widget.horizontalScrollBar().maximum()} px): {_widest(widget)}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.minimumSizeHint().width()
            if widget.width() + 1 < hint and not _inside_scroll_area(widget, root):
                problems.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} < {hint} px")
    return problems


def _widest(area: QAbstractScrollArea) -> str:
    """The widest minimum inside a scroll area: what makes it scroll sideways."""
    path = []
    parent: QWidget = area.viewport()
    while True:
        children = [w for w in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                    if w.isVisibleTo(area)]
        if not children:
            break
        parent = max(children, key=lambda w: w.minimumSizeHint().width())
        text = parent.text() if hasattr(parent, "text") and callable(parent.text) else ""
        path.append(f"{type(parent).__name__}({parent.objectName()!r}{', ' + repr(text) if text else ''}) "
                    f"{parent.minimumSizeHint().width()}")
    return " > ".join(path)


def check_sizes(qtbot: Any, window: QWidget, where: str) -> list[str]:
    found = []
    for size in SIZES:
        window.resize(size)
        qtbot.waitUntil(lambda size=size: window.size() == size)
        QApplication.processEvents()
        found += [f"{where} at {size.width()}×{size.height()}: {p}" for p in clipped(window)]
    return found


def test_nothing_is_clipped(qtbot: Any, language: str, connected_ctx: Any, sim: Any, tmp_path: Path) -> None:
    from jogg_desktop.jobs.types import JobStage
    from jogg_desktop.store import Store
    from tests.ui.test_notifications import start_job
    from ui.preferences.dialog import PreferencesDialog
    from ui.wizard import WizardWindow

    ctx = connected_ctx
    store = Store(tmp_path / "presets.sqlite3")
    ctx.presets = store.presets  # the saved-settings bar shows, as in the app
    window = WizardWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    problems: list[str] = []
    assert QCoreApplication.translate("WizardWindow", "Back") != "Back"  # really translated

    window.show_page("key")
    problems += check_sizes(qtbot, window, "key")
    window.show_page("link")
    problems += check_sizes(qtbot, window, "link")

    product = ctx.require_api().create_product_from_url(sim.demo_product_urls()[0])
    ctx.state.product = run_async(qtbot, product)
    window.show_page("product")
    qtbot.waitUntil(lambda: not ctx.thumbnails._pending, timeout=30_000)
    problems += check_sizes(qtbot, window, "product")

    window.show_page("settings")
    qtbot.waitUntil(lambda: not ctx.tasks.count, timeout=60_000)
    problems += check_sizes(qtbot, window, "settings")

    job = start_job(qtbot, ctx, sim, tmp_path, "Aurora Isolierflasche 750 ml")
    qtbot.waitUntil(lambda: ctx.jobs.get(job.id).stage is JobStage.DONE, timeout=60_000)
    ctx.state.job_id = job.id
    window.show_page("progress")
    page: Any = window.pages["progress"]
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.result_view)
    problems += check_sizes(qtbot, window, "result")

    dialog = window.open_preferences()
    assert isinstance(dialog, PreferencesDialog)
    qtbot.waitExposed(dialog)
    problems += [f"preferences: {p}" for p in clipped(dialog)]
    dialog.reject()
    ctx.presets = None
    store.close()
    assert not problems, f"{language}:\n" + "\n".join(problems)


def test_the_check_finds_a_clipped_label(qtbot: Any) -> None:
    label = QLabel("Ein sehr langer deutscher Text, der nicht passt")
    qtbot.addWidget(label)
    label.setFixedWidth(60)
    label.show()
    assert clipped(label.parentWidget() or _holder(qtbot, label))


def _holder(qtbot: Any, child: QWidget) -> QWidget:
    holder = QWidget()
    qtbot.addWidget(holder)
    child.setParent(holder)
    child.show()
    holder.show()
    return holder
