"""The ``iics`` Airflow connection: which fields and extras it has, and how they become client arguments.

No Airflow import here: the provider info (``_provider.py``) is built from the same table, and Airflow loads that
through an entry point even where the ``airflow`` extra is not installed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any
from urllib.parse import urlsplit

from .._config import Settings
from .._exceptions import IICSConfigurationError
from .._urls import LAYOUTS

CONN_TYPE = "iics"
HOOK_NAME = "Informatica IICS (iics-client)"
DEFAULT_CONN_ID = "iics_default"
# The IICS Monitor's running-jobs page on the pod (the UI lives on the same origin as the API's serverUrl). A link
# to one run is not documented; set the ``monitor_url`` extra to a template of your own (placeholders below).
DEFAULT_MONITOR_URL = "{pod}/cloudUI/products/monitor/main/RunningJobs/di"
MONITOR_URL_PLACEHOLDERS = ("pod", "org_id", "task_id", "task_type", "run_id")
_UI_PREFIX = f"extra__{CONN_TYPE}__"  # how Airflow's connection form may prefix the extras it edits


@dataclass(frozen=True)
class Extra:
    """One key of the connection's extra JSON: its JSON type (as the connection form's JSON schema names it)."""

    name: str
    type: str  # "string", "integer", "number", "boolean"; "verify" is boolean or a CA-bundle path
    label: str
    description: str
    enum: tuple[str, ...] = ()
    client_setting: bool = True  # a keyword argument of IICSClient / AsyncIICSClient

    def schema(self) -> dict[str, Any]:
        types = ["boolean", "string"] if self.type == "verify" else [self.type]
        schema: dict[str, Any] = {"type": [*types, "null"]}
        if self.enum:
            schema["enum"] = [*self.enum, None]
        return schema


# The client's settings (iics_client._config.Settings: names, types, defaults) as extras, with a form label and a
# line of help each. Every setting but the login URL and the credentials (the connection's own fields) is here.
_SETTING_HELP: dict[str, tuple[str, str]] = {
    "layout": ("URL layout", "iics: the URL layout of a real IICS org. reference: the client's reference layout and "
               "its simulator."),
    "timeout": ("Request timeout (s)", "Seconds per HTTP request."),
    "max_retries": ("Retries", "Retries of a transient failure per request."),
    "max_reauth_attempts": ("Re-logins per call", "Session renewals per call on 401/403."),
    "http2": ("HTTP/2", "Needs the h2 package (the iics-client http2 extra)."),
    "max_connections": ("Connection pool size", "Connections the client may open."),
    "max_keepalive_connections": ("Idle keep-alive connections", "Idle connections kept open."),
    "verify": ("TLS verification", "true, false, or the path of a CA bundle."),
    "retry_backoff": ("Retry backoff (s)", "First backoff, doubling per retry."),
    "retry_max_wait": ("Longest retry wait (s)", "Cap on one wait between retries."),
    "reconcile_timeout": ("Reconcile timeout (s)", "How long a job start whose answer was lost waits for IICS to "
                          "show the run (0: off)."),
    "tracing": ("OpenTelemetry tracing", "Spans to the global tracer provider (needs the iics-client otel extra)."),
    "rate_limit": ("Rate limit (requests/s)", "At most this many requests per second to each host (empty: none)."),
    "adaptive_concurrency": ("Adaptive concurrency", "Fewer concurrent requests while IICS answers 429."),
}  # fmt: skip
_JSON_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string"}


def _client_extras() -> tuple[Extra, ...]:
    extras = []
    for setting in fields(Settings):
        if setting.name in ("login_url", "username", "password", "on_event"):  # on_event: a function, not JSON
            continue
        label, help_text = _SETTING_HELP[setting.name]  # a KeyError here: a new client setting needs a line above
        default = setting.default
        enum: tuple[str, ...] = ()
        if setting.name == "verify":
            kind = "verify"
        elif setting.name == "layout":
            kind, enum = "string", tuple(LAYOUTS)
        elif setting.name == "rate_limit":
            kind = "number"
        else:
            kind = _JSON_TYPES[type(default)]
        shown = str(default).lower() if isinstance(default, bool) else default
        extras.append(Extra(setting.name, kind, label, f"{help_text} Default: {shown}.", enum))
    return tuple(extras)


EXTRAS: tuple[Extra, ...] = (
    Extra("login_url", "string", "Login URL or region",
          "Instead of Host: a region alias (us, em, ap, ...), a login host or a full URL.", client_setting=False),
    *_client_extras(),
    Extra("monitor_url", "string", "Monitor link template",
          "URL of the operator link; placeholders {pod}, {org_id}, {task_id}, {task_type}, {run_id}. "
          f"Default: {DEFAULT_MONITOR_URL}", client_setting=False),
)  # fmt: skip
_BY_NAME = {extra.name: extra for extra in EXTRAS}

# The connection form: standard fields hidden, relabelled, with placeholders (Airflow's ui-field-behaviour).
UI_FIELD_BEHAVIOUR: dict[str, Any] = {
    "hidden-fields": ["schema", "port"],
    "relabeling": {"host": "Login URL or region", "login": "Username"},
    "placeholders": {
        "host": "us, em, ap, dm1-apse ... or https://dm-us.informaticacloud.com",
        "login": "user@example.com",
        "layout": "iics",
    },
}


@dataclass(frozen=True)
class ConnectionSettings:
    """What an ``iics`` connection says: where and as whom to log in, and the client's settings."""

    conn_id: str
    login_url: str
    username: str
    password: str = field(repr=False)
    settings: Mapping[str, Any] = field(default_factory=dict)
    monitor_url: str = DEFAULT_MONITOR_URL

    def client_kwargs(self, **overrides: Any) -> dict[str, Any]:
        """Keyword arguments for IICSClient / AsyncIICSClient (``overrides`` win over the connection's extras)."""
        return {
            "login_url": self.login_url,
            "username": self.username,
            "password": self.password,
            **self.settings,
            **overrides,
        }

    def run_url(self, *, pod: str, org_id: str | None, task_id: str, task_type: str, run_id: int | str) -> str:
        values = {"pod": pod.rstrip("/"), "org_id": org_id or "", "task_id": task_id, "task_type": task_type}
        return self.monitor_url.format(**values, run_id=run_id)


