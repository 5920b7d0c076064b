"""Where the API key is kept: the OS secret store through keyring, else this session only."""

from jogg_desktop.secrets.keystore import SERVICE, USERNAME, KeyStore
from jogg_desktop.secrets.location import KeyLocation

__all__ = ["SERVICE", "USERNAME", "KeyLocation", "KeyStore"]
