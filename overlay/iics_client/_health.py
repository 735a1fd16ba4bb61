"""The health check: ``client.check()`` (both clients) and ``iics doctor``, the first thing to run when a real org
does not answer as expected.

It logs in (a fresh login), names the pod, makes one small v2 call (``get_activity_log``, one entry) and one small
v3 call (``search_objects``, one object), reports the URL layout in use and how far this machine's clock is from
the pod's: from IICS's ``serverTime`` (v2, milliseconds; its format is unconfirmed on a real org) or, when that does
not answer, from the pod's HTTP ``Date`` header (whole seconds: known to about ±1 s). It never raises for what IICS or
the network answer: each step is a ``HealthCheck`` in the returned ``HealthReport``, and what went wrong is named as a
``Diagnosis`` with its likely cause:

* ``tls_interception``: a certificate this machine does not trust (a proxy inspecting TLS, or a missing CA);
* ``wrong_region``: the login host does not resolve or answer, or it rejects the credentials (an org lives in one
  region, and its users log in only there);
* ``wrong_layout``: the pod answers 404 at the layout's paths; the other built-in layouts are tried with the same
  session, and the one that answers is named;
* ``clock_skew``: more than ``max_clock_skew`` seconds between this machine and the pod;
* ``permission``, ``network``, ``service``: a call refused (403), no answer, or a server error.
"""

from __future__ import annotations

import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

import httpx

from ._exceptions import (
    IICSAuthError,
    IICSConnectionError,
    IICSError,
    IICSNotFoundError,
    IICSServerError,
    IICSTimeoutError,
)
from ._runner import Call, Plan, plan, run
from ._urls import AUTO, FAMILY_KEY, LAYOUTS, OPERATION_KEY, Layout

if TYPE_CHECKING:
    from ._session import Session, SessionAuth

DEFAULT_MAX_CLOCK_SKEW = 60.0  # seconds


class CheckStatus(str, Enum):
    """The outcome of one check."""

    OK = "ok"
    WARNING = "warning"
    FAILED = "failed"
    SKIPPED = "skipped"


class LikelyCause(str, Enum):
    """The likely cause of a problem the check found."""

    TLS_INTERCEPTION = "tls_interception"
    WRONG_REGION = "wrong_region"
    WRONG_LAYOUT = "wrong_layout"
    CLOCK_SKEW = "clock_skew"
    PERMISSION = "permission"
    NETWORK = "network"
    SERVICE = "service"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class HealthCheck:
    """One step: ``name`` is "login", "pod", "v2", "v3", "layout" or "clock"."""

    name: str
    status: CheckStatus
    detail: str
    seconds: float | None = None  # how long the step's request took


@dataclass(frozen=True)
class Diagnosis:
    cause: LikelyCause
    message: str  # what was seen, and what to do about it


@dataclass(frozen=True)
class HealthReport:
    """What ``client.check()`` found. ``ok``: every check passed (a skew beyond the limit is a warning, not ok)."""

    login_url: str
    layout: str  # the layout in use ("auto" before a login decided it)
    checks: tuple[HealthCheck, ...]
    diagnoses: tuple[Diagnosis, ...] = ()
    pod: str | None = None
    org_id: str | None = None
    user: str | None = None
    clock_skew: float | None = None  # seconds the pod's clock is ahead of this machine's (negative: behind)
    clock_source: str | None = None  # where the pod's time came from
    suggested_layout: str | None = None  # a built-in layout that answered where the configured one did not
    layout_guessed: bool = False  # the "auto" setting picked the layout from the login response's serverUrl

    @property
    def ok(self) -> bool:
        return all(check.status is CheckStatus.OK for check in self.checks)

    def check_named(self, name: str) -> HealthCheck:
        return next(check for check in self.checks if check.name == name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "login_url": self.login_url,
            "layout": self.layout,
            "pod": self.pod,
            "org_id": self.org_id,
            "user": self.user,
            "clock_skew": self.clock_skew,
            "clock_source": self.clock_source,
            "suggested_layout": self.suggested_layout,
            "layout_guessed": self.layout_guessed,
            "checks": [
                {"name": c.name, "status": c.status.value, "detail": c.detail, "seconds": c.seconds}
                for c in self.checks
            ],
            "diagnoses": [{"cause": d.cause.value, "message": d.message} for d in self.diagnoses],
        }


