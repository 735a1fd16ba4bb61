"""The session: logging in (the request and the checks on its answer), routing every request to the pod with the
one session header of its API family, single-flight renewal on 401/403, logging out, and the guard that keeps the
password and the session id where they belong.

``SessionAuth`` is an httpx.Auth. All its decisions live in one generator, ``_flow``, which does no I/O of its own.
When it needs a login it yields a ``_NeedLogin`` marker; the two drivers (``sync_auth_flow`` with a threading.Lock,
``async_auth_flow`` with an asyncio.Lock) log in under their lock unless another caller already renewed the session
it saw. So 200 calls that meet an expired session cause one login, not 200. A caller about to wait for that lock
first reads and releases its 401 response, so waiting never holds a pool connection the login needs.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from ._exceptions import HINT_EXTENSION, PARSE_ERRORS, IICSAuthError, IICSConfigurationError, error_for
from ._runner import Call, Plan, run
from ._urls import (
    FAMILY_KEY,
    LOGIN_FAMILY,
    OPERATION_KEY,
    REFERENCE_LAYOUT,
    Layout,
    apply_route,
    is_loopback,
    layout_for_server_url,
    pod_origin,
    route_for,
    same_origin,
    strip_session_headers,
)

if TYPE_CHECKING:
    import asyncio

logger = logging.getLogger("iics_client")

REAUTH_STATUSES = frozenset({401, 403})
# a session id goes into an HTTP header: visible ASCII only (a JWT session id qualifies; CR/LF or spaces do not)
_HEADER_SAFE = re.compile(r"[\x21-\x7e]+")


@dataclass(frozen=True)
class Session:
    """A logged-in session. ``generation`` counts logins, so a caller can tell whether it was renewed meanwhile.
    ``layout`` is where its calls go on the pod; ``layout_guessed`` says the "auto" setting picked it from
    ``serverUrl`` (see README, URL layouts)."""

    session_id: str = field(repr=False)
    origin: httpx.URL
    generation: int
    org_id: str | None = None
    user_name: str | None = None
    layout: Layout = REFERENCE_LAYOUT
    layout_guessed: bool = False
    server_url: str | None = None

    @functools.cached_property
    def not_found_hint(self) -> str | None:
        """What a 404 adds when the layout was guessed: which one, from what, and how to choose another."""
        if not self.layout_guessed:
            return None
        other = "reference" if self.layout.name == "iics" else "iics"
        return (
            f"URL layout {self.layout.name!r}, picked automatically from serverUrl {self.server_url!r}; if this path "
            f"should exist, choose the layout: layout={other!r} (IICS_LAYOUT={other}, iics --layout {other}) or a "
            "Layout of your own"
        )


@dataclass(frozen=True)
class _NeedLogin:
    seen_generation: int
    trigger: httpx.Response | None = None  # the 401/403 that asks for a renewal (None: the first login)


def session_from_login(response: httpx.Response, *, generation: int, layout: Layout | None = None) -> Session:
    """The session in a login answer, or the error: IICSAuthError for a rejected or unusable login, the mapped
    error (IICSServerError, …) when the login host failed. ``layout`` None ("auto"): picked from ``serverUrl``."""
    from .v2.api.auth import login

    method, url = response.request.method, str(response.request.url)
    if not 200 <= response.status_code < 300:
        cause = error_for(response)
        if response.status_code >= 500:
            raise cause  # the login host failed; the credentials were not judged
        # IICS answers bad credentials with 401, 403 or 400 (it varies); all of them are a failed login.
        raise IICSAuthError(
            f"login failed: {cause.message}",
            status_code=cause.status_code,
            response_body=cause.response_body,
            error_code=cause.error_code,
            request_id=cause.request_id,
            method=method,
            url=url,
        )
    problem: str | None = None
    try:
        user = login.parse_success(response)
    except PARSE_ERRORS as exc:
        problem = type(exc).__name__
    if problem is not None:  # raised outside the except block: the cause may hold the unredacted body
        raise IICSAuthError(
            f"login response is not an IICS user object ({problem})",
            status_code=response.status_code,
            response_body=response.text,
            method=method,
            url=url,
        )
    session_id, server_url = user.ic_session_id, user.server_url
    if not isinstance(session_id, str) or not _HEADER_SAFE.fullmatch(session_id):
        raise IICSAuthError(
            "login response has no usable icSessionId (a non-empty string of visible ASCII characters)",
            status_code=response.status_code,
            method=method,
            url=url,
        )
    try:
        origin = pod_origin(server_url)
    except IICSConfigurationError as exc:
        raise IICSAuthError(
            f"login response has an unusable serverUrl: {exc.message}", method=method, url=url
        ) from None
    name = user.name if isinstance(user.name, str) else None
    org_id = user.org_id if isinstance(user.org_id, str) else None
    assert isinstance(server_url, str)  # pod_origin accepted it
    return Session(
        session_id=session_id,
        origin=origin,
        generation=generation,
        org_id=org_id,
        user_name=name,
        layout=layout if layout is not None else layout_for_server_url(server_url),
        layout_guessed=layout is None,
        server_url=server_url,
    )


class SessionAuth(httpx.Auth):
    """Logs in on first use, routes each request for its API family, and renews the session on 401/403."""

    def __init__(
        self,
        *,
        login_origin: str,
        username: str,
        password: str,
        layout: Layout | None,
        max_reauth_attempts: int,
        timeout: httpx.Timeout,
    ) -> None:
        self.login_origin = login_origin
        self.username = username
        self._password = password
        self.layout_setting = layout  # None: "auto", each login's serverUrl decides
        self._decided: Layout | None = layout
        self.max_reauth_attempts = max_reauth_attempts
        self._timeout = timeout.as_dict()  # the login sent from inside the flow gets the client's timeout too
        self.session: Session | None = None
        self.logins = 0  # successful logins, for tests and benchmarks
        self._generation = 0
        self._latched: IICSAuthError | None = None  # credentials were rejected: no more automatic logins
        self._lock = threading.Lock()
        self._alock: asyncio.Lock | None = None  # made on first async use: sync users never import asyncio
        self.on_renewal: Callable[[httpx.Response], None] | None = None  # told of each re-login (telemetry)

    @property
    def layout(self) -> Layout | None:
        """The layout calls use: the one set, or with "auto" the one the last login picked (None before it)."""
        return self._decided

    def __repr__(self) -> str:
        logged_in = self.session is not None
        return f"SessionAuth(login_origin={self.login_origin!r}, username={self.username!r}, logged_in={logged_in})"

    # ---- login and logout (the plans behind client.login() / client.logout(), and their bookkeeping) ----

    def login_kwargs(self) -> dict[str, Any]:
        """The login request (httpx.Request arguments): the login host, no session header, never re-routed."""
        from .v2.api.auth import login
        from .v2.models import LoginRequest, LoginRequestType

        kwargs = login.request_kwargs(
            body=LoginRequest(type_=LoginRequestType.LOGIN, username=self.username, password=self._password)
        )
        kwargs["url"] = self.login_origin + kwargs["url"]
        kwargs["headers"] = {**kwargs.get("headers", {}), "Accept": "application/json"}
        kwargs["extensions"] = {FAMILY_KEY: LOGIN_FAMILY, OPERATION_KEY: "login", "timeout": self._timeout}
        return kwargs

    def accept_login(self, response: httpx.Response) -> Session:
        """Store the session of a login response, or raise (and stop automatic logins when IICS said no)."""
        try:
            session = session_from_login(response, generation=self._generation + 1, layout=self.layout_setting)
        except IICSAuthError as exc:
            if exc.status_code is not None and 400 <= exc.status_code < 500:
                self._latched = exc
            raise
        self.session = session
        self._decided = session.layout
        self._generation = session.generation
        self._latched = None
        self.logins += 1
        logger.debug(
            "logged in as %s; pod %s, %s layout%s (login #%d)",
            self.username,
            session.origin,
            session.layout.name,
            " (auto)" if session.layout_guessed else "",
            self.logins,
        )
        return session

    def _renewed(self, need: _NeedLogin) -> None:
        """A driver logged in for ``need``: report a renewal (a 401/403 asked for it) to ``on_renewal``."""
        if need.trigger is not None and self.on_renewal is not None:
            self.on_renewal(need.trigger)

    def login(self) -> Plan[Session]:
        """Log in now, even after a rejected login (calls log in by themselves when needed)."""
        self._latched = None
        return (yield from run(Call(self.login_kwargs(), self.accept_login, check=False)))

    def logout(self) -> Plan[None]:
        """End the session on the server; an already expired session counts as logged out."""
        from .v2.api.auth import logout

        if self.session is None:
            return
        try:
            yield from run(Call(logout.request_kwargs(), logout.parse_success))
        except IICSAuthError:
            pass  # the session had already expired: logged out all the same
        finally:
            self.forget()

    def forget(self) -> None:
        """Drop the session (after logout). The next call logs in again."""
        self.session = None
        self._generation += 1

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
        if self.session is None:
            yield _NeedLogin(self._generation)
        # logging in again just to log out would open a session only to close it
        limit = 0 if request.extensions.get(OPERATION_KEY) == "logout" else self.max_reauth_attempts
        renewals = 0
        while True:
            session = self.session
            if session is None:
                raise IICSAuthError("not logged in (the session was closed while this call waited)")
            route = route_for(request, session.layout)  # per session: with "auto", each login decides the layout
            apply_route(request, path=path, origin=session.origin, route=route, session_id=session.session_id)
            if session.layout_guessed:
                request.extensions[HINT_EXTENSION] = session.not_found_hint
            response = yield request
            assert response is not None
            if response.status_code not in REAUTH_STATUSES or renewals >= limit:
                return
            renewals += 1
            logger.debug("HTTP %d on %s %s: renewing the session", response.status_code, request.method, request.url)
            yield _NeedLogin(session.generation, response)

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
                if sent is not None:
                    sent.read()  # frees its pool connection before we wait: the login may need it
                with self._lock:
                    if self._must_login(step):
                        login = yield httpx.Request(**self.login_kwargs())
                        login.read()
                        self.accept_login(login)
                        self._renewed(step)
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
                if sent is not None:
                    await sent.aread()  # frees its pool connection before we wait: the login may need it
                async with self._alock:
                    if self._must_login(step):
                        login = yield httpx.Request(**self.login_kwargs())
                        await login.aread()
                        self.accept_login(login)
                        self._renewed(step)
                sent = None
            else:
                sent = yield step

    # ---- the guard (an httpx request hook): where the password and the session id may go ----

    def guard(self, request: httpx.Request) -> None:
        """Every request, redirects included: the login is never redirected (its body holds the password); plain
        http only to loopback; session headers only to the pod the session belongs to."""
        if request.url.scheme != "https" and not is_loopback(request.url.host):
            raise IICSConfigurationError(f"refusing to send a request over plain http to {request.url.host}")
        if request.extensions.get(FAMILY_KEY) == LOGIN_FAMILY:
            if not str(request.url).startswith(self.login_origin + "/"):
                raise IICSAuthError(
                    f"the login was redirected to {request.url.scheme}://{request.url.netloc.decode()}: not following "
                    "(it would send the password there); check the login URL",
                    method=request.method,
                    url=str(request.url),
                )
            return
        session = self.session
        if session is None or not same_origin(request.url, session.origin):
            strip_session_headers(request)
