"""URL resolution: where to log in (regions), which origins may be plain http (loopback), and where each request
goes on the pod (layouts: per API family, a path prefix and a session header).

A pod request's URL is the origin of the login response's ``serverUrl`` + the layout's prefix for the request's API
family + the operation's path. Generated endpoint modules name their family and operation in
``request.extensions``; the session (``_session.py``) applies the route to each request it sends.
"""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

import httpx

from . import v2 as _generated
from ._exceptions import IICSConfigurationError
from ._secrets import IC_SESSION_ID, INFA_SESSION_ID, SESSION_HEADERS

# request.extensions keys, written by the generated endpoint modules (templates/package_init.py.jinja)
FAMILY_KEY: str = _generated.FAMILY_EXTENSION
OPERATION_KEY: str = _generated.OPERATION_EXTENSION
LOGIN_FAMILY = "login"  # requests to the login host: sent as built, with no session header

# ---- regions: where to log in ----

# alias -> login host (Informatica's login-URL table). The credentials, not the host, decide the org.
LOGIN_HOSTS: dict[str, str] = {
    "us": "dm-us.informaticacloud.com",
    "us1": "dm1-us.informaticacloud.com",
    "us2": "dm2-us.informaticacloud.com",
    "na": "dm-na.informaticacloud.com",
    "ca": "dm-na.informaticacloud.com",
    "em": "dm-em.informaticacloud.com",
    "emea": "dm-em.informaticacloud.com",
    "em1": "dm1-em.informaticacloud.com",
    "uk": "dm-uk.informaticacloud.com",
    "ap": "dm-ap.informaticacloud.com",
    "apj": "dm-ap.informaticacloud.com",
    "ap1": "dm1-ap.informaticacloud.com",
    "apne": "dm-apne.informaticacloud.com",
    "apse": "dm1-apse.informaticacloud.com",
    "apau": "dm1-apau.informaticacloud.com",
}
# Hosts named by their login-host prefix are accepted too: "dm1-apse" -> "dm1-apse.informaticacloud.com".
_HOST_PREFIXES = {host.split(".", 1)[0]: host for host in LOGIN_HOSTS.values()}


