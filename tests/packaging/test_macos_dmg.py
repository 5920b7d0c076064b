"""packaging/macos/build_dmg.sh, run on Linux against stand-ins for Apple's tools.

Stub ``codesign``/``hdiutil``/``xcrun``/``security`` record every call and answer like the real
ones (hdiutil writes the .dmg; notarytool prints JSON with the status the test picks). Checked:
the unsigned (ad-hoc) path and its Gatekeeper advice, the signed + notarized path in the right
order, a notarization that comes back "Invalid" (fails, prints Apple's log), hdiutil's "Resource
busy" retried, and the temporary keychain removed whatever happens.
"""

# ruff: noqa: E501  (the stub is a shell script kept readable on one line per case)
from __future__ import annotations

import base64
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.packaging.tools import ROOT

pytestmark = pytest.mark.packaging

STUB = r"""#!/usr/bin/env bash
# Stand-in for macOS's {name}: logs the call, answers like the real tool.
printf '%s\n' "{name} $*" >>"$STUB_LOG"
case "{name} $1 $2" in
  "hdiutil create"*)
    count=$(cat "$STUB_DIR/hdiutil-fails" 2>/dev/null || echo 0)
    if [ "$count" -gt 0 ]; then
      echo $((count - 1)) >"$STUB_DIR/hdiutil-fails"
      echo "hdiutil: create failed - Resource busy" >&2; exit 1
    fi
    for last; do :; done; echo "fake dmg" >"$last" ;;
  "xcrun notarytool submit")
    printf '{{"id": "4f1c-submission", "status": "%s", "message": "Processing complete"}}\n' "$NOTARY_STATUS" ;;
  "xcrun notarytool log") echo '{{"issues": [{{"message": "The binary is not signed with a valid Developer ID certificate."}}]}}' ;;
  "security list-keychains"*)
    [ "$3" = "-s" ] || printf '    "%s"\n' "$HOME/Library/Keychains/login.keychain-db" ;;
  "security create-keychain"*) for last; do :; done; touch "$last" ;;
  "security delete-keychain"*) rm -f "$2" ;;
esac
exit 0
"""


