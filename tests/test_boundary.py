"""#10 item 12 and the command line's own failures: input is checked before anything is sent
(the same rules the app uses: jogg_desktop.validation), and `jobs | head` ends quietly."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jogg_desktop import validation
from jogg_desktop.cli import EXIT_USAGE, main
from jogg_desktop.errors import InputError
from jogg_desktop.models import Product, VideoSettings
from jogg_desktop.sim import SimServer
from jogg_desktop.store import Store

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("shop.example/product", "https://shop.example/product"),
        ("  https://Shop.Example/p?id=1#reviews ", "https://shop.example/p?id=1"),
        ("http://user:secret@shop.example/p", "http://shop.example/p"),
        ("localhost:8000/shop/x", "https://localhost:8000/shop/x"),
        ("//shop.example/p", "https://shop.example/p"),
    ],
)
def test_links_are_normalised(raw: str, clean: str) -> None:
    assert validation.product_url(raw) == clean


@pytest.mark.parametrize(
    "raw", ["", "   ", "javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "x" * 10_000,
            "https://exa mple.com/p", "https://shop\x00.example/p", "https://nodot/p", "https://h.com:99999/"],
)
def test_links_that_are_refused(raw: str) -> None:
    with pytest.raises(InputError) as caught:
        validation.product_url(raw)
    assert caught.value.message


@pytest.mark.parametrize("value", [-1, -(2**40), 2**31, 10**12])
def test_ids_out_of_range(value: int) -> None:
    with pytest.raises(InputError):
        validation.catalog_id(value, "avatar")
    assert validation.catalog_id(0, "template") == 0
    assert validation.catalog_id(2**31 - 1, "music") == 2**31 - 1


@pytest.mark.parametrize(
    "args",
    [
        ["--url", ""],
        ["--url", "javascript:alert(1)"],
        ["--url", "file:///etc/passwd"],
        ["--url", "https://shop.example/" + "x" * 10_000],
        ["--url", "https://shop.example/p", "--avatar-id", "-5"],
        ["--url", "https://shop.example/p", "--music-id", "99999999999"],
        ["--url", "https://shop.example/p", "--template-id", "-1"],
    ],
)
def test_the_cli_refuses_bad_input_before_sending_anything(
    sim: SimServer, sim_key: str, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.setenv("JOGG_API_KEY", sim_key)
    code = main(["generate", "--api-base", sim.base_url, *args], out=io.StringIO(), err=io.StringIO())
    assert code == EXIT_USAGE
    assert sim.requests == []  # not even one of the 20 POSTs a minute


def test_credentials_in_a_link_are_never_sent_printed_or_stored(
    sim: SimServer, sim_key: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("JOGG_API_KEY", sim_key)
    page = sim.demo_product_urls()[0]
    with_password = page.replace("http://", "http://seller:hunter2@")
    out, err = io.StringIO(), io.StringIO()
    code = main(["generate", "--api-base", sim.base_url, "--url", with_password, "--out", str(tmp_path),
                 "--poll-every", "0.2", "--no-download"], out=out, err=err)
    assert code == 0, err.getvalue()
    (crawl,) = sim.requests_to("POST", "/product")
    assert "hunter2" not in str(crawl.json) and "hunter2" not in out.getvalue() + err.getvalue()
    store = Store()
    try:
        (job,) = store.jobs.all()
        assert "hunter2" not in job.product.url
    finally:
        store.close()
    assert len(sim.project_ids()) == 1


def test_jobs_piped_into_head_ends_quietly(app_home: Path) -> None:
    store = Store()
    try:
        for number in range(3000):  # more than a pipe holds
            store.jobs.create(Product(id=str(number), url="https://s.example/p", name=f"Product {number}"),
                              VideoSettings(), None)
    finally:
        store.close()
    env = {**os.environ, "JOGG_DESKTOP_HOME": str(app_home), "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "jogg_desktop", "jobs"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, cwd=ROOT)
    assert child.stdout is not None and child.stderr is not None
    first = child.stdout.readline()
    child.stdout.close()  # `head -1` has read its line and gone
    err = child.stderr.read()
    child.stderr.close()
    assert child.wait(timeout=60) == 0, err
    assert b"job 3000" in first and err == b""


def test_an_unusable_app_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("a file where the app's folder should be")
    monkeypatch.setenv("JOGG_DESKTOP_HOME", str(blocker))
    err = io.StringIO()
    assert main(["jobs"], out=io.StringIO(), err=err) == 1
    assert str(blocker) in err.getvalue() and "JOGG_DESKTOP_HOME" in err.getvalue()
    assert "unexpected" not in err.getvalue()
