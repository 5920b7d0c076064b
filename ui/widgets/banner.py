"""An inline message strip at the top of a page: plain text, one action button, dismiss."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from jogg_desktop.errors import Action
from ui.errors import UserMessage, action_label
from ui.widgets import icons

SEVERITIES = ("info", "success", "warning", "error")


def _severity_names() -> dict[str, str]:
    return {  # QCoreApplication.translate spelt out: lupdate does not follow an alias
        "info": QCoreApplication.translate("Banner", "Information"),
        "success": QCoreApplication.translate("Banner", "Done"),
        "warning": QCoreApplication.translate("Banner", "Warning"),
        "error": QCoreApplication.translate("Banner", "Problem"),
    }


class Banner(QFrame):
    """Hidden until :meth:`show_message`; ``severity`` (one of :data:`SEVERITIES`) drives the QSS.

    Every message is coloured by its kind, on light and dark themes alike: the severity is a
    dynamic property, so the frame *and its labels* are re-polished when it changes (a
    descendant selector such as ``QFrame#banner[severity="info"] QLabel`` is only re-evaluated
    for a child that is polished again; without that, info text stayed error red).
    """

    action_requested = Signal(object)
    """The user pressed the action button (an :class:`Action`)."""
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("severity", "error")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Message"))
        self._message: UserMessage | None = None

        self._icon = QLabel(self)
        self._icon.setObjectName("bannerIcon")
        self._icon.setAccessibleName(self.tr("Message icon"))
        self._text = QLabel(self)
        self._text.setObjectName("bannerText")
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._action = QPushButton(self)
        self._action.setObjectName("bannerAction")
        self._action.clicked.connect(self._on_action)
        self._close = QToolButton(self)
        self._close.setObjectName("bannerClose")
        self._close.setIcon(icons.icon("close"))
        self._close.setToolTip(self.tr("Dismiss"))
        self._close.setAccessibleName(self.tr("Dismiss message"))
        self._close.setAutoRaise(True)
        self._close.clicked.connect(self.dismiss)

        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        row.setSpacing(10)
        row.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._text, 1)
        row.addWidget(self._action, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, message: UserMessage, severity: str = "error") -> None:
        self._message = message
        severity = severity if severity in SEVERITIES else "error"
        self.setProperty("severity", severity)
        self.setAccessibleName(_severity_names()[severity])
        self._text.setText(message.text)
        self.setAccessibleDescription(message.text)
        label = action_label(message.action)
        self._action.setVisible(label is not None)
        if label is not None:
            self._action.setText(label)
            self._action.setAccessibleName(label)
        for widget in (self, self._icon, self._text, self._action, self._close):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        size = self._text.fontMetrics().height() + 4
        self._icon.setPixmap(
            icons.pixmap(severity, QSize(size, size), self._text.palette().windowText().color(),
                         self.devicePixelRatioF())
        )
        self.show()

    @property
    def severity(self) -> str:
        return str(self.property("severity"))

    def show_text(self, text: str, severity: str = "info", action: Action = Action.NONE) -> None:
        self.show_message(UserMessage(text, action), severity)

    def dismiss(self) -> None:
        was_visible = self.isVisible()
        self._message = None
        self.hide()
        if was_visible:
            self.dismissed.emit()

    def clear(self) -> None:
        self._message = None
        self.hide()

    @property
    def message(self) -> UserMessage | None:
        return self._message

    @property
    def text(self) -> str:
        return self._text.text()

    @property
    def action_button(self) -> QPushButton:
        return self._action

    def _on_action(self) -> None:
        if self._message is not None:
            self.action_requested.emit(self._message.action)
