"""The client's methods that take more than one request, or shape their arguments, for the areas without a module
of their own (jobs: ``_jobs.py``; taskflows: ``_taskflows.py``; lookup and references: ``_objects.py``; run logs:
``_logs.py``): the session (login, logout, validSessionId), connection create/update, the paged activity and audit
logs, object search with IICS's q operators, and the raw escape hatches. Each is written once as a plan (see
_runner.py) and becomes a method of both clients.

Plain one-request operations are not written here: they are generated from the spec
(``iics_client.v2.api.SyncOperations`` and friends, see templates/api_init.py.jinja).
"""

from __future__ import annotations

import json as _json
import re
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Any

import httpx

from ._config import count_argument, text_argument
from ._exactly_once import Reconcile, Reconciled, send_once, send_read
from ._exceptions import IICSAuthError, IICSConfigurationError, IICSError, IICSNotFoundError
from ._jobs import run_number
from ._pagination import Emit, Pager, fetch, paged
from ._runner import Call, Plan, call_for, plan, run
from ._session import Session, SessionAuth
from ._times import as_utc, utc_text
from ._urls import FAMILY_KEY, ApiVersion

if TYPE_CHECKING:
    from ._config import Settings
    from .v2.models import ActivityLogEntry, AuditLogEntry, Connection, ValidatedToken
    from .v3.models import ObjectSummary


def _json_or_none(response: httpx.Response) -> Any:
    return response.json() if response.content.strip() else None


def _when(name: str, moment: object, *, end: bool) -> datetime | None:
    """A bound of a time range as an aware datetime. Naive datetimes are UTC, so they compare with the UTC
    timestamps IICS sends; a date is that day in UTC (as ``start`` its first moment, as ``end`` its last)."""
    if moment is None:
        return None
    if isinstance(moment, datetime):
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)
    if isinstance(moment, date):
        first = datetime.combine(moment, time(0), tzinfo=timezone.utc)
        return first + timedelta(days=1) - timedelta(microseconds=1) if end else first
    raise IICSConfigurationError(f"{name} must be a datetime or a date (a day in UTC), not {moment!r}")


def _limit(limit: object) -> int | None:
    return None if limit is None else count_argument("limit", limit, low=0)


