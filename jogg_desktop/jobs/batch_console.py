"""The batch on the command line: ``batch FILE``, ``batch --resume``; lines as rows change.

The cost is said before anything is sent; the results CSV is written into the output folder at
the end (and whenever the command stops). A batch that pauses itself (the key stopped working,
no credits left) ends the command with that error: ``batch --resume`` continues it later.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from jogg_desktop.api.poller import poll_delay
from jogg_desktop.api.protocol import JoggApi
from jogg_desktop.errors import Action, JoggError
from jogg_desktop.jobs.batch_model import BatchPlan
from jogg_desktop.jobs.batch_runner import BatchRow, BatchRunner, RowState, default_export_name
from jogg_desktop.jobs.batch_store import BatchStore
from jogg_desktop.jobs.batch_types import Batch, BatchState
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.store import Store

Say = Callable[[str], None]
Schedule = Callable[[float], float]


@dataclass(frozen=True)
class BatchOutcome:
    batch: Batch
    results: Path
    done: int
    total: int


class _RowReporter:
    """One line whenever a row's state changes."""

    def __init__(self, runner: BatchRunner, say: Say) -> None:
        self._runner = runner
        self._say = say
        self._seen: dict[int, tuple[RowState, str]] = {}
        self._state: dict[int, BatchState] = {}

    def __call__(self, batch_id: int) -> None:
        batch = self._runner.batch(batch_id)
        if self._state.get(batch_id) is not batch.state:
            self._state[batch_id] = batch.state
            reason = self._runner.pause_reason.get(batch_id, "")
            self._say(f"Batch {batch_id}: {batch.state.value}{f' ({reason})' if reason else ''}")
        for row in self._runner.rows(batch_id):
            key = (row.state, row.reason)
            if self._seen.get(row.video.id) != key:
                self._seen[row.video.id] = key
                self._say(describe_row(row))


def describe_row(row: BatchRow) -> str:
    reason = f" — {row.reason}" if row.reason and row.state is not RowState.DONE else ""
    saved = row.job.video_path if row.state is RowState.DONE and row.job else None
    where = f" → {saved}" if saved else ""
    name = f"{row.product_name} [{row.variant_label}]"
    return f"Video {row.video.position + 1}: {name}: {row.state.value}{reason}{where}"


async def run_batch(api: JoggApi, store: Store, batch_id: int, say: Say, schedule: Schedule) -> BatchOutcome:
    jobs = JobManager(api, store.jobs, poll_schedule=schedule)
    runner = BatchRunner(api, BatchStore(store.db), jobs)
    runner.subscribe(_RowReporter(runner, say))
    try:
        runner.resume(batch_id)  # a batch paused earlier goes on when asked again
        batch = await runner.run(batch_id, stop_when_paused=True)
    finally:
        await jobs.aclose()
        batch = runner.batch(batch_id)
        results = runner.export_csv(batch_id, batch.out_dir / default_export_name(batch))
    summary = runner.summary(batch_id)
    say(f"Batch {batch_id}: {summary.done} of {summary.total} videos made, "
        f"{summary.credits_used} credits used. Results: {results}")
    if batch.state is BatchState.PAUSED:
        reason = runner.pause_reason.get(batch_id, "the batch was paused")
        raise JoggError(f"{reason} Continue it later with: python -m jogg_desktop batch --resume",
                        action=Action.RETRY)
    return BatchOutcome(batch, results, summary.done, summary.total)


async def batch_command(
    api: JoggApi, plan: BatchPlan, out_dir: Path, say: Say, *, name: str = "", schedule: Schedule = poll_delay
) -> BatchOutcome:
    store = Store()
    try:
        batch = BatchStore(store.db).create(plan, out_dir.resolve(), name)
        say(f"Batch {batch.id}: {plan.summary()}. Videos go to {batch.out_dir}")
        return await run_batch(api, store, batch.id, say, schedule)
    finally:
        store.close()


async def resume_batches_command(
    api: JoggApi, say: Say, schedule: Schedule = poll_delay
) -> list[BatchOutcome]:
    """Continue every running or paused batch (oldest first); their jobs resume with them."""
    store = Store()
    try:
        outcomes: list[BatchOutcome] = []
        for batch in BatchStore(store.db).unfinished():
            say(f"Batch {batch.id}: continuing “{batch.name}”")
            outcomes.append(await run_batch(api, store, batch.id, say, schedule))
        return outcomes
    finally:
        store.close()


def unfinished_batches() -> int:
    store = Store()
    try:
        return len(BatchStore(store.db).unfinished())
    finally:
        store.close()


def make_schedule(every: float | None) -> Schedule:
    return partial(_every, every) if every is not None else poll_delay


def _every(seconds: float, _elapsed: float) -> float:
    return seconds
