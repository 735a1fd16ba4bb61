"""httpx event hooks: the last stop before the transport (retry policy, redirect guard) and debug logging.

Hooks see every request the client sends: calls, logins, replays after a re-login and redirects; retries made
inside the transport are counted from the response (``retries=N``) rather than seen one by one.
"""

from __future__ import annotations

import logging
import time

import httpx

from ._auth import SessionAuth
from ._retry import RetryPolicy, retries_made

logger = logging.getLogger("iics_client")
_STARTED = "iics_started"


class Hooks:
    def __init__(self, auth: SessionAuth, retry: RetryPolicy) -> None:
        self._auth = auth
        self._retry = retry

    def on_request(self, request: httpx.Request) -> None:
        self._auth.guard_redirect(request)
        request.extensions["retry"] = self._retry.for_method(request.method)
        request.extensions[_STARTED] = time.perf_counter()

    def on_response(self, response: httpx.Response) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            request = response.request
            started = request.extensions.get(_STARTED, time.perf_counter())
            # URLs and statuses only: headers (session ids) and bodies (passwords) are never logged
            logger.debug(
                "%s %s -> %d in %.1f ms (retries=%d)",
                request.method,
                request.url,
                response.status_code,
                (time.perf_counter() - started) * 1000,
                retries_made(response),
            )

    async def aon_request(self, request: httpx.Request) -> None:
        self.on_request(request)

    async def aon_response(self, response: httpx.Response) -> None:
        self.on_response(response)
