"""The simulator's v1 endpoints over real sockets: envelope, key, limits, products, renders."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from jogg_desktop.sim import DEMO_API_KEY, SimServer, shop
from tests.fixtures.sim import fast_config
from tests.sim.helpers import RENDER_BODY, FakeClock, api, get, manual_product

HEX32 = re.compile(r"^[0-9a-f]{32}$")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timed_sim(sim_asset_dir: Path, clock: FakeClock) -> Iterator[SimServer]:
    """A simulator on a fake clock: tests move render timelines and the POST window by hand."""
    server = SimServer(fast_config(sim_asset_dir, clock=clock, post_limit=3, crawl_delay=0.0))
    server.start()
    yield server
    server.stop()


def test_every_answer_has_an_envelope_and_rid(sim: SimServer, sim_key: str) -> None:
    with api(sim.base_url, sim_key) as client:
        for path in ("/avatars", "/voices", "/musics", "/visual_styles", "/templates", "/whoami"):
            body = client.get(path).json()
            assert body["code"] == 0 and body["msg"] == "success"
            assert HEX32.match(body["rid"])
        bad = client.post("/product", json={"name": ""}).json()
        assert bad["code"] == 40000 and "name" in bad["msg"] and HEX32.match(bad["rid"])


def test_wrong_or_missing_key_gets_10105(sim: SimServer) -> None:
    for headers in ({"x-api-key": "nope"}, {}):
        body = get(sim.base_url + "/avatars", headers=headers).json()
        assert (body["code"], body["msg"], body["data"]) == (10105, "Invalid API key", None)
    assert get(sim.base_url + "/avatars", headers={"X-Api-Key": DEMO_API_KEY}).json()["code"] == 0


def test_requests_are_recorded_with_headers_and_json(sim: SimServer, sim_key: str) -> None:
    with api(sim.base_url, sim_key) as client:
        client.post("/upload/asset", json={"filename": "a.jpg"})
        client.get("/voices", params={"page": 2})
    post = sim.requests_to("POST", "/upload/asset")
    assert len(post) == 1
    assert post[0].headers["x-api-key"] == sim_key
    assert post[0].json == {"filename": "a.jpg"}
    assert post[0].path == "/v1/upload/asset"
    assert sim.requests_to("GET", "/v1/voices")[0].query == {"page": "2"}


def test_post_limit_per_key_then_429_until_the_window_moves(timed_sim: SimServer, clock: FakeClock) -> None:
    with api(timed_sim.base_url, DEMO_API_KEY) as client:
        first = client.post("/upload/asset", json={"filename": "x.png"})
        assert first.headers["x-ratelimit-remaining"] == "2"
        clock.advance(60.0)
        codes = [client.post("/upload/asset", json={"filename": "x.png"}).json()["code"] for _ in range(4)]
        assert codes == [0, 0, 0, 429]
        assert timed_sim.requests_to("POST", "/upload/asset")  # every attempt recorded
        limited = client.post("/upload/asset", json={"filename": "x.png"})
        assert limited.json()["msg"] == "Rate limit exceeded. Please try again later."
        assert int(limited.headers["retry-after"]) >= 1
        assert client.get("/avatars").json()["code"] == 0  # GETs are not limited
        clock.advance(60.0)
        assert client.post("/upload/asset", json={"filename": "x.png"}).json()["code"] == 0


def test_whoami_can_be_switched_off(sim: SimServer, sim_key: str) -> None:
    with api(sim.base_url, sim_key) as client:
        assert client.get("/whoami").json()["data"]["username"]
        sim.set_whoami(False)
        assert client.get("/whoami").status_code == 404


@pytest.mark.parametrize("product", shop.PRODUCTS, ids=[p.layout + "-" + p.slug for p in shop.PRODUCTS])
def test_demo_shop_products_are_crawled(sim: SimServer, sim_key: str, product: shop.ShopProduct) -> None:
    url = sim.origin + shop.page_path(product)
    assert url in sim.demo_product_urls()
    with api(sim.base_url, sim_key) as client:
        body = client.post("/product", json={"url": url}).json()
    assert body["code"] == 0, body
    data = body["data"]
    assert data["name"] == product.name and data["url"] == url
    assert data["description"].startswith(product.description[:40])
    images = [m["url"] for m in data["media"] if m["type"] == 1]
    assert [i.split("?")[0] for i in images] == [sim.origin + "/media/" + p for p in product.image_paths()]
    videos = [m["url"] for m in data["media"] if m["type"] == 2]
    assert videos == ([sim.origin + "/media/" + product.video_path] if product.has_video else [])


def test_demo_shop_images_are_real_jpegs_of_varied_sizes(sim: SimServer) -> None:
    product = shop.PRODUCTS[1]
    for path in product.image_paths():
        reply = get(f"{sim.origin}/media/{path}", timeout=120)
        assert reply.status_code == 200 and reply.headers["content-type"] == "image/jpeg"
        assert reply.content[:3] == b"\xff\xd8\xff"


def test_unreadable_page_is_a_crawl_failure(sim: SimServer, sim_key: str) -> None:
    with api(sim.base_url, sim_key) as client:
        for url in (f"{sim.origin}/shop/products/missing", "http://127.0.0.1:9/closed-port"):
            body = client.post("/product", json={"url": url}).json()
            assert (body["code"], body["msg"]) == (40000, "Failed to extract product information")


def test_manual_product_needs_name_description_and_media(sim: SimServer, sim_key: str) -> None:
    with api(sim.base_url, sim_key) as client:
        body = client.post("/product", json={"name": "X", "description": "Y"}).json()
        assert body["code"] == 40000 and "media" in body["msg"]
        odd = [{"type": 3, "url": "https://a/b.jpg"}]
        body = client.post("/product", json={"name": "X", "description": "Y", "media": odd}).json()
        assert body["code"] == 40000 and "type" in body["msg"]


def test_put_product_replaces_fields_and_media(sim: SimServer, sim_key: str) -> None:
    with api(sim.base_url, sim_key) as client:
        product_id = manual_product(client, sim.origin + "/media/shop/willow-ceramic-mug/1.jpg")
        new_media = [{"type": 1, "url": "https://cdn.example/new.jpg", "name": "new.jpg", "description": ""}]
        change = {"product_id": product_id, "name": "Renamed", "media": new_media}
        body = client.put("/product", json=change).json()
        assert body["code"] == 0 and "data" not in body
        assert client.put("/product", json={"product_id": "NOPE", "name": "x"}).json()["code"] == 10104
    stored = sim.ctx.state.products[product_id]
    assert stored.name == "Renamed" and stored.media == new_media and stored.description.startswith("A mug")
    with api(sim.base_url, DEMO_API_KEY) as other:  # another account cannot see it
        assert other.put("/product", json={"product_id": product_id, "name": "x"}).json()["code"] == 10104


def test_render_timeline_ends_with_a_downloadable_mp4(timed_sim: SimServer, clock: FakeClock) -> None:
    with api(timed_sim.base_url, DEMO_API_KEY) as client:
        product_id = manual_product(client, timed_sim.origin + "/media/shop/willow-ceramic-mug/1.jpg")
        created = client.post("/create_video_from_url", json={**RENDER_BODY, "product_id": product_id}).json()
        project_id = created["data"]["project_id"]
        assert HEX32.match(project_id)
        assert timed_sim.credits(DEMO_API_KEY) == 99  # charged at request time

        def status() -> dict[str, object]:
            data: dict[str, object] = client.get("/project", params={"project_id": project_id}).json()["data"]
            return data

        assert status()["status_code"] == 1
        clock.advance(0.3)
        assert status()["status_code"] == 2
        clock.advance(0.5)
        assert status()["status_code"] == 3
        assert timed_sim.wait_for_render(project_id, timeout=120)
        assert status()["status_code"] == 3  # file ready, but render_seconds not yet over
        clock.advance(2.0)
        done = status()
        assert (done["status_code"], done["status_desc"], done["video_duration"]) == (4, "success", 15)
        video = get(str(done["video_url"]))
        assert video.status_code == 200 and video.headers["accept-ranges"] == "bytes"
        assert video.content[4:8] == b"ftyp"
        tail = get(str(done["video_url"]), headers={"Range": "bytes=1000-"})
        assert tail.status_code == 206
        assert tail.headers["content-range"] == f"bytes 1000-{len(video.content) - 1}/{len(video.content)}"
        assert tail.content == video.content[1000:]
        assert get(str(done["cover_url"])).content[:3] == b"\xff\xd8\xff"


def test_render_checks_fields_product_and_credits(sim: SimServer, sim_key: str) -> None:
    with api(sim.base_url, sim_key) as client:
        product_id = manual_product(client, sim.origin + "/media/shop/willow-ceramic-mug/1.jpg")
        body = {**RENDER_BODY, "product_id": product_id}
        for field, value in (("video_length", 15), ("aspect_ratio", 3), ("script_style", "Storytime"),
                             ("avatar_id", 999999), ("visual_style", "Nope"), ("language", "klingon")):
            reply = client.post("/create_video_from_url", json={**body, field: value}).json()
            assert reply["code"] == 40000 and field in reply["msg"], reply
        missing = {k: v for k, v in body.items() if k != "template_type"}
        assert client.post("/create_video_from_url", json=missing).json()["code"] == 40000
        unknown = {**body, "product_id": "NOPE"}
        assert client.post("/create_video_from_url", json=unknown).json()["code"] == 10104
        sim.set_credits(sim_key, 0)
        reply = client.post("/create_video_from_url", json=body).json()
        assert (reply["code"], reply["msg"]) == (18020, "Insufficient credit")
        assert sim.project_ids() == []
        assert client.get("/project", params={"project_id": "0" * 32}).json()["code"] == 10104


def test_upload_then_put_bytes_then_use_as_media(sim: SimServer, sim_key: str) -> None:
    payload = bytes(range(256)) * 40
    with api(sim.base_url, sim_key) as client:
        data = client.post("/upload/asset", json={"filename": "photo 1.png"}).json()["data"]
        asset_url = data["asset_id"]
        assert get(asset_url).status_code == 404  # nothing uploaded yet
        octet = {"content-type": "application/octet-stream"}
        assert httpx.put(data["sign_url"], content=payload, headers=octet).status_code == 200
        upload_path = data["sign_url"].split("?")[0].replace(sim.origin, "")
        assert "x-api-key" not in sim.requests_to("PUT", upload_path)[0].headers
        got = get(asset_url)
        assert got.content == payload and got.headers["content-type"] == "image/png"
        assert manual_product(client, asset_url)
        assert client.post("/upload/asset", json={"filename": "../etc/passwd"}).json()["code"] == 40000
