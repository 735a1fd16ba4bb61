"""Secrets: the one list of the field and header names whose values are never shown, and how they are hidden.

Everything that could show a secret reads these names: exception text (``redact_text``), the models' reprs (the
``generate`` nox session hands ``SECRET_FIELDS`` to templates/model.py.jinja), the command line's output
(``scrub``), the debug log (headers are never logged), the simulator, and the routing code that must send exactly
one session header (``SESSION_HEADERS``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

# The session headers of IICS's API families (the values are the session id).
IC_SESSION_ID = "icSessionId"  # v2
INFA_SESSION_ID = "INFA-SESSION-ID"  # v3 and the taskflow runtime
IDS_SESSION_ID = "IDS-SESSION-ID"  # identity service (sent by some peers to the taskflow runtime)
SESSION_HEADERS: tuple[str, ...] = (IC_SESSION_ID, INFA_SESSION_ID, IDS_SESSION_ID)

# JSON fields that carry a secret in IICS payloads: login answers and requests (password, session ids, the tokens of
# the SAML/OAuth/Salesforce logins), connections, agents (proxy password), users (security answer).
SECRET_FIELDS: tuple[str, ...] = (
    "password",
    "securityToken",
    "securityAnswer",
    "proxyPassword",
    "icSessionId",
    "sessionId",
    "icToken",
    "samlToken",
    "oauthToken",
    "sfSessionId",
)

REDACTED = "***"

_SECRET_KEYS = frozenset(name.lower() for name in (*SECRET_FIELDS, *SESSION_HEADERS))
_SESSION_HEADER_KEYS = frozenset(name.lower() for name in SESSION_HEADERS)
# a secret JSON field's string value; an unterminated one (a body cut inside the value) is masked to its end
_JSON_SECRET = re.compile(
    r'("(?:' + "|".join(re.escape(n) for n in (*SECRET_FIELDS, *SESSION_HEADERS)) + r')"\s*:\s*)"(?:[^"\\]|\\.)*"?',
    re.IGNORECASE,
)


def is_secret_key(key: str) -> bool:
    """A field or header whose value is a secret (case-insensitive; any ``*password`` field counts)."""
    lowered = key.lower()
    return lowered in _SECRET_KEYS or lowered.endswith("password")


def is_session_header(name: str) -> bool:
    return name.lower() in _SESSION_HEADER_KEYS


def redact_text(text: str) -> str:
    """Mask the values of secret JSON fields in a body (which may not be valid JSON: this is textual)."""
    return _JSON_SECRET.sub(rf'\1"{REDACTED}"', text)


def scrub(value: Any) -> Any:
    """A copy of a JSON-like value with every secret field's value masked (recursively)."""
    if isinstance(value, Mapping):
        return {
            key: (REDACTED if is_secret_key(str(key)) and item not in (None, "") else scrub(item))
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [scrub(item) for item in value]
    return value


def redact_url(url: object) -> str:
    """A URL fit to show (events, spans): user info dropped, the values of secret query parameters masked."""
    text = str(url)
    parts = urlsplit(text)
    if not parts.query and "@" not in parts.netloc:
        return text
    netloc = parts.netloc.rpartition("@")[2]
    query = urlencode(
        [
            (key, REDACTED if is_secret_key(key) else value)
            for key, value in parse_qsl(parts.query, keep_blank_values=True)
        ],
        safe="*",
        quote_via=quote,
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
