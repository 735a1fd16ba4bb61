"""The session: logging in (the request and the checks on its answer), routing every request to the pod with the
one session header of its API family, single-flight renewal on 401/403, logging out, and the guard that keeps the
password and the session id where they belong.

``SessionAuth`` is an httpx.Auth. All its decisions live in one generator, ``_flow``, which does no I/O of its own.
When it needs a login it yields a ``_NeedLogin`` marker; the two drivers (``sync_auth_flow`` with a threading.Lock,
``async_auth_flow`` with an asyncio.Lock) log in under their lock unless another caller already renewed the session
it saw. So 200 calls that meet an expired session cause one login, not 200. The renewal can never wait on the calls
it renews for: a caller reads (and so releases) its 401/403 response before it waits for the lock, and the login
sent from the flow skips the client's connection slots (_pool.py) and carries the client's timeout. A login that
fails is the failure of every caller that waited for it: they do not queue up one login each behind it.

What is renewed: a 401, a 403 whose error code says the session is bad (``AUTH_01``), and the first 403 of a call.
A 403 that persists with the fresh session is a permission error (``IICSPermissionError``), and the same request
refused again with that session is not renewed again. A session replaced while it may still be valid (after such a
403, or by an explicit ``login()``) is logged out in the background once its requests in flight are done.
"""

from __future__ import annotations

import copy
import functools
import logging
import re
import threading
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from ._exceptions import (
    HINT_EXTENSION,
    PARSE_ERRORS,
    PERMISSION_DENIED,
    IICSAuthError,
    IICSConfigurationError,
    IICSError,
    _error_fields,
    error_for,
    transport_error,
)
from ._pool import BIND, FAILURE, IN_FLOW_LOGIN
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
# a 403 with this error code is an authentication failure, not a permission one (iics-api-facts-2.md, §3.1)
SESSION_REJECTED_CODES = frozenset({"AUTH_01"})
# a session id goes into an HTTP header: visible ASCII only (a JWT session id qualifies; CR/LF or spaces do not)
_HEADER_SAFE = re.compile(r"[\x21-\x7e]+")
# request.extensions keys: the origin of the session a request was routed with (the guard keeps its header there),
# and a replaced session to log out (the request is sent with that session, as it is)
_SESSION_ORIGIN = "iics_session_origin"
STALE_SESSION = "iics_stale_session"
# request.extensions keys: the session a request carries, and where it was routed (path, URL)
_CARRIED = "iics_session"
_ROUTED = "iics_routed"
_FORBIDDEN_MEMORY = 1024  # requests remembered as refused with the current session


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
    """What a caller saw when it asked for a login (a docstring spares the dataclass an inspect.signature)."""

    seen_generation: int  # the session the caller used (or none): renewed meanwhile means no login
    seen_attempts: int  # login attempts finished when the caller asked: a later failed one is its failure too
    trigger: httpx.Response | None = None  # the 401/403 that asks for a renewal (None: the first login)
    replaced: Session | None = None  # a session that may still be valid: log it out once it is replaced
    refused: tuple[str, str] | None = None  # the request a 403 refused (method, path): the cause of this login


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
        # read here: a model may check a field's type when it is first read
        session_id, server_url, name, org_id = user.ic_session_id, user.server_url, user.name, user.org_id
    except PARSE_ERRORS as exc:
        # a model's own refusal names the field, never its value; any other error only by its type (a
        # JSONDecodeError's text would quote the body)
        problem = exc.message if isinstance(exc, IICSError) else type(exc).__name__
    if problem is not None:  # raised outside the except block: the cause may hold the unredacted body
        raise IICSAuthError(
            f"login response is not an IICS user object ({problem})",
            status_code=response.status_code,
            response_body=response.text,
            method=method,
            url=url,
        )
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
    assert isinstance(server_url, str)  # pod_origin accepted it
    return Session(
        session_id=session_id,
        origin=origin,
        generation=generation,
        org_id=org_id if isinstance(org_id, str) else None,
        user_name=name if isinstance(name, str) else None,
        layout=layout if layout is not None else layout_for_server_url(server_url),
        layout_guessed=layout is None,
        server_url=server_url,
    )


