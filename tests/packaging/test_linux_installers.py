"""The Linux installers, built for real: freeze, run the frozen --smoke, build, check, install the .deb.

One module-wide build (``scripts/build_linux.sh``, ~1-2 min on 2 cores), then each test checks one
promise of the installers. Marked ``packaging``: deselect with ``-m "not packaging"`` while iterating.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux installers build on Linux"),
]

ROOT = Path(__file__).resolve().parents[2]
NAME = "jogg-desktop"
BUNDLE_LIMIT_MB = 150  # today 142 MiB (#17); a Qt module or host library pulled in by accident shows up here
SMOKE_OK = re.compile(r"^Jogg Desktop \S+ smoke OK: (.*)$", re.MULTILINE)


@dataclass(frozen=True)
class Build:
    bundle: Path
    tarball: Path
    deb: Path
    log: str

    @property
    def exe(self) -> Path:
        return self.bundle / NAME


def _need(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (scripts/setup.sh --dev installs them as root)")


@pytest.fixture(scope="module")
def build() -> Build:
    _need("dpkg-deb", "objdump", "ldconfig")
    env = {"DEB_XZ_LEVEL": "1", **os.environ}  # fast compression keeps the CI check short
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build_linux.sh"), "--no-setup"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False,
    )
    assert done.returncode == 0, f"build_linux.sh failed:\n{done.stdout}\n{done.stderr}"
    paths = dict(re.findall(r"^(bundle|tar\.gz|deb): +(\S+)", done.stdout, re.MULTILINE))
    print(done.stdout)  # sizes, for the log
    return Build(ROOT / paths["bundle"], ROOT / paths["tar.gz"], ROOT / paths["deb"], done.stdout)


def _smoke_env(tmp_path: Path, platform: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM=platform, JOGG_DESKTOP_HOME=str(tmp_path / "home"))
    return env


def _run_smoke(command: list[str], env: dict[str, str]) -> str:
    """Run a frozen --smoke and return its details. Reads ALL output (a closed pipe kills the app)."""
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, f"{command} exited {done.returncode}:\n{done.stdout}\n{done.stderr[-3000:]}"
    match = SMOKE_OK.search(done.stdout)
    assert match, f"no OK line in:\n{done.stdout}"
    assert len(done.stdout.strip().splitlines()) == 1, done.stdout
    return match[1]


def _source_module_count() -> int:
    """The modules --smoke imports: every module of the app's packages but __main__ and the smoke."""
    count = 0
    for package in ("jogg_desktop", "ui", "resources"):
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).parts
            folders = (ROOT.joinpath(*parts[:i]) for i in range(1, len(parts)))
            in_packages = all((folder / "__init__.py").exists() for folder in folders)
            root_init = len(parts) == 2 and path.name == "__init__.py"
            if in_packages and not root_init and path.name != "__main__.py" and parts != ("ui", "smoke.py"):
                count += 1
    return count


def _expected_core() -> list[str]:
    return [part for part in ("api", "sim") if (ROOT / "jogg_desktop" / part / "__init__.py").exists()]


def test_bundle_exists_and_stays_small(build: Build) -> None:
    size = sum(f.stat().st_size for f in build.bundle.rglob("*") if f.is_file() and not f.is_symlink())
    assert os.access(build.exe, os.X_OK)
    assert size < BUNDLE_LIMIT_MB * 1024 * 1024, f"bundle is {size / 2**20:.0f} MB"
    # Only the Qt modules the app uses: no Python bindings of the excluded ones.
    bindings = {p.name.split(".")[0] for p in (build.bundle / "_internal" / "PySide6").glob("Qt*.so")}
    assert bindings <= {"QtCore", "QtGui", "QtWidgets", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork",
                        "QtSvg", "QtDBus"}, bindings
    assert not list(build.bundle.rglob("libQt6WebEngine*")) and not list(build.bundle.rglob("libQt6Pdf*"))


