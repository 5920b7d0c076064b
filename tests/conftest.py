"""Shared test set-up.

- Every test gets its own app home (``JOGG_DESKTOP_HOME``): config, data, cache and logs in a
  temporary folder, so no test touches the developer's files.
- Qt tests share one qasync loop built on pytest-qt's ``qapp``, never stopped or closed
  (stopping an ``already_running`` qasync loop quits the QApplication, and every later
  ``qtbot.wait*`` returns at once): use the ``qloop`` fixture, drive widgets with qtbot and wait
  with ``qtbot.waitUntil``; await a coroutine with ``run_async(qtbot, coro)``. Never call the
  blocking ``qtbot.waitUntil`` inside an ``async def`` running on the loop.
"""

from __future__ import annotations

import asyncio
import gc
import os
import re
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from jogg_desktop.store import Store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

T = TypeVar("T")

pytest_plugins: list[str] = ["tests.fixtures.sim"]


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "app-home"
    monkeypatch.setenv("JOGG_DESKTOP_HOME", str(home))
    monkeypatch.delenv("JOGG_API_KEY", raising=False)
    monkeypatch.delenv("JOGG_API_BASE", raising=False)
    return home



# The fast tier, ``pytest -m "not slow and not packaging"``, leaves these out: each takes more than
# ~1.5 s here (child processes killed mid-render, real renders played to the end, fault delays,
# 10,000-example properties). scripts/test.sh still runs them. Listed here (``*`` matches
# anything) rather than in their files; a test may also carry ``@pytest.mark.slow`` itself.
SLOW_TESTS = (
    "tests/api/test_parser_properties.py::*",
    "tests/api/test_client_faults.py::test_nothing_but_typed_errors_escape_any_fault",
    "tests/api/test_client_faults.py::test_render_request_is_never_resent_once_it_may_have_arrived[delay-*",
    "tests/api/test_client_faults.py::test_get_timeout_is_retried",
    "tests/api/test_client_faults.py::test_a_timed_out_crawl_is_not_resent",
    "tests/api/test_throttle_and_poll_sim.py::test_persistent_poll_errors_end_at_the_deadline",
    "tests/contract/test_client_requests.py::test_every_render_body_validates",
    "tests/crash/*",
    "tests/faults/test_fault_matrix.py::test_fault[*delay*]",
    "tests/faults/test_fault_matrix.py::test_fault[analyze-http_50*]",  # the crawl is retried
    "tests/faults/test_fault_matrix.py::test_fault[*-reset-after]",
    "tests/faults/test_fault_matrix.py::test_fault[save_product-http_500-after]",
    "tests/faults/test_fault_matrix.py::test_fault[poll-truncated]",
    "tests/faults/test_fault_matrix_previews.py::test_preview_fault[*delay*]",
    "tests/faults/test_fault_matrix_previews.py::test_preview_fault[preview_list-*]",  # settling waits
    "tests/faults/test_fault_matrix_previews.py::test_preview_fault[render_single_preview-*]",
    "tests/jobs/test_manager.py::test_a_job_running_in_another_manager_is_left_alone",
    "tests/jobs/test_manager.py::test_a_job_runs_through_every_stage_persisted_before_the_request",
    "tests/jobs/test_manager.py::test_delete_stops_the_download_and_removes_the_partial_file",
    "tests/jobs/test_manager.py::test_failed_download_is_kept_and_download_again_finishes_it",
    "tests/jobs/test_manager.py::test_several_jobs_at_once",
    "tests/jobs/test_manager.py::test_stopping_mid_render_and_resuming_in_a_new_manager",
    "tests/jobs/test_previews.py::test_three_looks_one_failing_then_one_rendered_in_full[*",
    "tests/jobs/test_previews.py::test_a_lost_v2_answer_is_found_in_the_list_and_never_resent",
    "tests/jobs/test_previews.py::test_a_stopped_run_is_resumed_without_a_new_request",
    "tests/jobs/test_previews.py::test_a_v1_preview_is_made_in_full_with_v1_after_a_switch_to_v2",
    "tests/jobs/test_previews.py::test_a_lost_answer_with_one_look_not_started_settles_each_look",
    "tests/jobs/test_previews.py::test_a_preview_whose_download_failed_is_fetched_again_without_a_new_request",
    "tests/packaging/test_smoke.py::*",
    "tests/test_cli_previews.py::test_previews_say_the_cost_wait_and_print_each_address",
    "tests/test_cli_previews.py::test_previews_download_into_the_folder",
    "tests/test_cli_previews.py::test_resume_all_fetches_a_paid_preview_whose_file_was_never_saved",
    "tests/packaging/test_icons.py::*",
    "tests/ui/test_app.py::test_jobs_left_by_the_last_session_are_picked_up_and_shown",
    "tests/ui/test_history.py::test_a_real_job_live_with_cover_play_download_again",
    "tests/ui/test_product_page.py::test_a_failed_upload_is_said_plainly_and_the_tile_removed",
    "tests/ui/test_progress_page.py::test_a_failed_download_is_fetched_again_without_a_new_render",
    "tests/ui/test_progress_page.py::test_download_progress_is_shown_in_percent",
    "tests/ui/test_progress_page.py::test_failed_render_offers_try_again_with_its_cost",
    "tests/ui/test_progress_page.py::test_save_downloads_again_when_the_file_is_gone",
    "tests/ui/test_settings_page_catalogs.py::test_avatars_and_looks_follow_the_aspect_ratio",
    "tests/ui/test_wizard_flows.py::test_a_demo_that_cannot_start_is_said_plainly_with_try_again",
    "tests/ui/test_wizard_flows.py::test_demo_mode_runs_the_simulator_as_a_child_process",
    "tests/ui/test_wizard_flows.py::test_keyboard_only_run_to_a_saved_playing_video",
    "tests/ui/test_wizard_flows.py::test_the_demo_simulator_ends_when_the_app_is_gone",
    "tests/ui/test_wizard_render_flows.py::test_failed_render_then_explicit_try_again",
    "tests/ui/test_wizard_render_flows.py::test_template_mode_to_a_played_and_saved_video",
)


