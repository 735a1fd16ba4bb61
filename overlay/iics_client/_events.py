"""What the client tells about its traffic: today, one DEBUG log line per request (logger ``iics_client``) with
method, URL, status, duration and the retries the transport made. Headers and bodies are never logged.

Hooks see every request the client sends (calls, logins, replays after a re-login, redirects); retries made inside
the transport are counted from the response (``retries=N``) rather than seen one by one.
"""

from __future__ import annotations

import logging
import time

import httpx

from ._retry import retries_made

logger = logging.getLogger("iics_client")
_STARTED = "iics_started"


def request_sent(request: httpx.Request) -> None:
    """httpx request hook: note when the request left."""
    request.extensions[_STARTED] = time.perf_counter()


def response_received(response: httpx.Response) -> None:
    """httpx response hook: the DEBUG line (URLs and statuses only)."""
    if logger.isEnabledFor(logging.DEBUG):
        request = response.request
        started = request.extensions.get(_STARTED, time.perf_counter())
        logger.debug(
            "%s %s -> %d in %.1f ms (retries=%d)",
            request.method,
            request.url,
            response.status_code,
            (time.perf_counter() - started) * 1000,
            retries_made(response),
        )
