"""First run / change key: paste the JoggAI API key, checked by a live call before it is saved.

Where the key ends up (OS password store, or this session only) is said plainly. "Try the demo"
asks the wizard to start the built-in simulator instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jogg_desktop.errors import Action
from jogg_desktop.models import Account
from ui.context import AppContext
from ui.pages.base import WizardPage


class KeyPage(WizardPage):
    demo_requested = Signal()
    """The user chose "Try the demo" (the wizard starts the simulator)."""
    key_saved = Signal()
    """A checked key is in use (and stored where :attr:`location_text` says)."""
    forget_requested = Signal()
    """"Forget the saved key": the wizard asks first, then calls :meth:`forget_key`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("keyPage")
        self._accepted = False
        self._busy = False
        self._retry_demo = False
        self._build_key_field()
        self._build_status()
        self._build_demo()
        self._lay_out()

    def _build_key_field(self) -> None:
        self.welcome = QLabel(self.tr("Welcome to Jogg Desktop"), self)
        self.welcome.setObjectName("pageHeadline")
        self.intro = QLabel(
            self.tr(
                "Turn a product page into a marketing video in a few clicks. To start, paste your "
                "JoggAI API key. You find it in the JoggAI app: click your avatar (top right), "
                "then <b>API</b>, and copy the key."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.setObjectName("pageIntro")

        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("keyEdit")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("Paste your API key here"))
        self.key_edit.setAccessibleName(self.tr("JoggAI API key"))
        self.key_edit.setClearButtonEnabled(True)
        self.key_edit.textChanged.connect(self._on_text_changed)
        self.key_edit.returnPressed.connect(self.check_key)
        self.key_label = QLabel(self.tr("&API key"), self)
        self.key_label.setBuddy(self.key_edit)

        self.show_key = QPushButton(self.tr("Show"), self)
        self.show_key.setCheckable(True)
        self.show_key.setAccessibleName(self.tr("Show the key while typing"))
        self.show_key.toggled.connect(self._toggle_echo)

        self.check_button = QPushButton(self.tr("Check and save key"), self)
        self.check_button.setObjectName("primaryButton")
        self.check_button.setAccessibleName(self.tr("Check and save key"))
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self.check_key)

    def _build_status(self) -> None:
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Checking the key"))
        self.busy.hide()

        self.status = QLabel(self)
        self.status.setObjectName("keyStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Key status"))

        self.forget_button = QPushButton(self.tr("Forget the saved key"), self)
        self.forget_button.setAccessibleName(self.tr("Forget the saved API key"))
        self.forget_button.clicked.connect(self.forget_requested)  # the wizard asks first
        self.forget_button.hide()

    def _build_demo(self) -> None:
        self.demo_text = QLabel(
            self.tr("No key yet? Try the app with the built-in demo shop: nothing is charged."), self
        )
        self.demo_text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Try the demo"), self)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setAccessibleName(self.tr("Try the demo"))
        self.demo_button.clicked.connect(self.demo_requested)

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.key_edit, 1)
        row.addWidget(self.show_key)
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addWidget(self.forget_button)
        actions.addStretch(1)
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_text, 1)
        demo_row.addWidget(self.demo_button)

        holder = QWidget(self)
        holder.setObjectName("keyCard")
        holder.setMaximumWidth(680)
        card = QVBoxLayout(holder)
        card.setContentsMargins(0, 0, 0, 0)
        card.setSpacing(10)
        card.addWidget(self.welcome)
        card.addWidget(self.intro)
        card.addSpacing(8)
        card.addWidget(self.key_label)
        card.addLayout(row)
        card.addLayout(actions)
        card.addWidget(self.busy)
        card.addWidget(self.status)
        card.addStretch(1)
        card.addLayout(demo_row)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(holder, 4)
        centred.addStretch(1)
        self.body.addLayout(centred, 1)

        QWidget.setTabOrder(self.key_edit, self.show_key)
        QWidget.setTabOrder(self.show_key, self.check_button)
        QWidget.setTabOrder(self.check_button, self.forget_button)
        QWidget.setTabOrder(self.forget_button, self.demo_button)

    # -- wizard contract ------------------------------------------------------------------
    def title(self) -> str:
        return ""  # the page has its own welcome headline

    def can_go_back(self) -> bool:
        return False

    def can_go_next(self) -> bool:
        return self._accepted and not self._busy

    def next_label(self) -> str:
        return self.tr("Continue")

    def on_enter(self) -> None:
        self._accepted = self.ctx.api is not None
        self.key_edit.clear()
        self.key_edit.setFocus()
        self._show_location()
        self.nav_changed.emit()

    def show_demo_error(self, error: BaseException) -> None:
        """The demo did not start; "Try again" starts it again."""
        self._retry_demo = True
        self.show_error(error)

    def retry(self) -> None:
        if self._retry_demo:
            self._retry_demo = False
            self.demo_requested.emit()
        else:
            self.check_key()

    def handle_action(self, action: Action) -> None:
        if action is Action.FIX_KEY:
            self.key_edit.setFocus()
            self.key_edit.selectAll()
        else:
            super().handle_action(action)

    # -- actions --------------------------------------------------------------------------
    def check_key(self) -> None:
        key = self.key_edit.text().strip()
        if not key or self.ctx.make_api is None or self._busy:
            return
        self.clear_error()
        self._set_busy(True)
        self.status.setText(self.tr("Checking your key with JoggAI…"))
        self.run_task(self._check_and_save(key), on_done=self._on_saved, on_error=self._on_failed,
                      on_cancel=lambda: self._set_busy(False), key="key")

    async def _check_and_save(self, key: str) -> Account:
        assert self.ctx.make_api is not None
        from jogg_desktop import logs  # logging handlers: not needed for the first frame

        logs.register_secret(key)  # redacted from logs and crash reports from now on
        # A key typed here is a real JoggAI key, even when the demo was running until now.
        demo_base, self.ctx.api_base = self.ctx.api_base, self.ctx.real_api_base
        api = self.ctx.make_api(key)
        try:
            account = await api.check_key()
        except BaseException:
            await api.aclose()
            if self.ctx.demo:
                self.ctx.api_base = demo_base
            raise
        self.ctx.demo = False
        self.ctx.demo_product_urls = []
        if self.ctx.keys is not None:
            await self.ctx.keys.save(key)
        await self.ctx.connect(api)
        return account

    def _on_saved(self, account: Account) -> None:
        self._set_busy(False)
        self._accepted = True
        self.key_edit.clear()
        who = account.name or account.email
        prefix = self.tr("Key accepted (%1).").replace("%1", who) if who else self.tr("Key accepted.")
        self._show_location(prefix)
        self.nav_changed.emit()
        # No extra "Continue": on to the next page, which says where the key is kept.
        self.go_next.emit()
        self.key_saved.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.status.clear()
        self.show_error(error)
        self.key_edit.setFocus()
        self.key_edit.selectAll()

    def forget_key(self) -> None:
        self.run_task(self._forget(), on_done=lambda _r: self._forgotten(), key="key")

    def _forgotten(self) -> None:
        self.on_enter()
        self.banner.show_text(
            self.tr("Your API key is forgotten: it is no longer saved on this computer. Paste it "
                    "again to make videos."),
            "success",
        )

    async def _forget(self) -> None:
        if self.ctx.keys is not None:
            await self.ctx.keys.forget()
        api, self.ctx.api = self.ctx.api, None
        if api is not None:
            await api.aclose()

    # -- helpers --------------------------------------------------------------------------
    def location_text(self) -> str:
        store = self.ctx.keys
        if self.ctx.demo:
            return self.tr("You are using the demo: no key is needed and nothing is saved.")
        if store is None or self.ctx.api is None:
            return ""
        if store.location.persistent:
            return self.tr(store.location.description) + "."
        why = self.tr(store.problem) + " " if store.problem else ""
        return why + self.tr(
            "Your key is kept for this session only — you will need to paste it again next time."
        )

    def _show_location(self, prefix: str = "") -> None:
        where = self.location_text()
        self.status.setText(" ".join(p for p in (prefix, where) if p))
        persistent = (
            self.ctx.keys is not None and self.ctx.api is not None and not self.ctx.demo
            and self.ctx.keys.location.persistent
        )
        self.forget_button.setVisible(bool(persistent))

    def _on_text_changed(self, text: str) -> None:
        self.check_button.setEnabled(bool(text.strip()) and not self._busy)

    def _toggle_echo(self, shown: bool) -> None:
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_key.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.key_edit.setEnabled(not busy)
        self.check_button.setEnabled(not busy and bool(self.key_edit.text().strip()))
        self.demo_button.setEnabled(not busy)
        self.nav_changed.emit()
