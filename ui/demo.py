"""Demo mode: the JoggAI simulator as a CHILD process (never a thread in the app: cyclic GC run
on a server thread would free Qt objects there, which segfaults), started with
:func:`jogg_desktop.childproc.python_module_command` so a frozen app works too.

The child is told ``--port 0 --ready-file PATH``; it prints ``JOGG_SIM_READY <base url>`` and
then writes JSON (``base_url``, ``demo_products``) to the ready file: the demo counts as started
once that file is there.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer

from jogg_desktop.childproc import python_module_command
from jogg_desktop.errors import Action, JoggError
from ui.i18n import tr

READY_PREFIX = "JOGG_SIM_READY"


class DemoStartError(JoggError):
    """The simulator did not start: shown in the key page's banner with "Try again"."""

    default_action = Action.RETRY


class DemoSimulator(QObject):
    def __init__(self, parent: QObject | None = None, *, extra_args: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self._extra_args = extra_args
        self._process: QProcess | None = None
        self._ready: asyncio.Future[str] | None = None
        self._dir: tempfile.TemporaryDirectory[str] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._check_ready_file)
        self._stdout = b""
        self._announced = False
        self.base_url = ""
        self.product_urls: list[str] = []
        self.api_key = ""

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.state() != QProcess.ProcessState.NotRunning

    async def start(self, timeout: float = 30.0) -> str:
        """Start the child; returns the API base URL once it listens."""
        if self.running and self.base_url:
            return self.base_url
        from jogg_desktop.sim import DEMO_API_KEY  # the simulator accepts it by default

        self.api_key = DEMO_API_KEY
        self._dir = tempfile.TemporaryDirectory(prefix="jogg-demo-")
        self._ready_file = Path(self._dir.name) / "ready.json"
        # ui.demo_child runs jogg_desktop.sim and stops it when our end of its stdin closes.
        program, *args = python_module_command(
            "ui.demo_child", "--port", "0", "--ready-file", str(self._ready_file), *self._extra_args
        )
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._read_stdout)
        process.readyReadStandardError.connect(lambda: process.readAllStandardError())
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process = process
        self._ready = asyncio.get_running_loop().create_future()
        process.start(program, args)
        self._poll.start()
        try:
            self.base_url = await asyncio.wait_for(asyncio.shield(self._ready), timeout)
        except TimeoutError:
            await self.stop()
            raise DemoStartError(tr("The demo did not start in time. Please try again.", "Demo")) from None
        finally:
            self._poll.stop()
        return self.base_url

    def _resolve(self, base_url: str) -> None:
        if self._ready is not None and not self._ready.done():
            self._ready.set_result(base_url.rstrip("/"))

    def _fail(self, why: str) -> None:
        if self._ready is not None and not self._ready.done():
            self._ready.set_exception(DemoStartError(why))

    def _read_stdout(self) -> None:
        if self._process is None:
            return
        self._stdout += bytes(self._process.readAllStandardOutput().data())
        *lines, self._stdout = self._stdout.split(b"\n")
        for raw in lines:
            line = raw.decode("utf-8", "replace").strip()
            if line.startswith(READY_PREFIX):
                self._announced = True
            self._check_ready_file()

    def _check_ready_file(self) -> None:
        try:
            text = self._ready_file.read_text("utf-8").strip()
        except (OSError, AttributeError):
            return
        if not text:
            return
        try:
            data = json.loads(text)
        except ValueError:
            # A plain-text ready file: the base URL on the first line, product URLs after it.
            lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
            data = {"base_url": lines[0], "demo_product_urls": lines[1:]}
        if not isinstance(data, dict) or not data.get("base_url"):
            return
        urls = data.get("demo_products") or data.get("demo_product_urls") or []
        if urls:
            self.product_urls = [str(u) for u in urls]
        self._resolve(str(data["base_url"]))

    def _on_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._fail(tr("The demo stopped unexpectedly. Please try again.", "Demo"))

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._fail(tr("The demo could not be started. Please try again.", "Demo"))

    async def stop(self, timeout: float = 5.0) -> None:
        process, self._process = self._process, None
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            finished: asyncio.Future[None] = asyncio.get_running_loop().create_future()

            def on_finished(*_: object) -> None:
                if not finished.done():
                    finished.set_result(None)

            process.finished.connect(on_finished)
            process.terminate()
            try:
                await asyncio.wait_for(finished, timeout)
            except TimeoutError:
                process.kill()
                process.waitForFinished(1000)
        if self._ready is not None and not self._ready.done():
            self._ready.cancel()
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None
        self.base_url = ""
