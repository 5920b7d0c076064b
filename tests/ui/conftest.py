"""UI test set-up: any Qt warning (or worse) fails the test, as Python warnings already do.

pytest-qt captures Qt's messages; here every UI test gets ``qt_log_level_fail("WARNING")`` plus
an ignore list of messages that are facts of the test machine, not of our code (no sound
server for QtMultimedia, offscreen platform limits). Keep that list short and specific.
"""

from __future__ import annotations

import pytest

QT_LOG_IGNORE = (
    r"(?i).*pulseaudio.*",  # no sound server here (qt-stack.md, QtMultimedia)
    r"(?i).*pulse audio.*",
    r".*This plugin does not support .*",  # offscreen platform: propagateSizeHints, raise, …
    r".*QFont::setPointSize.*",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" not in str(item.path).replace("\\", "/"):
            continue
        if item.get_closest_marker("qt_log_level_fail") is None:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
        if item.get_closest_marker("qt_log_ignore") is None:
            item.add_marker(pytest.mark.qt_log_ignore(*QT_LOG_IGNORE))
