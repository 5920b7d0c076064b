"""A hard crash (here a real segfault in a child process) leaves a report the next start finds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from jogg_desktop import crashlog, logs

ROOT = Path(__file__).resolve().parents[1]
START_THEN = """
import sys, faulthandler
from pathlib import Path
from jogg_desktop import crashlog
found = crashlog.start(Path(sys.argv[1]))
print(found or "NONE", flush=True)
"""


def run(log_dir: Path, then: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", START_THEN + then, str(log_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_segfault_is_reported_on_the_next_start_and_only_once(tmp_path: Path) -> None:
    crashed = run(tmp_path, "def paint_frame():\n    faulthandler._sigsegv()\npaint_frame()")
    assert crashed.returncode < 0 and crashed.stdout.strip() == "NONE"

    report = run(tmp_path).stdout
    assert "Fatal Python error: Segmentation fault" in report
    assert "paint_frame" in report and "Jogg Desktop" in report  # the stack, and which build
    assert "Segmentation fault" in (tmp_path / crashlog.KEPT_FILE).read_text(encoding="utf-8")

    assert run(tmp_path).stdout.strip() == "NONE"  # a clean run leaves nothing to offer


def test_the_report_is_redacted(tmp_path: Path) -> None:
    key = "jk-live-7f3a9c2e11d04b8f"
    logs.register_secret(key)
    (tmp_path / crashlog.FAULT_FILE).write_text(
        f'Jogg Desktop 0.1.0\nFatal Python error: Aborted\n  File "/home/{key}/x.py", line 3\n'
        "x-api-key: another-key-1234\n",
        encoding="utf-8",
    )
    report = crashlog.take_previous(tmp_path)
    assert report is not None and "Aborted" in report
    assert key not in report and "another-key-1234" not in report and logs.MASK in report
    assert key not in (tmp_path / crashlog.KEPT_FILE).read_text(encoding="utf-8")
    assert not (tmp_path / crashlog.FAULT_FILE).exists()


def test_no_file_means_no_report(tmp_path: Path) -> None:
    assert crashlog.take_previous(tmp_path) is None
