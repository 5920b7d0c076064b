"""Small helpers for the simulator's own tests."""

from __future__ import annotations

from typing import Any

import httpx

from jogg_desktop import tls

RENDER_BODY: dict[str, Any] = {
    "aspect_ratio": 0,
    "video_length": "15",
    "language": "english",
    "avatar_id": 81,
    "avatar_type": 0,
    "template_type": "public",
    "script_style": "Discovery",
    "visual_style": "FullScreen",
    "caption": True,
    "voice_id": "en-US-JennyNeural",
    "music_id": 13,
}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def api(base_url: str, key: str) -> httpx.Client:
    return httpx.Client(
        base_url=base_url, headers={"x-api-key": key}, timeout=30.0, verify=tls.client_context()
    )


def get(url: str, **kwargs: Any) -> httpx.Response:
    """``httpx.get`` with the shared TLS context (building one costs 0.1–0.4 s a call)."""
    return httpx.get(url, verify=tls.client_context(), **kwargs)


def manual_product(client: httpx.Client, image_url: str) -> str:
    reply = client.post(
        "/product",
        json={
            "name": "Test mug",
            "description": "A mug for tests. It holds coffee.",
            "media": [{"type": 1, "url": image_url, "name": "mug.jpg"}],
        },
    ).json()
    assert reply["code"] == 0, reply
    product_id: str = reply["data"]["product_id"]
    return product_id
