"""Keeping secrets (passwords, session ids) out of logs, reprs and exception text."""

from __future__ import annotations

import re

# JSON fields and headers that carry a secret in IICS traffic.
SECRET_NAMES = ("icSessionId", "INFA-SESSION-ID", "IDS-SESSION-ID", "sessionId", "password", "securityToken")
SESSION_HEADERS = frozenset(name.lower() for name in ("icSessionId", "INFA-SESSION-ID", "IDS-SESSION-ID"))
REDACTED = "***"

_JSON_SECRET = re.compile(
    r'("(?:' + "|".join(re.escape(n) for n in SECRET_NAMES) + r')"\s*:\s*)"(?:[^"\\]|\\.)*"',
    re.IGNORECASE,
)


def redact_text(text: str) -> str:
    """Mask the values of secret JSON fields in a body (it may not be valid JSON; this is textual)."""
    return _JSON_SECRET.sub(rf'\1"{REDACTED}"', text)
