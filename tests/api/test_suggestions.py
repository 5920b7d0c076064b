"""``suggest_scripts`` (jogg_desktop/suggestions.py) against the simulator: v2's results polled on the
given schedule until done, a transient poll error announced and waited out, the deadline said
plainly; the client asks v2 in one of its own styles; every parser typed-only on random JSON."""

from __future__ import annotations

import random

import pytest

from jogg_desktop.api import v1, v2, waits
from jogg_desktop.api.client import JoggClient
from jogg_desktop.errors import JoggError, ProtocolError, ScriptDeadlineError
from jogg_desktop.sim import Fault, SimServer
from jogg_desktop.suggestions import ScriptRequest, ScriptSuggestion, suggest_scripts
from jogg_desktop.waiting import WaitReason
from tests.api.simtools import make_client, run
from tests.api.test_parser_properties import random_json

REQUEST = ScriptRequest(name="Desk Lamp", description="Warm light. Dims by touch. Folds flat.",
                        style="Soft Selling")  # a v1 style: on v2 the client asks in v2's first


class FakeTime:
    """The poll loop's clock and sleep: time passes only when the loop sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_v2_results_are_polled_on_the_schedule(sim: SimServer) -> None:
    sim.ctx.config.script_seconds = 0.0
    sim.inject(Fault(route="GET /ai_scripts/results/*", kind="envelope", code=50000, times=5))
    time = FakeTime()
    heard: list[waits.Wait] = []

    async def work(client: JoggClient) -> list[ScriptSuggestion]:
        with waits.listening(heard.append):
            return await suggest_scripts(client, REQUEST, schedule=lambda _e: 7.0,
                                         sleep=time.sleep, clock=time.clock)

    suggestions = run(make_client(sim.base_url_v2), work)
    [ask] = sim.requests_to("POST", "/ai_scripts")
    assert ask.json["script_style"] == "Don't Worry"  # v2's first: it knows no "Soft Selling"
    assert suggestions[0].style == "Don't Worry" and "Desk Lamp" in suggestions[0].text
    # 50000 on a GET is retried inside the client (4 tries), so one poll failed and one more followed:
    assert time.sleeps == [7.0, 7.0] and heard and heard[0].reason is WaitReason.SERVER


def test_the_deadline_is_said_plainly(sim: SimServer) -> None:
    sim.ctx.config.script_seconds = 10**6  # the task never completes
    time = FakeTime()

    async def work(client: JoggClient) -> list[ScriptSuggestion]:
        return await suggest_scripts(client, REQUEST, schedule=lambda _e: 10.0, sleep=time.sleep,
                                     clock=time.clock, deadline=35.0)

    with pytest.raises(ScriptDeadlineError) as caught:
        run(make_client(sim.base_url_v2), work)
    assert time.sleeps == [10.0, 10.0, 10.0, 5.0]  # never past the deadline
    assert "much longer than usual" in caught.value.message
    assert len(sim.requests_to("POST", "/ai_scripts")) == 1


def test_v1_answers_at_once_without_polling(sim: SimServer) -> None:
    time = FakeTime()

    async def work(client: JoggClient) -> list[ScriptSuggestion]:
        return await suggest_scripts(client, REQUEST, sleep=time.sleep, clock=time.clock)

    suggestions = run(make_client(sim.base_url), work)
    assert len(suggestions) == 4 and time.sleeps == []
    assert sim.credits("sim-test-key-5d1c0b7e") == pytest.approx(99.8)


@pytest.mark.parametrize("seed", range(300))
def test_parsers_never_raise_anything_but_protocol_errors(seed: int) -> None:
    rng = random.Random(seed)
    data = random_json(rng)
    for parse in (v1.parse_script_task, v2.parse_script_task):
        try:
            task = parse(data, "t" if rng.random() < 0.5 else "")
        except ProtocolError:
            continue
        except JoggError as err:  # pragma: no cover - the assertion says what went wrong
            raise AssertionError(f"{parse.__module__}: {err!r}") from err
        for suggestion in task.suggestions:
            assert suggestion.paragraphs and all(p.strip() for p in suggestion.paragraphs)
            assert isinstance(suggestion.style, str)
