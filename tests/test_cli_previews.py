"""The command line's ``previews`` and ``render-preview`` (the compare-looks step's twins), and
``resume``/``jobs`` with previews: the same checks as the app, the cost said before sending."""

from __future__ import annotations

from pathlib import Path

import pytest

from jogg_desktop.cli import EXIT_CREDITS, EXIT_ERROR, EXIT_OK, EXIT_USAGE
from jogg_desktop.sim import Fault, SimServer
from jogg_desktop.store import Store
from tests.test_cli import run_cli

PREVIEW_LIST = "/create_video_from_product/preview_list"


@pytest.fixture(autouse=True)
def _key(sim_key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOGG_API_KEY", sim_key)


def _styles(*names: str) -> list[str]:
    return [arg for name in names for arg in ("--visual-style", name)]


@pytest.mark.parametrize("styles", [("FullScreen",), tuple("ABCDEFG"), ("FullScreen", "fullscreen")])
def test_the_looks_are_checked_before_anything_is_sent(sim: SimServer, styles: tuple[str, ...]) -> None:
    code, _, err = run_cli("previews", "--api-base", sim.origin, "--url", sim.demo_product_urls()[0],
                           *_styles(*styles))
    assert code == EXIT_USAGE and "Error: " in err and "looks" in err
    assert sim.requests == []


def test_previews_without_a_look_or_with_a_template_are_usage_errors(sim: SimServer) -> None:
    assert run_cli("previews", "--url", "shop.example/p")[0] == EXIT_USAGE
    assert run_cli("previews", "--url", "shop.example/p", "--template-id", "136",
                   *_styles("A", "B"))[0] == EXIT_USAGE
    assert sim.requests == []


def test_previews_say_the_cost_wait_and_print_each_address(sim: SimServer, sim_key: str) -> None:
    sim.inject(Fault(route="POST " + PREVIEW_LIST, kind="style_fail", msg="Avatar Bubble"))
    code, out, err = run_cli("previews", "--api-base", sim.origin, "--url", sim.demo_product_urls()[0],
                             "--script-style", "Storytime", "--length", "30", "--no-download",
                             "--poll-every", "0.1", *_styles("FullScreen", "Avatar Bubble", "Rotary Switch"))
    assert code == EXIT_OK, err
    assert "asking for 3 previews (FullScreen, Avatar Bubble, Rotary Switch): 1.5 credits (0.5 each)" in out
    lines = [line.split("\t") for line in out.splitlines() if line.startswith("preview ")]
    assert [cells[1] for cells in lines] == ["FullScreen", "Avatar Bubble", "Rotary Switch"]
    for cells in (lines[0], lines[2]):
        assert cells[2].startswith(sim.origin + "/media/renders/") and cells[2].endswith(".mp4")
    assert lines[1][2].startswith("failed: ") and "style" in lines[1][2]
    [request] = sim.requests_to("POST", PREVIEW_LIST)
    assert request.json["visual_styles"] == ["FullScreen", "Avatar Bubble", "Rotary Switch"]
    assert request.json["video_spec"]["length"] == "30" and request.json["script"]["style"] == "Storytime"
    assert sim.credits(sim_key) == 100 - 2 * 0.5

    preview_id = lines[2][0].removeprefix("preview ")
    code, out, err = run_cli("render-preview", preview_id, "--api-base", sim.origin, "--no-download",
                             "--poll-every", "0.1")
    assert code == EXIT_OK, err
    assert "Rotary Switch" in out and "(a normal video: 1 credit)" in out and "Video link: " in out
    [single] = sim.requests_to("POST", "/create_video_from_product/render_single_preview")
    assert single.json == {"preview_id": preview_id}

    code, out, _ = run_cli("jobs")
    assert f"preview {preview_id}\tRotary Switch" in out and "full video: job 1" in out


def test_previews_download_into_the_folder(sim: SimServer, tmp_path: Path) -> None:
    code, out, err = run_cli("previews", "--api-version", "v1", "--api-base", sim.origin,
                             "--url", sim.demo_product_urls()[1], "--out", str(tmp_path / "out"),
                             "--poll-every", "0.1",
                             *_styles("FullScreen", "Floating Avatar"))
    assert code == EXIT_OK, err
    files = sorted((tmp_path / "out").iterdir())
    assert [f.name.rsplit(" - ", 1)[-1] for f in files] == ["Floating Avatar.mp4", "FullScreen.mp4"], files
    assert all(f.read_bytes()[4:8] == b"ftyp" and f"\t{f}" in out for f in files)
    assert len(sim.requests_to("POST", "/preview")) == 2  # v1: one request per look


def test_no_credits_is_exit_4_and_nothing_more_is_sent(sim: SimServer, sim_key: str) -> None:
    sim.set_credits(sim_key, 0)
    code, _, err = run_cli("previews", "--api-base", sim.origin, "--url", sim.demo_product_urls()[0],
                           "--script-style", "Storytime", *_styles("FullScreen", "Rotary Switch"))
    assert code == EXIT_CREDITS and "credits" in err
    assert len(sim.requests_to("POST", PREVIEW_LIST)) == 1


def test_render_preview_of_an_unknown_id_on_v1_sends_nothing(sim: SimServer) -> None:
    code, _, err = run_cli("render-preview", "abc123", "--api-version", "v1", "--api-base", sim.origin)
    assert code == EXIT_ERROR and "generate --visual-style" in err
    assert not [r for r in sim.requests if r.method == "POST"]
    store = Store()
    try:
        assert store.jobs.all() == []
    finally:
        store.close()


def test_resume_all_fetches_a_paid_preview_whose_file_was_never_saved(sim: SimServer, tmp_path: Path) -> None:
    sim.inject(Fault(route="GET /media/renders/*", kind="http_503", times=-1))
    code, out, err = run_cli("previews", "--api-base", sim.origin, "--url", sim.demo_product_urls()[0],
                             "--script-style", "Storytime", "--out", str(tmp_path / "out"),
                             "--poll-every", "0.1", *_styles("FullScreen", "Rotary Switch"))
    assert code != EXIT_OK and out.count("\tfailed: ") == 2
    sim.clear_faults()
    code, out, err = run_cli("resume", "--all", "--api-base", sim.origin, "--poll-every", "0.1")
    assert code == EXIT_OK, err
    saved = sorted((tmp_path / "out").glob("*.mp4"))
    assert len(saved) == 2 and all(f"\t{path}" in out for path in saved)
    assert len(sim.requests_to("POST", PREVIEW_LIST)) == 1  # fetched, not asked for again
