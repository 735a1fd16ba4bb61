"""Configuration: every client setting in one typed object with its default and its check, and the IICS_* environment
variables that supply settings from outside code. The clients, the command line, the profiles file (_profiles.py)
and the simulator's printed exports all read the names and defaults here.
"""

from __future__ import annotations

import inspect
import math
import os
import re
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from ._exceptions import IICSConfigurationError
from ._urls import Layout

# The environment variables and what an unset one means.
ENV_LOGIN_URL = "IICS_LOGIN_URL"
ENV_USERNAME = "IICS_USERNAME"
ENV_PASSWORD = "IICS_PASSWORD"  # noqa: S105 (a variable name, not a password)
ENV_LAYOUT = "IICS_LAYOUT"
DEFAULT_LOGIN_URL = "us"
DEFAULT_LAYOUT = "auto"  # decided at login from serverUrl (see _urls.layout_for_server_url)
# Named orgs (profiles, see _profiles.py): which one, where the file is (instead of the user's config directory), and
# the password of profile NAME in IICS_PASSWORD_<NAME> (upper case; characters other than A-Z, 0-9 become "_").
ENV_PROFILE = "IICS_PROFILE"
ENV_PROFILES_FILE = "IICS_PROFILES_FILE"


def profile_password_variable(profile: str) -> str:
    """The environment variable that holds the password of a profile: ``IICS_PASSWORD_<NAME>``."""
    return f"{ENV_PASSWORD}_{re.sub(r'[^A-Z0-9]', '_', profile.upper())}"


