"""The app's client speaks the generation chosen: v2 by default, the menu's saved choice over an
old saved address, an address given on the command line over both, the demo always v2."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

import pytest

from ui.app import build_context


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOGG_API_BASE", raising=False)
    monkeypatch.delenv("JOGG_API_VERSION", raising=False)


def _base_of(ctx: Any) -> str:
    client = ctx.make_api("k-123456")
    try:
        return str(client.base_url)
    finally:
        asyncio.run(client.aclose())


def test_generation_choice_in_the_app(qapp: Any) -> None:
    ctx = build_context(argparse.Namespace(api_base=None, demo=False), keys=object())
    for key in ("api/base_url", "api/version"):
        ctx.settings.set(key, "")
    assert _base_of(ctx) == "https://api.jogg.ai/v2"  # JoggAI's current API by default

    ctx.settings.set("api/base_url", "https://api.jogg.ai/v1")  # saved by an earlier release
    ctx = build_context(argparse.Namespace(api_base=None, demo=False), keys=object())
    assert _base_of(ctx) == "https://api.jogg.ai/v1"  # still works, still v1
    ctx.settings.set("api/version", "v2")  # then chosen in the menu
    assert _base_of(ctx) == "https://api.jogg.ai/v2"

    ctx = build_context(argparse.Namespace(api_base="http://127.0.0.1:9/v1", demo=False), keys=object())
    assert _base_of(ctx) == "http://127.0.0.1:9/v1"  # given on the command line: that one

    ctx.settings.set("api/version", "v1")
    ctx.demo, ctx.api_base = True, "http://127.0.0.1:9/v2"
    assert _base_of(ctx) == "http://127.0.0.1:9/v2"  # the demo runs on v2
    for key in ("api/base_url", "api/version"):
        ctx.settings.set(key, "")
