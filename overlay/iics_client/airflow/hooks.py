"""IICSHook: the ``iics`` connection type, handing out configured IICSClient / AsyncIICSClient instances."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .. import AsyncIICSClient, IICSClient, IICSError, Session
from ._airflow import BaseHook, get_async_connection, get_async_extra_dejson
from ._connection import (
    CONN_TYPE,
    DEFAULT_CONN_ID,
    HOOK_NAME,
    UI_FIELD_BEHAVIOUR,
    ConnectionSettings,
    settings_from_connection,
)


class IICSHook(BaseHook):
    """Clients for an ``iics`` connection.

    Connection fields: Host = a region alias (``us``, ``em``, ``ap`` ...), a login host or a full login URL
    (default ``us``); Login = the IICS username; Password. Extras (all optional): ``layout`` (``iics`` for a real
    org), ``timeout``, ``max_retries``, ``max_reauth_attempts``, ``retry_backoff``, ``retry_max_wait``, ``http2``,
    ``verify``, ``max_connections``, ``max_keepalive_connections``, ``login_url`` (instead of Host) and
    ``monitor_url`` (the operator link's template).

    ``get_conn()`` returns a new IICSClient and ``await aget_conn()`` a new AsyncIICSClient: the caller owns it
    (``with hook.get_conn() as client:`` logs in and out). ``aget_conn`` reads the connection without blocking the
    event loop (``get_async_connection``), so triggers can call it. Keyword arguments of the hook
    (``IICSHook("iics_default", timeout=10)``) override the connection's client settings.
    """

    conn_name_attr = "iics_conn_id"
    default_conn_name = DEFAULT_CONN_ID
    conn_type = CONN_TYPE
    hook_name = HOOK_NAME

    def __init__(self, iics_conn_id: str = DEFAULT_CONN_ID, **client_settings: Any) -> None:
        super().__init__()
        self.iics_conn_id = iics_conn_id
        self.client_settings = client_settings
        self._settings: ConnectionSettings | None = None

    # ---- the connection ----

    def connection_settings(self) -> ConnectionSettings:
        """The connection's fields, checked (IICSConfigurationError names the bad field); read once per hook."""
        if self._settings is None:
            conn = self.get_connection(self.iics_conn_id)
            self._settings = settings_from_connection(
                self.iics_conn_id, host=conn.host, port=conn.port, login=conn.login, password=conn.password,
                extra=conn.extra_dejson,
            )  # fmt: skip
        return self._settings

    async def aconnection_settings(self) -> ConnectionSettings:
        """The same, read without blocking the event loop (safe in a trigger)."""
        if self._settings is None:
            conn = await get_async_connection(self.iics_conn_id, hook=self)
            extra = await get_async_extra_dejson(conn)
            self._settings = settings_from_connection(
                self.iics_conn_id, host=conn.host, port=conn.port, login=conn.login, password=conn.password,
                extra=extra,
            )  # fmt: skip
        return self._settings

    # ---- clients ----

    def get_conn(self) -> IICSClient:
        """A new synchronous client for the connection (not logged in yet: ``with`` it, or call a method)."""
        return IICSClient(**self.connection_settings().client_kwargs(**self.client_settings))

    async def aget_conn(self) -> AsyncIICSClient:
        """A new asyncio client for the connection (``async with`` it, or ``await client.aclose()`` when done)."""
        settings = await self.aconnection_settings()
        return AsyncIICSClient(**settings.client_kwargs(**self.client_settings))

    @contextmanager
    def logged_in(self) -> Iterator[tuple[IICSClient, Session]]:
        """A new client, logged in (the session says which pod and org); logged out and closed at the end."""
        client = self.get_conn()
        try:
            session = client.login()
            yield client, session
        finally:
            client.__exit__(*sys.exc_info())  # best-effort logout, then close: as `with client:` does

    def run_url(self, session: Session, *, task_id: str, task_type: str, run_id: int | str) -> str:
        """The IICS Monitor link of a run (the connection's ``monitor_url`` template, on the session's pod)."""
        return self.connection_settings().run_url(
            pod=str(session.origin), org_id=session.org_id, task_id=task_id, task_type=task_type, run_id=run_id
        )

    def test_connection(self) -> tuple[bool, str]:
        """Log in and read the activity monitor (what the operators need); never shows a secret."""
        try:
            with self.logged_in() as (client, session):
                running = client.get_activity_monitor()
        except IICSError as error:
            return False, str(error)
        return True, (
            f"Logged in as {session.user_name or '?'} to org {session.org_id or '?'} on {session.origin}; "
            f"{len(running)} job(s) running"
        )

    @classmethod
    def get_ui_field_behaviour(cls) -> dict[str, Any]:
        """The connection form, for Airflow versions that ask the hook (3.2+ read the provider info instead)."""
        return {
            "hidden_fields": list(UI_FIELD_BEHAVIOUR["hidden-fields"]),
            "relabeling": dict(UI_FIELD_BEHAVIOUR["relabeling"]),
            "placeholders": dict(UI_FIELD_BEHAVIOUR["placeholders"]),
        }
