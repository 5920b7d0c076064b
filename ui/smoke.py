"""``main.py --smoke``: prove that a (frozen) build has everything it needs, print one line, quit.

Checks, in order: the core imports (``jogg_desktop``, its API client and simulator when present,
uvicorn/starlette for demo mode), a QApplication on whatever platform plugin is set (offscreen,
xcb, windows, cocoa) showing a window with the app icon, the bundled resources (icon, styles),
QtMultimedia (a usable QMediaPlayer, the FFmpeg backend, the MPEG-4 encoder the demo renderer
uses), the keyring backends (``--smoke-keyring`` adds a set/get/delete round trip with a random
value), and that ``--child jogg_desktop.sim`` starts in this build. ``--smoke-out FILE`` also
writes the result line to FILE.

Exit 0 with ``Jogg Desktop <version> smoke OK: ...``, else 1 with ``... smoke FAILED: ...``.
This is a diagnostic for CI and release engineers; it depends on no other part of ``ui/``.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.resources
import importlib.util
import pkgutil
import secrets
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QLibraryInfo
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLabel

import jogg_desktop
from jogg_desktop import APP_NAME, __version__
from jogg_desktop.childproc import python_module_command

PROJECT = Path(jogg_desktop.__file__).resolve().parent.parent
KEYRING_SERVICE = "Jogg Desktop smoke test"
KEYRING_TIMEOUT_S = 20.0
CHILD_TIMEOUT_S = 60.0


class SmokeFailure(Exception):
    """One check failed; the message says which and why."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Smoke", text)


def _has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # a parent package is missing
        return False


def check_core() -> str:
    parts = ["jogg_desktop"]
    for optional in ("jogg_desktop.api", "jogg_desktop.sim"):
        if _has_module(optional):
            importlib.import_module(optional)
            parts.append(optional.rsplit(".", 1)[1])
    for needed in ("httpx", "qasync", "keyring", "platformdirs", "uvicorn", "starlette.applications"):
        try:
            importlib.import_module(needed)
        except ImportError as exc:
            raise SmokeFailure(f"core: {needed} is missing from this build ({exc})") from exc
    return "+".join(parts)


def check_modules() -> str:
    """Import every module of the app (a frozen build that missed one, or one of its imports, fails)."""
    count = 0
    for package in ("jogg_desktop", "ui", "resources"):
        if not _has_module(package):
            continue
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}."):
            if info.name.endswith(".__main__") or info.name == __name__:
                continue  # running those starts something
            try:
                importlib.import_module(info.name)
            except Exception as exc:
                reason = f"{type(exc).__name__}: {exc}"
                raise SmokeFailure(f"modules: {info.name} does not import ({reason})") from exc
            count += 1
    return str(count)


def check_platform(app: QApplication) -> str:
    window = QLabel(APP_NAME)
    window.setWindowTitle(APP_NAME)
    window.setWindowIcon(app.windowIcon())
    window.show()
    app.processEvents()
    if window.windowHandle() is None or not window.isVisible():
        raise SmokeFailure(f"platform: could not show a window on {app.platformName()}")
    window.close()
    return app.platformName()


def check_resources(app: QApplication) -> str:
    try:
        from resources.icons import app_icon_file

        svg = app_icon_file().read_bytes()
    except (ImportError, FileNotFoundError) as exc:
        raise SmokeFailure(f"resources: the app icon is not bundled ({exc})") from exc
    pixmap = QPixmap()
    if not pixmap.loadFromData(QByteArray(svg), "SVG") or pixmap.isNull():
        raise SmokeFailure("resources: the app icon does not render (QtSvg image plugin missing?)")
    app.setWindowIcon(QIcon(pixmap))
    found = ["icon"]
    # ui/app.py loads Qt's own strings (qtbase_<lang>.qm) in the system language.
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    count = len(list(qt_translations.glob("qtbase_*.qm")))
    if not count:
        raise SmokeFailure(f"resources: Qt's translations (qtbase_*.qm) are missing from {qt_translations}")
    found.append(f"{count} qt translations")
    if _has_module("resources"):
        ours = importlib.resources.files("resources") / "translations"
        compiled = sum(1 for e in ours.iterdir() if e.name.endswith(".qm")) if ours.is_dir() else 0
        if not compiled:
            raise SmokeFailure("resources: the app's translations (jogg-desktop_*.qm) are not bundled")
        found.append(f"{compiled} app translations")
    if _has_module("resources.styles"):
        styles = [
            entry
            for entry in importlib.resources.files("resources.styles").iterdir()
            if entry.name.endswith(".qss")
        ]
        for style in styles:
            style.read_text(encoding="utf-8")
        found.append(f"{len(styles)} styles")
    return "+".join(found)


