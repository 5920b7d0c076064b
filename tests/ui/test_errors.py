"""The error pipeline: describe() and the banner."""

from __future__ import annotations

from typing import Any

import pytest

from jogg_desktop import errors as core
from jogg_desktop.errors import Action
from ui.errors import action_label, describe, is_expected
from ui.widgets.banner import Banner


@pytest.mark.parametrize(
    ("error", "action"),
    [
        (core.AuthError(code=10105, rid="r-1"), Action.FIX_KEY),
        (core.NoCreditsError(code=18020), Action.BUY_CREDITS),
        (core.CrawlFailedError(), Action.MANUAL_ENTRY),
        (core.RenderOutcomeUnknownError(), Action.CHECK_BEFORE_RETRY),
        (core.NetworkError(), Action.CHECK_CONNECTION),
    ],
)
def test_core_errors_keep_their_plain_message_and_action(
    qapp: Any, error: core.JoggError, action: Action
) -> None:
    message = describe(error)
    assert message.text == error.message
    assert message.action is action
    assert action_label(action)
    # Technical details are kept apart from the text the seller sees.
    assert "code" not in message.text and type(error).__name__ in message.details


def test_custom_core_message_is_passed_through(qapp: Any) -> None:
    message = describe(core.InvalidRequestError("The product name is missing."))
    assert message.text == "The product name is missing."
    assert message.action is Action.FIX_INPUT


def test_local_file_errors_are_plain(qapp: Any, tmp_path: Any) -> None:
    missing = tmp_path / "gone.png"
    try:
        missing.read_bytes()
    except OSError as exc:
        message = describe(exc)
    assert "gone.png" in message.text
    assert "Errno" not in message.text and "Traceback" not in message.text
    assert is_expected(FileNotFoundError())


def test_unexpected_errors_are_not_expected(qapp: Any) -> None:
    assert not is_expected(KeyError("x"))
    message = describe(KeyError("secret-ish"))
    assert "secret-ish" not in message.text
    assert message.action is Action.CONTACT_SUPPORT


def test_banner_shows_message_and_emits_action(qtbot: Any) -> None:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    banner = Banner(page)
    QVBoxLayout(page).addWidget(banner)
    page.show()
    assert not banner.isVisible()
    banner.show_message(describe(core.NoCreditsError()))
    assert banner.isVisible()
    assert banner.action_button.text() == "Buy credits in JoggAI"
    with qtbot.waitSignal(banner.action_requested) as blocker:
        banner.action_button.click()
    assert blocker.args == [Action.BUY_CREDITS]
    banner.show_message(describe(core.InvalidRequestError()))
    assert not banner.action_button.isVisibleTo(banner)  # FIX_INPUT has no button
    with qtbot.waitSignal(banner.dismissed):
        banner.findChild(type(banner._close), "bannerClose").click()
    assert not banner.isVisible()


@pytest.mark.parametrize("error_class", [c for c in vars(core).values()
                                         if isinstance(c, type) and issubclass(c, core.JoggError)])
def test_every_core_error_has_its_words_by_reason(qapp: Any, error_class: type[core.JoggError]) -> None:
    """#11 item 4: the UI words an error from its reason code, never by comparing English text."""
    from ui.errors import _texts

    assert error_class.reason in _texts()
    message = describe(error_class(path="/videos/out"))
    assert message.text and "%1" not in message.text


def test_a_path_is_named_in_the_words(qapp: Any) -> None:
    message = describe(core.SaveFolderError("english words", path="/media/usb/videos", reason="save_folder"))
    assert "/media/usb/videos" in message.text and "Nothing was charged" in message.text
    assert "internet connection" not in describe(core.CertificateError()).text
    assert "disk" not in describe(core.DownloadError(http_status=503)).text


def test_a_damaged_video_list_at_start_is_explained_with_its_path(
    qtbot: Any, ctx: Any, app_home: Any
) -> None:
    """#10 "messages": a corrupt store showed only "unexpected problem (X)"."""
    from jogg_desktop import paths
    from ui.app import AppShell
    from ui.wizard import WizardWindow

    damaged = paths.data_dir() / "jobs.sqlite3"
    damaged.write_bytes(b"not a database" * 100)
    window = WizardWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    shell = AppShell(ctx, window, demo=False)
    shell.start()
    page = window.current_page()
    qtbot.waitUntil(page.banner.isVisible)
    assert str(damaged) in page.banner.text and "damaged" in page.banner.text
    assert "unexpected" not in page.banner.text


def test_details_never_carry_the_key(qapp: Any) -> None:
    from jogg_desktop.logs import MASK, register_secret

    register_secret("ui-secret-key-0a1b2c3d")
    message = describe(core.AuthError(server_message="key ui-secret-key-0a1b2c3d is unknown"))
    assert "ui-secret-key-0a1b2c3d" not in message.details and MASK in message.details
