"""The read-only commands: login, the list commands, object search and the activity log."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._jobs import job_state
from .._terminal import Column
from ._context import Context
from ._exit import ExitCode

if TYPE_CHECKING:
    from .._client import IICSClient


def _unset_to_none(value: Any) -> Any:
    return None if type(value).__name__ == "Unset" else value


def login(ctx: Context, client: IICSClient) -> int:
    session = client.login()
    info = {
        "org_id": session.org_id,
        "user": session.user_name,
        "pod": str(session.origin),
        "login_url": client.login_url,
        "layout": session.layout.name,
        "layout_auto": session.layout_guessed,  # picked from the login response's serverUrl ("auto")
    }
    if ctx.out.json_mode:
        ctx.out.document(info)
    else:
        how = "picked from the login response" if session.layout_guessed else "as set"
        ctx.out.text(
            f"Logged in as {info['user']} (org {info['org_id'] or '-'}) on pod {info['pod']}"
            f" ({session.layout.name} URL layout, {how})"
        )
    return ExitCode.OK


def _connection_type(connection: Any) -> Any:
    display = _unset_to_none(connection.instance_display_name)
    return display if connection.type_ == "TOOLKIT" and display else connection.type_


CONNECTION_COLUMNS = (
    Column("ID", lambda c: c.id),
    Column("NAME", lambda c: c.name),
    Column("TYPE", _connection_type),
    Column("HOST", lambda c: c.host),
    Column("DESCRIPTION", lambda c: c.description, width=40),
)


def connections_list(ctx: Context, client: IICSClient) -> int:
    connections = sorted(client.list_connections(), key=lambda c: c.name.lower())
    ctx.out.listing(connections, CONNECTION_COLUMNS, what="connections")
    return ExitCode.OK


def connections_get(ctx: Context, client: IICSClient) -> int:
    if ctx.args.name is not None:
        connection = client.get_connection_by_name(ctx.args.name)
    else:
        connection = client.get_connection(ctx.args.id)
    ctx.out.record(connection)
    return ExitCode.OK


def agents_list(ctx: Context, client: IICSClient) -> int:
    columns = (
        Column("ID", lambda a: a.id),
        Column("NAME", lambda a: a.name),
        Column("PLATFORM", lambda a: a.platform),
        Column("HOST", lambda a: a.agent_host),
        Column("VERSION", lambda a: a.agent_version),
        Column("ACTIVE", lambda a: a.active),
        Column("READY", lambda a: a.ready_to_run),
    )
    ctx.out.listing(client.list_agents(), columns, what="agents")
    return ExitCode.OK


def runtime_envs_list(ctx: Context, client: IICSClient) -> int:
    columns = (
        Column("ID", lambda e: e.id),
        Column("NAME", lambda e: e.name),
        Column("SHARED", lambda e: e.is_shared),
        Column("AGENTS", lambda e: [agent.name for agent in e.agents or []]),
    )
    ctx.out.listing(client.list_runtime_environments(), columns, what="runtime environments")
    return ExitCode.OK


def schedules_list(ctx: Context, client: IICSClient) -> int:
    columns = (
        Column("ID", lambda s: s.id),
        Column("NAME", lambda s: s.name),
        Column("INTERVAL", lambda s: s.interval),
        Column("EVERY", lambda s: s.frequency),
        Column("STARTS (UTC)", lambda s: s.start_time_utc or s.start_time),
        Column("TIME ZONE", lambda s: s.time_zone_id or s.time_zone),
    )
    ctx.out.listing(client.list_schedules(), columns, what="schedules")
    return ExitCode.OK


def mapping_tasks_list(ctx: Context, client: IICSClient) -> int:
    columns = (
        Column("ID", lambda t: t.id),
        Column("FEDERATED ID", lambda t: t.federated_id),
        Column("NAME", lambda t: t.name),
        Column("RUNTIME ENV", lambda t: t.runtime_environment_id),
        Column("SCHEDULE", lambda t: t.schedule_id),
        Column("DESCRIPTION", lambda t: t.description, width=40),
    )
    tasks = sorted(client.list_mapping_tasks(), key=lambda t: t.name.lower())
    ctx.out.listing(tasks, columns, what="mapping tasks")
    return ExitCode.OK


def taskflows_list(ctx: Context, client: IICSClient) -> int:
    columns = (
        Column("ID", lambda f: f.id),
        Column("NAME", lambda f: f.name),
        Column("TASKS", lambda f: [task.name for task in f.tasks or []]),
        Column("SCHEDULE", lambda f: f.schedule_id),
        Column("DESCRIPTION", lambda f: f.description, width=40),
    )
    flows = sorted(client.list_taskflows(), key=lambda f: f.name.lower())
    ctx.out.listing(flows, columns, what="taskflows")
    return ExitCode.OK


def objects_search(ctx: Context, client: IICSClient) -> int:
    args = ctx.args
    found = client.search_objects(
        query=args.query,
        object_type=args.type,
        tag=args.tag,
        location=args.location,
        filter=args.filter,
        limit=args.limit or None,
    )
    columns = (
        Column("TYPE", lambda o: o.type_),
        Column("PATH", lambda o: o.path),
        Column("ID", lambda o: o.id),
        Column("UPDATED", lambda o: o.update_time),
        Column("TAGS", lambda o: o.tags),
    )
    ctx.out.listing(list(found), columns, what="objects found")
    return ExitCode.OK


ACTIVITY_COLUMNS = (
    Column("RUN ID", lambda e: e.run_id),
    Column("TASK", lambda e: e.object_name),
    Column("TYPE", lambda e: e.type_),
    Column("STATE", job_state),
    Column("STARTED (UTC)", lambda e: e.start_time_utc or e.start_time),
    Column("ENDED (UTC)", lambda e: e.end_time_utc or e.end_time),
    Column("ROWS OK", lambda e: e.success_target_rows),
    Column("ROWS FAILED", lambda e: e.failed_target_rows),
    Column("ERROR", lambda e: e.error_msg, width=50),
)


def activity_log(ctx: Context, client: IICSClient) -> int:
    args = ctx.args
    limit = args.limit or None
    entries = client.get_activity_log(args.task, args.run, page_size=min(limit or 200, 1000), limit=limit)
    ctx.out.listing(list(entries), ACTIVITY_COLUMNS, what="activity log entries")
    return ExitCode.OK