def check_multimedia() -> str:
    from PySide6.QtMultimedia import QMediaFormat, QMediaPlayer

    player = QMediaPlayer()
    if not player.isAvailable():
        raise SmokeFailure("multimedia: QMediaPlayer is not available (no multimedia backend)")
    plugin_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "multimedia"
    plugins = [p.name for p in plugin_dir.glob("*")] if plugin_dir.is_dir() else []
    if not any("ffmpeg" in p.lower() for p in plugins):
        raise SmokeFailure(f"multimedia: the FFmpeg plugin is missing (found {plugins or 'none'})")
    mp4 = QMediaFormat(QMediaFormat.FileFormat.MPEG4)
    if QMediaFormat.VideoCodec.MPEG4 not in mp4.supportedVideoCodecs(QMediaFormat.ConversionMode.Encode):
        raise SmokeFailure("multimedia: the MPEG-4 video encoder is missing")
    player.deleteLater()
    return "ffmpeg"


def _with_timeout(what: str, func: Callable[[], str], timeout: float) -> str:
    """Keyring backends may block (a locked keyring's prompt): never hang the smoke run."""
    result: list[str] = []
    error: list[BaseException] = []

    def target() -> None:
        try:
            result.append(func())
        except BaseException as exc:
            error.append(exc)

    worker = threading.Thread(target=target, name=f"smoke-{what}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise SmokeFailure(f"{what}: no answer within {timeout:.0f} s")
    if error:
        raise SmokeFailure(f"{what}: {type(error[0]).__name__}: {error[0]}") from error[0]
    return result[0]


def check_keyring(round_trip: bool) -> str:
    import keyring
    import keyring.backend

    names = sorted(ep.name for ep in importlib.metadata.entry_points(group="keyring.backends"))
    if not names:
        raise SmokeFailure("keyring: no backends are bundled (entry-point metadata missing)")
    active = keyring.get_keyring()
    label = f"{type(active).__module__.rsplit('.', 1)[-1]}.{type(active).__name__}"
    viable = sorted(type(k).__name__ for k in keyring.backend.get_all_keyring())
    summary = f"{label} [bundled: {' '.join(names)}; usable: {' '.join(viable) or 'none'}]"
    if not round_trip:
        return summary

    def trip() -> str:
        user = f"smoke-{secrets.token_hex(4)}"
        value = secrets.token_urlsafe(24)
        keyring.set_password(KEYRING_SERVICE, user, value)
        try:
            if keyring.get_password(KEYRING_SERVICE, user) != value:
                raise SmokeFailure("keyring: the value read back differs from the one stored")
        finally:
            keyring.delete_password(KEYRING_SERVICE, user)
        if keyring.get_password(KEYRING_SERVICE, user) is not None:
            raise SmokeFailure("keyring: the value is still there after delete")
        return "round trip ok"

    return f"{summary} {_with_timeout('keyring', trip, KEYRING_TIMEOUT_S)}"


def check_child() -> str:
    if not _has_module("jogg_desktop.sim.__main__"):
        return "none (no simulator in this build)"
    command = python_module_command("jogg_desktop.sim", "--help")
    try:
        # From source, `python -m` finds jogg_desktop only from the project folder (not so when frozen).
        done = subprocess.run(command, capture_output=True, timeout=CHILD_TIMEOUT_S, check=False, cwd=PROJECT)
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"child: {' '.join(command)} did not finish in {CHILD_TIMEOUT_S:.0f} s") from exc
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).decode(errors="replace").strip().splitlines()[-1:]
        raise SmokeFailure(f"child: --child jogg_desktop.sim exited {done.returncode}: {' '.join(tail)}")
    return "jogg_desktop.sim"


def _report(argv: list[str], line: str) -> None:
    """Print the line; ``--smoke-out FILE`` also writes it there (a windowed Windows exe has no stdout)."""
    print(line, flush=True)
    if "--smoke-out" in argv and argv.index("--smoke-out") + 1 < len(argv):
        Path(argv[argv.index("--smoke-out") + 1]).write_text(line + "\n", encoding="utf-8")


def run_smoke(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "jogg-desktop"])
    assert isinstance(app, QApplication)
    results: list[tuple[str, str]] = []
    try:
        results.append(("core", check_core()))
        results.append(("modules", check_modules()))
        results.append(("resources", check_resources(app)))
        results.append(("platform", check_platform(app)))
        results.append(("multimedia", check_multimedia()))
        results.append(("keyring", check_keyring("--smoke-keyring" in argv)))
        results.append(("child", check_child()))
    except SmokeFailure as failure:
        _report(argv, _tr("{app} {version} smoke FAILED: {reason}").format(
            app=APP_NAME, version=__version__, reason=failure))
        return 1
    except BaseException as exc:  # anything else: one FAILED line, never a windowed traceback dialog
        step = ("core", "modules", "resources", "platform", "multimedia", "keyring", "child")[len(results)]
        _report(argv, _tr("{app} {version} smoke FAILED: {reason}").format(
            app=APP_NAME, version=__version__, reason=f"{step}: unexpected {type(exc).__name__}: {exc}"))
        return 1
    results.append(("frozen", "yes" if getattr(sys, "frozen", False) else "no"))
    order = ("platform", "keyring", "multimedia", "resources", "core", "modules", "child", "frozen")
    details = ", ".join(f"{key}={dict(results)[key]}" for key in order)
    _report(argv, _tr("{app} {version} smoke OK: {details}").format(
        app=APP_NAME, version=__version__, details=details))
    return 0