def settings_from_connection(
    conn_id: str,
    *,
    host: str | None,
    port: int | None,
    login: str | None,
    password: str | None,
    extra: Mapping[str, Any] | None,
) -> ConnectionSettings:
    """Read an Airflow connection's fields. Raises IICSConfigurationError naming the connection and the field (never
    echoing the password) for a missing credential, an unknown extra or a value of the wrong type."""
    extras = _extras(conn_id, extra or {})
    if not login:
        raise IICSConfigurationError(f"connection {conn_id!r} has no login (the IICS username)")
    if not password:
        raise IICSConfigurationError(f"connection {conn_id!r} has no password")
    host = (host or "").strip()
    login_url = extras.pop("login_url", None)
    if host and login_url:
        raise IICSConfigurationError(f"connection {conn_id!r} sets both Host and the login_url extra: keep one")
    login_url = _with_port(host, port) if host else (login_url or "us")
    monitor_url = extras.pop("monitor_url", None) or DEFAULT_MONITOR_URL
    _check_template(conn_id, monitor_url)
    return ConnectionSettings(conn_id, login_url, login, password, extras, monitor_url)


def _extras(conn_id: str, extra: Mapping[str, Any]) -> dict[str, Any]:
    if not isinstance(extra, Mapping):
        raise IICSConfigurationError(f"connection {conn_id!r}: extra must be a JSON object")
    values: dict[str, Any] = {}
    for key, value in extra.items():
        name = key[len(_UI_PREFIX) :] if key.startswith(_UI_PREFIX) else key
        spec = _BY_NAME.get(name)
        if spec is None:
            known = ", ".join(sorted(_BY_NAME))
            raise IICSConfigurationError(f"connection {conn_id!r}: unknown extra {key!r}; known extras: {known}")
        if value is None or value == "":
            continue  # a field the form left empty: the client's default
        values[name] = _coerce(conn_id, spec, value)
    return values


def _coerce(conn_id: str, spec: Extra, value: Any) -> Any:
    """Extras come typed from JSON, or as strings from a connection URI (``?timeout=30&http2=true``)."""
    kind = spec.type
    try:
        if kind == "verify":
            return _boolean(value) if _is_boolean(value) else _string(value)
        if kind == "boolean":
            return _boolean(value)
        if kind == "integer":
            return _integer(value)
        if kind == "number":
            return _number(value)
        text = _string(value)
    except (TypeError, ValueError):
        wanted = "true, false or a CA bundle path" if kind == "verify" else f"a {kind}"
        raise IICSConfigurationError(
            f"connection {conn_id!r}: extra {spec.name!r} must be {wanted}, not {type(value).__name__} {value!r}"
        ) from None
    if spec.enum and text not in spec.enum:
        raise IICSConfigurationError(f"connection {conn_id!r}: extra {spec.name!r} must be one of {list(spec.enum)}")
    return text


_TRUE, _FALSE = frozenset({"true", "1", "yes", "on"}), frozenset({"false", "0", "no", "off"})


def _is_boolean(value: Any) -> bool:
    return isinstance(value, bool) or (isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE)


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ValueError(value)


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(value)
    return int(value)


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError(value)
    return float(value)


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value.strip()


def _with_port(host: str, port: int | None) -> str:
    if not port:
        return host
    parts = urlsplit(host if "://" in host else f"//{host}")
    if parts.port is not None:
        return host
    if "://" in host:
        return parts._replace(netloc=f"{parts.netloc}:{port}").geturl()
    return f"{host}:{port}"


def _check_template(conn_id: str, template: str) -> None:
    try:
        template.format(**dict.fromkeys(MONITOR_URL_PLACEHOLDERS, "x"))
    except (KeyError, IndexError, ValueError) as exc:
        raise IICSConfigurationError(
            f"connection {conn_id!r}: monitor_url may use only the placeholders "
            f"{', '.join('{' + p + '}' for p in MONITOR_URL_PLACEHOLDERS)} ({type(exc).__name__}: {exc})"
        ) from None