@dataclass
class _Findings:
    checks: list[HealthCheck] = field(default_factory=list)
    diagnoses: list[Diagnosis] = field(default_factory=list)

    def add(self, name: str, status: CheckStatus, detail: str, seconds: float | None = None) -> None:
        self.checks.append(HealthCheck(name, status, detail, seconds))

    def cause(self, cause: LikelyCause, message: str) -> None:
        if all(d.cause is not cause for d in self.diagnoses):
            self.diagnoses.append(Diagnosis(cause, message))


class HealthMethods:
    """``check()``, mixed into both clients."""

    _auth: SessionAuth
    login_url: str

    @plan
    def check(self, *, max_clock_skew: float = DEFAULT_MAX_CLOCK_SKEW) -> Plan[HealthReport]:
        """Check the setup against IICS: log in, name the pod, make one small v2 and one small v3 call, report the
        layout in use and the clock skew (from the pod's HTTP Date header). Never raises for what IICS or the
        network answer: returns a ``HealthReport`` whose ``checks`` and ``diagnoses`` say what is wrong and why.
        It logs in afresh; the client stays logged in (``logout()`` or ``with`` ends the session)."""
        found = _Findings()
        setting = self._auth.layout_setting
        base: dict[str, Any] = {"login_url": self.login_url, "layout": setting.name if setting else AUTO}
        began = time.perf_counter()
        try:
            session = yield from self._auth.login()
        except IICSError as error:
            found.add("login", CheckStatus.FAILED, _describe(error), time.perf_counter() - began)
            found.cause(*_login_cause(error, self.login_url))
            for name in ("pod", "v2", "v3", "layout", "clock"):
                found.add(name, CheckStatus.SKIPPED, "needs a login")
            return HealthReport(**base, checks=tuple(found.checks), diagnoses=tuple(found.diagnoses))
        found.add(
            "login", CheckStatus.OK, f"as {session.user_name or '?'} (org {session.org_id or '?'})", _since(began)
        )
        found.add("pod", CheckStatus.OK, str(session.origin))

        answers: dict[str, _Answer] = {}
        for family, probe in _PROBES.items():
            answer = yield from _ask(_probe_call(probe))
            answers[family] = answer
            if answer.error is None:
                found.add(family, CheckStatus.OK, f"{probe.what}: HTTP 200", answer.seconds)
            else:
                found.add(family, CheckStatus.FAILED, f"{probe.what}: {_describe(answer.error)}", answer.seconds)
        base.update(layout=session.layout.name, layout_guessed=session.layout_guessed)
        suggested = yield from _check_layout(session, answers, found)

        skew, source = None, None
        if not any(isinstance(a.error, IICSNotFoundError) for a in answers.values()):
            skew = yield from _server_time_skew()
            source = "IICS serverTime" if skew is not None else None
        if skew is None:
            dated = next((a for a in answers.values() if a.date is not None), None)
            skew = _skew(dated) if dated is not None else None
            source = "the pod's HTTP Date header" if skew is not None else None
        if skew is None:
            found.add("clock", CheckStatus.SKIPPED, "no answer from the pod with a time")
        elif abs(skew) > max_clock_skew:
            found.add(
                "clock",
                CheckStatus.WARNING,
                f"{skew:+.1f} s (pod minus this machine, from {source}; limit ±{max_clock_skew:g} s)",
            )
            found.cause(
                LikelyCause.CLOCK_SKEW,
                f"this machine's clock is {abs(skew):.0f} s {'behind' if skew > 0 else 'ahead of'} the pod's: "
                "synchronise it (NTP). The client compares times IICS writes with this machine's clock (job-start "
                "reconciliation, audit-log windows, waiting deadlines).",
            )
        else:
            found.add("clock", CheckStatus.OK, f"{skew:+.1f} s (pod minus this machine; from {source})")
        return HealthReport(
            **base,
            checks=tuple(found.checks),
            diagnoses=tuple(found.diagnoses),
            pod=str(session.origin),
            org_id=session.org_id,
            user=session.user_name,
            clock_skew=skew,
            clock_source=source,
            suggested_layout=suggested,
        )


# ---- the two calls ----


