"""What every benchmark gets: run options, the environment for child processes, helpers."""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jogg_desktop.childproc import python_module_command

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Context:
    quick: bool
    cache_dir: Path  # generated inputs (200 MB video, 60 JPEGs): made once, never committed
    work_dir: Path  # scratch for this run (downloads, app homes); removed at the end
    verbose: bool = False
    runs_override: int | None = None
    tiny: bool = False  # tiny inputs, one run each: only checks that every driver works
    shared: dict[str, Any] = field(default_factory=dict)  # figures one benchmark hands another

    def runs(self, full: int, quick: int) -> int:
        if self.tiny:
            return 1
        if self.runs_override:
            return self.runs_override
        return quick if self.quick else full

    def fresh_dir(self, prefix: str) -> Path:
        return Path(tempfile.mkdtemp(prefix=prefix, dir=self.work_dir))

    def child_env(self, **extra: str) -> dict[str, str]:
        """Offscreen Qt, a throwaway app home, no key or API base from the developer's shell."""
        env = dict(os.environ)
        for name in ("JOGG_API_KEY", "JOGG_API_BASE"):
            env.pop(name, None)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            QT_API="pyside6",
            JOGG_DESKTOP_HOME=str(self.fresh_dir("home-")),
            PYTHONPATH=str(REPO),
            # Never touch a real keyring: a bench key is kept for the session only.
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        )
        env.update(extra)
        return env

    def log(self, message: str) -> None:
        if self.verbose:
            print(f"  [bench] {message}", flush=True)


def run_module(
    ctx: Context, module: str, *args: str, timeout: float = 600, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m module args`` (the app's child-process convention) and fail loudly.

    The child gets its own process group: on a timeout, its own children (the simulator, render
    processes) are stopped with it.
    """
    cmd = python_module_command(module, *args)
    proc = subprocess.Popen(
        cmd,
        cwd=REPO,
        env=env or ctx.child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise RuntimeError(f"{module} did not finish within {timeout:.0f} s") from None
    if proc.returncode != 0:
        raise RuntimeError(f"{module} exited with {proc.returncode}:\n{stdout[-2000:]}\n{stderr[-3000:]}")
    return subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr)
