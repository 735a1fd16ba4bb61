"""Error bodies in the two IICS shapes, and the exception handlers raise to produce one."""

from __future__ import annotations

import json
import secrets
import string

_ALPHABET = string.ascii_letters + string.digits

# IICS documents only UI_10000 / IDS_085 (bad credentials). The other codes are stand-ins in the documented shapes;
# the spec tells clients not to key on them.
BAD_CREDENTIALS = "UI_10000"
BAD_CREDENTIALS_V3 = "IDS_085"
DUPLICATE_NAME = "CMN_009"
_DEFAULT_CODES: dict[str, dict[int, str]] = {
    "v2": {400: "CMN_001", 401: "AUTH_01", 403: "UI_10004", 404: "CMN_002", 405: "CMN_005", 429: "CMN_429"},
    "v3": {400: "CORE_004", 401: "AUTH_01", 403: "CORE_003", 404: "CORE_002", 405: "CORE_005", 429: "CORE_429"},
}


def random_id(length: int = 22) -> str:
    """An IICS-looking opaque id (session ids, v3 request ids): letters and digits."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


class ApiError(Exception):
    """Raised by a handler: the server answers `status` with the error body of the operation's family.

    `code` defaults per family and status (v2 ``CMN_002`` vs v3 ``CORE_002`` for a 404, ...), because in the iics
    layout the same handler answers as a v2 resource that is a v3 one in the reference layout.
    """

    def __init__(
        self, status: int, message: str, *, code: str | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.headers = headers or {}


def error_body(family: str, status: int, message: str, code: str | None = None) -> bytes:
    """v2: ``{"@type":"error",...}``; v3: ``{"error":{...}}`` with a fresh requestId (IICS sends one per call).
    The taskflow runtime (/active-bpel) answers in the v3 shape (unconfirmed: its real error body is undocumented)."""
    family = "v3" if family == "taskflow" else family
    codes = _DEFAULT_CODES.get(family, _DEFAULT_CODES["v2"])
    code = code or codes.get(status) or f"SYS_{status}"
    body: object
    if family == "v3":
        body = {"error": {"code": code, "message": message, "requestId": random_id(), "details": None}}
    else:
        body = {"@type": "error", "code": code, "description": message, "statusCode": status}
    return json.dumps(body, separators=(",", ":")).encode()
