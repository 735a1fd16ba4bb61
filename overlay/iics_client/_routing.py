"""URL resolution and session headers: turns a generated endpoint's relative request into the pod request.

URL = origin of the login response's ``serverUrl`` + the layout's prefix for the request's family + the operation
path. The family comes from the generated module (``request.extensions["iics_family"]``); exactly one session
header goes along, the one of that family's route.
"""

from __future__ import annotations

import functools

import httpx

from ._layout import Layout, Route
from ._redact import SESSION_HEADERS
from ._regions import https_origin

FAMILY_KEY = "iics_family"
OPERATION_KEY = "iics_operation"
LOGIN_FAMILY = "login"  # requests to the login host: sent as built, with no session header


def pod_origin(server_url: str) -> httpx.URL:
    """The origin of ``serverUrl``: "https://pod/saas", "https://pod/saas/" and "https://pod" give the same."""
    return httpx.URL(https_origin(server_url, what="serverUrl"))


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
    for name in [name for name in request.headers if name.lower() in SESSION_HEADERS]:
        del request.headers[name]


def same_host(url: httpx.URL, origin: httpx.URL) -> bool:
    return (url.scheme, url.host, url.port) == (origin.scheme, origin.host, origin.port)