class Operations:
    """The plans of this module, mixed into both clients (``self`` is an IICSClient or AsyncIICSClient)."""

    _auth: SessionAuth
    _settings: Settings

    # ---- session ----

    @plan
    def login(self) -> Plan[Session]:
        """Log in now (calls log in by themselves when needed); returns the session's org, user and pod."""
        return (yield from self._auth.login())

    @plan
    def logout(self) -> Plan[None]:
        """End the session on the server (best effort when used as a context manager)."""
        yield from self._auth.logout()

    @plan
    def validate_session(self, session_id: str | None = None) -> Plan[ValidatedToken]:
        """Whether a session id is still valid for this client's user, and the whole minutes it has left
        (``time_until_expire``, 0 when less than one). Without ``session_id``, the client's own session (logging in
        first when there is none). Checking does not extend the session. The check itself needs a live session: if
        the client's own session has expired, the call renews it and reports the old one as not valid."""
        from .v2.api.auth import validate_session as ep

        text_argument("session_id", session_id, optional=True)
        if session_id is None:
            if self._auth.session is None:
                yield from self._auth.login()
            session = self._auth.session
            if session is None:
                raise IICSAuthError("not logged in")
            session_id = session.session_id
        body = {"@type": "validatedToken", "userName": self._settings.username, "icToken": session_id}
        settings = self._settings
        call: Call[ValidatedToken] = call_for(ep, body=body)
        return (yield from send_read(call, max_resends=settings.max_retries, backoff=settings.retry_backoff))

    # ---- connections (v2) ----

    @plan
    def create_connection(self, connection: Connection | Mapping[str, Any]) -> Plan[Connection]:
        """Create a connection from a Connection or a dict of IICS fields (``name``, ``type``, ``connParams``, …).
        When the answer is lost, the client looks the name up before creating again (names are unique in an org)."""
        from .v2.api.connections import create_connection as ep

        body = _connection_body(connection)
        settings = self._settings
        return (
            yield from send_once(
                Call(ep.request_kwargs(body=body), ep.parse_success),
                _created_connection(body.name),
                reconcile_timeout=settings.reconcile_timeout,
                max_resends=settings.max_retries,
            )
        )

    @plan
    def update_connection(
        self, connection_id: str, connection: Connection | Mapping[str, Any], *, partial: bool = True
    ) -> Plan[Connection]:
        """Update a connection. ``partial=True`` (default) sends ``Update-Mode: PARTIAL``: only the fields you send
        change. ``partial=False`` is IICS's full replace: fields you omit are reset to their defaults."""
        from .v2.api.connections import update_connection as ep
        from .v2.models import Connection, UpdateMode

        text_argument("connection_id", connection_id)
        if not isinstance(partial, bool):
            raise IICSConfigurationError(f"partial must be True or False, not {partial!r}")
        mode = UpdateMode.PARTIAL if partial else UpdateMode.FULL
        if partial and not isinstance(connection, Connection):
            # only the fields given: a partial update needs no name or type (the model, and so the generated request
            # builder, requires both); the request is built for a stand-in body whose JSON is then replaced
            json = _partial_connection_json(connection)
            kwargs = ep.request_kwargs(connection_id, body=Connection(name="", type_=""), update_mode=mode)
            kwargs["json"] = json
        else:
            kwargs = ep.request_kwargs(connection_id, body=_connection_body(connection), update_mode=mode)
        return (yield from run(Call(kwargs, ep.parse_success)))

    @plan
    def delete_connection(self, connection_id: str) -> Plan[None]:
        """Delete a connection. When the answer is lost, the delete is sent again and a 404 then means it was
        already done."""
        from .v2.api.connections import delete_connection as ep

        try:
            kwargs = ep.request_kwargs(connection_id)
        except ValueError as exc:
            raise IICSConfigurationError(f"delete_connection: {exc}") from None
        settings = self._settings
        yield from send_once(
            Call(kwargs, ep.parse_success),
            _deleted(Call(kwargs, ep.parse_success)),
            reconcile_timeout=settings.reconcile_timeout,
            max_resends=settings.max_retries,
        )

    # ---- activity (v2) ----

    @paged
    def get_activity_log(
        self,
        task_id: str | None = None,
        run_id: int | str | None = None,
        *,
        page_size: int = 200,
        limit: int | None = None,
    ) -> Pager[ActivityLogEntry]:
        """Activity-log entries of finished jobs, newest first, fetched page by page as you iterate
        (``rowLimit``/``offset``; ``page_size`` at most 1000). ``limit`` stops after that many entries. ``run_id``
        needs ``task_id`` (IICS requires both). One entry with its child entries: ``get_activity_log_entry(id)``."""
        from .v2.api.activity import get_activity_log as ep

        text_argument("task_id", task_id, optional=True)
        if run_id is not None and task_id is None:
            raise IICSConfigurationError("get_activity_log: IICS requires task_id whenever run_id is given")
        count_argument("page_size", page_size, low=1, high=1000)  # IICS's rowLimit
        limit = _limit(limit)
        run = run_number(run_id) if run_id is not None else None
        offset, emitted = 0, 0
        while limit is None or emitted < limit:
            kwargs = ep.request_kwargs(task_id=task_id, run_id=run, offset=offset, row_limit=page_size)  # type: ignore[arg-type]
            page = yield from fetch(Call(kwargs, ep.parse_success))
            for entry in page[: None if limit is None else limit - emitted]:
                yield Emit(entry)
                emitted += 1
            if len(page) < page_size:
                return
            offset += len(page)

    # ---- audit log (v2) ----

    @paged
    def get_audit_logs(
        self,
        start: datetime | date | None = None,
        end: datetime | date | None = None,
        *,
        batch_size: int = 200,
        limit: int | None = None,
    ) -> Pager[AuditLogEntry]:
        """Audit-log entries between ``start`` and ``end`` inclusive (by ``entryTimeUTC``; naive datetimes are UTC,
        a date is that whole day in UTC), newest first. IICS v2 has no date filter, so batches
        (``batchId``/``batchSize``) are read newest first and the reading stops at the first entry older than
        ``start``."""
        from .v2.api.audit import get_audit_logs as ep

        start, end = _when("start", start, end=False), _when("end", end, end=True)
        if start is not None and end is not None and start > end:
            raise IICSConfigurationError(f"start ({start.isoformat()}) is after end ({end.isoformat()})")
        count_argument("batch_size", batch_size, low=1)
        limit = _limit(limit)
        batch, emitted = 0, 0
        while True:
            page = yield from fetch(Call(ep.request_kwargs(batch_id=batch, batch_size=batch_size), ep.parse_success))
            for entry in page:
                moment = entry.entry_time_utc if isinstance(entry.entry_time_utc, datetime) else None
                if moment is not None and end is not None and moment > end:
                    continue
                if moment is not None and start is not None and moment < start:
                    return
                if limit is not None and emitted >= limit:
                    return
                yield Emit(entry)
                emitted += 1
            if len(page) < batch_size:
                return
            batch += 1

    # ---- objects (v3) ----

    @paged
    def search_objects(
        self,
        query: str | None = None,
        object_type: str | None = None,
        tag: str | None = None,
        location: str | None = None,
        *,
        updated_since: datetime | str | None = None,
        updated_before: datetime | str | None = None,
        updated_by: str | None = None,
        source_control: Mapping[str, str | bool | datetime] | None = None,
        custom_attributes: Mapping[str, str] | None = None,
        filter: str | None = None,
        page_size: int = 200,
        limit: int | None = None,
    ) -> Pager[ObjectSummary]:
        """Find assets. Filtered on the server with IICS's q operators: ``object_type`` (``type==``), ``tag``
        (``tag==``), ``location`` (``location==``, a project/folder path), ``updated_since`` (``updateTime>=``) and
        ``updated_before`` (``updateTime<``; datetimes, naive ones UTC, or ISO strings), ``updated_by``
        (``updatedBy==``), ``source_control`` (``{"checkedOutBy": "me", "sourceControlled": True, ...}`` →
        ``sourceControl.<field>==``), ``custom_attributes`` (``{"publishedBy": "ci"}`` → ``customAttributes.<name>==``);
        ``filter`` adds a raw q expression. ``query`` matches text in the object's path (name and folders,
        case-insensitive) on the client, since IICS's q has no name filter. Pages of ``page_size`` (≤ 200) are
        fetched as you iterate."""
        from .v3.api.objects import search_objects as ep

        for name, value in (
            ("query", query), ("object_type", object_type), ("tag", tag), ("location", location), ("filter", filter)
        ):  # fmt: skip
            text_argument(name, value, optional=True)
        count_argument("page_size", page_size, low=1, high=200)  # IICS's limit
        limit = _limit(limit)
        terms = [
            f"{field}=={_quote(value)}"
            for field, value in (("type", object_type), ("tag", tag), ("location", location), ("updatedBy", updated_by))
            if value
        ]
        if updated_since is not None:
            terms.append(f"updateTime>={_quote(utc_text(as_utc(updated_since, 'updated_since')))}")
        if updated_before is not None:
            terms.append(f"updateTime<{_quote(utc_text(as_utc(updated_before, 'updated_before')))}")
        terms += _source_control_terms(source_control)
        terms += _custom_attribute_terms(custom_attributes)
        if filter:
            terms.append(filter)
        q = " and ".join(terms) or None
        needle = query.lower() if query else None
        skip, emitted = 0, 0
        while True:
            kwargs = ep.request_kwargs(q=q, limit=page_size, skip=skip)  # type: ignore[arg-type]
            page = yield from fetch(Call(kwargs, ep.parse_success))
            for item in page.objects:
                if needle is not None and not (isinstance(item.path, str) and needle in item.path.lower()):
                    continue
                if limit is not None and emitted >= limit:
                    return
                yield Emit(item)
                emitted += 1
            if len(page.objects) < page_size:
                return
            skip += len(page.objects)

    # ---- escape hatches ----

    @plan
    def raw_get(
        self,
        path: str,
        *,
        api_version: ApiVersion | str = ApiVersion.V3,
        params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Plan[Any]:
        """GET a path the methods do not cover (relative to the family's base path); returns the parsed JSON.
        Session header, routing, re-login and retries work as for every method."""
        return (yield from run(_raw_call("GET", path, api_version, params=params, headers=extra_headers)))

    @plan
    def raw_post(
        self,
        path: str,
        json: Any = None,
        *,
        api_version: ApiVersion | str = ApiVersion.V3,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Plan[Any]:
        """POST JSON to a path the methods do not cover; returns the parsed JSON (None for an empty body).
        Like every POST it is retried only when IICS cannot have acted on it."""
        return (yield from run(_raw_call("POST", path, api_version, json=json, headers=extra_headers)))


def _created_connection(name: str) -> Reconcile[Connection]:
    """A create whose answer was lost took effect if a connection of that name exists now."""

    def reconcile(requested_at: datetime, lost: IICSError) -> Plan[Reconciled[Connection] | None]:  # noqa: ARG001
        from .v2.api.connections import get_connection_by_name as ep

        try:
            found = yield from run(Call(ep.request_kwargs(name), ep.parse_success))
        except IICSNotFoundError:
            return None
        return Reconciled(found)

    return reconcile


def _deleted(again: Call[None]) -> Reconcile[None]:
    """A delete whose answer was lost: send it again; a 404 then means the first one did it."""

    def reconcile(requested_at: datetime, lost: IICSError) -> Plan[Reconciled[None] | None]:  # noqa: ARG001
        try:
            yield from run(again)
        except IICSNotFoundError:
            return Reconciled(None)  # the lost one did it
        return Reconciled(None)

    return reconcile


def _quote(value: str) -> str:
    return "'" + value.replace("'", "\\'") + "'"


# The sourceControl fields IICS's q takes (README: object search); the times compare as times, the rest as text.
SOURCE_CONTROL_FIELDS = (
    "checkedOutBy",
    "checkedOutTime",
    "hash",
    "lastCheckinBy",
    "lastCheckinTime",
    "lastPullTime",
    "sourceControlled",
)
_ATTRIBUTE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _q_value(value: object, what: str) -> str:
    if isinstance(value, bool):
        return _quote("true" if value else "false")
    if isinstance(value, datetime):
        return _quote(utc_text(as_utc(value, what)))
    if isinstance(value, str) and value:
        return _quote(value)
    raise IICSConfigurationError(f"{what} must be a non-empty string, a bool or a datetime, not {value!r}")


def _source_control_terms(fields: Mapping[str, object] | None) -> list[str]:
    if fields is None:
        return []
    if not isinstance(fields, Mapping):
        raise IICSConfigurationError(f"source_control must be a mapping of field to value, not {fields!r}")
    known = {name.lower(): name for name in SOURCE_CONTROL_FIELDS}
    terms = []
    for key, value in fields.items():
        name = known.get(str(key).lower())
        if name is None:
            raise IICSConfigurationError(
                f"source_control: unknown field {key!r}; IICS filters {list(SOURCE_CONTROL_FIELDS)}"
            )
        terms.append(f"sourceControl.{name}=={_q_value(value, f'source_control[{key!r}]')}")
    return terms


def _custom_attribute_terms(attributes: Mapping[str, object] | None) -> list[str]:
    if attributes is None:
        return []
    if not isinstance(attributes, Mapping):
        raise IICSConfigurationError(f"custom_attributes must be a mapping of name to value, not {attributes!r}")
    terms = []
    for key, value in attributes.items():
        if not isinstance(key, str) or not _ATTRIBUTE_NAME.match(key):
            raise IICSConfigurationError(f"custom_attributes: {key!r} is not an attribute name")
        terms.append(f"customAttributes.{key}=={_q_value(value, f'custom_attributes[{key!r}]')}")
    return terms


def _connection_body(connection: Connection | Mapping[str, Any]) -> Connection:
    from .v2.models import Connection

    if isinstance(connection, Connection):
        body = connection
    elif not isinstance(connection, Mapping):
        raise IICSConfigurationError(f"a connection is a Connection or a mapping of IICS fields, not {connection!r}")
    else:
        try:
            body = Connection.from_dict(dict(connection))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise IICSConfigurationError(f"not a connection: {type(exc).__name__}: {exc}") from None
    if "@type" not in body:
        body["@type"] = "connection"  # IICS wants it; the spec cannot declare it beside `type` (see spec/v2.yaml)
    return body


def _partial_connection_json(fields: object) -> dict[str, Any]:
    """The JSON of a partial update: the fields given, checked and converted as the model does, and nothing else
    (``@type`` aside, which IICS wants)."""
    if not isinstance(fields, Mapping):
        raise IICSConfigurationError(f"a connection is a Connection or a mapping of IICS fields, not {fields!r}")
    if not fields:
        raise IICSConfigurationError("nothing to update: give the fields to change, e.g. {'description': 'x'}")
    filled = {key: "" for key in ("name", "type") if key not in fields}  # required by the model; sent only if given
    data = _connection_body({**fields, **filled}).to_dict()
    return {key: value for key, value in data.items() if key not in filled}


def _raw_call(
    method: str,
    path: str,
    api_version: ApiVersion | str,
    *,
    params: Mapping[str, Any] | None = None,
    json: Any = None,
    headers: Mapping[str, str] | None = None,
) -> Call[Any]:
    try:
        family = ApiVersion(api_version).value
    except ValueError:
        raise IICSConfigurationError(f"api_version must be one of {[v.value for v in ApiVersion]}") from None
    if not isinstance(path, str) or not path:
        raise IICSConfigurationError(f"path must be a non-empty string, not {path!r}")
    if not path.startswith("/"):
        path = "/" + path
    for name, value in (("params", params), ("extra_headers", headers)):
        if value is not None and not isinstance(value, Mapping):
            raise IICSConfigurationError(f"{name} must be a mapping, not {value!r}")
    kwargs: dict[str, Any] = {"method": method, "url": path, "extensions": {FAMILY_KEY: family}}
    if params:
        kwargs["params"] = dict(params)
    if headers:
        kwargs["headers"] = dict(headers)
    if json is not None:
        try:  # serialized here, as httpx would, so that a body that is not JSON is the caller's error, told clearly
            content = _json.dumps(json, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise IICSConfigurationError(f"json is not JSON-serializable: {exc}") from None
        kwargs["content"] = content.encode("utf-8")
        kwargs["headers"] = {**kwargs.get("headers", {}), "Content-Type": "application/json"}
    return Call(kwargs, _json_or_none)


__all__ = ["Operations"]
