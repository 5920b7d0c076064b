"""The whole wizard with 60 thumbnails, then the app process's RSS (``/proc/self/status``).

The app's own wiring (``ui.app``: style, GUI-thread GC, ``build_context``, job service on a
SQLite store, ``WizardWindow``) against the simulator in its own process, driven like a user:
key page (check and save the key; no keyring here: kept for the session) → link page (Analyze
a shop page listing the 60 photos; the simulator keeps the first 10, like a real crawl) →
product page (the other 50 added by link; all 60 thumbnails shown) → settings page (catalogs
loaded) → progress page (render, download) until the job is done. Then RSS.

    python -m bench.drivers.wizard_rss SHOP_URL URLS_FILE SIM_ASSET_DIR
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.drivers import qt_async
from bench.drivers.shown import rss_kib

TIMEOUT = float(os.environ.get("BENCH_WIZARD_TIMEOUT", "180"))


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return -1


async def _until(
    condition: Callable[[], bool], what: str, timeout: float = TIMEOUT, detail: Callable[[], str] = str
) -> None:
    # A benchmark driver, not a test: checking a UI condition every 50 ms is fine here.
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what} {detail()}")
        await asyncio.sleep(0.05)


def _settings_loaded(page: Any) -> bool:
    try:
        return bool(
            page.avatar_grid.avatar() is not None
            and page.look_chooser.style_list.count() > 0
            and len(page.music_list.item_keys()) > 1
            and not page.voice_section.status.isVisible()
        )
    except AttributeError:  # the page changed shape: fall back to "Next is possible"
        return bool(page.can_go_next())


async def _main(shop_url: str, photo_urls: list[str], asset_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from bench.drivers.sim import BENCH_KEY
    from jogg_desktop.jobs.manager import JobManager
    from jogg_desktop.jobs.types import JobStage
    from jogg_desktop.sim.config import SimConfig
    from jogg_desktop.sim.process import SimProcess
    from ui.app import GuiThreadGc, apply_style, attach_jobs, build_context
    from ui.wizard import WizardWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_style(app)
    gc_guard = GuiThreadGc()
    gc_guard.start()
    sim = SimProcess(
        SimConfig(
            valid_keys={BENCH_KEY}, crawl_delay=0.0, render_seconds=2.0, credits=10_000, asset_dir=asset_dir
        )
    ).start()
    out = Path(tempfile.mkdtemp(prefix="wizard-"))
    try:
        ctx = build_context(argparse.Namespace(api_base=sim.base_url, demo=False))
        store = attach_jobs(ctx)
        # The simulator renders in seconds: poll it every 0.5 s (the etiquette waits 10 s first).
        ctx.make_jobs = lambda api: JobManager(api, store.jobs, poll_schedule=lambda _elapsed: 0.5)
        ctx.settings.set("video/save_dir", str(out))
        shown: set[str] = set()
        failed: set[str] = set()
        ctx.thumbnails.loaded.connect(lambda url, _image: shown.add(url))
        ctx.thumbnails.failed.connect(failed.add)
        window = WizardWindow(ctx)
        window.resize(1100, 820)
        window.show()

        window.key_page.key_edit.setText(BENCH_KEY)
        window.key_page.check_button.click()
        await _until(
            window.key_page.can_go_next,
            "the key check",
            detail=lambda: f"{window.key_page.status.text()!r}",
        )
        window.next_button.click()
        await _until(
            lambda: window.current_name() == "link",
            "the link page",
        )

        window.link_page.url_edit.setText(shop_url)
        window.link_page.analyze_button.click()
        await _until(lambda: window.current_name() == "product", "the product page")
        product_page: Any = window.pages["product"]
        # The crawl keeps the first 10 photos (possibly re-hosted): add links up to 60 items.
        for url in photo_urls:
            if len(product_page.grid.urls()) >= len(photo_urls):
                break
            if url not in product_page.grid.urls():
                product_page.url_edit.setText(url)
                product_page.add_url()
        await _until(
            lambda: set(product_page.grid.urls()) <= shown or bool(failed),
            "60 thumbnails",
        )
        if failed:
            raise RuntimeError(f"thumbnails failed: {sorted(failed)[:3]}")

        window.next_button.click()  # changed product: PUT /product, then the settings page
        await _until(lambda: window.current_name() == "settings", "the settings page")
        await _until(lambda: _settings_loaded(window.pages["settings"]), "the catalogs")

        window.next_button.click()  # render
        await _until(lambda: window.current_name() == "progress", "the progress page")
        progress: Any = window.pages["progress"]
        await _until(
            lambda: progress.job() is not None and progress.job().stage is JobStage.DONE, "the finished video"
        )
        await asyncio.sleep(0.5)  # let the result view settle
        gc.collect()
        qt_async.emit(
            {
                "rss_kib": rss_kib(),
                "hwm_kib": _status_kib("VmHWM"),
                "thumbnails": len(shown & set(product_page.grid.urls())),
                "media": len(product_page.grid.urls()),
            }
        )
    finally:
        sim.stop()
    os._exit(0)  # the measurement is taken; the app's orderly shutdown is not what we measure


def main(argv: list[str]) -> None:
    urls = Path(argv[1]).read_text().split()
    qt_async.run(lambda: _main(argv[0], urls, Path(argv[2])))


if __name__ == "__main__":
    main(sys.argv[1:])
