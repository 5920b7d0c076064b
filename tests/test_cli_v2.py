"""The command line on JoggAI's v2 API: --api-version, JOGG_API_VERSION, the same generate options,
template options on v2 (made with v1, same key), and the exact command of issue #12."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from jogg_desktop.childproc import python_module_command
from jogg_desktop.cli import EXIT_ERROR
from jogg_desktop.sim import SimServer
from jogg_desktop.store import Store
from tests.test_cli import ROOT, _cli_env, run_cli


def test_the_issue_command_prints_the_finished_video_address(
    sim: SimServer, sim_key: str, tmp_path: Path
) -> None:
    # Exactly the command of the issue (JoggAI's polling etiquette: the first look after 10 s).
    command = python_module_command(
        "jogg_desktop", "generate", "--api-version", "v2", "--api-base", sim.origin,
        "--url", sim.demo_product_urls()[0], "--no-download",
    )
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT,
                            env=_cli_env(tmp_path / "home", sim_key))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    link = next(line.split(": ", 1)[1].split()[0] for line in lines if line.startswith("Video link: "))
    assert link.startswith(sim.origin + "/media/renders/") and link.endswith(".mp4")
    [render] = sim.requests_to("POST", "/create_video_from_product")
    assert render.path == "/v2/create_video_from_product"
    assert render.json["video_spec"]["aspect_ratio"] == "portrait" and render.json["avatar"]["id"]
    assert not sim.requests_to("POST", "/create_video_from_url")
    assert sim_key not in result.stdout + result.stderr


def test_generate_on_v2_takes_the_same_options(sim: SimServer, sim_key: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOGG_API_KEY", sim_key)
    monkeypatch.setenv("JOGG_API_VERSION", "v2")
    code, out, err = run_cli(
        "generate", "--url", sim.demo_product_urls()[1], "--api-base", sim.origin, "--aspect", "16:9",
        "--length", "30", "--language", "french", "--avatar-id", "100266", "--avatar-type", "1",
        "--voice-id", "fr-FR-DeniseNeural", "--music-id", "13", "--script-style", "storytime",
        "--visual-style", "FullScreen", "--no-caption", "--name", "Promo", "--script", "Bonjour",
        "--no-download", "--poll-every", "0.2")
    assert code == 0, err
    assert "Video link: " in out
    [render] = sim.requests_to("POST", "/create_video_from_product")
    name = render.json["video_spec"]["name"]
    assert name.startswith("Promo")  # "Promo", or "Promo · <time>" when made as a job
    assert render.json == {
        "product_id": render.json["product_id"], "visual_style": "FullScreen",
        "video_spec": {"aspect_ratio": "landscape", "length": "30", "caption": False, "name": name},
        "avatar": {"id": 100266, "type": 1}, "voice": {"id": "fr-FR-DeniseNeural"},
        "audio": {"music_id": 13}, "script": {"style": "Storytime", "language": "french"},
        "override_script": "Bonjour",
    }


def test_template_options_on_v2_make_the_video_with_v1(sim: SimServer, sim_key: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOGG_API_KEY", sim_key)
    code, out, err = run_cli("generate", "--api-version", "v2", "--api-base", sim.origin,
                             "--url", sim.demo_product_urls()[0], "--template-id", "136",
                             "--no-download", "--poll-every", "0.2")
    assert code == 0, err
    assert "API v1" in out and "Video link: " in out
    [crawl] = sim.requests_to("POST", "/product")[:1]
    assert crawl.path == "/v2/product"
    copy = [r for r in sim.requests_to("POST", "/product") if r.path == "/v1/product"]
    assert len(copy) == 1 and copy[0].json["name"] and copy[0].json["media"]
    [render] = sim.requests_to("POST", "/create_video_from_url")
    assert render.json["template_id"] == 136 and render.json["product_id"] != crawl.json.get("product_id")
    assert not sim.requests_to("POST", "/create_video_from_product")


def test_a_style_v2_does_not_offer_is_refused_before_anything_is_charged(
    sim: SimServer, sim_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JOGG_API_KEY", sim_key)
    code, _, err = run_cli("generate", "--api-version", "v2", "--api-base", sim.origin,
                           "--url", sim.demo_product_urls()[0], "--script-style", "Comparison",
                           "--no-download")
    assert code == EXIT_ERROR
    assert "not offered by JoggAI's API v2" in err and "Storytime" in err
    assert [r for r in sim.requests if r.method == "POST"] == []


def test_api_version_selects_the_generation(
    sim: SimServer, sim_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JOGG_API_KEY", sim_key)
    assert run_cli("whoami", "--api-base", sim.origin)[0] == 0
    assert run_cli("whoami", "--api-base", sim.origin, "--api-version", "v1")[0] == 0
    assert run_cli("whoami", "--api-base", sim.base_url)[0] == 0  # an old /v1 address still works
    monkeypatch.setenv("JOGG_API_VERSION", "1")
    assert run_cli("whoami", "--api-base", sim.origin)[0] == 0
    paths = [r.path for r in sim.requests if "whoami" in r.path]
    assert paths == ["/v2/user/whoami", "/v1/whoami", "/v1/whoami", "/v1/whoami"]
    assert run_cli("whoami", "--api-version", "v3")[0] == 2


def test_catalogs_on_v2(sim: SimServer, sim_key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOGG_API_KEY", sim_key)
    for kind in ("avatars", "voices", "musics", "visual-styles", "templates"):
        code, out, err = run_cli("catalog", kind, "--api-base", sim.origin, "--aspect", "16:9")
        assert code == 0, err
        assert out.strip() and out.strip() != "(none)"
    code, out, _ = run_cli("catalog", "musics", "--custom", "--api-base", sim.origin)
    assert code == 0 and out.strip() == "(none)"  # v2 keeps no list of the account's music
    routes = {r.path for r in sim.requests}
    assert {"/v2/avatars/public", "/v2/voices", "/v2/musics", "/v2/visual_styles", "/v1/templates"} <= routes


def test_generate_with_download_on_v2_records_the_generation(
    sim: SimServer, sim_key: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JOGG_API_KEY", sim_key)
    monkeypatch.setenv("JOGG_DESKTOP_HOME", str(tmp_path / "home"))
    code, out, err = run_cli("generate", "--api-base", sim.origin, "--url", sim.demo_product_urls()[0],
                             "--out", str(tmp_path), "--poll-every", "0.2")
    assert code == 0, err
    lines = out.splitlines()
    saved = Path(next(line.split(": ", 1)[1] for line in lines if line.startswith("Video saved: ")))
    assert saved.read_bytes()[4:8] == b"ftyp"
    store = Store()
    try:
        [job] = store.jobs.all()
    finally:
        store.close()
    assert job.generation.value == "v2" and job.render_name and job.status is not None
    assert job.status.credits_charged == 1.0
    [render] = sim.requests_to("POST", "/create_video_from_product")
    assert render.json["video_spec"]["name"] == job.render_name


def test_a_template_video_with_download_on_v2_is_a_v1_job(
    sim: SimServer, sim_key: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JOGG_API_KEY", sim_key)
    monkeypatch.setenv("JOGG_DESKTOP_HOME", str(tmp_path / "home"))
    code, out, err = run_cli("generate", "--api-base", sim.origin, "--url", sim.demo_product_urls()[0],
                             "--template-id", "136", "--out", str(tmp_path), "--poll-every", "0.2")
    assert code == 0, err
    assert "Templates are made with JoggAI's API v1" in out and "Video saved: " in out
    store = Store()
    try:
        [job] = store.jobs.all()
    finally:
        store.close()
    assert job.generation.value == "v1" and job.render_name is None
    assert [r.path for r in sim.requests if r.method == "POST"] == [
        "/v2/product", "/v1/product", "/v1/create_video_from_url"]
