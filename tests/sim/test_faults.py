"""Fault injection: every kind, before and after the handler, one-shot and repeated."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import httpx
import pytest

from jogg_desktop.sim import Fault, FaultKind, SimServer
from tests.sim.helpers import RENDER_BODY, api, get, manual_product

MUG = "/media/shop/willow-ceramic-mug/1.jpg"


def _render(client: httpx.Client, product_id: str) -> httpx.Response:
    return client.post("/create_video_from_url", json={**RENDER_BODY, "product_id": product_id})


@pytest.mark.parametrize(
    ("kind", "status", "content_type"),
    [
        ("http_500", 500, "application/json"),
        ("http_502", 502, "text/plain"),
        ("http_503", 503, "text/plain"),
        ("http_404", 404, "text/plain"),
        ("html_error", 502, "text/html"),
    ],
)
def test_http_error_kinds(sim: SimServer, sim_key: str, kind: str, status: int, content_type: str) -> None:
    sim.inject(Fault(route="GET /avatars", kind=kind))
    with api(sim.base_url, sim_key) as client:
        reply = client.get("/avatars")
        assert reply.status_code == status
        assert reply.headers["content-type"].startswith(content_type)
        if kind == "http_500":
            assert reply.json()["code"] == 50000
        assert client.get("/avatars").json()["code"] == 0  # one-shot


def test_rate_limit_fault_says_when_to_retry(sim: SimServer, sim_key: str) -> None:
    sim.inject(Fault(route="POST /product", kind="rate_limit", retry_after=7))
    with api(sim.base_url, sim_key) as client:
        reply = client.post("/product", json={"url": sim.demo_product_urls()[0]})
    assert reply.status_code == 429 and reply.headers["retry-after"] == "7"
    assert reply.json()["code"] == 429
    assert sim.ctx.state.products == {}  # rejected before the handler


@pytest.mark.parametrize("code", [10105, 18020, 18025, 40000, 50000, 10104, 429])
def test_envelope_codes(sim: SimServer, sim_key: str, code: int) -> None:
    sim.inject(Fault(route="GET /project", kind="envelope", code=code))
    with api(sim.base_url, sim_key) as client:
        reply = client.get("/project", params={"project_id": "x"})
    body = reply.json()
    assert reply.status_code == 200 and body["code"] == code and body["msg"] and body["data"] is None


def test_malformed_json(sim: SimServer, sim_key: str) -> None:
    sim.inject(Fault(route="GET /voices", kind="malformed_json"))
    with api(sim.base_url, sim_key) as client:
        reply = client.get("/voices")
    assert reply.status_code == 200 and reply.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        json.loads(reply.content)


def test_reset_before_handler_never_reaches_it(sim: SimServer, sim_key: str) -> None:
    sim.inject(Fault(route="POST /product", kind="reset"))
    with api(sim.base_url, sim_key) as client, pytest.raises(httpx.ReadError):
        client.post("/product", json={"url": sim.demo_product_urls()[0]})
    assert sim.ctx.state.products == {}
    assert len(sim.requests_to("POST", "/product")) == 1  # but the server saw it


def test_answer_lost_after_the_render_was_charged(sim: SimServer, sim_key: str) -> None:
    with api(sim.base_url, sim_key) as client:
        product_id = manual_product(client, sim.origin + MUG)
        sim.inject(Fault(route="POST /create_video_from_url", kind="reset", after_handler=True))
        with pytest.raises(httpx.ReadError):
            _render(client, product_id)
    assert sim.credits(sim_key) == 99
    assert len(sim.project_ids()) == 1


@pytest.mark.parametrize("after", [False, True])
def test_truncated_body(sim: SimServer, sim_key: str, after: bool) -> None:
    sim.inject(Fault(route="GET /templates", kind="truncated", after_handler=after))
    with api(sim.base_url, sim_key) as client, pytest.raises(httpx.RemoteProtocolError):
        client.get("/templates")


def test_delay_holds_the_answer_past_a_client_timeout(sim: SimServer, sim_key: str) -> None:
    sim.inject(Fault(route="GET /musics", kind="delay", delay=2.0))
    with pytest.raises(httpx.ReadTimeout):
        get(sim.base_url + "/musics", headers={"x-api-key": sim_key}, timeout=0.3)


def test_times_and_until_cleared(sim: SimServer, sim_key: str) -> None:
    sim.inject(Fault(route="GET /visual_styles", kind="http_503", times=2))
    sim.inject(Fault(route="GET /templates/custom", kind="http_502", times=-1))
    with api(sim.base_url, sim_key) as client:
        assert [client.get("/visual_styles").status_code for _ in range(3)] == [503, 503, 200]
        assert [client.get("/templates/custom").status_code for _ in range(3)] == [502, 502, 502]
        sim.clear_faults()
        assert client.get("/templates/custom").status_code == 200


def test_render_fail_and_deleted_projects(sim: SimServer, sim_key: str) -> None:
    with api(sim.base_url, sim_key) as client:
        product_id = manual_product(client, sim.origin + MUG)
        sim.inject(Fault(route="POST /create_video_from_url", kind="render_fail"))
        failed = _render(client, product_id).json()["data"]["project_id"]
        sim.inject(Fault(route="POST /create_video_from_url", kind="project_deleted"))
        deleted = _render(client, product_id).json()["data"]["project_id"]
        assert sim.wait_for_render(failed, 5)
        sim.ctx.state.projects[failed].started -= 10  # past render_seconds without waiting
        status = client.get("/project", params={"project_id": failed}).json()["data"]
        assert (status["status_code"], status["video_url"]) == (5, "")
        assert client.get("/project", params={"project_id": deleted}).json()["data"]["status_code"] == 99
        # On GET /project the fault flips whichever project is polled next.
        normal = _render(client, product_id).json()["data"]["project_id"]
        sim.inject(Fault(route="GET /project", kind="render_fail"))
        assert client.get("/project", params={"project_id": normal}).json()["data"]["status_code"] == 5


def test_reset_mid_download_then_range_resume(sim: SimServer, tmp_path: Path) -> None:
    url = sim.origin + "/media/shop/aurora-insulated-bottle/video.mp4"
    whole = get(url, timeout=120).content
    assert whole[4:8] == b"ftyp"
    sim.inject(Fault(route="GET /media/shop/*", kind="reset", cut_at=0.4))  # media: mid-body by default
    got = bytearray()
    with pytest.raises(httpx.ReadError), httpx.stream("GET", url) as reply:
        assert reply.headers["content-length"] == str(len(whole))
        for chunk in reply.iter_raw():
            got.extend(chunk)
    assert 0 < len(got) < len(whole)
    rest = get(url, headers={"Range": f"bytes={len(got)}-"})
    assert rest.status_code == 206
    assert bytes(got) + rest.content == whole


def test_slow_media_and_slow_fault(sim: SimServer) -> None:
    url = sim.origin + "/media/catalog/music/13.wav"
    size = len(get(url).content)
    sim.set_media_rate(size * 4)  # four chunks' worth per second: still finishes, in pieces
    chunks: list[int] = []
    with httpx.stream("GET", url) as reply:
        chunks = [len(c) for c in reply.iter_raw()]
    assert sum(chunks) == size and len(chunks) >= 3


def test_bad_faults_are_refused() -> None:
    with pytest.raises(ValueError):
        Fault(route="GET /x", kind="explode")
    with pytest.raises(ValueError):
        Fault(route="/x", kind="http_500")
    with pytest.raises(ValueError):
        Fault(route="GET /x", kind="envelope")
    assert {k.value for k in FaultKind} >= {"reset", "truncated", "render_fail", "project_deleted"}
    assert Fault(route="get /v1/product", kind="http_500").route == "GET /product"


def test_truncated_download_then_resume_twice(sim: SimServer) -> None:
    url = sim.origin + "/media/shop/lumen-desk-lamp/video.mp4"
    whole = get(url, timeout=120).content
    sim.inject(Fault(route="GET /media/shop/lumen-desk-lamp/*", kind="truncated", times=2, cut_at=0.5))
    got = b""
    for _ in range(2):
        headers = {"Range": f"bytes={len(got)}-"} if got else {}
        with pytest.raises(httpx.RemoteProtocolError), httpx.stream("GET", url, headers=headers) as reply:
            for chunk in reply.iter_raw():
                got += chunk
    assert len(whole) * 0.7 < len(got) < len(whole)  # half, then half of the rest
    rest = get(url, headers={"Range": f"bytes={len(got)}-"})
    assert rest.status_code == 206 and got + rest.content == whole


def test_a_held_request_never_takes_a_fault_armed_after_it_arrived(sim: SimServer, sim_key: str) -> None:
    # A request held by a delay fault (the previous test's, say) resumes after a new fault was
    # armed: the new fault is for requests arriving from now on, not for the held one.

    sim.inject(Fault(route="GET /avatars", kind="delay", delay=1.0))
    held: dict[str, httpx.Response] = {}

    def call() -> None:
        with api(sim.base_url, sim_key) as client:
            held["reply"] = client.get("/avatars")

    worker = threading.Thread(target=call)
    worker.start()
    deadline = time.monotonic() + 10
    while sim.faults() and time.monotonic() < deadline:
        worker.join(0.01)  # the delay fault is consumed once the held request arrived
    assert not sim.faults()
    sim.inject(Fault(route="GET /avatars", kind="http_500", after_handler=True))
    worker.join(10)
    assert held["reply"].json()["code"] == 0
    with api(sim.base_url, sim_key) as client:
        assert client.get("/avatars").status_code == 500


def test_a_held_poll_never_takes_a_render_fault_armed_after_it_arrived(sim: SimServer, sim_key: str) -> None:
    # Same rule for the faults the handlers apply themselves (render_fail, project_deleted).
    with api(sim.base_url, sim_key) as client:
        product_id = manual_product(client, sim.origin + MUG)
        project_id = _render(client, product_id).json()["data"]["project_id"]
    sim.inject(Fault(route="GET /project", kind="delay", delay=1.0))
    held: dict[str, httpx.Response] = {}

    def poll() -> None:
        with api(sim.base_url, sim_key) as client:
            held["reply"] = client.get("/project", params={"project_id": project_id})

    worker = threading.Thread(target=poll)
    worker.start()
    deadline = time.monotonic() + 10
    while sim.faults() and time.monotonic() < deadline:
        worker.join(0.01)
    assert not sim.faults()
    sim.inject(Fault(route="GET /project", kind="render_fail"))
    worker.join(10)
    assert held["reply"].json()["data"]["status_code"] != 5
    with api(sim.base_url, sim_key) as client:
        reply = client.get("/project", params={"project_id": project_id}).json()
        assert reply["data"]["status_code"] == 5
