"""The command line: usage, exit codes, plain errors (no traceback), and a full run against the sim."""

from __future__ import annotations

import io
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from jogg_desktop.childproc import python_module_command
from jogg_desktop.cli import EXIT_AUTH, EXIT_NETWORK, EXIT_USAGE, main

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
