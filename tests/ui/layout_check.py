"""What "laid out right" means, checked on a live window (used by test_layout.py and the walkthrough).

* No visible label's text is wider (or, wrapped, taller) than the label: nothing is cut off.
  Labels that shorten their own text with "…" (size policy Ignored, the full text in the tooltip)
  are exempt: that is their way to fit.
* No two visible sibling widgets overlap, and no visible widget sticks out of its parent (unless
  the parent scrolls it).
* At the default window size (and 100 %), nothing needs scrolling: no scroll bar is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFocusFrame,
    QLabel,
    QRubberBand,
    QScrollBar,
    QSizeGrip,
    QSizePolicy,
    QWidget,
)

_SKIP_CLASSES = (QFocusFrame, QRubberBand, QSizeGrip)
_TOLERANCE = 1


def _shown(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible() and not isinstance(w, _SKIP_CLASSES) and not w.isWindow()
    ]


def _elides_itself(label: QLabel) -> bool:
    return label.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored


def label_problems(root: QWidget) -> list[str]:
    problems = []
    for label in root.findChildren(QLabel):
        has_picture = not label.pixmap().isNull()
        if not label.isVisible() or not label.text() or has_picture:
            continue
        if _elides_itself(label):
            continue
        rect = label.contentsRect()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + _TOLERANCE:
                problems.append(f"wrapped label {_name(label)} needs {needed} px, has {label.height()}")
        else:
            needed_w = label.minimumSizeHint().width() - (label.width() - rect.width())
            hint = label.sizeHint()
            if hint.width() > label.width() + _TOLERANCE or hint.height() > label.height() + _TOLERANCE:
                problems.append(
                    f"label {_name(label)} needs {hint.width()}x{hint.height()}, "
                    f"has {label.width()}x{label.height()} (text {needed_w} px)"
                )
    return problems


def overlap_problems(root: QWidget) -> list[str]:
    problems = []
    shown = _shown(root)
    by_parent: dict[int, list[QWidget]] = {}
    for widget in shown:
        parent = widget.parentWidget()
        if parent is None:
            continue
        by_parent.setdefault(id(parent), []).append(widget)
        if not _scrolls(parent) and not _inside(widget.geometry(), parent.rect()):
            problems.append(
                f"{_name(widget)} sticks out of {_name(parent)}: "
                f"{_rect(widget.geometry())} in {_rect(parent.rect())}"
            )
    for siblings in by_parent.values():
        for i, a in enumerate(siblings):
            for b in siblings[i + 1 :]:
                common = a.geometry().intersected(b.geometry())
                if common.width() > _TOLERANCE and common.height() > _TOLERANCE:
                    problems.append(
                        f"{_name(a)} {_rect(a.geometry())} overlaps {_name(b)} {_rect(b.geometry())}"
                    )
    return problems


def scroll_problems(root: QWidget) -> list[str]:
    """Scroll bars shown in page-level scroll areas (the page does not fit)."""
    return [
        f"{_name(bar.parentWidget().parentWidget() or bar)} scrolls by {bar.maximum()} px"
        for bar in root.findChildren(QScrollBar)
        if bar.isVisible()
        and bar.maximum() > 0
        and bar.parentWidget() is not None
        and isinstance(bar.parentWidget().parentWidget(), QAbstractScrollArea)
        and bar.parentWidget().parentWidget().objectName() in _PAGE_SCROLLERS
    ]


_PAGE_SCROLLERS = {"pageScroll"}
"""Scroll areas that hold a whole page (they may scroll below the default size only)."""


def problems(root: QWidget, *, must_fit: bool) -> list[str]:
    found = label_problems(root) + overlap_problems(root)
    if must_fit:
        found += scroll_problems(root)
    return found


def _scrolls(widget: QWidget) -> bool:
    """``widget`` is a scroll area's viewport: its content may be larger (it scrolls)."""
    return isinstance(widget.parentWidget(), QAbstractScrollArea)


def _inside(inner: QRect, outer: QRect) -> bool:
    return (
        inner.left() >= outer.left() - _TOLERANCE
        and inner.top() >= outer.top() - _TOLERANCE
        and inner.right() <= outer.right() + _TOLERANCE
        and inner.bottom() <= outer.bottom() + _TOLERANCE
    )


def _rect(r: QRect) -> str:
    return f"({r.x()},{r.y()} {r.width()}x{r.height()})"


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel) or (hasattr(widget, "text") and callable(widget.text)):
        try:
            text = str(widget.text())[:30]
        except TypeError:
            text = ""
    name = widget.objectName() or widget.accessibleName()
    return f"{type(widget).__name__}({name!r}{', ' + repr(text) if text else ''})"