@dataclass(frozen=True)
class _Probe:
    family: str
    operation: str
    what: str
    kwargs: Callable[[], dict[str, Any]]


def _v2_kwargs() -> dict[str, Any]:
    from .v2.api.activity import get_activity_log as ep

    return ep.request_kwargs(row_limit=1)


def _v3_kwargs() -> dict[str, Any]:
    from .v3.api.objects import search_objects as ep

    return ep.request_kwargs(limit=1)


_PROBES = {
    "v2": _Probe("v2", "get_activity_log", "activity log (1 entry)", _v2_kwargs),
    "v3": _Probe("v3", "search_objects", "object search (1 object)", _v3_kwargs),
}


@dataclass(frozen=True)
class _Answer:
    error: IICSError | None
    seconds: float
    date: str | None = None
    sent: float = 0.0  # time.time() before and after: the local moment the Date header is compared with
    received: float = 0.0
    status: int | None = None  # a layout probe's status


def _probe_call(probe: _Probe) -> Call[str | None]:
    def date_of(response: httpx.Response) -> str | None:
        response.json()  # a 2xx whose body is not JSON is no answer from IICS (e.g. a proxy's page)
        date: str | None = response.headers.get("Date")
        return date

    return Call(probe.kwargs(), date_of)


def _ask(call: Call[Any]) -> Plan[_Answer]:
    sent, began = time.time(), time.perf_counter()
    try:
        date = yield from run(call)
    except IICSError as error:  # a 2xx that is not JSON (a proxy's page) is an IICSValidationError
        return _Answer(error, _since(began))
    return _Answer(None, _since(began), date, sent, time.time())


def _check_layout(session: Session, answers: dict[str, _Answer], found: _Findings) -> Plan[str | None]:
    """The layout row, and the other built-in layouts tried when the pod answered 404 at this one's paths (their
    answers join ``answers``, for the clock)."""
    layout = session.layout
    picked = f" (picked by layout 'auto' from serverUrl {session.server_url!r})" if session.layout_guessed else ""
    missing = [family for family, answer in answers.items() if isinstance(answer.error, IICSNotFoundError)]
    for family, answer in answers.items():
        if answer.error is not None and family not in missing:
            found.cause(*_call_cause(answer.error))
    if not missing:
        failed = any(answer.error is not None for answer in answers.values())
        prefixes = ", ".join(f"{f} {layout.route(f, p.operation).prefix}" for f, p in _PROBES.items())
        guessed = ", auto" if session.layout_guessed else ""
        found.add("layout", CheckStatus.SKIPPED if failed else CheckStatus.OK, f"{layout.name} ({prefixes}{guessed})")
        return None
    for other in LAYOUTS.values():
        if other.name == layout.name:
            continue
        tried = []
        for family in missing:
            tried.append((yield from _try_layout(other, _PROBES[family], session)))
        answers.update({f"{other.name}:{answer.status}": answer for answer in tried})
        if all(answer.status is not None and 200 <= answer.status < 300 for answer in tried):
            found.add(
                "layout", CheckStatus.FAILED, f"{layout.name}: 404 for {', '.join(missing)}; {other.name} answers"
            )
            found.cause(
                LikelyCause.WRONG_LAYOUT,
                f"the pod has no {', '.join(missing)} resources at the {layout.name!r} layout's paths{picked} but "
                f"answers at the {other.name!r} layout's: use layout={other.name!r} (IICS_LAYOUT={other.name}, "
                f"iics --layout {other.name}).",
            )
            return other.name
    found.add("layout", CheckStatus.FAILED, f"{layout.name}: 404 for {', '.join(missing)}; no built-in layout answers")
    found.cause(
        LikelyCause.WRONG_LAYOUT,
        f"the pod answers 404 for {', '.join(missing)} at the {layout.name!r} layout's paths{picked} and at every "
        "other built-in layout's: a gateway or a changed IICS path? Describe it with a Layout (README: URL layouts).",
    )
    return None


