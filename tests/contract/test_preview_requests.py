"""Every preview request the adapters build validates against JoggAI's specs (v1 and v2).

Spec defects worked around here (docs/joggai/README.md):
- PREVIEW_LANGUAGE_TOP_LEVEL (v2): ``preview_list`` declares ``language`` at the top level (an
  indentation slip) while ``script.language`` is required: both are sent, with the same value
  (docs/joggai-api.md §8.4).
- The v2 body's ``voice``/``audio`` are required objects with no required field: ``{}`` is sent
  when nothing is chosen (as for the render, tests/contract/test_v2_requests.py).
- v1 ``/preview`` requires ``template_type`` in visual-style mode too (like the render).
"""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from jogg_desktop.api import v1, v2
from jogg_desktop.api.transport import ApiCall
from jogg_desktop.models import (
    LANGUAGES,
    SCRIPT_STYLES,
    AspectRatio,
    Ownership,
    VideoLength,
    VideoSettings,
)
from tests.contract import openapi
from tests.contract import test_client_requests as v1_contract
from tests.contract import test_v2_requests as v2_contract

STYLES = ["FullScreen", "Avatar Bubble", "Rotary Switch"]
PREVIEW_LIST = "/v2/create_video_from_product/preview_list"


def check_preview_list_body(call: ApiCall) -> None:
    """``check_body`` with PREVIEW_LANGUAGE_TOP_LEVEL worked around: ``script.language`` is
    required by the spec but declared one level up, so it is declared where it is required."""
    assert call.json is not None and v2.prefix + call.path == PREVIEW_LIST
    schema = copy.deepcopy(openapi.request_schema("POST", PREVIEW_LIST, "v2"))
    script = schema["properties"]["script"]
    assert "language" in script["required"] and "language" not in script["properties"]  # the defect
    script["properties"]["language"] = schema["properties"]["language"]
    openapi.validate(call.json, schema)
    v2_contract.check_keys(call.json, schema, call.label)
CHOSEN = VideoSettings(aspect=AspectRatio.LANDSCAPE, length=VideoLength.LONG, avatar_id=100266,
                       avatar_ownership=Ownership.CUSTOM, voice_id="en-US-ChristopherNeural", music_id=13,
                       script="Hello", name="My video", caption=False, script_style="Storytime",
                       language="french")


def test_v2_preview_list_body_names_the_styles_and_the_language_twice() -> None:
    call = v2.start_previews("NTQ0MTkzNjg", CHOSEN, STYLES)
    check_preview_list_body(call)
    body = call.json
    assert call.path == "/create_video_from_product/preview_list" and call.kind.value == "charged"
    assert body["visual_styles"] == STYLES and "visual_style" not in body
    assert body["language"] == body["script"]["language"] == "french"  # PREVIEW_LANGUAGE_TOP_LEVEL
    assert body["video_spec"] == {"aspect_ratio": "landscape", "length": "60", "caption": False,
                                  "name": "My video"}
    assert body["audio"] == {"music_id": 13} and body["override_script"] == "Hello"


def test_v2_render_single_preview_and_the_list_of_previews() -> None:
    call = v2.render_preview("preview_456")
    v2_contract.check_body(call)
    assert call.json == {"preview_id": "preview_456"} and call.kind.value == "charged"
    listed = v2.list_previews(3)
    v2_contract.check_query(listed)
    assert listed.params is not None and 1 <= int(listed.params["page_size"]) <= 100
    assert v2.get_preview("x") is None  # no single-preview call (docs/joggai-api.md §13 #10)


def test_v1_preview_body_is_the_render_body_without_music_and_name() -> None:
    chosen = VideoSettings(music_id=13, name="Ad", script="Hi")
    call = v1.start_previews("NTQ0MTkzNjg", chosen, ["FullScreen"])
    v1_contract.check_body(call)
    assert call.path == "/preview" and call.kind.value == "charged"
    assert "music_id" not in call.json and "video_name" not in call.json
    assert call.json["visual_style"] == "FullScreen" and call.json["template_type"] == "public"
    poll = v1.get_preview("7321782d69884a869400beb255e3ca91")
    v1_contract.check_query(poll)
    assert poll.path == "/project"
    assert v1.list_previews(1) is None and v1.render_preview("x") is None


v2_settings = st.builds(
    VideoSettings,
    aspect=st.sampled_from(list(AspectRatio)), length=st.sampled_from(list(VideoLength)),
    language=st.sampled_from([w for w, _ in LANGUAGES]), avatar_id=st.integers(0, 10**6),
    avatar_ownership=st.sampled_from(list(Ownership)),
    voice_id=st.one_of(st.none(), st.text(min_size=1, max_size=20)),
    music_id=st.one_of(st.none(), st.integers(0, 10**6)),
    script_style=st.sampled_from(v2.capabilities.script_styles), caption=st.booleans(),
    script=st.text(max_size=30), name=st.text(max_size=20),
)
style_lists = st.lists(st.text(min_size=1, max_size=30).filter(str.strip), min_size=1, max_size=6,
                       unique=True)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(product_id=st.text(min_size=1, max_size=20), video=v2_settings, styles=style_lists)
def test_every_v2_preview_body_validates(product_id: str, video: VideoSettings, styles: list[str]) -> None:
    call = v2.start_previews(product_id, video, styles)
    check_preview_list_body(call)
    assert call.json["visual_styles"] == styles


@settings(max_examples=150, deadline=None, derandomize=True)
@given(product_id=st.text(min_size=1, max_size=20), style=st.text(min_size=1, max_size=30),
       script_style=st.sampled_from([s for s, _ in SCRIPT_STYLES]),
       music=st.one_of(st.none(), st.integers(0, 99)),
       language=st.sampled_from([w for w, _ in LANGUAGES]))
def test_every_v1_preview_body_validates(product_id: str, style: str, script_style: str, music: int | None,
                                         language: str) -> None:
    call = v1.start_previews(product_id, VideoSettings(script_style=script_style, music_id=music,
                                                       language=language), [style])
    v1_contract.check_body(call)