@dataclass(frozen=True)
class Run:
    code: int
    output: str
    calls: list[str]
    dmg: Path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of what the script reads, with a stand-in .app holding one Mach-O library."""
    root = tmp_path / "project"
    (root / "packaging" / "macos").mkdir(parents=True)
    for name in ("build_dmg.sh", "entitlements.plist"):
        shutil.copy2(ROOT / "packaging" / "macos" / name, root / "packaging" / "macos" / name)
    (root / "jogg_desktop").mkdir()
    shutil.copy2(ROOT / "jogg_desktop" / "__init__.py", root / "jogg_desktop" / "__init__.py")
    contents = root / "dist" / "Jogg Desktop.app" / "Contents"
    (contents / "Frameworks").mkdir(parents=True)
    (contents / "MacOS").mkdir()
    # A 64-bit Mach-O header (file(1) knows it) and a data file that is not one.
    (contents / "Frameworks" / "libQt6Core.dylib").write_bytes(b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + bytes(64))
    (contents / "Resources").mkdir()
    (contents / "Resources" / "icon.icns").write_bytes(b"icns")
    return root


def run_script(project: Path, tmp_path: Path, *, signed: bool, notary: str = "Accepted",
               hdiutil_fails: int = 0) -> Run:
    stubs = tmp_path / "stubs"
    stubs.mkdir(exist_ok=True)
    for name in ("codesign", "hdiutil", "xcrun", "security"):
        (stubs / name).write_text(STUB.format(name=name))
        (stubs / name).chmod(0o755)
    (stubs / "hdiutil-fails").write_text(str(hdiutil_fails))
    log = tmp_path / "calls.log"
    log.write_text("")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MACOS_", "APPLE_"))}
    env.update(PATH=f"{stubs}:{env['PATH']}", STUB_LOG=str(log), STUB_DIR=str(stubs), NOTARY_STATUS=notary,
               HOME=str(tmp_path / "home"), RETRY_DELAY="0", TMPDIR=str(tmp_path))
    if signed:
        env.update(MACOS_CERT_P12_BASE64=base64.b64encode(b"p12 bytes").decode(), MACOS_CERT_PASSWORD="pw",
                   MACOS_SIGN_IDENTITY="Developer ID Application: Jogg (TEAM123456)", APPLE_ID="dev@example.com",
                   APPLE_TEAM_ID="TEAM123456", APPLE_APP_PASSWORD="app-specific")
    done = subprocess.run(["bash", str(project / "packaging" / "macos" / "build_dmg.sh"), "arm64"],
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    version = re.search(r'^__version__ = "(.+)"', (project / "jogg_desktop" / "__init__.py").read_text(), re.M)
    assert version
    return Run(done.returncode, done.stdout + done.stderr, log.read_text().splitlines(),
               project / "dist" / f"jogg-desktop-{version[1]}-macos-arm64.dmg")


def _index(calls: list[str], prefix: str) -> int:
    return next(i for i, call in enumerate(calls) if call.startswith(prefix))


def test_unsigned_build_is_ad_hoc_signed_and_says_how_to_open_it(project: Path, tmp_path: Path) -> None:
    run = run_script(project, tmp_path, signed=False)
    assert run.code == 0, run.output
    assert run.dmg.read_text() == "fake dmg\n"
    assert any(c.startswith("codesign --force --sign - ") and c.endswith("libQt6Core.dylib") for c in run.calls)
    assert not any("icon.icns" in c for c in run.calls)  # only Mach-O files get signed
    assert not any(c.startswith(("xcrun", "security")) for c in run.calls)
    assert "Privacy & Security > Open Anyway" in run.output and "Control-click" not in run.output
    assert list(tmp_path.glob("tmp.*")) == []  # the work folder is gone


def test_signed_and_notarized_in_order_and_the_keychain_is_removed(project: Path, tmp_path: Path) -> None:
    run = run_script(project, tmp_path, signed=True)
    assert run.code == 0, run.output
    calls = run.calls
    inner = _index(calls, "codesign --force --timestamp --options runtime --sign Developer ID")
    app = next(i for i, c in enumerate(calls) if "--entitlements" in c)
    create = _index(calls, "hdiutil create")
    submit = _index(calls, "xcrun notarytool submit")
    assert _index(calls, "security create-keychain") < inner < app < create < submit
    assert calls[app].endswith("Jogg Desktop.app") and calls[inner].endswith("libQt6Core.dylib")
    assert "--output-format json" in calls[submit] and "--wait" in calls[submit]
    assert _index(calls, "xcrun stapler staple") > submit
    assert calls[-2].startswith("security list-keychains -d user -s ") and "login.keychain-db" in calls[-2]
    assert calls[-1].startswith("security delete-keychain ")
    assert "notarization 4f1c-submission: Accepted" in run.output
    assert "app-specific" not in run.output and "p12 bytes" not in run.output


def test_invalid_notarization_fails_with_apples_log(project: Path, tmp_path: Path) -> None:
    run = run_script(project, tmp_path, signed=True, notary="Invalid")
    assert run.code != 0
    assert "not accepted (Invalid)" in run.output and "not signed with a valid Developer ID" in run.output
    assert any(c.startswith("xcrun notarytool log 4f1c-submission") for c in run.calls)
    assert not any(c.startswith("xcrun stapler") for c in run.calls)
    assert run.calls[-1].startswith("security delete-keychain ")  # cleaned up on failure too
    assert not list((tmp_path / "home").glob("**/*.keychain-db")) and not list(tmp_path.glob("tmp.*"))


def test_hdiutil_resource_busy_is_retried_then_gives_up(project: Path, tmp_path: Path) -> None:
    run = run_script(project, tmp_path, signed=False, hdiutil_fails=2)
    assert run.code == 0, run.output
    assert sum(c.startswith("hdiutil create") for c in run.calls) == 3
    assert "retrying" in run.output

    again = run_script(project, tmp_path, signed=False, hdiutil_fails=9)
    assert again.code != 0 and "hdiutil create failed 5 times" in again.output
