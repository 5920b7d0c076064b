from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from jogg_desktop import logs, paths

KEY = "k3y-logs-5b8e0f2a"


@pytest.fixture
def logged() -> Iterator[Path]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    path = logs.setup_logging(logging.DEBUG)
    yield path
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_the_key_and_api_key_headers_never_reach_the_file(logged: Path) -> None:
    assert logged.parent == paths.log_dir()
    logs.register_secret(KEY)
    log = logging.getLogger("jogg_desktop.test")
    log.info("sending %s", {"x-api-key": "other-secret-value", "accept": "json"})
    log.warning("headers: x-api-key: header-secret-1; user-agent: x")
    log.info("the key is %s", KEY)
    log.info("X-API-KEY=%s", "equals-secret")
    try:
        raise ValueError(f"bad key {KEY}")
    except ValueError:
        log.exception("failed")
    text = logged.read_text(encoding="utf-8")
    for secret in (KEY, "other-secret-value", "header-secret-1", "equals-secret"):
        assert secret not in text
    assert text.count(logs.MASK) >= 5
    assert "ValueError: bad key [redacted]" in text
    assert "accept" in text  # the rest of the record is kept
    assert any("header" in p for p in logs.recent_problems())
    assert all(KEY not in p for p in logs.recent_problems())


def test_setup_is_idempotent(logged: Path) -> None:
    count = len(logging.getLogger().handlers)
    logs.setup_logging()
    assert len(logging.getLogger().handlers) == count


def test_redact_leaves_ordinary_text_alone() -> None:
    assert logs.redact("project 5f3a done, 2 credits") == "project 5f3a done, 2 credits"


def test_httpx_request_lines_stay_out_of_the_log() -> None:
    # httpx logs full URLs (signed upload URLs carry a token) at INFO: the app's log keeps them out.
    path = logs.setup_logging(logging.DEBUG)
    try:
        line = 'HTTP Request: PUT http://example.invalid/upload?token=s3cr3t "200 OK"'
        logging.getLogger("httpx").info(line)
        logging.getLogger("jogg_desktop.test").info("our own line")
    finally:
        logs.remove_logging()
    text = path.read_text(encoding="utf-8")
    assert "our own line" in text
    assert "s3cr3t" not in text
