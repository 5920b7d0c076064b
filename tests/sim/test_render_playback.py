"""A rendered video plays in QMediaPlayer to the end, at the requested frame size and length,
with a sound track."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from jogg_desktop.sim import SimServer
from jogg_desktop.sim.projects import FRAME_SIZES
from tests.sim.helpers import RENDER_BODY, api


def _render(sim: SimServer, key: str, aspect: int, length: str) -> str:
    with api(sim.base_url, key) as client:
        created = client.post("/product", json={"url": sim.demo_product_urls()[0]}).json()["data"]
        body = {**RENDER_BODY, "product_id": created["product_id"]}
        body.update(aspect_ratio=aspect, video_length=length)
        project_id: str = client.post("/create_video_from_url", json=body).json()["data"]["project_id"]
        assert sim.wait_for_render(project_id, 120)
        sim.ctx.state.projects[project_id].started -= 60  # skip the rest of the timeline
        status = client.get("/project", params={"project_id": project_id}).json()["data"]
    assert status["status_code"] == 4, status
    url: str = status["video_url"]
    return url


@pytest.mark.slow
@pytest.mark.parametrize(("aspect", "length"), [(0, "15"), (1, "30"), (2, "15")])
def test_rendered_video_plays_to_the_end(
    qtbot: Any, sim: SimServer, sim_key: str, aspect: int, length: str
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

    url = _render(sim, sim_key, aspect, length)
    assert httpx.head(url).headers["content-type"] == "video/mp4"
    player = QMediaPlayer()
    sink = QVideoSink()
    player.setVideoSink(sink)
    sizes: set[tuple[int, int]] = set()
    statuses: list[QMediaPlayer.MediaStatus] = []

    def on_frame(frame: QVideoFrame) -> None:
        if frame.isValid():
            sizes.add((frame.width(), frame.height()))

    sink.videoFrameChanged.connect(on_frame)
    player.mediaStatusChanged.connect(statuses.append)
    player.errorOccurred.connect(lambda error, text: pytest.fail(f"player error {error}: {text}"))
    player.setSource(QUrl(url))  # streamed from the simulator over HTTP (Range requests)
    qtbot.waitUntil(lambda: QMediaPlayer.MediaStatus.LoadedMedia in statuses, timeout=20_000)
    assert abs(player.duration() - int(length) * 1000) <= 1000
    assert player.hasVideo() and player.hasAudio()  # voice-like murmur over the music, AAC
    player.setPosition(player.duration() - 1500)  # the last second and a half, not the whole clip
    player.play()
    qtbot.waitUntil(lambda: QMediaPlayer.MediaStatus.EndOfMedia in statuses, timeout=30_000)
    assert sizes == {FRAME_SIZES[aspect]}
    player.stop()
    player.setVideoSink(None)
    del player, sink
