"""Run by test_tray_xcb.py under Xvfb: the tray and close-to-background on a real X11 window.

A private D-Bus session bus carries a status area (``org.kde.StatusNotifierWatcher``, as KDE,
Ubuntu's AppIndicator, XFCE… provide) and a notification server, both played here with jeepney;
Qt's own tray code talks to them. The window is closed as a window manager closes it: an X11
WM_DELETE_WINDOW message. Prints one JSON line with what happened.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def start_session_bus() -> subprocess.Popen[str]:
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert daemon.stdout is not None
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = daemon.stdout.readline().strip()
    return daemon


class Desktop:
    """The desktop's side of the bus: a status area and a notification server."""

    def __init__(self) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import Proxy, open_dbus_connection

        self.notifications: list[tuple[str, str]] = []
        self.tray_items: list[str] = []
        self.click_next = False
        self._conn = open_dbus_connection(bus="SESSION")
        for name in ("org.kde.StatusNotifierWatcher", "org.freedesktop.Notifications"):
            Proxy(message_bus, self._conn).RequestName(name)
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        from jeepney import DBusAddress, HeaderFields, MessageType, new_method_return, new_signal

        next_id = 0
        while True:
            try:
                message = self._conn.receive()
            except Exception:
                return
            header = message.header
            if header.message_type is not MessageType.method_call:
                continue
            member = header.fields.get(HeaderFields.member)
            if member == "Get" and message.body[1] == "IsStatusNotifierHostRegistered":
                self._conn.send(new_method_return(message, "v", (("b", True),)))
            elif member == "Get" and message.body[1] == "ProtocolVersion":
                self._conn.send(new_method_return(message, "v", (("i", 0),)))
            elif member == "Notify":
                next_id += 1
                self.notifications.append((message.body[3], message.body[4]))
                self._conn.send(new_method_return(message, "u", (next_id,)))
                if self.click_next:
                    self.click_next = False
                    address = DBusAddress("/org/freedesktop/Notifications",
                                          interface="org.freedesktop.Notifications")
                    self._conn.send(new_signal(address, "ActionInvoked", "us", (next_id, "default")))
            elif member == "GetCapabilities":
                self._conn.send(new_method_return(message, "as", (["actions", "body"],)))
            else:
                if member == "RegisterStatusNotifierItem":
                    self.tray_items.append(str(message.body[0]))
                self._conn.send(new_method_return(message))


def close_like_a_window_manager(window_id: int) -> None:
    """Send WM_DELETE_WINDOW to the window, as the close button of a window manager does."""
    x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]

    class ClientMessage(ctypes.Structure):
        _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                    ("display", ctypes.c_void_p), ("window", ctypes.c_ulong),
                    ("message_type", ctypes.c_ulong), ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]

    class Event(ctypes.Union):
        _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]

    display = x11.XOpenDisplay(None)
    event = Event()
    event.xclient.type = 33  # ClientMessage
    event.xclient.window = window_id
    event.xclient.message_type = x11.XInternAtom(display, b"WM_PROTOCOLS", 0)
    event.xclient.format = 32
    event.xclient.data[0] = x11.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
    x11.XSendEvent(display, window_id, 0, 0, ctypes.byref(event))
    x11.XFlush(display)
    x11.XCloseDisplay(display)


def spin(app: Any, until: Callable[[], bool], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if until():
            return True
        time.sleep(0.02)
    app.processEvents()
    return until()


def main() -> int:
    daemon = start_session_bus()
    os.environ["JOGG_DESKTOP_HOME"] = sys.argv[1]
    desktop = Desktop()
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    app = QApplication([sys.argv[0]])
    app.setApplicationDisplayName("Jogg Desktop")
    from jogg_desktop.jobs.types import Job, JobStage
    from tests.store.samples import PRODUCT, SETTINGS
    from ui.context import AppContext
    from ui.imaging.thumbnails import ThumbnailLoader
    from ui.settings_store import SettingsStore
    from ui.tasks import TaskRunner
    from ui.tray import Notifier
    from ui.wizard import WizardWindow

    async def no_fetch(_url: str) -> bytes:
        return b""

    ctx = AppContext(tasks=TaskRunner(), thumbnails=ThumbnailLoader(no_fetch), settings=SettingsStore())
    window = WizardWindow(ctx)
    window.explicit_shutdown = True
    quits: list[bool] = []
    window.quit_requested.connect(lambda: quits.append(True))
    opened: list[int] = []
    notifier = Notifier(ctx, window, opened.append)
    window.close_to_background = notifier.keep_running_in_background
    window.show()
    result: dict[str, Any] = {"tray_available": QSystemTrayIcon.isSystemTrayAvailable()}
    spin(app, window.isVisible)

    now = datetime.now(UTC)
    notifier._on_job(Job(1, PRODUCT, SETTINGS, JobStage.RENDERING, now, now))  # a video is being made
    result["tray_shown_while_running"] = spin(app, lambda: bool(desktop.tray_items))
    result["tooltip"] = notifier.tray.toolTip()

    close_like_a_window_manager(int(window.winId()))
    spin(app, lambda: not window.isVisible())
    result["hidden_after_close"] = not window.isVisible()
    spin(app, lambda: len(desktop.notifications) >= 1, 5)
    notifier.show_window()
    spin(app, window.isVisible)
    close_like_a_window_manager(int(window.winId()))
    spin(app, lambda: not window.isVisible())
    result["hidden_after_second_close"] = not window.isVisible()
    spin(app, lambda: False, 0.5)
    result["background_messages"] = list(desktop.notifications)

    desktop.click_next = True
    notifier._on_job(Job(1, PRODUCT, SETTINGS, JobStage.DONE, now, now))  # finished in the background
    result["opened_by_click"] = spin(app, lambda: opened == [1])
    result["shown_by_click"] = window.isVisible()
    result["notifications"] = list(desktop.notifications)
    result["quit_while_running"] = bool(quits)

    close_like_a_window_manager(int(window.winId()))  # nothing running now: the app quits
    result["quit_when_idle"] = spin(app, lambda: bool(quits))
    notifier.detach()
    print(json.dumps(result))
    daemon.terminate()
    daemon.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
