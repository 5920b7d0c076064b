"""Product page links as sellers type them: ``shop.example/product`` means ``https://shop.example/product``.

One check for the app and the command line. (If a shared input-validation module lands in the
core, this belongs there.)
"""

from __future__ import annotations

import ipaddress
from enum import Enum
from urllib.parse import urlsplit, urlunsplit


class UrlProblem(Enum):
    EMPTY = "empty"
    SCHEME = "scheme"  # ftp:, mailto:, file: …
    INVALID = "invalid"  # spaces, no address at all
    HOST = "host"  # no website name (no dot, not localhost or an IP address)


def normalise_url(text: str) -> str:
    """``text`` trimmed, with ``https://`` added when it has no scheme (``shop.example/p``)."""
    text = text.strip()
    other_scheme = text.lower().startswith(("mailto:", "file:", "javascript:", "data:", "about:"))
    if text and "://" not in text and not other_scheme:
        text = "https://" + text.lstrip("/")
    return text


def url_problem(text: str) -> UrlProblem | None:
    """None when ``text`` (after :func:`normalise_url`) is a usable web page address."""
    url = normalise_url(text)
    if not url:
        return UrlProblem.EMPTY
    if any(c.isspace() for c in url):
        return UrlProblem.INVALID
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        _ = parts.port  # raises for a port that is not a number
    except ValueError:
        return UrlProblem.INVALID
    if parts.scheme.lower() not in ("http", "https"):
        return UrlProblem.SCHEME
    if not host:
        return UrlProblem.HOST
    if "." not in host and host != "localhost" and not _is_ip(host):
        return UrlProblem.HOST
    return None


def looks_like_front_page(text: str) -> bool:
    """A link to a shop's front page or a product list, not one product (``/``, ``/shop/``,
    ``/collections/all``): JoggAI would read every product on it as one."""
    path = urlsplit(normalise_url(text)).path.strip("/").lower()
    if not path:
        return True
    last = path.rsplit("/", 1)[-1]
    return last in {"shop", "store", "products", "collections", "all", "catalog", "category", "index.html"}


def canonical(text: str) -> str:
    """The normalised link with a lower-case scheme and host (for display and storage)."""
    parts = urlsplit(normalise_url(text))
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, parts.fragment))


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
