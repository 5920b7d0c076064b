"""``python -m jogg_desktop scripts``: the app's "Suggest a script…" on the command line, v2 and v1,
with the same link check as the app, the cost said before asking, and the request sent once."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from jogg_desktop.childproc import python_module_command
from jogg_desktop.cli import EXIT_CREDITS, EXIT_ERROR, EXIT_USAGE
from jogg_desktop.sim import Fault, SimServer
from tests.test_cli import ROOT, _cli_env, run_cli


@pytest.fixture
def keyed(sim: SimServer, sim_key: str, monkeypatch: pytest.MonkeyPatch) -> SimServer:
    monkeypatch.setenv("JOGG_API_KEY", sim_key)
    sim.ctx.config.script_seconds = 0.2
    return sim


def test_v2_prints_the_suggestions_by_style_and_says_the_cost(keyed: SimServer, sim_key: str) -> None:
    code, out, err = run_cli("scripts", "--api-base", keyed.origin, "--url", keyed.demo_product_urls()[0],
                             "--language", "French", "--length", "30", "--script-style", "data",
                             "--poll-every", "0.1")
    assert code == 0, err
    lines = out.splitlines()
    cost = next(i for i, line in enumerate(lines) if "costs 0.2 credit" in line)
    first_style = lines.index("== Data ==")
    assert cost < first_style  # said before the answer
    assert [line for line in lines if line.startswith("== ")] == ["== Data ==", "== Top 3 reasons ==",
                                                                   "== Light marketing =="]
    assert lines[first_style + 1].startswith("Here are the facts about Aurora")
    assert "rewrite the narration" in out and "3 suggestion(s)" in out
    [ask] = keyed.requests_to("POST", "/ai_scripts")
    assert ask.path == "/v2/ai_scripts"
    assert ask.json["language"] == "french" and ask.json["video_length_seconds"] == "30"
    assert ask.json["script_style"] == "Data" and ask.json["product_info"]["source_type"] == "id"
    assert keyed.credits(sim_key) == pytest.approx(99.8)
    assert sim_key not in out + err


def test_v1_by_subprocess_as_a_seller_types_it(sim: SimServer, sim_key: str, tmp_path: Path) -> None:
    url = sim.demo_product_urls()[1].removeprefix("http://")  # http:// is added for this computer
    command = python_module_command("jogg_desktop", "scripts", "--api-version", "v1", "--api-base",
                                    sim.origin, "--url", "http://" + url)
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT,
                            env=_cli_env(tmp_path / "home", sim_key))
    assert result.returncode == 0, result.stdout + result.stderr
    styles = [line for line in result.stdout.splitlines() if line.startswith("== ")]
    assert styles == ["== Don't Worry ==", "== Discovery ==", "== Data ==", "== Top 3 reasons =="]
    [ask] = sim.requests_to("POST", "/ai_scripts")
    assert ask.path == "/v1/ai_scripts" and ask.json["video_length"] == "15" and ask.json["product_id"]
    assert not [r for r in sim.requests if "/ai_scripts/results/" in r.path]  # v1 answers at once


def test_the_link_is_checked_like_the_apps_before_anything_is_sent(keyed: SimServer) -> None:
    for bad in ("ftp://shop.example/p", "not a link at all", ""):
        code, _out, err = run_cli("scripts", "--api-base", keyed.origin, "--url", bad)
        assert code == EXIT_USAGE, (bad, err)
    code, _out, err = run_cli("scripts", "--api-base", keyed.origin, "--url", keyed.demo_product_urls()[0],
                              "--length", "20")
    assert code == EXIT_USAGE
    code, _out, err = run_cli("scripts", "--api-base", keyed.origin, "--url", keyed.demo_product_urls()[0],
                              "--script-style", "Comparison")  # one of v1's 16, not v2's 6: as generate
    assert code == EXIT_ERROR and "not offered by JoggAI's API v2" in err
    assert keyed.requests == []


def test_failures_are_plain_with_their_exit_code_and_never_resent(keyed: SimServer, sim_key: str) -> None:
    url = keyed.demo_product_urls()[0]
    keyed.inject(Fault(route="POST /ai_scripts", kind="http_500", after_handler=True))
    code, _out, err = run_cli("scripts", "--api-base", keyed.origin, "--url", url, "--poll-every", "0.1")
    assert code == EXIT_ERROR
    assert "could not confirm whether JoggAI wrote the script suggestions" in err
    assert len(keyed.requests_to("POST", "/ai_scripts")) == 1

    keyed.inject(Fault(route="POST /ai_scripts", kind="render_fail"))
    code, _out, err = run_cli("scripts", "--api-base", keyed.origin, "--url", url, "--poll-every", "0.1")
    assert code == EXIT_ERROR and "could not write script suggestions" in err
    assert "Failed to generate script" in err  # JoggAI's err_msg, in the details

    keyed.set_credits(sim_key, 0.1)
    code, _out, err = run_cli("scripts", "--api-base", keyed.origin, "--url", url, "--poll-every", "0.1")
    assert code == EXIT_CREDITS and "run out of credits" in err
    assert len(keyed.requests_to("POST", "/ai_scripts")) == 3