@functools.lru_cache(maxsize=64)  # asked for every request sent over http (the pool's guard); hosts are few
def is_loopback(host: str) -> bool:
    """Exactly ``localhost``, or an IP literal in 127.0.0.0/8 or ::1 (never a name that merely starts with 127.)."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_login_origin(login_url: str) -> str:
    """Turn "us", "dm1-apse", a host or a full URL into the login origin ``scheme://host[:port]``.

    Raises IICSConfigurationError before any network traffic for an unknown alias or an insecure URL.
    """
    value = login_url.strip()
    key = value.lower()
    if key in LOGIN_HOSTS:
        return f"https://{LOGIN_HOSTS[key]}"
    if key in _HOST_PREFIXES:
        return f"https://{_HOST_PREFIXES[key]}"
    if "://" not in value:
        if "." not in value and not is_loopback(urlsplit("//" + value).hostname or ""):
            known = ", ".join(sorted(LOGIN_HOSTS))
            raise IICSConfigurationError(f"unknown IICS region {login_url!r}; use one of {known}, or a full URL")
        value = f"https://{value}"
    return https_origin(value, what="login_url")


def https_origin(url: str, *, what: str) -> str:
    """The origin of `url`, insisting on https except for loopback hosts (local simulators and tests)."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port  # port raises ValueError when it is not a number
    except (TypeError, ValueError, AttributeError) as exc:
        raise IICSConfigurationError(f"{what} {url!r} is not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not host:
        raise IICSConfigurationError(f"{what} {url!r} is not an http(s) URL")
    if parts.scheme != "https" and not is_loopback(host):
        raise IICSConfigurationError(f"{what} {url!r} must use https (plain http is allowed only on loopback)")
    netloc = f"[{host}]" if ":" in host else host
    return f"{parts.scheme}://{netloc}" + (f":{port}" if port is not None else "")


def pod_origin(server_url: object) -> httpx.URL:
    """The origin of ``serverUrl``: "https://pod/saas", "https://pod/saas/" and "https://pod" give the same."""
    if not isinstance(server_url, str) or not server_url:
        raise IICSConfigurationError(f"serverUrl {server_url!r} is not a URL")
    return httpx.URL(https_origin(server_url, what="serverUrl"))


# ---- layouts: where each API family lives on the pod ----


class ApiVersion(str, Enum):
    """The API family of a raw call: it decides the base path and the session header."""

    V2 = "v2"
    V3 = "v3"


@dataclass(frozen=True)
class Route:
    """Where one API family lives on the pod, and which header carries the session there."""

    prefix: str
    session_header: str


@dataclass(frozen=True)
class Layout:
    """A URL layout. Build your own for a gateway or a future IICS change: ``Layout("mine", {...})``."""

    name: str
    routes: Mapping[str, Route]
    # operation id (e.g. "list_mapping_tasks") -> family, where it differs from the spec file's family
    operation_families: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        missing = {"v2", "v3"} - set(self.routes)
        if missing:
            raise IICSConfigurationError(f"layout {self.name!r} has no route for {sorted(missing)}")
        unknown = set(self.operation_families.values()) - set(self.routes)
        if unknown:
            raise IICSConfigurationError(f"layout {self.name!r} moves operations to unknown families {sorted(unknown)}")

    def route(self, family: str, operation: str | None = None) -> Route:
        if operation is not None:
            family = self.operation_families.get(operation, family)
        try:
            return self.routes[family]
        except KeyError:
            raise IICSConfigurationError(f"layout {self.name!r} has no route for API family {family!r}") from None


# The Application Integration runtime (run and monitor advanced taskflows) lives on the pod origin without /saas,
# in both layouts; it takes the v3 session header.
TASKFLOW_ROUTE = Route("/active-bpel", INFA_SESSION_ID)

REFERENCE_LAYOUT = Layout(
    "reference",
    MappingProxyType(
        {"v2": Route("/saas", IC_SESSION_ID), "v3": Route("/api/v2", INFA_SESSION_ID), "taskflow": TASKFLOW_ROUTE}
    ),
)
IICS_LAYOUT = Layout(
    "iics",
    MappingProxyType(
        {
            "v2": Route("/saas/api/v2", IC_SESSION_ID),
            "v3": Route("/saas/public/core/v3", INFA_SESSION_ID),
            "taskflow": TASKFLOW_ROUTE,
        }
    ),
    MappingProxyType(
        {
            "list_mapping_tasks": "v2",
            "get_mapping_task": "v2",
            "get_mapping_task_by_name": "v2",
            "list_taskflows": "v2",
            "get_taskflow": "v2",
            "get_taskflow_by_name": "v2",
        }
    ),
)
LAYOUTS: Mapping[str, Layout] = MappingProxyType({"reference": REFERENCE_LAYOUT, "iics": IICS_LAYOUT})


AUTO = "auto"  # the layout setting that lets the login response decide (see layout_for_server_url)


def resolve_layout(layout: str | Layout) -> Layout:
    """A layout by name ("reference", "iics") or the Layout given; "auto" is not a layout (see layout_setting)."""
    if isinstance(layout, Layout):
        return layout
    if not isinstance(layout, str):
        raise IICSConfigurationError(f"layout must be a name or a Layout, not {type(layout).__name__}")
    try:
        return LAYOUTS[layout.strip().lower()]
    except KeyError:
        raise IICSConfigurationError(f"unknown layout {layout!r}; use one of {sorted(LAYOUTS)} or a Layout") from None


def layout_setting(layout: str | Layout) -> Layout | None:
    """The client's ``layout`` setting: a Layout, or None for "auto" (decided at login from ``serverUrl``)."""
    if isinstance(layout, str) and layout.strip().lower() == AUTO:
        return None
    try:
        return resolve_layout(layout)
    except IICSConfigurationError:
        raise IICSConfigurationError(
            f"unknown layout {layout!r}; use {AUTO!r} (the default), one of {sorted(LAYOUTS)} or a Layout"
        ) from None


def layout_for_server_url(server_url: str) -> Layout:
    """The layout "auto" picks from the login response's ``serverUrl``.

    Real IICS answers ``https://<pod>/saas`` (a path after the origin): the iics layout. The product reference's
    example answers a bare origin (``https://<pod>``): the reference layout, so that contract keeps working.
    """
    path = urlsplit(server_url).path.strip("/")
    return REFERENCE_LAYOUT if not path else IICS_LAYOUT


# ---- applying a route to a request ----


def route_for(request: httpx.Request, layout: Layout) -> Route:
    family = request.extensions.get(FAMILY_KEY, "v2")
    return layout.route(family, request.extensions.get(OPERATION_KEY))


def apply_route(request: httpx.Request, *, path: bytes, origin: httpx.URL, route: Route, session_id: str) -> None:
    """Point `request` at origin + prefix + path (path includes the query) and set the one session header."""
    request.url = _pod_url(origin, route.prefix, path)
    request.headers["Host"] = request.url.netloc.decode("ascii")
    strip_session_headers(request)
    request.headers[route.session_header] = session_id


@functools.lru_cache(maxsize=1024)
def _pod_url(origin: httpx.URL, prefix: str, path: bytes) -> httpx.URL:
    # building an httpx.URL parses it again (~20 us): the same few URLs are asked for over and over
    return origin.copy_with(raw_path=prefix.encode("ascii") + path)


def strip_session_headers(request: httpx.Request) -> None:
    headers = request.headers
    for name in SESSION_HEADERS:  # a few case-insensitive lookups, not a pass over every header (per request)
        if name in headers:
            del headers[name]


# A request of the session flow is built with its family-relative path on this origin: httpx takes an httpx.URL
# as it is, where a relative string costs two URL parses per request (it is merged with the empty base URL); the
# flow keeps the path and points the request at its pod (apply_route) before anything is sent.
UNROUTED_ORIGIN = "http://unrouted.invalid"


@functools.lru_cache(maxsize=1024)
def unrouted_url(path: str) -> httpx.URL:
    return httpx.URL(UNROUTED_ORIGIN + path)


def unrouted(kwargs: dict[str, Any]) -> dict[str, Any]:
    """httpx.Client.request arguments with a family-relative ``url`` ("/connection") as its ``unrouted_url``."""
    url = kwargs.get("url")
    if isinstance(url, str) and url.startswith("/"):
        return {**kwargs, "url": unrouted_url(url)}
    return kwargs


def same_origin(url: httpx.URL, origin: httpx.URL) -> bool:
    return (url.scheme, url.host, url.port) == (origin.scheme, origin.host, origin.port)
