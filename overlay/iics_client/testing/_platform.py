"""Platform calls: check a session (``validSessionId``) and read the server time."""

from __future__ import annotations

from ._errors import ApiError
from ._handlers import Backend, Call, Reply, handles
from ._times import v2_utc


@handles("validate_session")
def validate_session(backend: Backend, call: Call) -> Reply:
    body = call.json()
    if not isinstance(body, dict) or body.get("@type") != "validatedToken":
        raise ApiError(400, "Field @type must be 'validatedToken'.")
    user, token = body.get("userName"), body.get("icToken")
    if not isinstance(user, str) or not user or not isinstance(token, str) or not token:
        raise ApiError(400, "Fields userName and icToken are required.")
    live = backend.sessions.remaining(token)  # checking does not extend the checked session
    valid = live is not None and live[0].lower() == user.lower()
    minutes = int(live[1] // 60) if live is not None and valid else 0  # IICS: 0 when less than a minute is left
    return Reply(body={"@type": "validatedToken", "timeUntilExpire": minutes, "isValidToken": valid})


@handles("get_server_time")
def get_server_time(backend: Backend, _call: Call) -> Reply:
    return Reply(body={"time": v2_utc(backend.clock())})
