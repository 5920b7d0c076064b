"""The Windows installer (packaging/windows/jogg-desktop.iss), compiled and run under wine.

The real Inno Setup compiler (the pinned npm ``innosetup``'s ISCC.exe, the one the Windows job
uses) builds Setup.exe around a stand-in bundle; wine then installs it silently, upgrades it and
uninstalls it, and the test looks at the files, shortcuts and the uninstall entry each time.

Wine 8 (Debian 12) has no per-user Programs folder (FOLDERID_UserProgramFiles is unimplemented),
so here the install runs in the all-users mode (``/ALLUSERS``, the same script and sections);
the per-user install is checked on the Windows runner (packaging/windows/install_check.ps1).
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.packaging.tools import ISCC, ROOT, require

pytestmark = pytest.mark.packaging

APP_ID = "{B086F046-FE31-4DA6-810C-CA73FDB20309}_is1"
UNINSTALL_KEY = rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP_ID}"
VERSION = re.search(r'^__version__ = "(.+)"$', (ROOT / "jogg_desktop" / "__init__.py").read_text(), re.M)[1]  # type: ignore[index]


@dataclass(frozen=True)
class Wine:
    prefix: Path
    env: dict[str, str]

    def run(self, *args: str, display: bool = False, timeout: float = 300,
            ) -> subprocess.CompletedProcess[str]:
        """Run a wine command to the end, with every process it started (wineserver -w)."""
        command = ["sh", "-c", 'wine "$@"; code=$?; wineserver -w; exit $code', "wine", *args]
        if display:  # Setup's wizard window exists even when silent: it needs an X server
            command = ["xvfb-run", "-a", *command]
        return subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=timeout,
                              check=False)

    def windows_path(self, path: Path) -> str:
        return "Z:" + str(path).replace("/", "\\")

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    def machine_registry_key(self, key: str) -> dict[str, str]:
        """String values of an HKLM key, read from the prefix's system.reg (saved when wine exits)."""
        text = (self.prefix / "system.reg").read_text(encoding="utf-8", errors="replace")
        header = "[" + key.replace("\\", "\\\\") + "]"
        at = text.find(header)
        if at < 0:
            return {}
        section = text[at:].split("\n\n", 1)[0]
        values = re.findall(r'^"(\w+)"="(.*)"$', section, re.M)
        return {name: value.replace("\\\\", "\\") for name, value in values}


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Wine]:
    require("wine", "runs Inno Setup")
    require("xvfb-run", "gives Setup a display")
    require(ISCC, "Inno Setup's compiler")
    prefix = tmp_path_factory.mktemp("wineprefix")
    env = {**os.environ, "WINEPREFIX": str(prefix), "WINEDEBUG": "-all",
           "WINEDLLOVERRIDES": "mscoree,mshtml="}  # no Mono/Gecko install prompts
    env.pop("DISPLAY", None)
    w = Wine(prefix, env)
    done = w.run("wineboot", "--init", timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    w.run("winecfg", "/v", "win10")
    yield w
    subprocess.run(["wineserver", "-k"], env=env, check=False, timeout=60)


@functools.cache
def _icon() -> Path:
    from PySide6.QtWidgets import QApplication

    from tests.packaging.test_icons import load_make_icons

    _app = QApplication.instance() or QApplication([])  # before make_icons' QGuiApplication
    out = Path(tempfile.mkdtemp(prefix="jogg-icons-"))
    load_make_icons().make_icons(out)
    return out / "jogg-desktop.ico"


def make_tree(root: Path, bundle_files: dict[str, bytes], *, with_version_file: bool = True) -> Path:
    """The layout the .iss expects (packaging/windows, dist/jogg-desktop, build/icons, jogg_desktop)."""
    (root / "packaging" / "windows").mkdir(parents=True)
    shutil.copy2(ROOT / "packaging" / "windows" / "jogg-desktop.iss", root / "packaging" / "windows")
    bundle = root / "dist" / "jogg-desktop"
    for name, data in bundle_files.items():
        (bundle / name).parent.mkdir(parents=True, exist_ok=True)
        (bundle / name).write_bytes(data)
    (root / "build" / "icons").mkdir(parents=True)
    shutil.copy2(_icon(), root / "build" / "icons" / "jogg-desktop.ico")
    if with_version_file:
        (root / "jogg_desktop").mkdir()
        shutil.copy2(ROOT / "jogg_desktop" / "__init__.py", root / "jogg_desktop")
    return root / "packaging" / "windows" / "jogg-desktop.iss"


def stand_in_bundle(marker: str) -> dict[str, bytes]:
    # A real PE as the app's exe (the shortcut target); the rest are data files.
    exe = (ISCC.parent / "islzma32.exe").read_bytes()
    return {"jogg-desktop.exe": exe, "_internal/base_library.zip": b"stand-in",
            f"_internal/{marker}.txt": b"x"}


def compile_iss(wine: Wine, iss: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return wine.run(str(ISCC), "/Qp", *args, wine.windows_path(iss), timeout=300)


@pytest.fixture(scope="module")
def setup_exe(wine: Wine, tmp_path_factory: pytest.TempPathFactory) -> Path:
    iss = make_tree(tmp_path_factory.mktemp("iss"), stand_in_bundle("first"))
    done = compile_iss(wine, iss)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    assert "warning" not in done.stdout.lower(), done.stdout
    [setup] = (iss.parents[2] / "dist").glob("*-setup.exe")
    return setup


def test_setup_is_named_and_versioned_from_the_project(setup_exe: Path) -> None:
    assert setup_exe.name == f"jogg-desktop-{VERSION}-windows-x64-setup.exe"
    data = setup_exe.read_bytes()
    # VS_FIXEDFILEINFO: signature, struct version, then the file version as two DWORDs.
    at = data.find(struct.pack("<I", 0xFEEF04BD))
    assert at > 0, "Setup.exe has no version resource"
    ms, ls = struct.unpack_from("<II", data, at + 8)
    parts = [int(p) for p in VERSION.split(".")] + [0] * 4
    assert (ms >> 16, ms & 0xFFFF, ls >> 16, ls & 0xFFFF) == tuple(parts[:4])
    for text in ("Jogg Desktop Setup", "ProductVersion", VERSION):
        assert text.encode("utf-16-le") in data, text


def test_compiling_without_a_version_stops_with_an_error(wine: Wine, tmp_path: Path) -> None:
    iss = make_tree(tmp_path, stand_in_bundle("x"), with_version_file=False)
    done = compile_iss(wine, iss)
    assert done.returncode != 0
    assert "pass /DAppVersion=X.Y.Z" in done.stdout + done.stderr
    assert not list((tmp_path / "dist").glob("*.exe"))


def test_signing_covers_the_uninstaller_and_an_unsigned_result_fails(wine: Wine, tmp_path: Path) -> None:
    # A sign tool that signs nothing: ISCC must call it for the uninstaller (SignedUninstaller=yes)
    # and then refuse the unsigned file, so a broken signing setup cannot ship unsigned.
    iss = make_tree(tmp_path, stand_in_bundle("x"))
    log = tmp_path / "signed.txt"
    done = compile_iss(wine, iss, "/DSign", f"/Sjogg=cmd /c echo $f>>{wine.windows_path(log)}")
    assert done.returncode != 0
    assert "does not have a digital signature" in done.stdout + done.stderr
    assert "uninst" in log.read_text(errors="replace").lower()


def _installed(wine: Wine) -> dict[str, Path]:
    return {
        "app": wine.drive_c / "Program Files" / "Jogg Desktop",
        "menu": wine.drive_c / "ProgramData" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
        / "Jogg Desktop.lnk",
        "desktop": wine.drive_c / "users" / "Public" / "Desktop" / "Jogg Desktop.lnk",
    }


def _silent(wine: Wine, setup: Path) -> None:
    done = wine.run(wine.windows_path(setup), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/ALLUSERS", "/NORESTART",
                    display=True)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]


def test_install_upgrade_uninstall(wine: Wine, setup_exe: Path, tmp_path: Path) -> None:
    paths = _installed(wine)
    [profile] = [p for p in (wine.drive_c / "users").iterdir() if p.name != "Public" and not p.is_symlink()]
    user_data = profile / "AppData" / "Local" / "jogg-desktop"  # platformdirs' user_data_dir there
    user_data.mkdir(parents=True, exist_ok=True)
    (user_data / "jobs.sqlite3").write_bytes(b"the user's history")

    _silent(wine, setup_exe)
    app = paths["app"]
    assert (app / "jogg-desktop.exe").read_bytes() == (ISCC.parent / "islzma32.exe").read_bytes()
    assert (app / "_internal" / "first.txt").exists() and (app / "unins000.exe").exists()
    assert paths["menu"].exists() and paths["desktop"].exists()  # the desktop shortcut is ticked by default
    entry = wine.machine_registry_key(UNINSTALL_KEY)
    assert entry.get("DisplayName") == "Jogg Desktop" and entry.get("DisplayVersion") == VERSION, entry
    assert "unins000.exe" in entry.get("UninstallString", "") and entry.get("DisplayIcon", "").endswith(
        "jogg-desktop.exe")

    # An upgrade to a newer version replaces the bundle: nothing stale from the old one stays.
    iss = make_tree(tmp_path / "next", stand_in_bundle("second"))
    done = compile_iss(wine, iss, "/DAppVersion=99.0.1")
    assert done.returncode == 0, done.stdout
    _silent(wine, next((tmp_path / "next" / "dist").glob("*-setup.exe")))
    assert (app / "_internal" / "second.txt").exists() and not (app / "_internal" / "first.txt").exists()
    assert wine.machine_registry_key(UNINSTALL_KEY).get("DisplayVersion") == "99.0.1"

    done = wine.run(wine.windows_path(app / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART",
                    display=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert not (app / "jogg-desktop.exe").exists() and not (app / "_internal").exists()
    assert not paths["menu"].exists() and not paths["desktop"].exists()
    assert wine.machine_registry_key(UNINSTALL_KEY) == {}
    # The user's data is theirs: uninstalling the program leaves it (README says where it is).
    assert (user_data / "jobs.sqlite3").read_bytes() == b"the user's history"
