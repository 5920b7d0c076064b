from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import keyring
import keyring.backends.fail
import pytest

from jogg_desktop.secrets import SERVICE, USERNAME, KeyLocation, KeyStore
from jogg_desktop.secrets.keystore import LOCKED, NO_STORE, TIMED_OUT
from tests.secrets.memory_keyring import (
    Chainer,
    HangingKeyring,
    LockedKeyring,
    MemoryKeyring,
    PlaintextKeyring,
)

KEY = "test-key-3f9a1c"


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_save_load_forget_through_the_os_store(memory: MemoryKeyring) -> None:
    store = KeyStore()
    assert asyncio.run(store.save(f"  {KEY}\n")) is KeyLocation.OTHER_KEYRING
    assert store.location.persistent
    assert memory.secrets == {(SERVICE, USERNAME): KEY}
    assert "MemoryKeyring" in store.backend_name
    assert KEY not in repr(store)

    again = KeyStore()  # a new app start
    assert asyncio.run(again.load()) == KEY
    asyncio.run(again.forget())
    assert memory.secrets == {}
    assert asyncio.run(KeyStore().load()) is None
    asyncio.run(KeyStore().forget())  # forgetting twice is fine


def test_keyring_never_runs_on_the_calling_thread(memory: MemoryKeyring) -> None:
    store = KeyStore()
    asyncio.run(store.save(KEY))
    asyncio.run(store.forget())
    assert memory.threads
    assert all(t is not threading.main_thread() for t in memory.threads)


def test_no_keyring_keeps_the_key_for_this_session_only() -> None:
    store = KeyStore(keyring.backends.fail.Keyring())
    assert asyncio.run(store.save(KEY)) is KeyLocation.SESSION
    assert not store.location.persistent
    assert store.problem == NO_STORE
    assert store.location.description.startswith("Kept for this session only")
    assert asyncio.run(store.load()) == KEY
    asyncio.run(store.forget())
    assert asyncio.run(store.load()) is None


def test_locked_keyring_is_session_only_and_tried_again() -> None:
    backend = LockedKeyring()
    store = KeyStore(backend)
    assert asyncio.run(store.load()) is None
    assert store.problem == LOCKED
    assert asyncio.run(store.save(KEY)) is KeyLocation.SESSION
    assert asyncio.run(store.load()) == KEY
    # the user unlocked it: the next save goes to the store
    store2 = KeyStore(MemoryKeyring())
    assert asyncio.run(store2.save(KEY)) is KeyLocation.OTHER_KEYRING


def test_a_hanging_keyring_times_out_once_then_is_not_waited_for_again() -> None:
    backend = HangingKeyring()
    store = KeyStore(backend, timeout=0.05)
    try:
        assert asyncio.run(store.load()) is None
        assert store.problem == TIMED_OUT
        assert store.location is KeyLocation.SESSION
        assert asyncio.run(store.save(KEY)) is KeyLocation.SESSION
        assert backend.calls == 1
        assert asyncio.run(store.load()) == KEY
    finally:
        backend.release.set()


def test_plaintext_backends_are_never_used() -> None:
    plain = PlaintextKeyring()
    real = MemoryKeyring()
    store = KeyStore(Chainer(plain, real))
    assert asyncio.run(store.save(KEY)) is KeyLocation.OTHER_KEYRING
    assert plain.secrets == {}
    assert real.secrets == {(SERVICE, USERNAME): KEY}

    only_plain = PlaintextKeyring()
    store = KeyStore(only_plain)
    assert asyncio.run(store.save(KEY)) is KeyLocation.SESSION
    assert only_plain.secrets == {}
    assert store.problem == NO_STORE


def test_an_empty_key_is_refused(memory: MemoryKeyring) -> None:
    with pytest.raises(ValueError):
        asyncio.run(KeyStore().save("   "))
    assert memory.secrets == {}


@pytest.mark.parametrize(
    ("module", "location"),
    [
        ("keyring.backends.SecretService", KeyLocation.SECRET_SERVICE),
        ("keyring.backends.libsecret", KeyLocation.SECRET_SERVICE),
        ("keyring.backends.kwallet", KeyLocation.KWALLET),
        ("keyring.backends.Windows", KeyLocation.WINDOWS),
        ("keyring.backends.macOS", KeyLocation.MACOS),
        ("keyring.backends.fail", None),
        ("keyring.backends.null", None),
        ("keyrings.alt.file", None),
    ],
)
def test_backend_locations(module: str, location: KeyLocation | None) -> None:
    from jogg_desktop.secrets.location import location_for_backend_module

    assert location_for_backend_module(module) is location