def _try_layout(layout: Layout, probe: _Probe, session: Session) -> Plan[_Answer]:
    """The probe's request sent at ``layout``'s path, with the session (same pod, same origin): its status."""
    kwargs = probe.kwargs()
    route = layout.route(probe.family, probe.operation)
    request = {
        **kwargs,
        "url": str(session.origin) + route.prefix + kwargs["url"],
        "headers": {route.session_header: session.session_id},
        "auth": None,  # sent as built: the session flow would route it back to the configured layout
        "extensions": {FAMILY_KEY: probe.family, OPERATION_KEY: "check_layout"},
    }
    sent, began = time.time(), time.perf_counter()
    try:
        status, date = yield from run(Call(request, _status_and_date, check=False))
    except IICSError as error:
        return _Answer(error, _since(began))
    return _Answer(None, _since(began), date, sent, time.time(), status)


def _status_and_date(response: httpx.Response) -> tuple[int, str | None]:
    return response.status_code, response.headers.get("Date")


def _server_time_skew() -> Plan[float | None]:
    """IICS's serverTime minus this machine's time at the middle of the call; None when it does not answer or its
    time does not parse (the format is unconfirmed on a real org)."""
    from .v2.api.server import get_server_time as ep

    sent = time.time()
    try:
        answer = yield from run(Call(ep.request_kwargs(), ep.parse_success))
    except IICSError:
        return None
    received = time.time()
    try:
        moment = datetime.fromisoformat(str(answer.time).replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp() - (sent + received) / 2


def _skew(answer: _Answer) -> float | None:
    try:
        server = parsedate_to_datetime(answer.date or "").timestamp() + 0.5  # the header drops the fraction
    except (TypeError, ValueError, IndexError):
        return None
    return server - (answer.sent + answer.received) / 2


# ---- naming the cause ----


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not e for e in seen):
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def _tls_failure(error: BaseException) -> bool:
    return any(
        isinstance(e, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(e) for e in _chain(error)
    )


def _dns_failure(error: BaseException) -> bool:
    return any(isinstance(e, socket.gaierror) or "Name or service not known" in str(e) for e in _chain(error))


_TLS_ADVICE = (
    "the TLS certificate was not trusted: most likely a proxy or firewall inspecting TLS (it presents its own "
    "certificate), or a missing CA. Get your organisation's CA bundle and pass verify='/path/to/ca.pem' (or set "
    "SSL_CERT_FILE); do not turn verification off."
)


def _login_cause(error: IICSError, login_url: str) -> tuple[LikelyCause, str]:
    if _tls_failure(error):
        return LikelyCause.TLS_INTERCEPTION, _TLS_ADVICE
    if _dns_failure(error):
        return LikelyCause.WRONG_REGION, (
            f"the login host of {login_url} does not resolve: check the region alias or login URL (us, em, ap, ... "
            "see README), and the DNS/proxy settings of this machine."
        )
    if isinstance(error, IICSAuthError):
        return LikelyCause.WRONG_REGION, (
            f"{login_url} rejected the login: a wrong username or password, or an org in another region (an org "
            "lives in one region and its users log in only there: use that region's alias or login URL)."
        )
    if isinstance(error, IICSConnectionError):
        return LikelyCause.WRONG_REGION, (
            f"no answer from {login_url} ({_describe(error)}): check the region alias or login URL, and whether a "
            "proxy or firewall stands between this machine and Informatica's hosts."
        )
    return _call_cause(error)


def _call_cause(error: IICSError) -> tuple[LikelyCause, str]:
    if _tls_failure(error):
        return LikelyCause.TLS_INTERCEPTION, _TLS_ADVICE
    if isinstance(error, IICSAuthError):
        return LikelyCause.PERMISSION, f"a call was refused ({_describe(error)}): the user may lack that privilege."
    if isinstance(error, IICSServerError):
        return LikelyCause.SERVICE, f"IICS answered with a server error ({_describe(error)}): try again later."
    if isinstance(error, IICSConnectionError | IICSTimeoutError):
        return LikelyCause.NETWORK, f"no answer from the pod ({_describe(error)}): a proxy or firewall in the way?"
    return LikelyCause.UNKNOWN, _describe(error)


def _describe(error: IICSError) -> str:
    status = f"HTTP {error.status_code}: " if error.status_code is not None else ""
    return f"{type(error).__name__}: {status}{error.message}"


def _since(began: float) -> float:
    return time.perf_counter() - began


__all__ = ["LikelyCause", "HealthCheck", "Diagnosis", "HealthMethods", "HealthReport", "CheckStatus"]
