"""Step 1: the product page link. Checked before sending; "Analyze" crawls it (10–30 s, docs/joggai-api.md
§9.1) with elapsed seconds and Cancel; a failure offers manual entry."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from jogg_desktop import validation
from jogg_desktop.api import waits
from jogg_desktop.errors import Action, InputError
from jogg_desktop.models import Product
from jogg_desktop.urls import looks_like_front_page, url_problem
from ui.context import AppContext
from ui.imaging.kinds import looks_like_video
from ui.pages.base import WizardPage
from ui.waiting import wait_text
from ui.widgets.elapsed import ElapsedProgress

CRAWL_TASK = "crawl"


def check_url(text: str) -> str | None:
    """None when ``text`` is a usable product page address (``https://`` may be left out), else
    why not (a key of the link page's messages)."""
    problem = url_problem(text)
    return problem.value if problem is not None else None


def product_label(url: str) -> str:
    """A readable name for a product page link, from its last path part:
    ``…/products/aurora-insulated-bottle`` → "Aurora Insulated Bottle" (the host when there is none)."""
    parsed = QUrl(url)
    parts = [p for p in parsed.path().split("/") if p]
    if not parts:
        return parsed.host() or url
    slug = parts[-1].rsplit(".", 1)[0] if "." in parts[-1] else parts[-1]
    words = [w for w in slug.replace("_", "-").replace("+", "-").split("-") if w]
    if not words:
        return parsed.host() or url
    return " ".join(w if any(c.isupper() for c in w) else w.capitalize() for w in words)


def _is_ip(host: str) -> bool:
    parts = host.split(".")
    return (len(parts) == 4 and all(p.isdigit() for p in parts)) or ":" in host


class LinkPage(WizardPage):
    manual_entry_requested = Signal()
    batch_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("linkPage")
        self._busy = False
        self._fresh = False
        self._wait: tuple[waits.WaitReason, float] | None = None  # a wait the client announced

        self._build_link_field()
        self._build_busy_and_examples()
        self._lay_out()
        self._update_enabled()

    def _build_link_field(self) -> None:
        self.intro = QLabel(
            self.tr(
                "Paste the link of the product page you want a video for — your shop, Amazon, "
                "Shopify, Etsy… JoggAI reads the name, description and pictures from it."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.intro.setObjectName("pageIntro")

        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("urlEdit")
        self.url_edit.setPlaceholderText(self.tr("https://your-shop.com/products/…"))
        self.url_edit.setAccessibleName(self.tr("Product page link"))
        self.url_edit.setClearButtonEnabled(True)
        self.url_edit.textChanged.connect(self._on_text_changed)
        self.url_edit.returnPressed.connect(self.analyze)
        self.url_label = QLabel(self.tr("Product page &link"), self)
        self.url_label.setBuddy(self.url_edit)

        self.analyze_button = QPushButton(self.tr("Analyze"), self)
        self.analyze_button.setObjectName("primaryButton")
        self.analyze_button.setAccessibleName(self.tr("Analyze the product page"))
        self.analyze_button.clicked.connect(self.analyze)

        self.url_hint = QLabel(self)
        self.url_hint.setObjectName("fieldError")
        self.url_hint.setWordWrap(True)
        self.url_hint.setAccessibleName(self.tr("Link problem"))
        self.url_hint.hide()

    def _build_busy_and_examples(self) -> None:
        self.progress = ElapsedProgress(self)
        self.progress.cancel_requested.connect(self.cancel)
        self.progress.ticked.connect(self._show_wait)

        self.manual_button = QPushButton(self.tr("Enter the product details myself"), self)
        self.manual_button.setObjectName("linkButton")
        self.manual_button.setAccessibleName(self.tr("Enter the product details myself"))
        self.manual_button.clicked.connect(self.enter_manually)

        self.examples = QWidget(self)
        examples_layout = QVBoxLayout(self.examples)
        examples_layout.setContentsMargins(0, 8, 0, 0)
        self._examples_title = QLabel(self.tr("Demo shop products — click one to use it:"), self.examples)
        self._examples_title.setObjectName("sectionTitle")
        examples_layout.addWidget(self._examples_title)
        self._example_buttons: list[QPushButton] = []
        self._examples_layout = examples_layout
        self.examples.hide()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.url_edit, 1)
        row.addWidget(self.analyze_button)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.url_label)
        self.body.addLayout(row)
        self.body.addWidget(self.url_hint)
        self.body.addWidget(self.progress)
        self.body.addWidget(self.examples)
        self.body.addStretch(1)
        manual_row = QHBoxLayout()
        manual_row.addWidget(QLabel(self.tr("No link, or the page cannot be read?"), self))
        manual_row.addWidget(self.manual_button)
        manual_row.addStretch(1)
        self.body.addLayout(manual_row)
        self.batch_button = QPushButton(self.tr("Many products? Make them all at once…"), self)
        self.batch_button.setObjectName("linkButton")
        self.batch_button.clicked.connect(self.batch_requested)
        batch_row = QHBoxLayout()
        batch_row.addWidget(self.batch_button)
        batch_row.addStretch(1)
        self.body.addLayout(batch_row)
        QWidget.setTabOrder(self.url_edit, self.analyze_button)
        QWidget.setTabOrder(self.analyze_button, self.progress.cancel_button)
        QWidget.setTabOrder(self.progress.cancel_button, self.manual_button)

    # -- wizard contract ------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Which product is the video for?")

    def can_go_next(self) -> bool:
        return not self._busy and check_url(self.url_edit.text()) is None

    def can_go_back(self) -> bool:
        return not self._busy

    def next_label(self) -> str:
        return self.tr("Analyze")

    def shows_navigation(self) -> bool:
        return False  # "Analyze" sits right beside the link field

    def on_next(self) -> None:
        self.analyze()

    def on_enter(self) -> None:
        self._fill_examples()
        if not self.url_edit.text().strip():
            clip = QGuiApplication.clipboard().text().strip()
            last = str(self.ctx.settings.get("link/last_url") or "")
            # A copied video link ("Copy link" on the result page) is no product page; after
            # "Make another video" the last product's link is not the next one.
            if clip and check_url(clip) is None and not looks_like_video(clip) and clip != last:
                self.url_edit.setText(clip)
            elif last and not self._fresh:
                self.url_edit.setText(last)
        self._fresh = False
        self.url_edit.setFocus()
        self.url_edit.selectAll()

    def on_leave(self) -> None:
        self.cancel()

    def retry(self) -> None:
        self.analyze()

    def handle_action(self, action: Action) -> None:
        if action is Action.MANUAL_ENTRY:
            self.enter_manually()
        elif action is Action.FIX_INPUT:
            self.url_edit.setFocus()
        else:
            super().handle_action(action)

    # -- actions --------------------------------------------------------------------------
    def analyze(self) -> None:
        if self._busy:
            return
        problem = check_url(self.url_edit.text())
        url = ""
        if problem is None:
            try:  # the command line's rules too: https added, no password sent, no huge link
                url = validation.product_url(self.url_edit.text())
            except InputError:
                problem = "invalid"
        if problem is not None:
            self._show_url_problem(problem)
            return
        if url != self.url_edit.text():
            self.url_edit.setText(url)  # "shop.example/mug" is read as https:// — and shown so
        self.url_hint.hide()
        self.clear_error()
        self.ctx.settings.set("link/last_url", url)
        self._set_busy(True)
        self._wait = None
        self.progress.start(self.tr("Reading the product page"), self._usual_hint())
        api = self.ctx.require_api()

        async def crawl() -> Product:
            with waits.listening(self._on_wait):
                return await api.create_product_from_url(url)

        self.run_task(crawl(), on_done=self._on_product, on_error=self._on_failed,
                      on_cancel=self._on_cancelled, key=CRAWL_TASK)

    def _usual_hint(self) -> str:
        return self.tr("This usually takes 10 to 30 seconds. Esc stops it.")

    def _on_wait(self, wait: waits.Wait) -> None:
        """The client sits out a rate limit or a failed try: the hint says so, with a countdown."""
        self._wait = (wait.reason, time.monotonic() + wait.seconds)
        self._show_wait()

    def _show_wait(self) -> None:
        if self._wait is None or not self._busy:
            return
        reason, until = self._wait
        self.progress.set_hint(wait_text(self, reason, until - time.monotonic()))

    def cancel(self) -> None:
        self.ctx.tasks.cancel(CRAWL_TASK)

    def reset(self) -> None:
        """A fresh start ("Make another video"): empty link (not the last product's), no message."""
        self.cancel()
        self._fresh = True
        self.url_edit.clear()
        self.url_hint.hide()
        self.clear_error()

    def enter_manually(self) -> None:
        self.cancel()
        self.clear_error()
        self.ctx.state.product = None
        self.manual_entry_requested.emit()
        self.go_next.emit()

    def _on_product(self, product: Product) -> None:
        self._set_busy(False)
        self.ctx.state.product = product
        self.go_next.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._busy:
            self.cancel()  # Esc stops the analysis, like its Cancel button
            return
        super().keyPressEvent(event)

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.show_error(error)

    def _on_cancelled(self) -> None:
        self._set_busy(False)
        self.banner.show_text(self.tr("Stopped. You can change the link and try again."), "info")

    # -- helpers --------------------------------------------------------------------------
    def _show_url_problem(self, problem: str) -> None:
        texts = {
            "empty": self.tr("Please paste the link of a product page."),
            "scheme": self.tr("This is not a web page link. Copy the product page's address from "
                              "your browser — for example https://your-shop.com/products/mug."),
            "invalid": self.tr("This does not look like a web address. Copy the whole link from "
                               "your browser's address bar."),
            "host": self.tr("This link has no website name. Copy the whole link from your "
                            "browser's address bar."),
        }
        self.url_hint.setText(texts[problem])
        self.url_hint.setProperty("warn", False)
        self.url_hint.style().unpolish(self.url_hint)
        self.url_hint.style().polish(self.url_hint)
        self.url_hint.show()
        self.url_edit.setFocus()

    def _on_text_changed(self, text: str) -> None:
        self.url_hint.hide()
        if check_url(text) is None and looks_like_front_page(text):
            # Not an error (some shops' product links look like this), but the usual mistake.
            self.url_hint.setText(self.tr(
                "This looks like a shop's front page or a list of products. JoggAI makes a video of "
                "one product: paste that product's own page for the best result."
            ))
            self.url_hint.setProperty("warn", True)
            self.url_hint.show()
        else:
            self.url_hint.setProperty("warn", False)
        self.url_hint.style().unpolish(self.url_hint)
        self.url_hint.style().polish(self.url_hint)
        self._update_enabled()
        self.nav_changed.emit()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if not busy:
            self.progress.stop()
        self.url_edit.setReadOnly(busy)
        self._update_enabled()
        self.nav_changed.emit()
        if busy:
            self.progress.cancel_button.setFocus()
        else:
            self.url_edit.setFocus()

    def _update_enabled(self) -> None:
        self.analyze_button.setEnabled(not self._busy and bool(self.url_edit.text().strip()))
        for button in self._example_buttons:
            button.setEnabled(not self._busy)

    def _fill_examples(self) -> None:
        urls = self.ctx.demo_product_urls if self.ctx.demo else []
        if [b.property("url") for b in self._example_buttons] == urls:
            self.examples.setVisible(bool(urls))
            return
        for button in self._example_buttons:
            button.deleteLater()
        self._example_buttons = []
        for url in urls:
            name = product_label(url)
            button = QPushButton(name, self.examples)
            button.setObjectName("linkButton")
            button.setProperty("url", url)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(url)
            button.setAccessibleName(self.tr("Use the demo product %1").replace("%1", name))
            button.clicked.connect(lambda _c=False, u=url: self._use_example(u))
            self._examples_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            QWidget.setTabOrder(
                self._example_buttons[-1] if self._example_buttons else self.progress.cancel_button, button
            )
            self._example_buttons.append(button)
        self.examples.setVisible(bool(urls))

    def _use_example(self, url: str) -> None:
        self.url_edit.setText(url)
        self.analyze()
