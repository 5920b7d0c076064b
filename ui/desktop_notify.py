"""Desktop notifications over D-Bus (``org.freedesktop.Notifications``), for Linux desktops
without a status area (GNOME without extensions), where ``QSystemTrayIcon`` cannot show any.

Pure Python through jeepney (already installed for the keyring's Secret Service). Everything
that talks to the bus runs on worker threads: a notification never blocks the window. A click
on a notification ("default" action) emits :attr:`FreedesktopNotifications.clicked` on the GUI
thread.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
_TIMEOUT = 5.0


def available() -> bool:
    """Linux (or BSD) with a session bus and jeepney: worth trying."""
    if sys.platform.startswith(("win", "darwin")) or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    try:
        import jeepney  # noqa: F401
    except ImportError:
        return False
    return True


class FreedesktopNotifications(QObject):
    """Shows notifications through the desktop's notification server; reports clicks."""

    clicked = Signal(int)  # the notification's id
    shown = Signal(int)

    def __init__(self, app_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app_name = app_name
        self._ours: set[int] = set()
        self._early: set[int] = set()  # clicks seen before Notify's answer reached us
        self._listening = threading.Event()
        self._listener: threading.Thread | None = None
        self._conn: Any = None
        self._lock = threading.Lock()

    def show(self, title: str, text: str, action_label: str) -> None:
        """Send a notification (on a worker thread); a click emits ``clicked``."""
        threading.Thread(target=self._send, args=(title, text, action_label), daemon=True,
                         name="notify-send").start()

    def _send(self, title: str, text: str, action_label: str) -> None:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        try:
            self._ensure_listener()
            address = DBusAddress(PATH, bus_name=BUS_NAME, interface=INTERFACE)
            message = new_method_call(address, "Notify", "susssasa{sv}i", (
                self.app_name, 0, "jogg-desktop", title, text, ["default", action_label], {}, -1))
            with open_dbus_connection(bus="SESSION") as conn:
                reply = conn.send_and_get_reply(message, timeout=_TIMEOUT)
            notification_id = int(reply.body[0])
        except Exception as exc:  # no server, a refused call: the app goes on without
            log.info("desktop notification not shown: %s", exc)
            return
        with self._lock:
            self._ours.add(notification_id)
            early = notification_id in self._early
        self.shown.emit(notification_id)
        if early:
            self.clicked.emit(notification_id)

    def _ensure_listener(self) -> None:
        with self._lock:
            if self._listener is None:
                self._listener = threading.Thread(target=self._listen, daemon=True, name="notify-listen")
                self._listener.start()
        self._listening.wait(_TIMEOUT)

    def _listen(self) -> None:
        from jeepney import MatchRule
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import Proxy, open_dbus_connection

        rule = MatchRule(type="signal", interface=INTERFACE, member="ActionInvoked", path=PATH)
        try:
            conn = open_dbus_connection(bus="SESSION")
            self._conn = conn
            Proxy(message_bus, conn).AddMatch(rule)
        except Exception as exc:
            log.info("desktop notifications: no session bus (%s)", exc)
            self._listening.set()
            return
        with conn.filter(rule) as queue:
            self._listening.set()
            while True:
                try:
                    signal = conn.recv_until_filtered(queue)
                except Exception as exc:  # closed (app quitting) or the bus went away
                    log.debug("desktop notifications: stopped listening (%r)", exc)
                    return
                notification_id, action = signal.body
                if action != "default":
                    continue
                with self._lock:
                    ours = notification_id in self._ours
                    if not ours and len(self._early) < 64:
                        self._early.add(notification_id)
                if ours:
                    self.clicked.emit(int(notification_id))

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.sock.shutdown(socket.SHUT_RDWR)  # wakes the listener's recv
                conn.close()
            except OSError:
                pass
