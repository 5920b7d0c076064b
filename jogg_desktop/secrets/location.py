"""Where the API key lives, in words a seller understands."""

from __future__ import annotations

from enum import Enum


class KeyLocation(Enum):
    SECRET_SERVICE = "secret_service"
    KWALLET = "kwallet"
    WINDOWS = "windows"
    MACOS = "macos"
    OTHER_KEYRING = "other_keyring"
    SESSION = "session"

    @property
    def persistent(self) -> bool:
        """True when the key survives a restart of the app."""
        return self is not KeyLocation.SESSION

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {
    KeyLocation.SECRET_SERVICE: "Saved in GNOME Keyring / Secret Service",
    KeyLocation.KWALLET: "Saved in KDE Wallet",
    KeyLocation.WINDOWS: "Saved in Windows Credential Manager",
    KeyLocation.MACOS: "Saved in macOS Keychain",
    KeyLocation.OTHER_KEYRING: "Saved in your system's password store",
    KeyLocation.SESSION: "Kept for this session only — you will need to paste it again next time",
}


def location_for_backend_module(module: str) -> KeyLocation | None:
    """The location a keyring backend class (by its module name) stores into.

    None for anything that is not an OS secret store: fail, null, chainer (resolved by the
    caller) and the third-party ``keyrings.*`` packages (keyrings.alt keeps secrets in plain
    files and is never acceptable here).
    """
    if module.startswith("keyrings.") or module in _NOT_A_STORE:
        return None
    if module.endswith(".SecretService") or module.endswith(".libsecret"):
        return KeyLocation.SECRET_SERVICE
    if module.endswith(".kwallet"):
        return KeyLocation.KWALLET
    if module.endswith(".Windows"):
        return KeyLocation.WINDOWS
    if ".macOS" in module:
        return KeyLocation.MACOS
    return KeyLocation.OTHER_KEYRING


_NOT_A_STORE = {
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyring.backends.chainer",
}