def test_icu_data_is_slimmed_but_keeps_collation(build: Build) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    from icu_data import _symbol, parse

    [library] = [p for p in (build.bundle / "_internal").rglob("libicudata.so.*") if not p.is_symlink()]
    assert library.stat().st_size < 12 * 2**20
    names = {name.split("/", 1)[1] for name, _ in parse(_symbol(library)[1])[1]}
    assert {"coll/root.res", "coll/de.res", "zone/de.res", "de.res", "uts46.nrm"} <= names
    assert not {name for name in names if name.startswith(("brkitr/", "lang/")) or name.endswith(".cnv")}


def test_host_libraries_every_desktop_has_are_not_bundled(build: Build) -> None:
    top = {p.name for p in (build.bundle / "_internal").glob("lib*.so*")}
    assert not {name for name in top if name.startswith(("libX11", "libxcb", "libglib", "libfontconfig",
                                                          "libpulse", "libssl", "libstdc++"))}, top


def test_frozen_smoke_offscreen(build: Build, tmp_path: Path) -> None:
    details = _run_smoke([str(build.exe), "--smoke"], _smoke_env(tmp_path, "offscreen"))
    assert "platform=offscreen" in details and "multimedia=ffmpeg" in details
    assert "frozen=yes" in details and "resources=icon" in details and " qt translations" in details
    # Every module of the app made it into the bundle and imports there.
    assert f"modules={_source_module_count()}," in details, details
    core = re.search(r"core=(\S+),", details)
    assert core and all(part in core[1].split("+") for part in _expected_core()), details
    if (ROOT / "jogg_desktop" / "sim" / "__main__.py").exists():
        assert "child=jogg_desktop.sim" in details  # `--child jogg_desktop.sim --help` ran frozen


def test_frozen_smoke_on_a_real_x_server(build: Build, tmp_path: Path) -> None:
    _need("xvfb-run")
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", str(build.exe), "--smoke"]
    details = _run_smoke(command, _smoke_env(tmp_path, "xcb"))
    assert "platform=xcb" in details


def test_frozen_keyring_round_trip_on_secret_service(build: Build, tmp_path: Path) -> None:
    _need("dbus-run-session", "gnome-keyring-daemon")
    env = _smoke_env(tmp_path, "offscreen")
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    # A throwaway keyring: a private session bus and an unlocked gnome-keyring in temp folders.
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_RUNTIME_DIR=str(run),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    script = ('echo -n smoke-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; '
              'exec "$0" --smoke --smoke-keyring')
    details = _run_smoke(["dbus-run-session", "--", "sh", "-c", script, str(build.exe)], env)
    assert "keyring=SecretService.Keyring" in details and "round trip ok" in details, details


def _first_line(proc: subprocess.Popen[str], timeout: float) -> str:
    """The child's first stdout line, without hanging the test if it never comes."""
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(proc.stdout.readline() if proc.stdout else ""))
    reader.start()
    reader.join(timeout)
    assert lines and lines[0], f"no first line within {timeout:.0f} s"
    return lines[0].strip()


