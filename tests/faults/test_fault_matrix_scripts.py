"""Fault-matrix rows for the paid script-suggestion request (0.2 credit, docs/joggai-api.md §12): every
fault kind on ``POST /ai_scripts`` (v1 and v2) and on v2's ``GET /ai_scripts/results/*``.

The rules (jogg_desktop/api/retry.py, §13 #18), as for a render request:
- The request is sent **once**: only a 429 refusal (nothing started) is waited out and sent again.
- A definite refusal (10105, 18020, 18025, 40000, 10104) ends with its own error.
- Anything ambiguous (5xx, 50000, timeout, reset, truncated or unreadable answer), before or after
  JoggAI did the work, ends in ScriptOutcomeUnknownError: never resent by itself.
- The results GET is free and safe: transient faults are retried and the suggestions arrive;
  refusals end with their error; a ``render_fail`` fault ends the task failed (its ``err_msg``).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

from jogg_desktop import errors as e
from jogg_desktop.sim import Fault, SimConfig, SimServer
from jogg_desktop.suggestions import ScriptRequest, ScriptSuggestion, suggest_scripts
from tests.faults import harness
from tests.faults.matrix import ENVELOPE_CODES, TIMEOUT_KIND, TRANSIENT_KINDS

KEY = "fault-matrix-scripts-key"
HOLD = 5.0  # a delay fault holds the answer past the client's 2.5 s timeouts
REQUEST = ScriptRequest(name="Trail Mug", description="Holds 350 ml. Survives every campfire.",
                        style="Data")
CHARGED_ROUTE = "POST /ai_scripts"
RESULTS_ROUTE = "GET /ai_scripts/results/*"


def _ask_cases() -> list[tuple[str, str, int | None, bool]]:
    cases: list[tuple[str, str, int | None, bool]] = []
    for generation in ("v1", "v2"):
        cases += [(generation, kind, None, False) for kind in (*TRANSIENT_KINDS, TIMEOUT_KIND)]
        cases += [(generation, "envelope", code, False) for code in ENVELOPE_CODES]
        cases += [(generation, kind, None, True) for kind in ("http_500", "reset", TIMEOUT_KIND)]
    return cases


def _expected_ask(kind: str, code: int | None, after: bool) -> type[e.JoggError] | None:
    if kind == "rate_limit" and not after:
        return None  # refused before anything started: waited out, sent again, answered
    if code is not None and code != 50000:
        return ENVELOPE_CODES[code]
    return e.ScriptOutcomeUnknownError


def _case_id(case: tuple[str, str, int | None, bool]) -> str:
    generation, kind, code, after = case
    return f"{generation}-{f'code{code}' if code else kind}{'-after' if after else ''}"


ASK_CASES = _ask_cases()


@pytest.fixture(scope="module")
def sim_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimServer]:
    config = SimConfig(valid_keys={KEY}, crawl_delay=0.0, credits=10**6, post_limit=10**6,
                       script_seconds=0.2, asset_dir=tmp_path_factory.mktemp("sim-assets"))
    server = SimServer(config)
    server.start()
    yield server
    server.stop()


def _run(server: SimServer, generation: str) -> tuple[list[ScriptSuggestion] | None, e.JoggError | None]:
    async def run() -> tuple[list[ScriptSuggestion] | None, e.JoggError | None]:
        client = harness.make_client(KEY, server.base_url_for(generation))
        try:
            return await suggest_scripts(client, REQUEST, schedule=harness.fast_schedule,
                                         sleep=asyncio.sleep), None
        except e.JoggError as err:
            return None, err
        finally:
            await client.aclose()

    return asyncio.run(run())


def _wait_until_charged(server: SimServer, balance: float) -> None:
    """Until the simulator has processed the held request (a condition, bounded; never a fixed wait)."""
    deadline = time.monotonic() + 4 * HOLD
    while server.credits(KEY) == balance and time.monotonic() < deadline:
        time.sleep(0.05)


def _slow(case: tuple[str, str, int | None, bool]) -> object:
    marks = [pytest.mark.slow] if case[1] == TIMEOUT_KIND else []
    return pytest.param(case, marks=marks, id=_case_id(case))


@pytest.mark.parametrize("case", [_slow(c) for c in ASK_CASES])
def test_the_charged_request_is_sent_once(
    case: tuple[str, str, int | None, bool], sim_server: SimServer
) -> None:
    generation, kind, code, after = case
    sim_server.clear_faults()
    first = len(sim_server.requests)
    balance = sim_server.credits(KEY)
    sim_server.inject(Fault(route=CHARGED_ROUTE, kind=kind, code=code, times=1, after_handler=after,
                            delay=HOLD if kind == TIMEOUT_KIND else None))
    suggestions, error = _run(sim_server, generation)
    sim_server.clear_faults()
    if kind == TIMEOUT_KIND:
        _wait_until_charged(sim_server, balance)  # the held request is processed after the client gave up
    asks = [r for r in sim_server.requests[first:] if r.method == "POST" and r.route == "/ai_scripts"]
    want = _expected_ask(kind, code, after)
    assert len(asks) == (2 if kind == "rate_limit" and not after else 1)  # never sent again by itself
    assert all(r.path.startswith(f"/{generation}/") for r in asks)
    charged = round(balance - sim_server.credits(KEY), 4)
    assert charged in (0.0, 0.2)  # charged once at most
    if want is None:
        assert error is None and suggestions
        assert charged == 0.2
    else:
        assert type(error) is want, error and error.details()
        assert error.message and suggestions is None
        if after or kind == TIMEOUT_KIND:
            assert charged == 0.2  # JoggAI did the work: the seller is told it may have cost


RESULT_CASES = [(kind, None) for kind in TRANSIENT_KINDS] + [
    ("envelope", code) for code in ENVELOPE_CODES] + [("render_fail", None)]


def _expected_result(kind: str, code: int | None) -> type[e.JoggError] | None:
    if kind == "render_fail":
        return e.ScriptSuggestionFailedError
    if code is not None and code != 50000:
        return ENVELOPE_CODES[code]
    return None  # a transient fault on a free GET: retried, then the results


@pytest.mark.parametrize(("kind", "code"), RESULT_CASES,
                         ids=[f"v2-results-{c or k}" for k, c in RESULT_CASES])
def test_waiting_for_v2_results(kind: str, code: int | None, sim_server: SimServer) -> None:
    sim_server.clear_faults()
    first = len(sim_server.requests)
    sim_server.inject(Fault(route=RESULTS_ROUTE, kind=kind, code=code, times=1))
    suggestions, error = _run(sim_server, "v2")
    sim_server.clear_faults()
    requests = sim_server.requests[first:]
    assert len([r for r in requests if r.method == "POST" and r.route == "/ai_scripts"]) == 1
    want = _expected_result(kind, code)
    if want is None:
        assert error is None and suggestions and suggestions[0].style == "Data"
    else:
        assert type(error) is want, error and error.details()
        assert error.message
