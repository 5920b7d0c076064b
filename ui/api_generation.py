"""The advanced choice of JoggAI API generation (v2, JoggAI's current API, by default; v1 older).

Not a first question: it sits in the Jogg menu. The choice is saved (``api/version``) and applies
at once: the client is replaced by one of the chosen generation with the same key, and videos in
progress go on, each through the generation it was started on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from jogg_desktop.api.generation import DEFAULT_GENERATION, ApiGeneration

if TYPE_CHECKING:
    from ui.context import AppContext

SETTING = "api/version"


def chosen_generation(ctx: AppContext) -> ApiGeneration:
    generation = getattr(ctx.api, "generation", None)  # a stand-in client may not say
    if isinstance(generation, ApiGeneration):
        return generation
    try:
        return ApiGeneration.parse(str(ctx.settings.get(SETTING) or DEFAULT_GENERATION.value))
    except ValueError:
        return DEFAULT_GENERATION


def add_generation_menu(parent: QWidget, menu: QMenu, ctx: AppContext) -> dict[ApiGeneration, QAction]:
    """A "JoggAI API version" submenu of ``menu``; returns its two actions (for tests)."""
    sub = menu.addMenu(parent.tr("JoggAI API version (advanced)"))
    group = QActionGroup(sub)
    group.setExclusive(True)
    labels = {ApiGeneration.V2: parent.tr("v2 — JoggAI's current API (recommended)"),
              ApiGeneration.V1: parent.tr("v1 — the older API (templates, 16 script styles)")}
    actions: dict[ApiGeneration, QAction] = {}
    for generation, label in labels.items():
        action = QAction(label, sub)
        action.setCheckable(True)
        group.addAction(action)
        sub.addAction(action)
        action.triggered.connect(lambda _checked=False, g=generation: switch_generation(ctx, g))
        actions[generation] = action

    def refresh() -> None:
        actions[chosen_generation(ctx)].setChecked(True)

    sub.aboutToShow.connect(refresh)
    refresh()
    return actions


def switch_generation(ctx: AppContext, generation: ApiGeneration) -> None:
    """Save the choice and, when connected, use a client of that generation from now on."""
    ctx.settings.set(SETTING, generation.value)
    api = ctx.api
    if api is None or api.generation is generation:
        return

    async def reconnect() -> None:
        await ctx.connect(api.with_generation(generation))
        if ctx.jobs is not None:
            await ctx.jobs.resume_unfinished()  # jobs keep their own generation

    ctx.tasks.run(reconnect(), key="api-generation")
