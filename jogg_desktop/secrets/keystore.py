"""The API key in the operating system's secret store, or for this session only.

Service "jogg-desktop", username "api-key". Never a plaintext file: when no OS store works
(headless Linux without a Secret Service, a locked keyring, a backend that hangs), the key is
kept in memory for this session and :attr:`KeyStore.location` says so plainly.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import keyring
import keyring.errors

from jogg_desktop.logs import register_secret
from jogg_desktop.secrets.location import KeyLocation, location_for_backend_module
from jogg_desktop.secrets.worker import call_in_thread

SERVICE = "jogg-desktop"
USERNAME = "api-key"

log = logging.getLogger(__name__)
T = TypeVar("T")

NO_STORE = "No password store was found on this computer."
LOCKED = "Your password store is locked."
TIMED_OUT = "Your password store did not answer in time."
FAILED = "Your password store reported a problem."


class KeyStore:
    """Load, save and forget the API key; every keyring call on a worker thread with a timeout.

    ``backend`` overrides ``keyring.get_keyring()`` (looked up on each call, so
    ``keyring.set_keyring`` applies).
    """

    def __init__(self, backend: Any = None, *, timeout: float = 10.0) -> None:
        self._backend_override = backend
        self._timeout = timeout
        self._key: str | None = None
        self._unavailable = False  # no store, or it hung once: do not wait for it again
        self.location = KeyLocation.SESSION
        self.problem: str | None = None
        self.backend_name = ""

    def __repr__(self) -> str:  # never the key
        return f"KeyStore(location={self.location.name}, backend={self.backend_name!r})"

    async def load(self) -> str | None:
        if self._key is not None:
            return self._key
        stored = await self._call(lambda b: b.get_password(SERVICE, USERNAME))
        if stored:
            register_secret(stored)
            self._key = stored
        return self._key

    async def save(self, key: str) -> KeyLocation:
        key = key.strip()
        if not key:
            raise ValueError("empty API key")
        register_secret(key)
        self._key = key
        ok = await self._call(lambda b: b.set_password(SERVICE, USERNAME, key) or True)
        if not ok:
            self.location = KeyLocation.SESSION
        return self.location

    async def forget(self) -> None:
        self._key = None
        await self._call(_delete)

    async def _call(self, op: Callable[[Any], T]) -> T | None:
        """Run ``op(backend)`` on the worker thread; None (and session-only mode) on any failure."""
        if self._unavailable:
            self.location = KeyLocation.SESSION
            return None

        seen: list[str] = []

        def work() -> tuple[KeyLocation, T]:
            backend, location = _resolve(self._backend_override or keyring.get_keyring())
            seen.append(_describe(backend))
            if location is None:
                raise keyring.errors.NoKeyringError("no OS secret store")
            return location, op(backend)

        try:
            location, result = await call_in_thread(work, self._timeout)
        except TimeoutError:
            self._unavailable = True
            self._session_only(TIMED_OUT)
            return None
        except keyring.errors.NoKeyringError:
            self._unavailable = True
            self.backend_name = seen[0] if seen else ""
            self._session_only(NO_STORE)
            return None
        except keyring.errors.KeyringLocked:
            self._session_only(LOCKED)
            return None
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # D-Bus errors, dismissed prompts, backend bugs
            log.warning("keyring call failed: %s", type(exc).__name__)
            self._session_only(FAILED)
            return None
        self.backend_name = seen[0]
        self.location = location
        self.problem = None
        return result

    def _session_only(self, problem: str) -> None:
        self.location = KeyLocation.SESSION
        self.problem = problem
        log.info("API key kept for this session only: %s", problem)
        return None


def _delete(backend: Any) -> None:
    with contextlib.suppress(keyring.errors.PasswordDeleteError):  # nothing was stored
        backend.delete_password(SERVICE, USERNAME)


def _resolve(backend: Any) -> tuple[Any, KeyLocation | None]:
    """The first real OS store among ``backend`` (or a chainer's backends), never keyrings.alt."""
    candidates = list(getattr(backend, "backends", None) or [backend])
    for candidate in candidates:
        location = location_for_backend_module(type(candidate).__module__)
        if location is not None:
            return candidate, location
    return backend, None


def _describe(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def backend_name() -> str:
    """The name of the keyring backend in use, for diagnostics (may touch D-Bus: not on the GUI thread)."""
    try:
        backend, _ = _resolve(keyring.get_keyring())
    except Exception as exc:
        return f"unavailable ({type(exc).__name__})"
    return _describe(backend)