def _pattern(listed: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(part) for part in listed.split("*")) + "$")


@pytest.hookimpl(tryfirst=True)  # before -m deselects by marker
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the SLOW_TESTS; an entry that matches nothing in a file that was collected is stale."""
    patterns = {listed: _pattern(listed) for listed in SLOW_TESTS}
    used: set[str] = set()
    for item in items:
        for listed, pattern in patterns.items():
            if pattern.match(item.nodeid):
                item.add_marker(pytest.mark.slow)
                used.add(listed)
    collected_files = {item.nodeid.split("::")[0] for item in items}
    stale = [s for s in SLOW_TESTS if s not in used and s.split("::")[0] in collected_files]
    picked = any("::" in arg for arg in config.args)  # single tests asked for by name
    if stale and not (picked or config.getoption("keyword") or config.getoption("deselect")):
        raise pytest.UsageError(f"tests/conftest.py SLOW_TESTS lists tests that no longer exist: {stale}")


def pytest_collection_finish(session: pytest.Session) -> None:
    # Cyclic GC freeing Qt objects on another thread (the simulator's, a worker's) segfaults, so,
    # as the app does (ui.app.GuiThreadGc), no automatic collection: this file collects on the
    # main thread after each test. Everything imported so far (Qt, hypothesis, the specs) lives
    # for the whole run: frozen out of those collections, each costs milliseconds, not 0.2-0.5 s.
    gc.collect()
    gc.freeze()
    gc.disable()


@pytest.fixture(autouse=True)
def _collect_garbage_on_main_thread() -> Iterator[None]:
    yield
    gc.collect()
    gc.disable()  # again: a test of the app's own GC policy turns it back on when it ends


@pytest.fixture
def store(app_home: Path) -> Iterator[Store]:
    """The app's store (jobs, presets) in this test's app home, closed even when the test fails."""
    opened = Store()
    try:
        yield opened
    finally:
        opened.close()


_loop: Any = None


@pytest.fixture
def qloop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """The session-wide qasync loop, asserted as the running loop for this test."""
    global _loop
    import qasync

    if _loop is None:
        _loop = qasync.QEventLoop(qapp, already_running=True)
        asyncio.set_event_loop(_loop)
    asyncio.events._set_running_loop(_loop)
    try:
        yield _loop
    finally:
        pending = [t for t in asyncio.all_tasks(_loop) if not t.done()]
        for task in pending:
            task.cancel()
        for _ in range(500):
            if all(t.done() for t in pending):
                break
            qapp.processEvents()
        asyncio.events._set_running_loop(None)


def run_async(qtbot: Any, coro: Coroutine[Any, Any, T], timeout: int = 30_000) -> T:
    """Run ``coro`` on the qasync loop while Qt spins; return its result or raise its error."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()
