"""Reading a login response: the session id and the pod (``serverUrl``), or a clear IICSAuthError."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from ._exceptions import IICSAuthError, IICSConfigurationError
from ._responses import PARSE_ERRORS, error_for
from ._routing import pod_origin


@dataclass(frozen=True)
class Session:
    """A logged-in session. ``generation`` counts logins, so a caller can tell whether it was renewed meanwhile."""

    session_id: str = field(repr=False)
    origin: httpx.URL
    generation: int
    org_id: str | None = None
    user_name: str | None = None


def session_from_login(response: httpx.Response, *, generation: int) -> Session:
    from .v2.api.auth import login

    method, url = response.request.method, str(response.request.url)
    if not 200 <= response.status_code < 300:
        # IICS answers bad credentials with 401, 403 or 400 (it varies); all of them are a failed login.
        cause = error_for(response)
        raise IICSAuthError(
            f"login failed: {cause.message}",
            status_code=cause.status_code,
            response_body=cause.response_body,
            error_code=cause.error_code,
            request_id=cause.request_id,
            method=method,
            url=url,
        )
    try:
        user = login.parse_success(response)
    except PARSE_ERRORS as exc:
        raise IICSAuthError(
            f"login response is not an IICS user object ({type(exc).__name__}: {exc})",
            status_code=response.status_code,
            response_body=response.text,
            method=method,
            url=url,
        ) from exc
    if not user.ic_session_id:
        raise IICSAuthError(
            "login response has no icSessionId", status_code=response.status_code, method=method, url=url
        )
    try:
        origin = pod_origin(user.server_url)
    except IICSConfigurationError as exc:
        raise IICSAuthError(f"login response has an unusable serverUrl: {exc.message}", method=method, url=url) from exc
    name = user.name if isinstance(user.name, str) else None
    org_id = user.org_id if isinstance(user.org_id, str) else None
    return Session(session_id=user.ic_session_id, origin=origin, generation=generation, org_id=org_id, user_name=name)
