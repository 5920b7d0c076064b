"""The command line: usage, exit codes, plain errors (no traceback), and a full run against the sim."""

from __future__ import annotations

import io
import os
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from jogg_desktop.childproc import python_module_command
from jogg_desktop.cli import (
    EXIT_AUTH,
    EXIT_CREDITS,
    EXIT_ERROR,
    EXIT_NETWORK,
    EXIT_RENDER,
    EXIT_USAGE,
    main,
)
from jogg_desktop.sim import Fault, SimServer

ROOT = Path(__file__).resolve().parents[1]


async def _no_sleep(_seconds: float) -> None:
    return None


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err, client_options={"sleep": _no_sleep})
    return code, out.getvalue(), err.getvalue()


def test_help_documents_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    for line in ("2  usage", "3  authentication", "4  credits", "5  render failure", "6  network"):
        assert line in text
    assert main(["generate", "--help"]) == 0
    assert "--visual-style" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [
    [], ["fly"], ["generate"], ["generate", "--url", "u", "--aspect", "4:3"],
    ["generate", "--url", "u", "--length", "45"], ["generate", "--url", "u", "--language", "klingon"],
    ["generate", "--url", "u", "--visual-style", "A", "--template-id", "3"],
    ["catalog", "faces"],
])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == EXIT_USAGE
    assert "Traceback" not in capsys.readouterr().err


def test_no_key_is_an_authentication_error(no_keyring: None) -> None:
    code, _, err = run_cli("whoami", "--api-base", "http://127.0.0.1:9/v1")
    assert code == EXIT_AUTH
    assert "No API key found" in err and "Traceback" not in err


def test_unreachable_server_is_a_network_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("JOGG_API_KEY", "secret-key-123")
    code, _, err = run_cli("--api-base", f"http://127.0.0.1:{port}/v1", "whoami")
    assert code == EXIT_NETWORK
    assert err.startswith("Error: Could not reach JoggAI")
    assert "Details: " in err and "secret-key-123" not in err and "Traceback" not in err


def test_module_entry_point_runs() -> None:
    result = subprocess.run(python_module_command("jogg_desktop", "--version"), capture_output=True,
                            text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0 and "Jogg Desktop" in result.stdout


def _cli_env(home: Path, key: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOGG_")}
    env.update(JOGG_API_KEY=key, JOGG_DESKTOP_HOME=str(home), PYTHONDONTWRITEBYTECODE="1")
    return env


def _mp4_boxes(data: bytes) -> list[bytes]:
    """Top-level ISO-BMFF box types, walking the size fields (a real file parses to its end)."""
    boxes, pos = [], 0
    while pos + 8 <= len(data):
        size = int.from_bytes(data[pos:pos + 4], "big")
        kind = data[pos + 4:pos + 8]
        if size == 1:
            size = int.from_bytes(data[pos + 8:pos + 16], "big")
        if size < 8:
            break
        boxes.append(kind)
        pos += size
    assert pos == len(data), "the MP4's boxes do not add up to its size"
    return boxes


@pytest.mark.slow
def test_generate_makes_a_playable_video_against_the_simulator(
    sim: SimServer, sim_key: str, tmp_path: Path
) -> None:
    out_dir = tmp_path / "videos"
    command = python_module_command(
        "jogg_desktop", "generate", "--url", sim.demo_product_urls()[0], "--api-base", sim.base_url,
        "--aspect", "9:16", "--length", "15", "--out", str(out_dir), "--poll-every", "0.5",
    )
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT,
                            env=_cli_env(tmp_path / "home", sim_key))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for step in ("Step 1/4", "Step 2/4", "Step 3/4"):
        assert any(line.startswith(step) for line in lines), result.stdout
    # Step 4 (render, then download) is reported by the job runner's progress lines.
    assert any("rendering" in line or line.startswith("Step 4/4") for line in lines), result.stdout
    assert any("download" in line for line in lines), result.stdout
    project_id = next(line.split(": ", 1)[1] for line in lines if line.startswith("Project id: "))
    saved = Path(next(line.split(": ", 1)[1] for line in lines if line.startswith("Video saved: ")))
    assert saved.parent == out_dir and saved.suffix == ".mp4"
    data = saved.read_bytes()
    assert data[4:8] == b"ftyp" and 50_000 < len(data) < 50_000_000
    boxes = _mp4_boxes(data)
    assert b"moov" in boxes and b"mdat" in boxes
    assert sim_key not in result.stdout + result.stderr
    [render] = sim.requests_to("POST", "/create_video_from_url")
    assert render.json["aspect_ratio"] == 0 and render.json["template_type"] == "public"
    assert render.json["avatar_id"] and render.json["visual_style"]  # defaults picked from the catalog
    assert project_id in sim.project_ids()


@pytest.mark.slow
def test_generate_no_download_prints_the_link(sim: SimServer, sim_key: str, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOGG_API_KEY", sim_key)
    code, out, err = run_cli("generate", "--url", sim.demo_product_urls()[1], "--api-base", sim.base_url,
                             "--aspect", "1:1", "--template-id", "0", "--template-type", "public",
                             "--no-download", "--poll-every", "0.2", "--no-caption", "--script", "Hi!")
    assert code == 0, err
    link = next(line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("Video link: "))
    assert link.startswith(sim.origin + "/media/renders/")
    [render] = sim.requests_to("POST", "/create_video_from_url")
    body = render.json
    assert body["template_id"] == 0 and "visual_style" not in body and body["caption"] is False
    assert body["override_script"] == "Hi!" and body["aspect_ratio"] == 2


@pytest.mark.parametrize(("fault", "code"), [
    (Fault(route="POST /create_video_from_url", kind="envelope", code=18020), EXIT_CREDITS),
    pytest.param(Fault(route="POST /create_video_from_url", kind="render_fail"), EXIT_RENDER,
                 marks=pytest.mark.slow),  # waits for the render to fail
    (Fault(route="POST /product", kind="envelope", code=10105), EXIT_AUTH),
    (Fault(route="POST /create_video_from_url", kind="http_502", after_handler=True), EXIT_ERROR),
])
def test_generate_exit_codes(sim: SimServer, sim_key: str, monkeypatch: pytest.MonkeyPatch,
                             fault: Fault, code: int) -> None:
    monkeypatch.setenv("JOGG_API_KEY", sim_key)
    sim.inject(fault)
    got, _, err = run_cli("generate", "--url", sim.demo_product_urls()[0], "--api-base", sim.base_url,
                          "--no-download", "--poll-every", "0.2")
    assert got == code, err
    assert err.startswith("Error: ") and "Details: " in err and "Traceback" not in err
    for project_id in sim.project_ids():
        sim.wait_for_render(project_id)


def test_whoami_and_catalogs(sim: SimServer, sim_key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOGG_API_KEY", sim_key)
    code, out, _ = run_cli("whoami", "--api-base", sim.base_url)
    assert code == 0 and "The API key works" in out
    for kind in ("avatars", "voices", "musics", "visual-styles", "templates"):
        code, out, err = run_cli("catalog", kind, "--api-base", sim.base_url, "--aspect", "16:9")
        assert code == 0, err
        assert out.strip() and out.strip() != "(none)"
    code, out, _ = run_cli("catalog", "voices", "--custom", "--api-base", sim.base_url)
    assert code == 0 and out.strip()


def test_wrong_key_exits_3(sim: SimServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOGG_API_KEY", "not-a-valid-key-xyz")
    code, _, err = run_cli("whoami", "--api-base", sim.base_url)
    assert code == EXIT_AUTH and "not-a-valid-key-xyz" not in err and "request id" in err
