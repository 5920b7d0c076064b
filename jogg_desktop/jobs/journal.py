"""The last-resort record of render ids: one JSON line per render JoggAI started.

The job manager appends (and fsyncs) a line the moment the render request is answered, before
the store records the project id. If the store cannot (a lock held too long, a full or
read-only disk), or the process dies in between, ``resume`` reads the journal and attaches the
project id to its job: a charged render is never left without a trace. Lines whose job already
has its id are dropped by :meth:`RenderJournal.forget`.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from filelock import FileLock

log = logging.getLogger(__name__)

FILE_NAME = "render-journal.jsonl"


class RenderJournal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = FileLock(path.with_name(path.name + ".lock"), is_singleton=False, thread_local=False)

    def record(self, job_id: int, project_id: str) -> bool:
        """Append ``job_id → project_id`` durably; False when even that failed (logged)."""
        line = json.dumps({"job": job_id, "project": project_id}) + "\n"
        try:
            with self._lock, open(self.path, "a", encoding="utf-8") as fh:
                fh.write(line)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError:
            log.exception("job %s: render %s could not be written to the journal", job_id, project_id)
            return False
        return True

    def entries(self) -> dict[int, str]:
        """Every job id → project id in the journal (unreadable lines skipped)."""
        try:
            with self._lock:
                return self._read()
        except OSError:
            log.exception("the render journal %s could not be read", self.path)
            return {}

    def forget(self, job_ids: set[int]) -> None:
        """Drop the lines of ``job_ids`` (their ids are safely in the store now)."""
        if not job_ids:
            return
        try:
            with self._lock:
                keep = {j: p for j, p in self._read().items() if j not in job_ids}
                temp = self.path.with_name(self.path.name + ".tmp")
                temp.write_text("".join(json.dumps({"job": j, "project": p}) + "\n" for j, p in keep.items()),
                                encoding="utf-8")
                os.replace(temp, self.path)
        except OSError:
            log.warning("the render journal %s could not be trimmed", self.path)

    def _read(self) -> dict[int, str]:
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return {}
        found: dict[int, str] = {}
        for line in text.splitlines():
            try:
                entry = json.loads(line)
                job, project = int(entry["job"]), str(entry["project"])
            except (ValueError, TypeError, KeyError):
                continue
            if project:
                found[job] = project
        return found
