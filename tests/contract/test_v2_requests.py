"""Every request body and query the v2 adapter builds validates against openapi-v2.yaml.

Spec defects of openapi-v2.yaml named here (see docs/joggai/README.md):
- PATHS_CARRY_VERSION: v2 paths are written ``/v2/...`` under the host while v1's sit under a
  ``/v1`` server; the adapter's paths are relative to its prefix, so the test puts it back.
- VOICE_AUDIO_REQUIRED_BUT_EMPTY: ``voice`` and ``audio`` are required objects with no required
  field; with no voice or music chosen the adapter sends ``{}`` (as the guide does).
- ASPECT_DEFAULT_LANDSCAPE: ``video_spec.aspect_ratio`` is optional with default ``landscape``;
  the adapter always sends it (docs/joggai-api.md §6.1), checked below.
- NO_TEMPLATE_FIELDS: the guide lists ``template_id``/``template_type``, the spec has none; a
  template look never reaches the v2 adapter's body (it raises; the job runs on v1).
- No request schema forbids unknown fields: each body's keys are checked against the declared
  properties here, at every nesting level.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jogg_desktop.api import v2
from jogg_desktop.api.transport import ApiCall
from jogg_desktop.errors import InvalidRequestError
from jogg_desktop.models import (
    LANGUAGES,
    AspectRatio,
    Media,
    MediaKind,
    Ownership,
    Product,
    ProductDraft,
    TemplateLook,
    VideoLength,
    VideoSettings,
    VisualStyleLook,
)
from tests.contract import openapi


def spec_path(call: ApiCall) -> tuple[str, dict[str, str]]:
    """The spec's path template for ``call`` (PATHS_CARRY_VERSION) and its path parameters."""
    wanted = v2.prefix + call.path
    for template, ops in openapi.spec("v2")["paths"].items():
        if call.method.lower() not in ops:
            continue
        names = re.findall(r"{(\w+)}", template)
        pattern = "^" + re.sub(r"\\{\w+\\}", "([^/]+)", re.escape(template)) + "$"
        match = re.match(pattern, wanted)
        if match:
            return template, dict(zip(names, match.groups(), strict=True))
    raise KeyError(f"{call.label} is not in openapi-v2.yaml")


def check_keys(value: Any, schema: dict[str, Any], where: str) -> None:
    if isinstance(value, dict) and "properties" in schema:
        extra = set(value) - set(schema["properties"])
        assert not extra, f"{where}: fields the spec does not declare: {extra}"
        for name, item in value.items():
            check_keys(item, schema["properties"][name], f"{where}.{name}")
    if isinstance(value, list) and "items" in schema:
        for item in value:
            check_keys(item, schema["items"], f"{where}[]")


def check_body(call: ApiCall) -> None:
    assert call.json is not None
    template, _ = spec_path(call)
    schema = openapi.request_schema(call.method, template, "v2")
    openapi.validate(call.json, schema)
    check_keys(call.json, schema, call.label)


def query_schemas(method: str, template: str) -> dict[str, dict[str, Any]]:
    """``openapi.query_parameters`` skips parameters given by ``$ref`` (PageParam…): resolve first."""
    params = openapi.operation(method, template, "v2").get("parameters", [])
    resolved = [openapi._resolve(p, openapi.spec("v2")) for p in params]
    return {p["name"]: p for p in resolved if p.get("in") == "query"}


def check_query(call: ApiCall) -> None:
    template, path_params = spec_path(call)
    declared = query_schemas(call.method, template)
    for name, value in (call.params or {}).items():
        assert name in declared, f"{call.label}: undeclared query parameter {name}"
        openapi.validate(value, declared[name]["schema"])
    for name, param in declared.items():
        if param.get("required"):
            assert call.params and name in call.params
    for name, value in path_params.items():
        assert "/" not in value and value, f"{call.label}: path parameter {name} must be escaped"


MEDIA = (Media(MediaKind.IMAGE, "https://res.jogg.ai/a.jpg", "a.jpg", "front"),
         Media(MediaKind.VIDEO, "https://res.jogg.ai/b.mp4"))


def test_product_bodies() -> None:
    check_body(v2.create_product_from_url("https://shop.example/p/1"))
    check_body(v2.create_product_manual(ProductDraft("Bottle", "Keeps cold", "hikers", MEDIA)))
    check_body(v2.create_product_manual(ProductDraft("Only a name")))
    check_body(v2.update_product(Product("NTQ0MTkzNjg", "https://u", "Bottle", "d", "t", MEDIA)))
    check_body(v2.update_product(Product("NTQ0MTkzNjg")))


