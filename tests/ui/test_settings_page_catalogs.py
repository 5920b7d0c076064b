"""The settings page's catalogs against the simulator: parallel loads, session cache, filters,
per-section loading and errors, ▶ samples from the server."""

from __future__ import annotations

import asyncio
import gc
import warnings
from typing import Any

import pytest
from PySide6.QtCore import Qt

from jogg_desktop.models import AspectRatio, Ownership
from jogg_desktop.sim import Fault, SimServer
from tests.conftest import run_async
from tests.ui.render_support import connected  # noqa: F401
from ui.pages.settings_page import SettingsPage

TIMEOUT = 30_000
CATALOGS = ("/avatars", "/avatars/custom", "/voices", "/voices/custom", "/musics", "/musics/custom",
            "/visual_styles", "/templates", "/templates/custom")


@pytest.fixture
def page(qtbot: Any, connected: Any) -> SettingsPage:  # noqa: F811
    page = SettingsPage(connected)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    return page


def _loaded(page: SettingsPage) -> bool:
    rows = (page.avatar_row, page.voice_row, page.music_row, page.look_row)
    return (
        page.avatar_grid.avatar() is not None
        and page.look_chooser.style_list.count() > 0
        and len(page.music_list.item_keys()) > 1
        and len(page.voice_list.list.item_keys()) > 1
        and not any(r.summary_text().startswith(("Loading", "Could not")) for r in rows)
    )


def _gets(sim: SimServer, path: str) -> int:
    return len(sim.requests_to("GET", path))


def test_catalogs_load_in_parallel_once_per_session(qtbot: Any, page: SettingsPage, sim: SimServer) -> None:
    page.on_enter()
    # Every row says it is loading, all at once.
    assert page.avatar_row.summary_text() == "Loading avatars…"
    assert page.voice_row.summary_text() == "Loading voices…"
    assert page.music_row.summary_text() == "Loading music…"
    assert page.look_row.summary_text() == "Loading visual styles and templates…"
    assert page.ctx.tasks.count >= 4
    qtbot.waitUntil(lambda: _loaded(page), timeout=TIMEOUT)
    counts = {path: _gets(sim, path) for path in CATALOGS}
    assert all(n == 1 for n in counts.values()), counts
    # Visual styles are asked for the chosen format only (each name once, #13.5).
    assert sim.requests_to("GET", "/visual_styles")[0].query.get("aspect_ratio") == "0"
    names = page.look_chooser.style_list.names()
    assert len(names) == len(set(names)) == 10
    assert page.ctx.state.settings.avatar_id == 0  # nothing saved until Next
    assert page.can_go_next()

    # Leaving and coming back uses the session cache: no new requests.
    page.on_leave()
    page.on_enter()
    assert _loaded(page)
    assert {path: _gets(sim, path) for path in CATALOGS} == counts


def test_avatars_and_looks_follow_the_aspect_ratio(qtbot: Any, page: SettingsPage) -> None:
    page.on_enter()
    qtbot.waitUntil(lambda: _loaded(page), timeout=TIMEOUT)
    for aspect in AspectRatio:
        page.aspect_cards.button(aspect).click()
        qtbot.waitUntil(lambda: not page._loading("looks"), timeout=TIMEOUT)
        shown = page.avatar_grid.visible_avatars()
        assert shown, aspect
        assert all(a.aspect in (aspect, None) for a in shown)
        chosen = page.avatar_grid.avatar()
        assert chosen is not None and chosen.aspect in (aspect, None)  # re-picked when needed
        assert page.settings().avatar_id == chosen.id
        names = page.look_chooser.style_list.names()
        assert names and len(names) == len(set(names)), aspect
    # A filter that hides the chosen avatar never changes the choice (#13.6).
    grid = page.avatar_grid
    chosen = grid.avatar()
    assert chosen is not None
    other = "male" if chosen.gender == "female" else "female"
    grid.gender_filter.setCurrentIndex(grid.gender_filter.findData(other))
    assert grid.avatar() == chosen and page.can_go_next()
    grid.gender_filter.setCurrentIndex(0)

    page.look_chooser.template_radio.click()
    keys = page.look_chooser.template_grid.item_keys()
    assert any(k[0] is Ownership.CUSTOM for k in keys) and any(k[0] is Ownership.PUBLIC for k in keys)


def test_voices_load_per_language_and_are_cached(qtbot: Any, page: SettingsPage, sim: SimServer) -> None:
    page.on_enter()
    qtbot.waitUntil(lambda: _loaded(page), timeout=TIMEOUT)
    english = page.voice_list.list.item_keys()
    page.language.set_language("german")
    qtbot.waitUntil(lambda: not page._loading("voices"), timeout=TIMEOUT)
    languages = [r.query.get("language") for r in sim.requests_to("GET", "/voices")]
    assert languages == ["english", "german"]
    assert page.voice_list.list.item_keys() != english
    page.language.set_language("english")
    assert page.voice_list.list.item_keys() == english
    assert len(sim.requests_to("GET", "/voices")) == 2  # English came from the cache


def test_a_catalog_that_fails_says_so_and_retries_on_request(
    qtbot: Any, page: SettingsPage, sim: SimServer
) -> None:
    sim.inject(Fault(route="GET /avatars", kind="http_500", times=50))
    page.on_enter()
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=TIMEOUT)
    assert page.avatar_row.summary_text().startswith("Could not load this list.")
    assert "JoggAI is having a problem" in page.banner.text
    assert not page.can_go_next()
    qtbot.waitUntil(lambda: page.look_chooser.style_list.count() > 0, timeout=TIMEOUT)  # others fine
    sim.clear_faults()
    qtbot.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _loaded(page), timeout=TIMEOUT)
    assert page.can_go_next()


def test_keyboard_plays_a_voice_sample_from_the_server(qtbot: Any, page: SettingsPage) -> None:
    page.on_enter()
    qtbot.waitUntil(lambda: _loaded(page), timeout=TIMEOUT)
    voices = page.voice_list.list
    voices.setFocus()
    qtbot.keyClick(voices, Qt.Key.Key_Down)
    assert page.voice_list.voice_id() == voices.item_keys()[1]
    qtbot.keyClick(voices, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.audio.is_playing(), timeout=TIMEOUT)
    page.on_leave()
    assert not page.audio.is_playing()


def test_looks_cancelled_before_they_start_leave_no_unawaited_coroutine(
    qtbot: Any, page: SettingsPage
) -> None:
    """Leaving the page (or quitting) can cancel the catalog task between its first step and the
    first step of the lists it gathers: no request coroutine may have been created by then."""

    async def cancel_right_after_first_step() -> bool:
        catalog = page.catalog()
        assert catalog is not None
        task = asyncio.ensure_future(page._fetch_looks(catalog, AspectRatio.PORTRAIT))
        asyncio.get_running_loop().call_soon(task.cancel)  # after its first step, before the children's
        try:
            await task
        except asyncio.CancelledError:
            return True
        return False

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert run_async(qtbot, cancel_right_after_first_step())
        gc.collect()
    unawaited = [str(w.message) for w in caught if "never awaited" in str(w.message)]
    assert unawaited == []
