"""One TLS context for every HTTP client the app (and its simulator) makes.

Building one loads the system's CA bundle: 0.1–0.4 s of CPU each time, paid by every
``httpx`` client made without one (the app's API client, the simulator's crawler per page).
An ``ssl.SSLContext`` is safe to share between clients and threads.
"""

from __future__ import annotations

import functools
import ssl

import httpx


@functools.cache
def client_context() -> ssl.SSLContext:
    """httpx's default verifying context (certifi's CA bundle), built once."""
    return httpx.create_ssl_context()
