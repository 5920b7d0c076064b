"""PreviewManager against the simulator (both generations): real client, sockets, SQLite, files.

Previews are paid jobs: stored before the request, each style its own row, one failing style
leaves the others going, a lost answer is never resent (v2 settles it through the list of
previews), a stopped run is resumed, and "render in full" continues as a normal video job.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from jogg_desktop.api.client import JoggClient
from jogg_desktop.api.retry import RetryPolicy
from jogg_desktop.errors import InputError, NoCreditsError
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.jobs.previews import PreviewManager, PreviewNotMadeError, PreviewNotStartedError
from jogg_desktop.models import ApiGeneration, Job, JobStage, PreviewJob, PreviewStart, Product, VideoSettings
from jogg_desktop.sim import Fault, SimServer
from jogg_desktop.sim.previews import STYLE_FAILED_MSG
from jogg_desktop.store import Store

STYLES = ["FullScreen", "Avatar Bubble", "Rotary Switch"]
V2_LIST = "/v2/create_video_from_product/preview_list"
V2_SINGLE = "/v2/create_video_from_product/render_single_preview"
NO_BACKOFF = RetryPolicy(max_attempts=2, base_delay=0.0, max_delay=0.0)


async def _no_sleep(_seconds: float) -> None:
    await asyncio.sleep(0)


class RecordingClient(JoggClient):
    """The real client, noting the stored stages of the previews as each request leaves."""

    store: Store
    stages_at_request: list[list[JobStage]]

    async def start_previews(  # type: ignore[override]
        self, product_id: str, settings: VideoSettings, styles: list[str],
    ) -> list[PreviewStart]:
        asked = [p for p in self.store.previews.all() if p.style in styles]
        self.stages_at_request.append([p.stage for p in asked])
        return await super().start_previews(product_id, settings, styles)


def _client(sim: SimServer, key: str, generation: ApiGeneration = ApiGeneration.V2,
            store: Store | None = None) -> JoggClient:
    client = RecordingClient(key, sim.origin, generation=generation, retry=NO_BACKOFF,
                             sleep=_no_sleep)
    client.store, client.stages_at_request = store or Store(), []
    return client


def _managers(client: JoggClient, store: Store, grace: float = 5.0) -> PreviewManager:
    jobs = JobManager(client, store.jobs, poll_schedule=lambda _e: 0.05)
    return PreviewManager(client, store.previews, jobs, poll_schedule=lambda _e: 0.05, settle_grace=grace,
                          settle_interval=0.1)


def _posts(sim: SimServer, path: str) -> int:
    return len([r for r in sim.requests if r.method == "POST" and r.path == path])


def _settings(generation: ApiGeneration) -> VideoSettings:
    style = "Storytime" if generation is ApiGeneration.V2 else "Discovery"
    return VideoSettings(avatar_id=81, script_style=style)


async def _product(client: JoggClient, sim: SimServer) -> Product:
    return await client.create_product_from_url(sim.demo_product_urls()[0])


def _is_video(path: Path | None) -> bool:
    return path is not None and path.read_bytes()[4:8] == b"ftyp"


@pytest.mark.parametrize("generation", [ApiGeneration.V2, ApiGeneration.V1], ids=["v2", "v1"])
def test_three_looks_one_failing_then_one_rendered_in_full(
    sim: SimServer, sim_key: str, tmp_path: Path, generation: ApiGeneration,
) -> None:
    v2 = generation is ApiGeneration.V2
    route = "POST /create_video_from_product/preview_list" if v2 else "POST /preview"
    sim.inject(Fault(route=route, kind="style_fail", msg="Avatar Bubble"))
    store = Store()
    seen: list[PreviewJob] = []

    async def run() -> tuple[list[PreviewJob], Job, Job]:
        client = _client(sim, sim_key, generation, store)
        manager = _managers(client, store)
        manager.subscribe(seen.append)
        try:
            product = await _product(client, sim)
            started = await manager.start(product, _settings(generation), STYLES, tmp_path / "previews")
            final = await manager.wait_set(started[0].set_id)
            chosen = next(p for p in final if p.style == "Rotary Switch")
            job = await manager.render_full(chosen.id, tmp_path / "videos")
            again = await manager.render_full(chosen.id, tmp_path / "videos")
            assert again.id == job.id  # asked twice: the same job, never a second charge
            done = await manager.jobs.wait(job.id)
            assert done is not None
            # Stored before each POST: the styles it asks for are REQUESTING (v2 one, v1 three).
            assert all(set(stages) == {JobStage.REQUESTING} for stages in client.stages_at_request)
            assert len(client.stages_at_request) == (1 if generation is ApiGeneration.V2 else 3)
            return final, done, again
        finally:
            await manager.aclose()
            await manager.jobs.aclose()
            await client.aclose()

    final, job, _ = asyncio.run(run())
    try:
        assert [p.style for p in final] == STYLES
        good = [p for p in final if p.style != "Avatar Bubble"]
        failed = next(p for p in final if p.style == "Avatar Bubble")
        assert all(p.stage is JobStage.DONE and _is_video(p.video_path) and p.preview_id for p in good)
        assert all(p.video_path is not None and p.video_path.parent == tmp_path / "previews" for p in good)
        assert failed.stage is JobStage.FAILED and failed.preview_id is None
        assert failed.error_message == STYLE_FAILED_MSG and failed.error_action is not None
        assert {p.credits for p in final} == {0.5}
        stages = [p.stage for p in seen if p.style == "FullScreen"]
        assert stages[:2] == [JobStage.CREATED, JobStage.REQUESTING] and stages[-1] is JobStage.DONE
        assert JobStage.DOWNLOADING in stages
        assert job.stage is JobStage.DONE and _is_video(job.video_path)
        assert job.settings.look.name == "Rotary Switch"  # type: ignore[union-attr]
        linked = store.previews.get(next(p.id for p in final if p.style == "Rotary Switch"))
        assert linked is not None and linked.render_job_id == job.id
        if generation is ApiGeneration.V2:
            assert _posts(sim, V2_LIST) == 1 and _posts(sim, V2_SINGLE) == 1
            assert sim.requests_to("GET", "/product_previews")  # readiness from the list
            [single] = [r for r in sim.requests if r.path == V2_SINGLE]
            assert single.json == {"preview_id": linked.preview_id}
            assert sim.credits(sim_key) == 100 - 2 * 0.5 - 1
        else:
            assert _posts(sim, "/v1/preview") == 3  # one per style
            [render] = [r for r in sim.requests if r.path == "/v1/create_video_from_url"]
            assert render.json["visual_style"] == "Rotary Switch"
            assert sim.credits(sim_key) == 100 - 2 * 0.5 - 1
    finally:
        store.close()


def test_a_lost_v2_answer_is_found_in_the_list_and_never_resent(sim: SimServer, sim_key: str,
                                                                tmp_path: Path) -> None:
    sim.inject(Fault(route="POST /create_video_from_product/preview_list", kind="http_500",
                     after_handler=True))
    store = Store()

    async def run() -> list[PreviewJob]:
        client = _client(sim, sim_key, store=store)
        manager = _managers(client, store)
        try:
            started = await manager.start(await _product(client, sim), _settings(ApiGeneration.V2),
                                          STYLES[:2], tmp_path)
            assert {p.stage for p in started} == {JobStage.UNCONFIRMED}
            return await manager.wait_set(started[0].set_id)
        finally:
            await manager.aclose()
            await manager.jobs.aclose()
            await client.aclose()

    try:
        final = asyncio.run(run())
        assert [p.stage for p in final] == [JobStage.DONE, JobStage.DONE]
        made = {p.project_id: p.style for p in sim.ctx.state.projects.values() if p.kind == "preview"}
        assert {made[str(p.preview_id)] for p in final} == set(STYLES[:2])
        assert all(made[str(p.preview_id)] == p.style for p in final)  # matched by style, not order
        assert _posts(sim, V2_LIST) == 1
    finally:
        store.close()


def test_a_v2_request_that_never_arrived_ends_not_made(sim: SimServer, sim_key: str, tmp_path: Path) -> None:
    sim.inject(Fault(route="POST /create_video_from_product/preview_list", kind="http_500"))
    store = Store()

    async def run() -> list[PreviewJob]:
        client = _client(sim, sim_key, store=store)
        manager = _managers(client, store, grace=0.3)
        try:
            started = await manager.start(await _product(client, sim), _settings(ApiGeneration.V2),
                                          STYLES[:2], tmp_path)
            final = await manager.wait_set(started[0].set_id)
            assert all(isinstance(manager.last_error(p.id), PreviewNotMadeError) for p in final)
            return final
        finally:
            await manager.aclose()
            await manager.jobs.aclose()
            await client.aclose()

    try:
        final = asyncio.run(run())
        assert [p.stage for p in final] == [JobStage.FAILED] * 2
        assert all("did not make" in (p.error_message or "") for p in final)
        assert _posts(sim, V2_LIST) == 1 and sim.credits(sim_key) == 100
    finally:
        store.close()


@pytest.mark.parametrize("generation", [ApiGeneration.V2, ApiGeneration.V1], ids=["v2", "v1"])
def test_no_credits_refuses_the_set_and_sends_nothing_more(sim: SimServer, sim_key: str, tmp_path: Path,
                                                           generation: ApiGeneration) -> None:
    sim.set_credits(sim_key, 0)
    store = Store()

    async def run() -> None:
        client = _client(sim, sim_key, generation, store)
        manager = _managers(client, store)
        try:
            with pytest.raises(NoCreditsError):
                await manager.start(await _product(client, sim), _settings(generation), STYLES, tmp_path)
        finally:
            await manager.aclose()
            await manager.jobs.aclose()
            await client.aclose()

    try:
        asyncio.run(run())
        assert [p.stage for p in store.previews.all()] == [JobStage.FAILED] * 3
        sent = _posts(sim, V2_LIST) + _posts(sim, "/v1/preview")
        assert sent == 1  # v1: the first style's refusal stops the others (they would fail alike)
    finally:
        store.close()


def test_a_stopped_run_is_resumed_without_a_new_request(sim: SimServer, sim_key: str, tmp_path: Path) -> None:
    store = Store()

    async def first() -> int:
        client = _client(sim, sim_key, store=store)
        manager = _managers(client, store)
        try:
            started = await manager.start(await _product(client, sim), _settings(ApiGeneration.V2),
                                          STYLES[:2], tmp_path)
            return started[0].set_id
        finally:  # stopped at once: the previews are mid-render
            await manager.aclose()
            await manager.jobs.aclose()
            await client.aclose()

    async def second(set_id: int) -> list[PreviewJob]:
        client = _client(sim, sim_key, store=store)
        manager = _managers(client, store)
        try:
            resumed = await manager.resume_unfinished()
            assert {p.set_id for p in resumed} == {set_id} and len(resumed) == 2
            return await manager.wait_set(set_id)
        finally:
            await manager.aclose()
            await manager.jobs.aclose()
            await client.aclose()

    try:
        set_id = asyncio.run(first())
        assert {p.stage for p in store.previews.of_set(set_id)} == {JobStage.RENDERING}
        final = asyncio.run(second(set_id))
        assert all(p.stage is JobStage.DONE and _is_video(p.video_path) for p in final)
        assert _posts(sim, V2_LIST) == 1
    finally:
        store.close()


@pytest.mark.parametrize("styles", [["FullScreen"], list("ABCDEFG"), ["A", " a "], ["A", ""]])
def test_the_looks_are_checked_before_anything_is_stored_or_sent(
    styles: list[str], tmp_path: Path,
) -> None:
    store = Store()

    async def run() -> None:
        client = JoggClient("unused-key", "http://127.0.0.1:1")
        manager = _managers(client, store)
        try:
            with pytest.raises(InputError):
                await manager.start(Product(id="p"), VideoSettings(script_style="Storytime"), styles,
                                    tmp_path)
        finally:
            await manager.aclose()
            await manager.jobs.aclose()
            await client.aclose()

    try:
        asyncio.run(run())
        assert store.previews.all() == []
    finally:
        store.close()


def test_a_style_joggai_did_not_start_has_its_own_error() -> None:
    err = PreviewNotStartedError("Style unavailable", server_message="Style unavailable")
    assert err.message == "Style unavailable" and err.reason == "preview_not_started"


def test_a_v1_preview_is_made_in_full_with_v1_after_a_switch_to_v2(sim: SimServer, sim_key: str,
                                                                   tmp_path: Path) -> None:
    store = Store()

    async def previews_on_v1() -> int:
        client = _client(sim, sim_key, ApiGeneration.V1, store)
        manager = _managers(client, store)
        try:
            started = await manager.start(await _product(client, sim), _settings(ApiGeneration.V1),
                                          STYLES[:2], None)
            final = await manager.wait_set(started[0].set_id)
            assert all(p.stage is JobStage.DONE and p.video_url for p in final)  # links only
            return final[1].id
        finally:
            await manager.aclose()
            await manager.jobs.aclose()
            await client.aclose()

    async def full_on_v2(preview: int) -> Job:
        client = _client(sim, sim_key, ApiGeneration.V2, store)
        manager = _managers(client, store)
        try:
            job = await manager.render_full(preview, None)
            done = await manager.jobs.wait(job.id)
            assert done is not None
            return done
        finally:
            await manager.aclose()
            await manager.jobs.aclose()
            await client.aclose()

    try:
        job = asyncio.run(full_on_v2(asyncio.run(previews_on_v1())))
        assert job.generation is ApiGeneration.V1 and job.stage is JobStage.DONE
        [render] = [r for r in sim.requests if r.path == "/v1/create_video_from_url"]
        assert render.json["visual_style"] == "Avatar Bubble"
        assert _posts(sim, V2_SINGLE) == 0 and not sim.requests_to("POST", "/create_video_from_product")
    finally:
        store.close()


def test_a_lost_answer_with_one_look_not_started_settles_each_look(sim: SimServer, sim_key: str,
                                                                   tmp_path: Path) -> None:
    route = "POST /create_video_from_product/preview_list"
    sim.inject(Fault(route=route, kind="style_fail", msg="Avatar Bubble"))  # its err_msg is lost too
    sim.inject(Fault(route=route, kind="http_500", after_handler=True))
    store = Store()

    async def run() -> list[PreviewJob]:
        client = _client(sim, sim_key, store=store)
        manager = _managers(client, store, grace=0.5)
        try:
            started = await manager.start(await _product(client, sim), _settings(ApiGeneration.V2), STYLES,
                                          tmp_path)
            assert {p.stage for p in started} == {JobStage.UNCONFIRMED}
            return await manager.wait_set(started[0].set_id)
        finally:
            await manager.aclose()
            await manager.jobs.aclose()
            await client.aclose()

    try:
        made, missing, other = asyncio.run(run())
        assert made.stage is other.stage is JobStage.DONE
        assert missing.stage is JobStage.FAILED and "did not make" in (missing.error_message or "")
        assert _posts(sim, V2_LIST) == 1
    finally:
        store.close()


def test_a_preview_whose_download_failed_is_fetched_again_without_a_new_request(
    sim: SimServer, sim_key: str, tmp_path: Path,
) -> None:
    store = Store()

    async def run() -> tuple[PreviewJob, PreviewJob]:
        client = _client(sim, sim_key, store=store)
        manager = _managers(client, store)
        try:
            sim.inject(Fault(route="GET /media/renders/*", kind="http_503", times=-1))
            started = await manager.start(await _product(client, sim), _settings(ApiGeneration.V2),
                                          STYLES[:2], tmp_path)
            failed = (await manager.wait_set(started[0].set_id))[0]
            assert manager.fetchable(failed)
            sim.clear_faults()
            return failed, await manager.download_again(failed.id)
        finally:
            await manager.aclose()
            await manager.jobs.aclose()
            await client.aclose()

    try:
        failed, fetched = asyncio.run(run())
        assert failed.stage is JobStage.FAILED and failed.preview_id and failed.error_message
        assert fetched.stage is JobStage.DONE and _is_video(fetched.video_path)
        assert fetched.preview_id == failed.preview_id and _posts(sim, V2_LIST) == 1
    finally:
        store.close()
