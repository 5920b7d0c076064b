"""Which API generation and address the app uses (jogg_desktop/api/generation.py)."""

from __future__ import annotations

import pytest

from jogg_desktop.api.generation import ApiGeneration, Endpoint, resolve_endpoint, split_base

V1, V2 = ApiGeneration.V1, ApiGeneration.V2


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOGG_API_BASE", raising=False)
    monkeypatch.delenv("JOGG_API_VERSION", raising=False)


@pytest.mark.parametrize(("base", "split"), [
    ("https://api.jogg.ai", ("https://api.jogg.ai", None)),
    ("https://api.jogg.ai/v1", ("https://api.jogg.ai", V1)),
    ("https://api.jogg.ai/V2/", ("https://api.jogg.ai", V2)),
    ("http://127.0.0.1:8000/proxy/v2", ("http://127.0.0.1:8000/proxy", V2)),
    ("http://127.0.0.1:8000/v3", ("http://127.0.0.1:8000/v3", None)),
    (" http://h/ ", ("http://h", None)),
])
def test_split_base(base: str, split: tuple[str, ApiGeneration | None]) -> None:
    assert split_base(base) == split


def test_v2_by_default_on_joggai_host() -> None:
    assert resolve_endpoint() == Endpoint("https://api.jogg.ai", V2)
    assert Endpoint().base_url == "https://api.jogg.ai/v2"


def test_an_address_given_now_names_its_generation() -> None:
    assert resolve_endpoint(base_option="http://h/v1", settings_version="v2") == Endpoint("http://h", V1)


def test_the_saved_choice_beats_an_old_saved_address() -> None:
    # An earlier release saved ".../v1"; the seller since chose v2 in the menu.
    assert resolve_endpoint(settings_base="https://api.jogg.ai/v1", settings_version="v2") == Endpoint(
        "https://api.jogg.ai", V2)
    assert resolve_endpoint(settings_base="https://api.jogg.ai/v1") == Endpoint("https://api.jogg.ai", V1)
    assert resolve_endpoint(settings_base="https://api.jogg.ai/v1", settings_version="v9").generation is V1


def test_the_version_option_and_environment_win(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_endpoint(base_option="http://h/v2", version_option="1").generation is V1
    monkeypatch.setenv("JOGG_API_VERSION", "v1")
    assert resolve_endpoint(base_option="http://h/v2").generation is V1
    monkeypatch.setenv("JOGG_API_BASE", "http://env/v2")
    assert resolve_endpoint(version_option="v2") == Endpoint("http://env", V2)
    with pytest.raises(ValueError, match="v1 or v2"):
        resolve_endpoint(version_option="v3")
