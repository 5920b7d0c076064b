"""The simulator's v2 routes behave like its v1 routes where JoggAI's rules are the same: one
20-POST budget per key across both generations, the key check, faults by route, the request
log, the render timeline and its failure fault."""

from __future__ import annotations

import httpx

from jogg_desktop.sim import Fault, SimServer
from tests.fixtures.sim import SIM_KEY, fast_config
from tests.sim.helpers import FakeClock


def test_one_post_limit_per_key_across_both_generations(sim_asset_dir: object) -> None:
    clock = FakeClock()
    server = SimServer(fast_config(sim_asset_dir, post_limit=3, clock=clock))  # type: ignore[arg-type]
    server.start()
    try:
        with httpx.Client(headers={"x-api-key": SIM_KEY}, timeout=30) as client:
            codes = [client.post(f"{server.origin}/{g}/product", json={"name": "Mug", "description": "d",
                                                                     "media": []}).json()["code"]
                     for g in ("v2", "v1", "v2", "v2")]
            assert codes[-1] == 429 and 429 not in codes[:2]
            answer = client.post(server.base_url_v2 + "/upload/asset", json={"filename": "a.png",
                                                                           "content_type": "image/png"})
            assert answer.json()["code"] == 429 and answer.headers["retry-after"]
            clock.advance(61)
            assert client.post(server.base_url_v2 + "/product", json={"name": "Mug"}).json()["code"] == 0
            assert client.get(server.base_url_v2 + "/visual_styles").json()["code"] == 0  # GETs are free
            wrong = httpx.get(server.base_url_v2 + "/user/whoami", headers={"x-api-key": "nope"}).json()
            assert wrong["code"] == 10105 and wrong["data"] is None
    finally:
        server.stop()


def test_faults_and_request_log_on_v2_routes(sim: SimServer) -> None:
    sim.inject(Fault(route="GET /product_video/*", kind="http_502", times=1))
    sim.inject(Fault(route="GET /avatars/public", kind="envelope", code=18025, times=1))
    with httpx.Client(base_url=sim.base_url_v2, headers={"x-api-key": SIM_KEY}, timeout=30) as client:
        assert client.get("/product_video/abc").status_code == 502
        assert client.get("/product_video/abc").json()["code"] == 10104
        assert client.get("/avatars/public").json()["code"] == 18025
        assert client.get("/avatars/public").json()["code"] == 0
        assert client.get("/v1-only-path").status_code == 404
    assert [r.route for r in sim.requests_to("GET", "/product_video/abc")] == ["/product_video/abc"] * 2
    assert sim.requests[0].path == "/v2/product_video/abc" and sim.requests[0].headers["x-api-key"] == SIM_KEY


def test_render_timeline_and_failure_fault(sim: SimServer) -> None:
    with httpx.Client(base_url=sim.base_url_v2, headers={"x-api-key": SIM_KEY}, timeout=60) as client:
        product = client.post("/product", json={"url": sim.demo_product_urls()[0]}).json()["data"]
        body = {"product_id": product["product_id"], "video_spec": {"length": "15"}, "avatar": {"id": 81},
                "voice": {}, "audio": {}, "script": {"style": "Data", "language": "english"}}
        video_id = client.post("/create_video_from_product", json=body).json()["data"]["video_id"]
        first = client.get(f"/product_video/{video_id}").json()["data"]
        assert first["status"] in ("pending", "processing") and "video_url" not in first
        assert sim.wait_for_render(video_id, 120)
        sim.ctx.state.projects[video_id].started -= 60
        done = client.get(f"/product_video/{video_id}").json()["data"]
        assert done["status"] == "completed" and done["video_url"].endswith(".mp4")
        assert sim.ctx.state.projects[video_id].aspect_ratio == 1  # the spec's default: landscape
        sim.inject(Fault(route="GET /product_video/*", kind="render_fail"))
        failed = client.get(f"/product_video/{video_id}").json()["data"]
        assert failed["status"] == "failed" and failed["error"]["message"]
    assert sim.credits(SIM_KEY) == 99
