"""The video's look: a visual style OR a template (library or own) — one clear choice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jogg_desktop.models import (
    AspectRatio,
    Look,
    Ownership,
    Template,
    TemplateLook,
    VisualStyle,
    VisualStyleLook,
)
from ui.widgets.avatar_grid import cover_size
from ui.widgets.cover_grid import CoverGrid, CoverItem, ThumbnailSource
from ui.widgets.style_gallery import StyleGallery


def _fits(aspect: AspectRatio | None, wanted: AspectRatio | None) -> bool:
    return wanted is None or aspect is None or aspect == wanted


class LookChooser(QWidget):
    """``look_changed(Look | None)``: None in template mode until a template is picked."""

    look_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, thumbnails: ThumbnailSource | None = None) -> None:
        super().__init__(parent)
        self._styles: list[VisualStyle] = []
        self._templates: list[Template] = []
        self._aspect: AspectRatio | None = None
        self._style_name = "FullScreen"
        self._template: tuple[Ownership, int] | None = None

        self.style_radio = QRadioButton(self.tr("Visual style"), self)
        self.style_radio.setAccessibleName(self.tr("Use a visual style"))
        self.style_radio.setToolTip(
            self.tr("JoggAI lays out your product and the avatar in a ready-made style.")
        )
        self.template_radio = QRadioButton(self.tr("Template"), self)
        self.template_radio.setAccessibleName(self.tr("Use a template"))
        self.template_radio.setToolTip(self.tr("Use a template from JoggAI's library or one you made."))
        group = QButtonGroup(self)
        group.addButton(self.style_radio)
        group.addButton(self.template_radio)
        self.style_radio.setChecked(True)

        self.style_list = StyleGallery(self)
        self.style_list.setMinimumHeight(200)
        self.style_list.style_changed.connect(self._on_style)
        self.template_grid = CoverGrid(self.tr("Templates"), self, thumbnails=thumbnails)
        self.template_grid.selected.connect(self._on_template)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.style_list)
        self.stack.addWidget(self.template_grid)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")

        self.style_radio.toggled.connect(self._on_mode)
        radios = QHBoxLayout()
        radios.setContentsMargins(0, 0, 0, 0)
        radios.addWidget(self.style_radio)
        radios.addWidget(self.template_radio)
        radios.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(radios)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)
        self._on_mode(True)

    # -- data ---------------------------------------------------------------------------------
    def set_visual_styles(self, styles: list[VisualStyle]) -> None:
        self._styles = list(styles)
        self._refresh_styles()

    def set_templates(self, templates: list[Template]) -> None:
        self._templates = list(templates)
        self._refresh_templates()

    def set_aspect(self, aspect: AspectRatio) -> None:
        self._aspect = aspect
        self.template_grid.set_cover_size(cover_size(aspect))
        self._refresh_styles()
        self._refresh_templates()

    # -- choice -------------------------------------------------------------------------------
    def template_mode(self) -> bool:
        return self.template_radio.isChecked()

    def look(self) -> Look | None:
        if not self.template_mode():
            return VisualStyleLook(self._style_name)
        if self._template is None or self._template not in self.template_grid.item_keys():
            return None
        ownership, template_id = self._template
        return TemplateLook(template_id, ownership)

    def set_look(self, look: Look) -> None:
        if isinstance(look, TemplateLook):
            self._template = (look.ownership, look.template_id)
            self.template_radio.setChecked(True)
            self.template_grid.select(self._template, emit=False)
        else:
            self._style_name = look.name
            self.style_radio.setChecked(True)
            self._select_style(look.name)

    def template_name(self) -> str:
        if self._template is None:
            return ""
        ownership, template_id = self._template
        found = next((t for t in self._templates if (t.ownership, t.id) == self._template), None)
        name = found.name if found is not None and found.name else ""
        name = name or self.tr("Template {id}").format(id=template_id)
        return f"{name} ({self.tr('mine')})" if ownership is Ownership.CUSTOM else name

    def stop_preview(self) -> None:
        self.template_grid.stop_preview()

    # -- internals ----------------------------------------------------------------------------
    def _on_mode(self, style_mode: bool) -> None:
        self.stack.setCurrentWidget(self.style_list if style_mode else self.template_grid)
        if style_mode:
            self.template_grid.stop_preview()
            self.hint.setText(self.tr("JoggAI arranges your product images and the avatar in this style."))
        else:
            self.hint.setText(self.tr("Pick a template: its layout is used instead of a visual style."))
        self.look_changed.emit(self.look())

    def _refresh_styles(self) -> None:
        # Each name once, for the chosen format only (the page hands in that format's list).
        names = list(dict.fromkeys(s.name for s in self._styles if _fits(s.aspect, self._aspect)))
        self.style_list.set_styles(names, self._aspect or AspectRatio.PORTRAIT)
        if not self._select_style(self._style_name) and self.style_list.count():
            # The remembered style does not exist for this aspect ratio: take the first one.
            self.style_list.setCurrentRow(0)

    def _select_style(self, name: str) -> bool:
        return self.style_list.select(name)

    def _refresh_templates(self) -> None:
        items = [
            CoverItem(
                key=(t.ownership, t.id),
                title=t.name or self.tr("Template {id}").format(id=t.id),
                cover_url=t.cover_url,
                preview_url=t.preview_url,
                subtitle=self.tr("Mine") if t.ownership is Ownership.CUSTOM else "",
            )
            for t in self._templates
            if _fits(t.aspect, self._aspect)
        ]
        empty = self.tr("No template for this aspect ratio.") if self._templates else ""
        self.template_grid.set_items(items, empty_text=empty)
        if self._template is not None:
            self.template_grid.select(self._template, emit=False)

    def _on_style(self, name: str) -> None:
        self._style_name = name
        self.look_changed.emit(VisualStyleLook(name))

    def _on_template(self, key: object) -> None:
        assert isinstance(key, tuple)
        self._template = key
        look = self.look()
        if look is not None:
            self.look_changed.emit(look)