def _session_rejected(response: httpx.Response) -> bool:
    """A 401, or a 403 whose error code says the session (not the permission) is the problem."""
    if response.status_code == 401:
        return True
    return _error_fields(response.text)[0] in SESSION_REJECTED_CODES


def _shared(error: IICSError) -> IICSError:
    """A copy of a failed re-login's error for a caller that waited for that re-login."""
    shared = copy.copy(error)
    shared.message = f"the re-login this call waited for failed: {error.message}"
    shared.args = (shared.message,)
    return shared


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
        # renewals from the flow: how many finished, and the last failed one (its number and error)
        self._attempts = 0
        self._failure: tuple[int, IICSError] | None = None
        # requests refused with 403 by the current session, known not to be expiry: (generation, {(method, path)})
        self._forbidden: tuple[int, set[tuple[str, str]]] = (0, set())
        # replaced sessions: requests in flight per session generation, and those waiting for theirs to finish
        self._counts_lock = threading.Lock()
        self._in_flight: dict[int, int] = {}
        self._to_log_out: dict[int, Session] = {}
        self.on_replaced: Callable[[Session], None] | None = None  # the client logs a replaced session out
        self.on_renewal: Callable[[httpx.Response], None] | None = None  # told of each re-login (telemetry)

    @property
    def layout(self) -> Layout | None:
        """The layout calls use: the one set, or with "auto" the one the last login picked (None before it)."""
        return self._decided

    def __repr__(self) -> str:
        logged_in = self.session is not None
        return f"SessionAuth(login_origin={self.login_origin!r}, username={self.username!r}, logged_in={logged_in})"

    # ---- login and logout (the plans behind client.login() / client.logout(), and their bookkeeping) ----

    def login_kwargs(self, *, in_flow: bool = False) -> dict[str, Any]:
        """The login request (httpx.Request arguments): the login host, no session header, never re-routed.
        ``in_flow``: the renewal sent from the auth flow, which never waits for a connection slot."""
        from .v2.api.auth import login
        from .v2.models import LoginRequest, LoginRequestType

        kwargs = login.request_kwargs(
            body=LoginRequest(type_=LoginRequestType.LOGIN, username=self.username, password=self._password)
        )
        kwargs["url"] = self.login_origin + kwargs["url"]
        kwargs["headers"] = {**kwargs.get("headers", {}), "Accept": "application/json"}
        kwargs["extensions"] = {FAMILY_KEY: LOGIN_FAMILY, OPERATION_KEY: "login", "timeout": self._timeout}
        if in_flow:
            kwargs["extensions"][IN_FLOW_LOGIN] = True
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
        """Log in now, even after a rejected login (calls log in by themselves when needed). The session this one
        replaces may still be valid: it is logged out."""
        self._latched = None
        replaced = self.session
        session = yield from run(Call(self.login_kwargs(), self.accept_login, check=False))
        if replaced is not None and replaced is not session:
            self._retire(replaced)
        return session

    def stale_logout_kwargs(self, session: Session) -> dict[str, Any]:
        """The logout of a replaced session (httpx.Request arguments), sent with that session."""
        from .v2.api.auth import logout

        kwargs = logout.request_kwargs()
        kwargs["extensions"] = {**kwargs.get("extensions", {}), STALE_SESSION: session}
        return kwargs

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
        """Under the lock: log in only if nobody renewed the session since the caller saw it, and no re-login failed
        while it waited (then that failure is its own)."""
        if self._generation != marker.seen_generation and self.session is not None:
            return False
        if self._latched is not None:
            raise IICSAuthError(
                f"login was rejected earlier ({self._latched.message}); call login() to try again",
                status_code=self._latched.status_code,
                error_code=self._latched.error_code,
            )
        failure = self._failure
        if failure is not None and failure[0] > marker.seen_attempts:
            raise _shared(failure[1])
        return True

    def _login_answered(self, response: httpx.Response, marker: _NeedLogin) -> None:
        """Under the lock, the renewal's answer (read): keep the session, or record the failure for the waiters."""
        try:
            self.accept_login(response)
        except IICSError as exc:
            self._failed(exc)
            raise
        self._attempts += 1
        self._renewed(marker)
        if marker.refused is not None and self.session is not None:
            # renewed because of this request's 403: with the new session, a 403 there is about permission
            self._remember_refused(self.session, marker.refused)
        if marker.replaced is not None:
            self._retire(marker.replaced)

    def _login_abandoned(self, request: httpx.Request) -> None:
        """Under the lock, the renewal got no answer. A transport failure (a timeout, a refused connection) is
        the waiters' failure too; a cancelled renewal is not: the next waiter tries itself."""
        failure = request.extensions.get(FAILURE)
        if isinstance(failure, httpx.HTTPError):
            self._failed(transport_error(failure))

    def _failed(self, error: IICSError) -> None:
        self._attempts += 1
        self._failure = (self._attempts, error)

    # ---- replaced sessions: logged out once their requests in flight are done ----

    def _retire(self, session: Session) -> None:
        with self._counts_lock:
            if self._in_flight.get(session.generation):
                self._to_log_out[session.generation] = session
                return
        self._log_out(session)

    def _sent(self, session: Session) -> None:
        with self._counts_lock:
            self._in_flight[session.generation] = self._in_flight.get(session.generation, 0) + 1

    def _answered(self, session: Session) -> None:
        generation = session.generation
        with self._counts_lock:
            left = self._in_flight[generation] - 1
            if left:
                self._in_flight[generation] = left
                return
            del self._in_flight[generation]
            replaced = self._to_log_out.pop(generation, None)
        if replaced is not None:
            self._log_out(replaced)

    def _log_out(self, session: Session) -> None:
        if self.on_replaced is not None:
            try:
                self.on_replaced(session)
            except Exception as exc:  # best effort: never fail a call for it
                logger.debug("could not log out a replaced session: %s", type(exc).__name__)

    # ---- 403s that are not about the session ----

    def _refused_before(self, session: Session, key: tuple[str, str]) -> bool:
        generation, keys = self._forbidden
        return generation == session.generation and key in keys

    def _remember_refused(self, session: Session, key: tuple[str, str]) -> None:
        generation, keys = self._forbidden
        if generation != session.generation:
            self._forbidden = (session.generation, {key})
        elif len(keys) < _FORBIDDEN_MEMORY:
            keys.add(key)

    # ---- the flow: all decisions, no I/O ----

    def _flow(self, request: httpx.Request) -> Generator[httpx.Request | _NeedLogin, httpx.Response | None, None]:
        if request.extensions.get(FAMILY_KEY) == LOGIN_FAMILY:
            yield request
            return
        path = request.url.raw_path  # relative to the family base; kept for replays
        stale = request.extensions.get(STALE_SESSION)
        if isinstance(stale, Session):  # logging out a replaced session: with that session, never renewed
            self._route(request, path, stale)
            yield request
            return
        if self.session is None:
            yield _NeedLogin(self._generation, self._attempts)
        # logging in again just to log out would open a session only to close it
        limit = 0 if request.extensions.get(OPERATION_KEY) == "logout" else self.max_reauth_attempts
        renewals = 0
        refused = False  # a 403 not about the session was met (and renewed for) once
        request.extensions[BIND] = self._bind
        while True:
            session = self.session
            if session is None:
                raise IICSAuthError("not logged in (the session was closed while this call waited)")
            self._route(request, path, session)
            self._sent(session)
            try:
                response = yield request
            finally:
                session = request.extensions[_CARRIED]  # the pool may have bound a newer one (_bind)
                self._answered(session)
            assert response is not None
            if response.status_code not in REAUTH_STATUSES:
                return
            replaced, key = None, None
            if not _session_rejected(response):
                key = (request.method, request.url.path)
                if refused or self._refused_before(session, key):
                    self._remember_refused(session, key)  # this session works: the 403 is about permission
                    response.extensions[PERMISSION_DENIED] = True
                    return
                refused = True
                replaced = session  # it may still be valid: log it out once it is replaced
            if renewals >= limit:
                return
            renewals += 1
            logger.debug("HTTP %d on %s %s: renewing the session", response.status_code, request.method, request.url)
            yield _NeedLogin(session.generation, self._attempts, response, replaced, key)

    def _route(self, request: httpx.Request, path: bytes, session: Session) -> None:
        """Point the request at the session's pod with its header (the route by the session's layout: with "auto",
        each login decides it)."""
        route = route_for(request, session.layout)
        apply_route(request, path=path, origin=session.origin, route=route, session_id=session.session_id)
        if session.layout_guessed:
            request.extensions[HINT_EXTENSION] = session.not_found_hint
        request.extensions[_SESSION_ORIGIN] = session.origin
        request.extensions[_CARRIED] = session
        request.extensions[_ROUTED] = (path, request.url)

    def _bind(self, request: httpx.Request) -> None:
        """Called by the pool when the request gets its connection slot. A request that waited for it while the
        session was renewed leaves with the new session, instead of meeting a certain 401 and a replay (a redirect
        hop goes where it was sent)."""
        carried, current = request.extensions.get(_CARRIED), self.session
        if current is None or not isinstance(carried, Session) or current.generation <= carried.generation:
            return
        path, url = request.extensions[_ROUTED]
        if request.url != url:
            return
        self._sent(current)
        self._route(request, path, current)
        self._answered(carried)

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
                        login_request = httpx.Request(**self.login_kwargs(in_flow=True))
                        try:
                            login = yield login_request
                        except GeneratorExit:
                            self._login_abandoned(login_request)
                            raise
                        login.read()
                        self._login_answered(login, step)
                sent = None
            else:
                sent = yield step
                if sent.status_code in REAUTH_STATUSES:
                    sent.read()  # the flow reads its error code, and it frees its connection before any wait

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
                        login_request = httpx.Request(**self.login_kwargs(in_flow=True))
                        try:
                            login = yield login_request
                        except GeneratorExit:
                            self._login_abandoned(login_request)
                            raise
                        await login.aread()
                        self._login_answered(login, step)
                sent = None
            else:
                sent = yield step
                if sent.status_code in REAUTH_STATUSES:
                    await sent.aread()  # the flow reads its error code, and it frees its connection before any wait

    # ---- the guard (an httpx request hook): where the password and the session id may go ----

    def guard(self, request: httpx.Request) -> None:
        """Every request, redirects included: the login is never redirected (its body holds the password); plain
        http only to loopback, and never after https; session headers only to the pod of the session they carry."""
        url = request.url
        if url.scheme != "https" and not is_loopback(url.host):
            raise IICSConfigurationError(f"refusing to send a request over plain http to {url.host}")
        if request.extensions.get(FAMILY_KEY) == LOGIN_FAMILY:
            if not str(url).startswith(self.login_origin + "/"):
                raise IICSAuthError(
                    f"the login was redirected to {url.scheme}://{url.netloc.decode()}: not following "
                    "(it would send the password there); check the login URL",
                    method=request.method,
                    url=str(url),
                )
            return
        origin = request.extensions.get(_SESSION_ORIGIN)
        if not isinstance(origin, httpx.URL):  # not routed by the flow (sent as built): the current session's pod
            origin = self.session.origin if self.session is not None else None
        if not isinstance(origin, httpx.URL) or not same_origin(url, origin):
            strip_session_headers(request)
            if isinstance(origin, httpx.URL) and origin.scheme == "https" and url.scheme != "https":
                raise IICSConfigurationError(
                    f"refusing to follow a redirect from https to {url.scheme}://{url.netloc.decode()}",
                    method=request.method,
                    url=str(url),
                )
