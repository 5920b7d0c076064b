"""Catalogs that look real: enough items, working filters and paging, real media behind the URLs."""

from __future__ import annotations

import io
import wave
from collections import Counter
from typing import Any

import httpx
import pytest

from jogg_desktop.models import LANGUAGES
from jogg_desktop.sim import SimServer
from jogg_desktop.sim.assets import COVER_SIZES
from jogg_desktop.sim.catalog import STYLE_NAMES
from tests.sim.helpers import api, get


def _data(client: httpx.Client, path: str, **params: Any) -> Any:
    body = client.get(path, params=params).json()
    assert body["code"] == 0, body
    return body["data"]


def _jpeg_size(data: bytes) -> tuple[int, int]:
    assert data[:3] == b"\xff\xd8\xff"
    i = 2
    while i < len(data):
        marker, length = data[i + 1], int.from_bytes(data[i + 2 : i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            return int.from_bytes(data[i + 7 : i + 9], "big"), int.from_bytes(data[i + 5 : i + 7], "big")
        i += 2 + length
    raise AssertionError("no JPEG frame header")


def test_avatars_cover_three_aspects_and_filter(sim: SimServer, sim_key: str) -> None:
    with api(sim.base_url, sim_key) as client:
        every = _data(client, "/avatars")["avatars"]
        assert len(every) >= 30
        assert Counter(a["aspect_ratio"] for a in every).keys() == {0, 1, 2}
        assert len({a["avatar_id"] for a in every}) == len(every)
        for aspect in (0, 1, 2):
            found = _data(client, "/avatars", aspect_ratio=aspect)["avatars"]
            assert found and all(a["aspect_ratio"] == aspect for a in found)
        both = _data(client, "/avatars", gender="female", style="social")["avatars"]
        assert both and all(a["gender"] == "female" and a["style"] == "social" for a in both)
        assert all(a["age"] == "senior" for a in _data(client, "/avatars", age="senior")["avatars"])
        assert all(a["scene"] == "news" for a in _data(client, "/avatars", scene="news")["avatars"])
        custom = _data(client, "/avatars/custom")["avatars"]
        assert {a["status"] for a in custom} == {0, 1, 2}
        assert all(a["fail_msg"] for a in custom if a["status"] == 2)


@pytest.mark.slow
def test_every_cover_is_a_jpeg_of_its_aspect(sim: SimServer, sim_key: str) -> None:
    with api(sim.base_url, sim_key) as client:
        items = [
            *_data(client, "/avatars")["avatars"],
            *_data(client, "/avatars/custom")["avatars"],
            *_data(client, "/templates")["templates"],
            *_data(client, "/templates/custom")["templates"],
        ]
    for item in items:
        reply = get(item["cover_url"], timeout=120)
        assert reply.status_code == 200 and reply.headers["content-type"] == "image/jpeg"
        assert _jpeg_size(reply.content) == COVER_SIZES[item.get("aspect_ratio", 0)]


@pytest.mark.parametrize("kind", ["avatars", "templates"])
def test_preview_clips_are_mp4(sim: SimServer, sim_key: str, kind: str) -> None:
    with api(sim.base_url, sim_key) as client:
        items = _data(client, f"/{kind}")[kind]
    for aspect in (0, 1, 2):
        item = next(i for i in items if i["aspect_ratio"] == aspect)
        reply = get(item.get("video_url") or item["preview_url"], timeout=120)
        assert reply.status_code == 200 and reply.headers["content-type"] == "video/mp4"
        assert reply.content[4:8] == b"ftyp" and len(reply.content) > 2000


def test_voices_page_through_languages_with_playable_samples(sim: SimServer, sim_key: str) -> None:
    with api(sim.base_url, sim_key) as client:
        first = _data(client, "/voices", page=1, page_size=7)
        total = first["total"]
        assert total >= 20
        seen = [v["voice_id"] for page in range(1, total // 7 + 2)
                for v in _data(client, "/voices", page=page, page_size=7)["voices"]]
        assert len(seen) == len(set(seen)) == total
        assert _data(client, "/voices", page=99)["voices"] == []
        voices = _data(client, "/voices", page_size=100)["voices"]
        assert len({v["language"] for v in voices}) >= 10
        assert {v["language"] for v in voices} <= {value for value, _ in LANGUAGES}
        french = _data(client, "/voices", language="french", gender="male")
        assert french["total"] == len(french["voices"]) >= 1
        assert all(v["language"] == "french" and v["gender"] == "male" for v in french["voices"])
        custom = _data(client, "/voices/custom", language="english")
        assert custom["total"] == 1
        assert client.get("/voices", params={"page_size": 0}).json()["code"] == 40000
    for voice in voices[:3]:
        with wave.open(io.BytesIO(get(voice["audition_url"]).content)) as sample:
            assert sample.getnframes() / sample.getframerate() > 1.5


def test_music_tracks_last_as_long_as_they_say(sim: SimServer, sim_key: str) -> None:
    with api(sim.base_url, sim_key) as client:
        tracks = _data(client, "/musics")["avatars"]  # the spec's key (see test_contract.py)
        assert len(tracks) >= 10 and _data(client, "/musics/custom")["avatars"]
    for track in tracks[:2]:
        reply = get(track["music_url"])
        assert reply.headers["content-type"] == "audio/wav"
        with wave.open(io.BytesIO(reply.content)) as audio:
            assert abs(audio.getnframes() / audio.getframerate() - track["duration"]) < 1


def test_visual_styles_and_templates_per_aspect(sim: SimServer, sim_key: str) -> None:
    with api(sim.base_url, sim_key) as client:
        every = _data(client, "/visual_styles", aspect_ratio=-1)["visual_styles"]
        assert {s["name"] for s in every} == set(STYLE_NAMES)
        per_aspect = [_data(client, "/visual_styles", aspect_ratio=a)["visual_styles"] for a in (0, 1, 2)]
        assert all("FullScreen" in {s["name"] for s in styles} for styles in per_aspect)
        assert sum(len(styles) for styles in per_aspect) == len(every)
        templates = _data(client, "/templates")["templates"]
        assert len(templates) >= 10
        for aspect in (0, 1, 2):
            found = _data(client, "/templates/custom", aspect_ratio=aspect)["templates"]
            assert found and all(t["aspect_ratio"] == aspect for t in found)