def test_upload_body_names_the_content_type_and_size() -> None:
    call = v2.request_upload("photo 1.jpg", 2048)
    check_body(call)
    assert call.json == {"filename": "photo 1.jpg", "content_type": "image/jpeg", "file_size": 2048}
    check_body(v2.request_upload("clip.mp4"))
    assert v2.parse_upload({"sign_url": "https://s/u", "asset_url": "https://a/x.mp4"},
                           "clip.mp4").content_type == "video/mp4"


def test_render_body_is_nested_and_always_names_the_aspect_ratio() -> None:
    call = v2.start_render("NTQ0MTkzNjg", VideoSettings(aspect=AspectRatio.SQUARE, script_style="Storytime"))
    check_body(call)
    body = call.json
    assert body["video_spec"] == {"aspect_ratio": "square", "length": "15", "caption": True}
    assert body["avatar"] == {"id": 0, "type": 0} and body["voice"] == {} and body["audio"] == {}
    assert body["script"] == {"style": "Storytime", "language": "english"}
    assert body["visual_style"] == "FullScreen"


def test_render_body_with_every_choice() -> None:
    chosen = VideoSettings(aspect=AspectRatio.LANDSCAPE, length=VideoLength.LONG, avatar_id=100266,
                           avatar_ownership=Ownership.CUSTOM, voice_id="en-US-ChristopherNeural",
                           music_id=0, script="Hello", name="My video", caption=False,
                           script_style="Light marketing")
    body = v2.render_body("p", chosen)
    check_body(v2.start_render("p", chosen))
    assert body["avatar"] == {"id": 100266, "type": 1} and body["audio"] == {"music_id": 0}
    assert body["video_spec"]["name"] == "My video" and body["override_script"] == "Hello"


def test_a_template_look_never_reaches_a_v2_body() -> None:  # NO_TEMPLATE_FIELDS
    with pytest.raises(InvalidRequestError, match="older API"):
        v2.start_render("p", VideoSettings(look=TemplateLook(136)))


all_settings = st.builds(
    VideoSettings,
    aspect=st.sampled_from(list(AspectRatio)), length=st.sampled_from(list(VideoLength)),
    language=st.sampled_from([w for w, _ in LANGUAGES]), avatar_id=st.integers(0, 10**6),
    avatar_ownership=st.sampled_from(list(Ownership)),
    voice_id=st.one_of(st.none(), st.text(min_size=1, max_size=20)),
    music_id=st.one_of(st.none(), st.integers(0, 10**6)),
    script_style=st.sampled_from(v2.capabilities.script_styles), caption=st.booleans(),
    look=st.builds(VisualStyleLook, st.sampled_from(["FullScreen", "Simple Product Switch", ""])),
    script=st.text(max_size=30), name=st.text(max_size=20),
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(product_id=st.text(min_size=1, max_size=20), video=all_settings)
def test_every_render_body_validates(product_id: str, video: VideoSettings) -> None:
    call = v2.start_render(product_id, video)
    check_body(call)
    assert call.json["video_spec"]["aspect_ratio"] in ("portrait", "landscape", "square")


@pytest.mark.parametrize("aspect", [None, *AspectRatio])
def test_list_queries(aspect: AspectRatio | None) -> None:
    for page in (1, 3):
        call = v2.list_avatars(aspect, gender="female", age="young_adult", style="social", page=page)
        assert call is not None
        check_query(call)
    styles = v2.list_visual_styles(aspect)
    check_query(styles)
    assert (styles.params is None) == (aspect is None)  # no filter at all for "every aspect"


def test_other_queries() -> None:
    for call in (v2.get_project("7321782d69884a869400beb255e3ca91"), v2.get_project("a/b c?d"),
                 v2.list_renders(2), v2.list_voices(2, language="english", gender="male", age="old"),
                 v2.list_custom_voices("french"), v2.list_custom_voices(None),
                 v2.list_custom_avatars(2), v2.list_photo_avatars(1), v2.list_musics(Ownership.PUBLIC, 4),
                 v2.whoami(), v2.remaining_credits()):
        assert call is not None
        check_query(call)
    assert v2.get_project("a/b c?d").path == "/product_video/a%2Fb%20c%3Fd"
    assert v2.list_musics(Ownership.CUSTOM) is None  # no custom music list in v2 (docs/joggai-api.md §14)
    assert v2.list_templates(Ownership.PUBLIC, None) is None
    assert v2.key_check_fallback() is None  # /user/whoami is documented: no fallback quirk


def test_page_sizes_stay_within_the_spec() -> None:
    for call in (v2.list_avatars(None, gender=None, age=None, style=None), v2.list_custom_avatars(),
                 v2.list_voices(1, language=None, gender=None, age=None), v2.list_musics(Ownership.PUBLIC),
                 v2.list_renders(1)):
        assert call is not None and call.params is not None
        assert 1 <= int(call.params["page_size"]) <= 100
