"""The render status timeline and the scripted captions (pure functions)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from jogg_desktop.sim.projects import render_key, status_of
from jogg_desktop.sim.script import timed_captions, write_script
from jogg_desktop.sim.state import ProjectRecord


def _project(**changes: object) -> ProjectRecord:
    project = ProjectRecord(
        project_id="a" * 32, key="k", title="t", created_at=0.0, started=100.0, render_seconds=10.0,
        length=15, aspect_ratio=0, video_path=Path("v.mp4"), cover_path=Path("c.jpg"),
    )
    for name, value in changes.items():
        setattr(project, name, value)
    return project


@pytest.mark.parametrize(
    ("elapsed", "ready", "status"),
    [(0.0, False, 1), (0.9, True, 1), (1.0, False, 2), (2.9, False, 2), (3.0, False, 3), (9.9, True, 3),
     (10.0, False, 3), (10.0, True, 4), (500.0, True, 4)],
)
def test_status_moves_1_2_3_4_and_waits_for_the_file(elapsed: float, ready: bool, status: int) -> None:
    assert status_of(_project(), 100.0 + elapsed, ready) == status


def test_failed_and_deleted_projects() -> None:
    assert status_of(_project(fate="fail"), 105.0, True) == 3  # fails only when it would have finished
    assert status_of(_project(fate="fail"), 110.0, True) == 5
    assert status_of(_project(render_error="boom"), 110.0, False) == 5
    assert status_of(_project(fate="deleted"), 100.0, False) == 99


def test_script_follows_the_style_or_the_override() -> None:
    lines = write_script("Aurora Bottle, 750 ml", "Keeps drinks cold. Fits cup holders.", "Discovery", 15)
    assert lines[0] == "Look what I just found: Aurora Bottle!"
    assert "Keeps drinks cold." in lines and lines[-1] == "Get your Aurora Bottle today!"
    exact = write_script("X", "Y.", "Data", 15, override="Exactly this. And this.")
    assert exact == ["Exactly this.", "And this."]
    long = write_script("X", " ".join(f"Sentence number {i}." for i in range(40)), "Data", 15)
    assert len(long) == 5 and long[-1] == "Get your X today!"


def test_captions_cover_the_whole_video_in_order() -> None:
    captions = timed_captions(["One.", "A much longer second line here.", "Three."], 30)
    assert captions[0][0] == 0 and abs(captions[-1][1] - 30) < 0.01
    assert all(a[1] == b[0] for a, b in itertools.pairwise(captions))
    assert captions[1][1] - captions[1][0] > captions[0][1] - captions[0][0]


def test_render_key_ignores_the_server_port_but_not_the_content() -> None:
    job = {"images": ["http://127.0.0.1:4000/media/shop/a/1.jpg"], "seconds": 15, "video": "x"}
    moved = {**job, "images": ["http://127.0.0.1:5000/media/shop/a/1.jpg"], "video": "y"}
    assert render_key(job, "http://127.0.0.1:4000") == render_key(moved, "http://127.0.0.1:5000")
    assert render_key(job, "http://127.0.0.1:4000") != render_key({**job, "seconds": 30}, "http://127.0.0.1:4000")