@dataclass(frozen=True)
class Settings:
    """What a client is configured with (see the README's Configuration table). Checked when made: a bad value is
    an IICSConfigurationError naming the setting, before any network traffic."""

    login_url: str
    username: str
    password: str = field(repr=False)
    timeout: float = 30.0
    max_retries: int = 3
    max_reauth_attempts: int = 2
    http2: bool = False
    max_connections: int = 20
    max_keepalive_connections: int = 10
    layout: str | Layout = DEFAULT_LAYOUT
    verify: bool | str | ssl.SSLContext = True
    retry_backoff: float = 0.5
    retry_max_wait: float = 30.0
    # How long a job start whose answer was lost waits for IICS to show the run before deciding none started
    # (README: "Every job starts once"). 0 turns reconciliation off.
    reconcile_timeout: float = 60.0
    # observability (README "Observability"): an event callback, OpenTelemetry spans, client-side rate limiting
    on_event: Callable[[Any], None] | None = None
    tracing: Any = False  # True (the global tracer provider) or an opentelemetry TracerProvider
    rate_limit: float | None = None  # requests per second per pod; None: no limit
    adaptive_concurrency: bool = False

    def __post_init__(self) -> None:
        for name in ("login_url", "username", "password"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                raise IICSConfigurationError(f"{name} is required (a non-empty string), not {_shown(name, value)}")
        _number(self, "timeout", low=0, inclusive=False)
        _number(self, "retry_backoff", low=0, inclusive=True)
        _number(self, "retry_max_wait", low=0, inclusive=False)
        _number(self, "reconcile_timeout", low=0, inclusive=True)
        _integer(self, "max_retries", low=0)
        _integer(self, "max_reauth_attempts", low=0)
        _integer(self, "max_connections", low=1)
        _integer(self, "max_keepalive_connections", low=0)
        if not isinstance(self.http2, bool):
            raise IICSConfigurationError(f"http2 must be True or False, not {self.http2!r}")
        if not isinstance(self.layout, str | Layout):
            raise IICSConfigurationError(f"layout must be a layout name or a Layout, not {self.layout!r}")
        if not isinstance(self.verify, bool | str | os.PathLike | ssl.SSLContext):
            raise IICSConfigurationError(
                f"verify must be True/False, a CA bundle path or an ssl.SSLContext, not {self.verify!r}"
            )
        if isinstance(self.verify, str | os.PathLike) and not os.path.exists(self.verify):
            raise IICSConfigurationError(f"verify names a CA bundle that does not exist: {self.verify!r}")
        if self.on_event is not None and (not callable(self.on_event) or inspect.iscoroutinefunction(self.on_event)):
            raise IICSConfigurationError(
                f"on_event must be a plain function taking an Event (it is called in the calling thread or task; "
                f"hand async work to your loop from it), not {self.on_event!r}"
            )
        if not isinstance(self.tracing, bool) and not hasattr(self.tracing, "get_tracer"):
            raise IICSConfigurationError(
                f"tracing must be True/False or an OpenTelemetry TracerProvider, not {self.tracing!r}"
            )
        if self.rate_limit is not None:
            _number(self, "rate_limit", low=0, inclusive=False, unit="requests per second")
        if not isinstance(self.adaptive_concurrency, bool):
            raise IICSConfigurationError(
                f"adaptive_concurrency must be True or False, not {self.adaptive_concurrency!r}"
            )


def _shown(name: str, value: object) -> str:
    return "a hidden value" if name == "password" and isinstance(value, str) else repr(value)


def _number(settings: Settings, name: str, *, low: float, inclusive: bool, unit: str = "seconds") -> None:
    value = getattr(settings, name)
    ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if not ok or value < low or (value == low and not inclusive):
        bound = f">= {low:g}" if inclusive else f"> {low:g}"
        raise IICSConfigurationError(f"{name} must be a number of {unit} {bound}, not {value!r}")


def _integer(settings: Settings, name: str, *, low: int) -> None:
    value = getattr(settings, name)
    if not isinstance(value, int) or isinstance(value, bool) or value < low:
        raise IICSConfigurationError(f"{name} must be an integer >= {low}, not {value!r}")


SETTING_NAMES = frozenset(f.name for f in fields(Settings))
_TRUE, _FALSE = frozenset({"true", "yes", "on", "1"}), frozenset({"false", "no", "off", "0"})


def setting_from_text(name: str, text: str) -> Any:
    """A setting's value from text (a profiles file): numbers and booleans as the setting's type, ``verify`` as a
    boolean or a CA bundle path, the rest as text. The value is checked when the client's Settings are made."""
    if name not in SETTING_NAMES or name == "password":
        raise IICSConfigurationError(f"unknown setting {name!r}")
    default = next(f.default for f in fields(Settings) if f.name == name)
    value = text.strip()
    if isinstance(default, bool) or name == "verify":
        if value.lower() in _TRUE:
            return True
        if value.lower() in _FALSE:
            return False
        if name == "verify":
            return value  # a CA bundle path
        raise IICSConfigurationError(f"{name} must be true or false, not {value!r}")
    try:
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
    except ValueError:
        raise IICSConfigurationError(f"{name} must be a {type(default).__name__}, not {value!r}") from None
    return value


def from_environment(env: Mapping[str, str], overrides: Mapping[str, Any]) -> dict[str, Any]:
    """Client keyword arguments: ``overrides`` first, then IICS_USERNAME / IICS_PASSWORD / IICS_LOGIN_URL ("us" when
    unset) / IICS_LAYOUT ("auto" when unset)."""
    unknown = sorted(set(overrides) - SETTING_NAMES)
    if unknown:
        raise IICSConfigurationError(f"unknown setting(s) {unknown}; the settings are {sorted(SETTING_NAMES)}")
    missing = [
        variable
        for name, variable in (("username", ENV_USERNAME), ("password", ENV_PASSWORD))
        if name not in overrides and not env.get(variable)
    ]
    if missing:
        raise IICSConfigurationError(f"set {' and '.join(missing)} (or pass username= and password=)")
    settings = dict(overrides)
    settings.setdefault("login_url", env.get(ENV_LOGIN_URL) or DEFAULT_LOGIN_URL)
    settings.setdefault("username", env.get(ENV_USERNAME, ""))
    settings.setdefault("password", env.get(ENV_PASSWORD, ""))
    settings.setdefault("layout", env.get(ENV_LAYOUT) or DEFAULT_LAYOUT)
    return settings


# ---- method arguments: the same kind of checks, for what callers pass to the client's methods ----


def seconds_argument(name: str, value: object, *, zero_ok: bool = False) -> float:
    """A finite number of seconds (> 0, or >= 0 with ``zero_ok``), else IICSConfigurationError naming ``name``."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < 0
        or (value == 0 and not zero_ok)
    ):
        raise IICSConfigurationError(f"{name} must be a number of seconds {'>=' if zero_ok else '>'} 0, not {value!r}")
    return float(value)


def count_argument(name: str, value: object, *, low: int, high: int | None = None) -> int:
    """An integer in [low, high], else IICSConfigurationError naming ``name``."""
    if not isinstance(value, int) or isinstance(value, bool) or value < low or (high is not None and value > high):
        bounds = f"between {low} and {high}" if high is not None else f">= {low}"
        raise IICSConfigurationError(f"{name} must be an integer {bounds}, not {value!r}")
    return value


def text_argument(name: str, value: object, *, optional: bool = False) -> str | None:
    """A non-empty string (or None when ``optional``), else IICSConfigurationError naming ``name``."""
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise IICSConfigurationError(f"{name} must be a non-empty string, not {value!r}")
    return value
