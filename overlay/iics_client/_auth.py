"""The session: login, per-request routing and session header, and single-flight re-login (an httpx.Auth).

All decisions live in one generator, ``_flow``, which does no I/O of its own. When it needs a login it yields a
``_NeedLogin`` marker; the two drivers (``sync_auth_flow`` with a threading.Lock, ``async_auth_flow`` with an
asyncio.Lock) log in under their lock unless another caller already renewed the session it saw. So 200 calls
that meet an expired session cause one login, not 200.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncGenerator, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from ._exceptions import IICSAuthError
from ._layout import Layout
from ._login import Session, session_from_login
from ._routing import FAMILY_KEY, LOGIN_FAMILY, OPERATION_KEY, apply_route, route_for, same_host, strip_session_headers

if TYPE_CHECKING:
    import asyncio

logger = logging.getLogger("iics_client")

REAUTH_STATUSES = frozenset({401, 403})


@dataclass(frozen=True)
class _NeedLogin:
    seen_generation: int


class SessionAuth(httpx.Auth):
    """Logs in on first use, routes each request for its API family, and renews the session on 401/403."""

    def __init__(
        self,
        *,
        login_origin: str,
        username: str,
        password: str,
        layout: Layout,
        max_reauth_attempts: int,
    ) -> None:
        self.login_origin = login_origin
        self.username = username
        self._password = password
        self.layout = layout
        self.max_reauth_attempts = max_reauth_attempts
        self.session: Session | None = None
        self.logins = 0  # successful logins, for tests and benchmarks
        self._generation = 0
        self._latched: IICSAuthError | None = None  # credentials were rejected: no more automatic logins
        self._lock = threading.Lock()
        self._alock: asyncio.Lock | None = None  # made on first async use: sync users never import asyncio

    def __repr__(self) -> str:
        logged_in = self.session is not None
        return f"SessionAuth(login_origin={self.login_origin!r}, username={self.username!r}, logged_in={logged_in})"

    # ---- login / logout bookkeeping (no I/O) ----

    def login_kwargs(self) -> dict[str, Any]:
        """The login request (httpx.Request arguments): the login host, no session header, never re-routed."""
        from .v2.api.auth import login
        from .v2.models import LoginRequest, LoginRequestType

        kwargs = login.request_kwargs(
            body=LoginRequest(type_=LoginRequestType.LOGIN, username=self.username, password=self._password)
        )
        kwargs["url"] = self.login_origin + kwargs["url"]
        kwargs["headers"] = {**kwargs.get("headers", {}), "Accept": "application/json"}
        kwargs["extensions"] = {FAMILY_KEY: LOGIN_FAMILY}
        return kwargs

    def accept_login(self, response: httpx.Response) -> Session:
        """Store the session of a login response, or raise IICSAuthError (and stop automatic logins on a 4xx)."""
        try:
            session = session_from_login(response, generation=self._generation + 1)
        except IICSAuthError as exc:
            if exc.status_code is not None and 400 <= exc.status_code < 500:
                self._latched = exc
            raise
        self.session = session
        self._generation = session.generation
        self._latched = None
        self.logins += 1
        logger.debug("logged in as %s; pod %s (login #%d)", self.username, session.origin, self.logins)
        return session

    def forget(self) -> None:
        """Drop the session (after logout). The next call logs in again."""
        self.session = None
        self._generation += 1

    def reset_latch(self) -> None:
        self._latched = None

    def _must_login(self, marker: _NeedLogin) -> bool:
        """Under the lock: log in only if nobody renewed the session since the caller saw it."""
        if self._generation != marker.seen_generation and self.session is not None:
            return False
        if self._latched is not None:
            raise IICSAuthError(
                f"login was rejected earlier ({self._latched.message}); call login() to try again",
                status_code=self._latched.status_code,
                error_code=self._latched.error_code,
            )
        return True

    # ---- the flow: all decisions, no I/O ----

    def _flow(self, request: httpx.Request) -> Generator[httpx.Request | _NeedLogin, httpx.Response | None, None]:
        if request.extensions.get(FAMILY_KEY) == LOGIN_FAMILY:
            yield request
            return
        path = request.url.raw_path  # relative to the family base; kept for replays
        route = route_for(request, self.layout)
        if self.session is None:
            yield _NeedLogin(self._generation)
        # logging in again just to log out would open a session only to close it
        limit = 0 if request.extensions.get(OPERATION_KEY) == "logout" else self.max_reauth_attempts
        renewals = 0
        while True:
            session = self.session
            if session is None:
                raise IICSAuthError("not logged in (the session was closed while this call waited)")
            apply_route(request, path=path, origin=session.origin, route=route, session_id=session.session_id)
            response = yield request
            assert response is not None
            if response.status_code not in REAUTH_STATUSES or renewals >= limit:
                return
            renewals += 1
            logger.debug("HTTP %d on %s %s: renewing the session", response.status_code, request.method, request.url)
            yield _NeedLogin(session.generation)

    # ---- the two drivers: the only place sync and async differ ----

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self._flow(request)
        sent: httpx.Response | None = None
        while True:
            try:
                step = flow.send(sent)
            except StopIteration:
                return
            if isinstance(step, _NeedLogin):
                with self._lock:
                    if self._must_login(step):
                        login = yield httpx.Request(**self.login_kwargs())
                        login.read()
                        self.accept_login(login)
                sent = None
            else:
                sent = yield step

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._alock is None:
            import asyncio

            self._alock = asyncio.Lock()
        flow = self._flow(request)
        sent: httpx.Response | None = None
        while True:
            try:
                step = flow.send(sent)
            except StopIteration:
                return
            if isinstance(step, _NeedLogin):
                async with self._alock:
                    if self._must_login(step):
                        login = yield httpx.Request(**self.login_kwargs())
                        await login.aread()
                        self.accept_login(login)
                sent = None
            else:
                sent = yield step

    # ---- redirect guard (an httpx request event hook) ----

    def guard_redirect(self, request: httpx.Request) -> None:
        """Session headers go only to the pod the session belongs to; a redirect elsewhere goes without them."""
        session = self.session
        if session is None or not same_host(request.url, session.origin):
            strip_session_headers(request)