def test_frozen_demo_mode_makes_a_real_video(build: Build, tmp_path: Path) -> None:
    # The frozen app as the simulator (uvicorn/starlette, --child), as the command line client,
    # and (inside the simulator) as the renderer child that encodes the MP4 with QtMultimedia.
    from jogg_desktop.sim.config import DEMO_API_KEY

    env = _smoke_env(tmp_path, "offscreen")
    ready = tmp_path / "ready.json"
    sim = subprocess.Popen(
        [str(build.exe), "--child", "jogg_desktop.sim", "--port", "0", "--crawl-delay", "0",
         "--render-seconds", "1", "--asset-dir", str(tmp_path / "assets"), "--ready-file", str(ready)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        first = _first_line(sim, timeout=120)
        assert first.startswith("JOGG_SIM_READY http://127.0.0.1:"), first
        base = first.split()[1]
        product = json.loads(ready.read_text())["demo_products"][0]
        out = tmp_path / "videos"
        done = subprocess.run(
            [str(build.exe), "--child", "jogg_desktop", "generate", "--api-base", base, "--url", product,
             "--out", str(out), "--poll-every", "0.2"],
            env={**env, "JOGG_API_KEY": DEMO_API_KEY}, capture_output=True, text=True, timeout=300,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr[-3000:]
        [video] = out.glob("*.mp4")
        head = video.read_bytes()[:12]
        assert head[4:8] == b"ftyp" and video.stat().st_size > 10_000
    finally:
        sim.terminate()
        sim.wait(timeout=30)
        if sim.stdout:
            sim.stdout.close()


def test_tarball_holds_the_bundle(build: Build) -> None:
    with tarfile.open(build.tarball) as tar:
        member = tar.getmember(f"{NAME}/{NAME}")
        assert member.isfile() and member.mode & 0o111
        assert any(n.startswith(f"{NAME}/_internal/PySide6/Qt/plugins/multimedia/") for n in tar.getnames())


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_deb_contents_desktop_file_and_icons(build: Build, tmp_path: Path) -> None:
    _need("desktop-file-validate")
    root = tmp_path / "deb"
    subprocess.run(["dpkg-deb", "-x", str(build.deb), str(root)], check=True, timeout=120)
    control = subprocess.run(["dpkg-deb", "-f", str(build.deb)], capture_output=True, text=True,
                             check=True).stdout
    assert re.search(r"^Package: jogg-desktop$", control, re.MULTILINE)
    depends = re.search(r"^Depends: (.*)$", control, re.MULTILINE)
    assert depends and re.match(r"libc6 \(>= [\d.]+\), fontconfig-config,.*libxcb1", depends[1]), control
    # System libraries, not bundled ones; either name of those renamed for 64-bit time_t.
    assert "libpulse0" in depends[1] and "libssl3 | libssl3t64" in depends[1], depends[1]

    desktop = root / "usr" / "share" / "applications" / f"{NAME}.desktop"
    check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True,
                           check=False)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr
    text = desktop.read_text()
    assert f"\nExec={NAME}" in text and f"\nIcon={NAME}\n" in text

    launcher = root / "usr" / "bin" / NAME
    assert os.access(launcher, os.X_OK) and f"/opt/{NAME}/{NAME}" in launcher.read_text()
    assert os.access(root / "opt" / NAME / NAME, os.X_OK)
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        icon = root / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        assert _png_size(icon) == (size, size)
    assert (root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{NAME}.svg").exists()


def test_deb_installs_with_apt_runs_from_usr_bin_and_removes(build: Build, tmp_path: Path) -> None:
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        pytest.skip("installing the .deb needs root and apt-get (CI runs as root)")

    def status() -> str:
        return subprocess.run(["dpkg-query", "-W", "-f=${Status}", NAME], capture_output=True, text=True,
                              check=False).stdout

    if status() == "install ok installed":
        pytest.skip(f"{NAME} is installed on this machine already: not replacing and removing it")
    apt = ["apt-get", "-y", "-q", "-o", "DPkg::Lock::Timeout=120"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}

    def apt_get(*args: str) -> None:
        done = subprocess.run([*apt, *args], env=env, capture_output=True, text=True, timeout=600,
                              check=False)
        assert done.returncode == 0, done.stdout + done.stderr

    launcher = Path("/usr/bin") / NAME
    try:
        apt_get("install", "--no-install-recommends", str(build.deb))
        assert status() == "install ok installed"
        assert Path(f"/usr/share/applications/{NAME}.desktop").exists()
        details = _run_smoke([str(launcher), "--smoke"], _smoke_env(tmp_path, "offscreen"))
        assert "frozen=yes" in details and "multimedia=ffmpeg" in details
    finally:
        apt_get("purge", NAME)
    assert status() != "install ok installed"
    assert not launcher.exists() and not Path(f"/opt/{NAME}").exists()
    assert not Path(f"/usr/share/applications/{NAME}.desktop").exists()
