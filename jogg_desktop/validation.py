"""Input checked at the boundary, with the same rules for the command line and the app.

Everything here runs before anything is sent, so a refused input costs nothing (not even one
of the 20 POSTs a minute). Each check returns the cleaned value or raises :class:`InputError`
(its message says what to change). The UI calls the same functions (see ui/ for the pages).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from urllib.parse import urlsplit, urlunsplit

from jogg_desktop.errors import InputError, InsecureAddressError

MAX_URL_LENGTH = 2048
MAX_ID = 2**31 - 1  # JoggAI's ids are 32-bit integers
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(.*)$", re.S)
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]")
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def product_url(text: str) -> str:
    """A product page link as JoggAI should get it: https added when missing, user name and
    password removed, the #fragment dropped. Refuses empty, too long, non-web links."""
    text = (text or "").strip()
    if not text:
        raise InputError("Paste the link of a product page (it starts with https://).")
    if len(text) > MAX_URL_LENGTH:
        raise InputError(f"This link is too long ({len(text)} characters; at most {MAX_URL_LENGTH}). "
                         "Copy the product page's address again.")
    if _CONTROL.search(text):
        raise InputError("This link contains spaces or invisible characters. Copy the product page's "
                         "address again.")
    text = _with_scheme(text)
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InputError(f"Only web links (https://…) can be read; “{scheme}:” links cannot. Copy the "
                         "product page's address from your browser.")
    host = _host(text)
    if not host or ("." not in host and not _is_loopback(host)):
        raise InputError("This link has no web address (like shop.example.com). Copy the product "
                         "page's address from your browser.")
    return urlunsplit((scheme, _netloc(host, parts.port), parts.path or "/", parts.query, ""))


def catalog_id(value: int, what: str) -> int:
    """An avatar, music or template id: a non-negative 32-bit integer (the catalogs start at 0)."""
    if not 0 <= value <= MAX_ID:
        raise InputError(f"The {what} id must be a whole number between 0 and {MAX_ID} "
                         f"(see the catalog command for the ids).")
    return value


MIN_PREVIEW_STYLES = 2
MAX_PREVIEW_STYLES = 6
MAX_STYLE_NAME = 200


def preview_styles(styles: Sequence[str]) -> tuple[str, ...]:
    """The visual styles of a set of previews: two to six different names, in the given order.

    Names are compared without surrounding spaces and case (the same look twice would be paid
    twice); whether the chosen format offers each style is JoggAI's to say."""
    chosen: list[str] = []
    for raw in styles:
        name = (raw or "").strip()
        if not name or len(name) > MAX_STYLE_NAME or _INVISIBLE.search(name):
            raise InputError("A visual style's name is empty or not valid. Choose the looks from the list "
                             "(the catalog command lists them: catalog visual-styles).")
        if any(name.lower() == other.lower() for other in chosen):
            raise InputError(f"The look “{name}” is chosen twice. Choose different looks to compare.")
        chosen.append(name)
    if not MIN_PREVIEW_STYLES <= len(chosen) <= MAX_PREVIEW_STYLES:
        raise InputError(f"Choose between {MIN_PREVIEW_STYLES} and {MAX_PREVIEW_STYLES} looks to compare "
                         f"({len(chosen)} chosen).")
    return tuple(chosen)


def api_base(text: str) -> str:
    """The API address: https, or http only to this computer (the key must not travel in clear)."""
    text = (text or "").strip().rstrip("/")
    if not text:
        raise InputError("The API address is empty. Leave it out to use JoggAI "
                         "(https://api.jogg.ai), or give the full address.")
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    host = _host(text)
    if scheme not in ("http", "https") or not host:
        raise InputError(f"“{text[:100]}” is not a web address. The API address looks like "
                         "https://api.jogg.ai.")
    if parts.username or parts.password:
        raise InputError("The API address must not contain a user name or password.")
    if scheme == "http" and not _is_loopback(host):
        raise InsecureAddressError(server_message=f"http:// to {host}")
    return text


def _with_scheme(text: str) -> str:
    match = _SCHEME.match(text)
    if match is None or text.startswith("//"):
        return "https://" + text.lstrip("/")
    rest = match.group(2)
    if rest.startswith("//"):
        return text
    if re.match(r"^\d+(/|$)", rest):  # "localhost:8000/x": a host and port, not a scheme
        return "https://" + text
    return text  # "javascript:…", "file:…", "mailto:…": refused by the caller


def _host(text: str) -> str:
    try:
        host = urlsplit(text).hostname or ""
        urlsplit(text).port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise InputError("This address has a port number that is not valid.") from None
    return host.lower()


def _netloc(host: str, port: int | None) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"{shown}:{port}" if port is not None else shown


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
