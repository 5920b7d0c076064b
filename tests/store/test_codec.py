from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jogg_desktop.models import (
    AspectRatio,
    Ownership,
    TemplateLook,
    VideoLength,
    VideoSettings,
    VisualStyleLook,
)
from jogg_desktop.store import codec
from tests.store.samples import PRODUCT, SETTINGS, STATUS


def test_round_trips_with_every_field_set() -> None:
    assert codec.product_from_json(codec.loads(codec.dumps(codec.product_to_json(PRODUCT)))) == PRODUCT
    assert codec.settings_from_json(codec.loads(codec.dumps(codec.settings_to_json(SETTINGS)))) == SETTINGS
    assert codec.status_from_json(codec.loads(codec.dumps(codec.status_to_json(STATUS)))) == STATUS


def test_missing_fields_take_defaults_and_unknown_fields_are_ignored() -> None:
    assert codec.settings_from_json({"future_field": 1}) == VideoSettings()
    assert codec.product_from_json({"id": "x", "media": [{"url": "u"}, "junk"]}).media[0].url == "u"
    assert codec.loads(None) == {}
    assert codec.loads("[1, 2]") == {}


looks = st.one_of(
    st.builds(VisualStyleLook, st.text()),
    st.builds(TemplateLook, st.integers(0, 2**31), st.sampled_from(Ownership)),
)
settings = st.builds(
    VideoSettings,
    aspect=st.sampled_from(AspectRatio),
    length=st.sampled_from(VideoLength),
    language=st.text(),
    avatar_id=st.integers(0, 2**31),
    avatar_ownership=st.sampled_from(Ownership),
    voice_id=st.none() | st.text(),
    music_id=st.none() | st.integers(0, 2**31),
    script_style=st.text(),
    caption=st.booleans(),
    look=looks,
    script=st.text(),
    name=st.text(),
)


@given(settings)
def test_any_settings_round_trip(value: VideoSettings) -> None:
    assert codec.settings_from_json(codec.loads(codec.dumps(codec.settings_to_json(value)))) == value
