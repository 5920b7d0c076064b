"""v1 answers → domain model, including every documented drift (docs/joggai-api.md §13,
docs/joggai/README.md)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from jogg_desktop.api import v1
from jogg_desktop.api.status import normalise_state
from jogg_desktop.errors import ProtocolError
from jogg_desktop.models import AspectRatio, JobState, MediaKind, Ownership


def test_product_from_the_guide_example() -> None:
    product = v1.parse_product({
        "product_id": "NTQ0MTkzNjg", "url": "https://shop/p", "name": "Blush", "description": "Glow",
        "media": [{"type": 2, "name": "a.mp4", "url": "https://res/a.mp4", "description": ""},
                  {"type": 1, "name": "Image2", "url": "https://res/b.jpg", "description": "front"},
                  {"type": 1, "name": "no url"}, "junk"],
        "target_audience": "", "unknown_field": {"nested": True},
    })
    assert product.id == "NTQ0MTkzNjg" and product.name == "Blush" and product.description == "Glow"
    assert [m.kind for m in product.media] == [MediaKind.VIDEO, MediaKind.IMAGE]
    assert product.media[1].description == "front"


def test_product_id_may_be_int_or_id_and_is_required() -> None:
    assert v1.parse_product({"id": 54419368}).id == "54419368"
    assert v1.parse_product({"product_id": "x"}, url="https://u").url == "https://u"
    with pytest.raises(ProtocolError):
        v1.parse_product({"name": "no id"})
    with pytest.raises(ProtocolError):
        v1.parse_product(None)


def test_project_id_string_or_int() -> None:
    hex_id = "7321782d69884a869400beb255e3ca91"
    assert v1.parse_project_id({"project_id": hex_id}) == hex_id
    assert v1.parse_project_id({"project_id": 12345}) == "12345"
    with pytest.raises(ProtocolError):
        v1.parse_project_id({"project_id": None})


def test_project_status_from_the_guide_example() -> None:
    status = v1.parse_project({
        "id": "fa6228c0f52c4f3986e88f7ffa5d2864", "title": "welcome to jogg.ai",
        "video_url": "https://res.jogg.ai/video.webm", "cover_url": "https://res.jogg.ai/cover.png",
        "video_duration": 6, "status_code": 4, "status_desc": "success", "created_at": 1732806631,
    }, "fa6228c0f52c4f3986e88f7ffa5d2864")
    assert status.state is JobState.DONE
    assert status.video_url == "https://res.jogg.ai/video.webm"
    assert status.duration == 6.0
    assert status.created_at == datetime.fromtimestamp(1732806631, UTC)


def test_project_status_drift() -> None:
    old = v1.parse_project({"status": "3", "status_desc": "processing"}, "p1")  # `status`, as a string
    assert old.state is JobState.PROCESSING and old.project_id == "p1"
    failed = v1.parse_project(
        {"status_code": 5, "status_desc": "failed", "error": {"message": "bad media"}}, "p")
    assert failed.state is JobState.FAILED and failed.error_message == "bad media"
    failed2 = v1.parse_project({"status_code": 5, "status_desc": "failed"}, "p")
    assert failed2.error_message == "failed"
    assert v1.parse_project({"status_code": 99}, "p").state is JobState.DELETED
    with pytest.raises(ProtocolError):
        v1.parse_project({"video_url": "x"}, "p")


@pytest.mark.parametrize(
    ("raw", "state"),
    [(1, JobState.QUEUED), (2, JobState.QUEUED), ("pending", JobState.QUEUED), (3, JobState.PROCESSING),
     ("rendering", JobState.PROCESSING), ("whatever", JobState.PROCESSING), (4, JobState.DONE),
     ("completed", JobState.DONE), ("Success", JobState.DONE), (5, JobState.FAILED),
     ("cancelled", JobState.FAILED), (99, JobState.DELETED), (None, JobState.PROCESSING)],
)
def test_status_normalisation(raw: object, state: JobState) -> None:
    assert normalise_state(raw) is state


def test_avatars_id_drift_and_aspect() -> None:
    avatars = v1.parse_avatars({"avatars": [
        {"avatar_id": 81, "name": "Amanda", "aspect_ratio": 0, "gender": "female"},
        {"id": "127", "aspect_ratio": "landscape"},
        {"name": "no id"},
    ]}, Ownership.PUBLIC)
    assert [(a.id, a.aspect) for a in avatars] == [(81, AspectRatio.PORTRAIT), (127, AspectRatio.LANDSCAPE)]


def test_custom_avatar_status_int_or_string() -> None:
    avatars = v1.parse_avatars({"avatars": [
        {"avatar_id": 1, "status": 1}, {"avatar_id": 2, "status": 0}, {"avatar_id": 3, "status": "1 success"},
        {"avatar_id": 4, "status": "2 failed", "fail_msg": "x"},
    ]}, Ownership.CUSTOM)
    assert [a.ready for a in avatars] == [True, False, True, False]
    assert all(a.ownership is Ownership.CUSTOM for a in avatars)


def test_voices_audition_or_audio_url_and_total() -> None:
    voices, total = v1.parse_voices({"total": 2, "voices": [
        {"voice_id": "en-US-ChristopherNeural", "audition_url": "https://res/a.mp3", "language": "english"},
        {"id": "MFZU", "audio_url": "https://res/b.mp3"},
    ]}, Ownership.PUBLIC)
    assert total == 2
    assert [(v.id, v.sample_url) for v in voices] == [
        ("en-US-ChristopherNeural", "https://res/a.mp3"), ("MFZU", "https://res/b.mp3")]


@pytest.mark.parametrize("key", ["avatars", "music", "musics"])
def test_music_under_any_documented_key(key: str) -> None:
    item = {"id": 13, "name": "Calm", "music_url": "https://res/m.mp3", "duration": 81}
    musics = v1.parse_musics({key: [item]}, Ownership.PUBLIC)
    assert [(m.id, m.url, m.duration) for m in musics] == [(13, "https://res/m.mp3", 81.0)]


def test_visual_styles_and_templates() -> None:
    styles = v1.parse_visual_styles({"visual_styles": [{"id": 2400, "name": "FullScreen"}, {"id": 1}]},
                                    AspectRatio.SQUARE)
    assert [(s.id, s.name, s.aspect) for s in styles] == [(2400, "FullScreen", AspectRatio.SQUARE)]
    templates = v1.parse_templates({"templates": [{"id": 136, "name": "T", "aspect_ratio": 1}]},
                                   Ownership.CUSTOM)
    assert templates[0].aspect is AspectRatio.LANDSCAPE and templates[0].ownership is Ownership.CUSTOM


def test_upload_ticket_asset_id_is_the_url() -> None:
    ticket = v1.parse_upload({"sign_url": "https://s3/put?sig=1", "asset_id": "https://res/asset.jpg"})
    assert (ticket.upload_url, ticket.asset_url) == ("https://s3/put?sig=1", "https://res/asset.jpg")
    with pytest.raises(ProtocolError):
        v1.parse_upload({"sign_url": "", "asset_id": "x"})


def test_account_shapes() -> None:
    assert v1.parse_account({"name": "Ann", "email": "a@b"}).email == "a@b"
    assert v1.parse_account({"user": {"username": "bob"}}).name == "bob"
    assert v1.parse_account(None).name == ""
