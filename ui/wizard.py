"""The main window: header with the step indicator (and a DEMO badge), the pages, Back/Next, a menu.

Pages talk to the window only through their signals (:class:`ui.pages.base.WizardPage`).
At start-up the app shows the window's frame first and builds the rest once it is on screen
(:meth:`WizardWindow.build`); the pages are imported then, not with this module.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.pages.base import WizardPage
    from ui.pages.key_page import KeyPage
    from ui.pages.link_page import LinkPage
    from ui.preferences.dialog import PreferencesDialog
    from ui.settings_store import SettingsStore

KEY, LINK, PRODUCT, SETTINGS, PROGRESS = "key", "link", "product", "settings", "progress"
STEP_PAGES = (LINK, PRODUCT, SETTINGS, PROGRESS)


# Pages built after the window shows, on first use: the settings and progress pages pull in
# QtMultimedia, which a first window does not need (start-up stays close to a bare window).
LATER_PAGES = (
    (PRODUCT, "ui.pages.product_page", "ProductPage"),
    (SETTINGS, "ui.pages.settings_page", "SettingsPage"),
    (PROGRESS, "ui.pages.progress_page", "ProgressPage"),
)


class PageFactory:
    """The wizard's pages by name. ``names`` are the pages this build has; one listed in
    LATER_PAGES is built by ``build`` the first time it is asked for, then kept."""

    def __init__(self, build: Callable[[str], WizardPage]) -> None:
        self._build = build
        self._built: dict[str, WizardPage] = {}
        self.names: list[str] = []

    def add(self, name: str, page: WizardPage) -> None:
        self._built[name] = page

    def __getitem__(self, name: str) -> WizardPage:
        """The page ``name``, built now if it was not yet; KeyError for a page this build lacks."""
        page = self._built.get(name)
        if page is None:
            if name not in self.names:
                raise KeyError(name)
            page = self._build(name)
        return page

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def built(self, name: str) -> WizardPage | None:
        """The page if it exists already (never builds one)."""
        return self._built.get(name)

    def name_of(self, page: QWidget | None) -> str:
        return next((n for n, p in self._built.items() if p is page), "")


class WizardWindow(QMainWindow):
    quit_requested = Signal()
    demo_requested = Signal()

    ctx: AppContext

    def __init__(
        self,
        ctx: AppContext | None = None,
        parent: QWidget | None = None,
        *,
        settings: SettingsStore | None = None,
    ) -> None:
        """With ``ctx``: the whole window. With only ``settings`` (the app's start-up): its frame —
        title, size, the app's colours — which costs little more than a bare window
        to put on screen; :meth:`build` adds the rest once it is shown."""
        super().__init__(parent)
        frame_settings = ctx.settings if ctx is not None else settings
        if frame_settings is None:
            raise TypeError("WizardWindow needs ctx, or settings for its frame")
        self._settings = frame_settings
        self.built = False
        self.setObjectName("wizardWindow")
        self.setWindowTitle(self.tr("Jogg Desktop"))
        self.setMinimumSize(760, 560)
        self._return_to: str | None = None
        self._quitting = False
        self.explicit_shutdown = False
        """True when the app handles ``quit_requested`` (shut down first, then close)."""
        self.close_to_background: Callable[[], bool] | None = None
        """Asked when the user closes the window: True if it went on in the background (ui.tray)."""
        self._footer: QHBoxLayout | None = None
        self._footer_buttons: dict[WizardPage, list[QPushButton]] = {}
        self._restore_geometry()
        if ctx is not None:
            self.build(ctx)

    def build(self, ctx: AppContext) -> None:
        """Pages, header, Back/Next and the menu's actions; then the first page (once)."""
        if self.built:
            return
        self.built = True
        self.ctx = ctx
        self.pages = PageFactory(self._build_later_page)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self._later = {
            name: (module, cls) for name, module, cls in LATER_PAGES
            if importlib.util.find_spec(module) is not None
        }
        self.pages.names = [KEY, LINK, *[n for n in STEP_PAGES if n in self._later]]
        from ui.pages.key_page import KeyPage
        from ui.pages.link_page import LinkPage
        from ui.widgets.step_indicator import StepIndicator

        self._add_page(KEY, KeyPage(ctx))
        self._add_page(LINK, LinkPage(ctx))
        self.key_page.demo_requested.connect(self.demo_requested)
        self.key_page.key_saved.connect(self._after_key)
        self.key_page.forget_requested.connect(self.forget_key)

        # Header: title, step indicator, DEMO badge.
        self.steps = StepIndicator(
            [self.tr("Product link"), self.tr("Product details"), self.tr("Video settings"),
             self.tr("Your video")],
            self,
        )
        self.page_title = QLabel(self)
        self.page_title.setObjectName("pageTitle")
        self.page_title.setAccessibleName(self.tr("Page title"))
        self.demo_badge = QLabel(self.tr("DEMO"), self)
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setToolTip(self.tr("Demo mode: a built-in simulator, nothing is charged."))
        self.demo_badge.setAccessibleName(self.tr("Demo mode: a built-in simulator, nothing is charged."))
        header_row = QHBoxLayout()
        header_row.addWidget(self.steps, 1)
        header_row.addWidget(self.demo_badge, 0, Qt.AlignmentFlag.AlignRight)
        header = QVBoxLayout()
        header.addLayout(header_row)
        header.addWidget(self.page_title)
        self.page_subtitle = QLabel(self)
        self.page_subtitle.setObjectName("pageIntro")
        self.page_subtitle.setWordWrap(True)
        header.addWidget(self.page_subtitle)

        # Footer: Back / Next.
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setObjectName("nextButton")
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setDefault(False)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.next_button.setToolTip(self.tr("Ctrl+Enter"))
        for keys in (Qt.Modifier.CTRL | Qt.Key.Key_Return, Qt.Modifier.CTRL | Qt.Key.Key_Enter):
            QShortcut(QKeySequence(keys), self).activated.connect(self._on_next_shortcut)
        footer_line = QFrame(self)
        footer_line.setFrameShape(QFrame.Shape.HLine)
        footer_line.setObjectName("footerLine")
        footer = QHBoxLayout()
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        footer.addWidget(self.next_button)
        self._footer = footer
        for page in (self.pages[KEY], self.pages[LINK]):
            self._add_footer_buttons(page)

        central = QWidget(self)
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(footer_line)
        layout.addLayout(footer)
        self.setCentralWidget(central)

        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # Enter on buttons (eventFilter)

        # Expected errors of tasks started without their own handler land on the visible page.
        ctx.tasks.failed.connect(lambda error: self.current_page().show_error(error))
        self._build_menu()
        self.update_demo_badge()
        ctx.show_video = self.show_video
        self.show_page(KEY if ctx.api is None else LINK)
        if self.isVisible():  # built into the shown frame: focus as Qt gives it when a window shows
            central.show()
            self.focusNextChild()

    # -- pages ----------------------------------------------------------------------------
    @property
    def key_page(self) -> KeyPage:
        from ui.pages.key_page import KeyPage

        page = self.pages[KEY]
        assert isinstance(page, KeyPage)
        return page

    @property
    def link_page(self) -> LinkPage:
        from ui.pages.link_page import LinkPage

        page = self.pages[LINK]
        assert isinstance(page, LinkPage)
        return page

    def current_name(self) -> str:
        current = self.stack.currentWidget()
        return self.pages.name_of(current)

    def _build_later_page(self, name: str) -> WizardPage:
        module, cls = self._later[name]
        page_cls: type[WizardPage] = getattr(importlib.import_module(module), cls)
        page = page_cls(self.ctx)
        self._add_page(name, page)
        return page

    def current_page(self) -> WizardPage:
        return self.pages[self.current_name()]

    def _add_page(self, name: str, page: WizardPage) -> None:
        self.pages.add(name, page)
        self.stack.addWidget(page)
        page.setObjectName(page.objectName() or f"{name}Page")
        page.go_next.connect(lambda p=page: self._page_next(p))
        page.go_back.connect(lambda p=page: self._page_back(p))
        page.nav_changed.connect(lambda p=page: self._refresh_nav(p))
        page.fix_key_requested.connect(self.change_key)
        page.start_over_requested.connect(self.start_over)
        if self._footer is not None:  # the first pages' buttons are placed once the footer exists
            self._add_footer_buttons(page)

    def _add_footer_buttons(self, page: WizardPage) -> None:
        """A page's own buttons go beside Next (e.g. "Compare looks…"), shown with the page."""
        buttons = page.footer_buttons()
        assert self._footer is not None
        for button in buttons:
            button.setParent(self)
            button.hide()
            self._footer.insertWidget(self._footer.indexOf(self.next_button), button)
        self._footer_buttons[page] = buttons

    def _order(self) -> list[str]:
        return [n for n in (KEY, *STEP_PAGES) if n in self.pages]

    def show_page(self, name: str) -> None:
        if name not in self.pages:
            return
        old = self.pages.built(self.current_name())
        target = self.pages[name]
        if old is not None and old is not target:
            old.on_leave()
        self.stack.setCurrentWidget(target)
        self.steps.setVisible(name != KEY)
        if name in STEP_PAGES:
            self.steps.set_current(STEP_PAGES.index(name))
        if old is not target:
            target.on_enter()
        self._refresh_nav(target)

    def _page_next(self, page: WizardPage) -> None:
        if page is not self.stack.currentWidget():
            return
        order = self._order()
        name = self.current_name()
        if name == KEY:
            self.show_page(self._return_to or LINK)
            self._return_to = None
            return
        index = order.index(name)
        if index + 1 < len(order):
            self.show_page(order[index + 1])

    def _page_back(self, page: WizardPage) -> None:
        if page is self.stack.currentWidget():
            self.go_back()

    def go_back(self) -> None:
        page = self.current_page()
        if not page.can_go_back():
            return
        order = self._order()
        index = order.index(self.current_name())
        if index - 1 >= 1:  # never back onto the key page (the menu changes the key)
            self.show_page(order[index - 1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter presses the focused button (Qt only does that in dialogs); on a list, a choice
        or a card it does the page's main action (Next). Text fields keep their own Enter."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and isinstance(watched, QWidget)
            and watched.window() is self
        ):
            if isinstance(watched, QPushButton | QToolButton) and watched.isEnabled():
                watched.click()
                return True
            if isinstance(watched, QAbstractItemView | QAbstractButton) and not isinstance(
                watched, QPushButton | QToolButton
            ):
                self._on_next_shortcut()
                return True
        return super().eventFilter(watched, event)

    def _on_next_shortcut(self) -> None:
        if self.next_button.isVisible() and self.next_button.isEnabled():
            self._on_next_clicked()

    def _on_next_clicked(self) -> None:
        page = self.current_page()
        if page.can_go_next():
            page.on_next()

    def _refresh_nav(self, page: WizardPage) -> None:
        if page is not self.stack.currentWidget():
            return
        self.page_title.setText(page.title())
        self.page_title.setVisible(bool(page.title()))
        self.page_subtitle.setText(page.subtitle())
        self.page_subtitle.setVisible(bool(page.subtitle()))
        name = self.current_name()
        shows = page.shows_navigation()
        self.back_button.setVisible(shows and name not in (KEY, LINK))
        self.next_button.setVisible(shows)
        for owner, buttons in self._footer_buttons.items():
            for button in buttons:
                button.setVisible(shows and owner is page)
        self.back_button.setEnabled(page.can_go_back())
        self.next_button.setEnabled(page.can_go_next())
        label = page.next_label()
        self.next_button.setText(label)
        self.next_button.setAccessibleName(label)

    def show_video(self, job_id: int) -> None:
        """Follow job ``job_id`` on the progress and result pages (a render started elsewhere,
        e.g. the full video of a preview)."""
        self.ctx.state.job_id = job_id
        if self.current_name() == PROGRESS:
            self.current_page().on_leave()
            self.current_page().on_enter()
        else:
            self.show_page(PROGRESS)
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    # -- key / start over -----------------------------------------------------------------
    def change_key(self) -> None:
        name = self.current_name()
        if name != KEY:
            self._return_to = name
        self.show_page(KEY)

    def _after_key(self) -> None:
        self.setWindowTitle(self._window_title())
        self.update_demo_badge()
        saved = self.key_page.status.text()
        if saved and self.current_name() != KEY:
            self.current_page().banner.show_text(saved, "success")

    def start_over(self) -> None:
        """A new product: its own name and script start empty; the style choices carry over."""
        state = self.ctx.state
        state.product = None
        state.job_id = None
        import dataclasses

        state.settings = dataclasses.replace(state.settings, name="", script="")
        self.link_page.reset()
        product = self.pages.built(PRODUCT)
        if product is not None:
            product.reset()
        self.show_page(LINK)

    def forget_key(self) -> None:
        """Ask first (No is the default): a forgotten key must be pasted again."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Forget your API key?"),
            self.tr("The app forgets your JoggAI API key and removes it from this computer. To make "
                    "videos again you paste it again (in JoggAI: your avatar → API)."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        forget = box.addButton(self.tr("Forget API key"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _r: self._forget_confirmed() if box.clickedButton() is forget else None)
        box.finished.connect(box.deleteLater)
        self.forget_box = box
        box.open()  # never exec() under qasync

    def _forget_confirmed(self) -> None:
        self.show_page(KEY)
        self.key_page.forget_key()

    # -- demo -----------------------------------------------------------------------------
    def update_demo_badge(self) -> None:
        self.demo_badge.setVisible(self.ctx.demo)
        self.setWindowTitle(self._window_title())
        self.forget_action.setEnabled(not self.ctx.demo)

    def _window_title(self) -> str:
        # Ends with the app's name: Qt appends the application display name to a title that
        # does not ("Jogg Desktop — DEMO — Jogg Desktop").
        title = self.tr("Jogg Desktop")
        return self.tr("DEMO — %1").replace("%1", title) if self.ctx.demo else title

    # -- menu -----------------------------------------------------------------------------
    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Jogg"))

        def action(text: str, slot: Callable[[], object], shortcut: QKeySequence | None = None) -> QAction:
            act = QAction(text, self)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(shortcut)
            menu.addAction(act)
            return act

        self.change_key_action = action(self.tr("Change API key…"), self.change_key)
        self.forget_action = action(self.tr("Forget API key"), self.forget_key)
        from ui.api_generation import add_generation_menu

        self.generation_actions = add_generation_menu(self, menu, self.ctx)  # advanced, not asked
        menu.addSeparator()
        self.history_action = action(self.tr("History…"), self.open_history,
                                     QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_H))
        self.batch_action = action(self.tr("Make many videos…"), self.open_batch)
        self.link_page.batch_requested.connect(self.open_batch)
        self.diagnostics_action = action(self.tr("Copy diagnostics"), self.copy_diagnostics)
        menu.addSeparator()
        from ui.preferences.menu import preferences_shortcut

        self.preferences_action = action(
            self.tr("Preferences…"), self.open_preferences, preferences_shortcut())
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = action(self.tr("Quit"), self.close, QKeySequence(QKeySequence.StandardKey.Quit))

    def open_preferences(self) -> PreferencesDialog:
        from ui.preferences.menu import open_preferences

        return open_preferences(self)

    def open_history(self) -> QWidget | None:
        """The jobs engineer's History window (``ui/history``)."""
        from ui.history import show_history

        window = show_history(self.ctx)
        if window is None:
            self.statusBar().showMessage(
                self.tr("Your videos appear here once your API key is set up."), 5000
            )
        return window

    def open_batch(self) -> QWidget | None:
        """The Batch window (``ui/batch``): many products, several variants each."""
        from ui.batch import show_batch_window

        window = show_batch_window(self.ctx, notify=lambda text: self.statusBar().showMessage(text, 15000))
        if window is None:
            hint = self.tr("Set up your API key first, then make many videos at once.")
            self.statusBar().showMessage(hint, 5000)
        return window

    def diagnostics_text(self) -> str:
        if self.ctx.diagnostics is not None:
            return self.ctx.diagnostics()
        import platform

        import jogg_desktop

        return "\n".join([
            f"Jogg Desktop {jogg_desktop.__version__}",
            f"Python {platform.python_version()} on {platform.platform()}",
            f"Demo: {'yes' if self.ctx.demo else 'no'}",
            f"API base: {self.ctx.api_base or 'default'}",
            f"API version: {self.ctx.api.generation.value if self.ctx.api is not None else 'not connected'}",
        ])

    def copy_diagnostics(self) -> None:
        QGuiApplication.clipboard().setText(self.diagnostics_text())
        self.statusBar().showMessage(self.tr("Diagnostics copied. They contain no API key."), 5000)

    # -- window state ---------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._settings.get("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(920, 700)

    def save_geometry(self) -> None:
        self._settings.set("window/geometry", self.saveGeometry())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        if not self.built and not self._quitting:
            event.ignore()  # the frame only (a fraction of a second at start-up): nothing to shut down yet
            return
        hook = self.close_to_background
        if not self._quitting and event.spontaneous() and hook is not None and hook():
            event.ignore()  # closed by the user while videos are being made: they go on
            return
        if self._quitting or not self.explicit_shutdown:
            event.accept()
            return
        # The app shuts down explicitly (cancel tasks, close the client), then closes us.
        event.ignore()
        self._quitting = True
        self.quit_requested.emit()

    def finish_close(self) -> None:
        self._quitting = True
        self.close()

