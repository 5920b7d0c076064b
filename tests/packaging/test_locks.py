"""The lock files (scripts/lock.sh): hash-pinned, and installable on every OS the installers target.

For each target the lock's lines are filtered by their environment markers *as that target
evaluates them*, then ``pip install --dry-run --require-hashes --only-binary=:all: --platform``
proves each pinned version has a wheel there whose hash is locked (cryptography 50 has no
macOS x86_64 wheel: the markers keep it, SecretStorage and jeepney to Linux). pip's report then
shows that every dependency those wheels declare for that target is in the lock too.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.packaging.tools import ROOT

pytestmark = pytest.mark.packaging

TARGETS = {
    "win_amd64": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
                  "platform_machine": "AMD64"},
    "macosx_13_0_arm64": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
                          "platform_machine": "arm64"},
    "macosx_13_0_x86_64": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
                           "platform_machine": "x86_64"},
    "manylinux_2_35_x86_64": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
                              "platform_machine": "x86_64"},
}
PYTHON = {"python_version": "3.11", "python_full_version": "3.11.9", "implementation_name": "cpython",
          "platform_python_implementation": "CPython", "extra": ""}
MACOS_10 = [f"10_{minor}" for minor in range(15, 8, -1)]
# pip takes --platform literally: name every tag the target's pip would accept.
PLATFORM_TAGS = {
    "win_amd64": ["win_amd64"],
    "macosx_13_0_arm64": [f"macosx_{v}_0_{a}" for v in (13, 12, 11) for a in ("arm64", "universal2")],
    "macosx_13_0_x86_64": [f"macosx_{v}_{a}" for v in ("13_0", "12_0", "11_0", *MACOS_10)
                           for a in ("x86_64", "universal2", "intel")],
    "manylinux_2_35_x86_64": [f"manylinux_2_{m}_x86_64" for m in range(35, 16, -1)]
    + ["manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64", "linux_x86_64"],
}
LINUX_ONLY = {"cryptography", "secretstorage", "jeepney", "cffi", "pycparser"}


def _entries(lock: Path) -> list[tuple[Requirement, list[str]]]:
    """(requirement with marker, its hashes) for every entry of a pip lock file."""
    text = re.sub(r"\\\n\s*", " ", lock.read_text(encoding="utf-8"))
    entries = []
    for line in text.splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        hashes = re.findall(r"--hash=(sha256:[0-9a-f]{64})", line)
        entries.append((Requirement(re.sub(r"\s*--hash=\S+", "", line)), hashes))
    return entries


def _for_target(entries: list[tuple[Requirement, list[str]]], env: dict[str, str]) -> list[str]:
    lines = []
    for req, hashes in entries:
        if req.marker is None or req.marker.evaluate(env):
            lines.append(f"{req.name}{req.specifier} " + " ".join(f"--hash={h}" for h in hashes))
    return lines


@pytest.mark.parametrize("lock", ["requirements.lock", "requirements-build.lock", "requirements-dev.lock"])
def test_every_entry_is_pinned_with_hashes(lock: str) -> None:
    entries = _entries(ROOT / lock)
    assert len(entries) > 20
    for req, hashes in entries:
        assert len(req.specifier) == 1 and next(iter(req.specifier)).operator == "==", req
        assert hashes, f"{req} has no hash"
    names = {canonicalize_name(req.name): req for req, _ in entries}
    for name in LINUX_ONLY:
        marker = names[name].marker
        assert marker is not None and 'sys_platform == "linux"' in str(marker), (name, marker)


def test_runtime_and_build_locks_agree() -> None:
    # The installers ship what CI tests: every runtime pin is the same in the build and dev locks.
    runtime = {canonicalize_name(r.name): str(r.specifier) for r, _ in _entries(ROOT / "requirements.lock")}
    for other in ("requirements-build.lock", "requirements-dev.lock"):
        pins = {canonicalize_name(r.name): str(r.specifier) for r, _ in _entries(ROOT / other)}
        assert {name: pins.get(name) for name in runtime} == runtime, other


@pytest.mark.parametrize("platform", sorted(TARGETS))
def test_build_lock_installs_on_each_target(platform: str, tmp_path: Path) -> None:
    # The build lock holds the runtime lock's pins (test_runtime_and_build_locks_agree) + PyInstaller.
    env = {**PYTHON, **TARGETS[platform]}
    entries = _entries(ROOT / "requirements-build.lock")
    wanted = tmp_path / "wanted.txt"
    wanted.write_text("\n".join(_for_target(entries, env)) + "\n")
    report = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--no-deps",
         "--require-hashes", "--only-binary=:all:", *(f"--platform={tag}" for tag in PLATFORM_TAGS[platform]),
         "--python-version", "3.11",
         "--implementation", "cp", "--target", str(tmp_path / "target"), "--report", str(report),
         "--quiet", "-r", str(wanted)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    installed = json.loads(report.read_text())["install"]
    names = {canonicalize_name(item["metadata"]["name"]) for item in installed}
    assert names == {canonicalize_name(line.split("==")[0]) for line in _for_target(entries, env)}
    if TARGETS[platform]["sys_platform"] != "linux":
        assert not names & LINUX_ONLY, names & LINUX_ONLY
    # Every dependency a locked wheel declares for this target is locked too.
    missing = set()
    for item in installed:
        for spec in item["metadata"].get("requires_dist", []):
            req = Requirement(spec)
            applies = req.marker is None or Marker(str(req.marker)).evaluate(env)
            if applies and canonicalize_name(req.name) not in names:
                missing.add(f"{item['metadata']['name']} needs {req}")
    assert not missing, sorted(missing)
