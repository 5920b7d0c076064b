"""One TLS context, built once, for the HTTP clients the simulator and the tests make.

Building one loads a CA bundle: 0.1–0.4 s of CPU each time, paid by every ``httpx`` client made
without one (the simulator's crawler made one per page). An ``ssl.SSLContext`` is safe to share
between clients and threads.
"""

from __future__ import annotations

import functools
import ssl

import httpx


@functools.cache
def client_context() -> ssl.SSLContext:
    """httpx's default verifying context (certifi's CA bundle), built once."""
    return httpx.create_ssl_context()
