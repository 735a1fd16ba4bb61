"""Seed data: a small but realistic org (agents, runtime environments, connections, schedules, tasks, assets).

Everything is derived from the simulator's seeded RNG, so the same seed gives the same ids on every run. History
(audit log, activity log) is not stored but computed from an entry's position, so a million entries cost nothing.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from typing import Any

from ._times import HISTORY_ANCHOR, v2_local, v2_utc, v3_utc

Json = dict[str, Any]
_ALPHABET = string.ascii_letters + string.digits
DAY = 86400.0

# v2 id prefixes by object kind (20-character ids, as IICS uses)
CONNECTION, AGENT, RUNTIME_ENVIRONMENT, SCHEDULE = "0100000B", "01000008", "01000025", "0100000P"
MAPPING_TASK, TASKFLOW, MAPPING, OTHER_TASK = "0100000Z", "0100000Q", "0100000H", "0100000T"
# runIds of seeded history count down from here; runIds of jobs started through the API count up from it
RUN_ID_BASE = 1_000_000_000
# runContextType of a run started through the REST API: "REST-API" (a public client's enum modelled on the docs; the
# others are UI, SCHEDULER and "OUTBOUND MESSAGE"). Unconfirmed on current pods: the docs example shows ICS_UI for UI.
API_CONTEXT = "REST-API"
AUDIT_ID_BASE = 21_000_000


class Ids:
    """v2 ids (per-kind counters) and federated ids (random, from the seeded RNG)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._next: dict[str, int] = {}

    def v2(self, prefix: str) -> str:
        number = self._next.get(prefix, 2)
        self._next[prefix] = number + 1
        return f"{prefix}{number:012d}"

    def federated(self) -> str:
        return "".join(self._rng.choice(_ALPHABET) for _ in range(22))


@dataclass(frozen=True)
class Task:
    """Something POST /job can start."""

    id: str
    federated_id: str
    name: str
    type: str
    runtime_environment_id: str | None
    agent_id: str | None


@dataclass
class Seed:
    org_id: str
    agents: dict[str, Json] = field(default_factory=dict)
    runtime_environments: dict[str, Json] = field(default_factory=dict)
    connections: dict[str, Json] = field(default_factory=dict)
    schedules: dict[str, Json] = field(default_factory=dict)
    mapping_tasks: dict[str, Json] = field(default_factory=dict)
    taskflows: dict[str, Json] = field(default_factory=dict)
    tasks: list[Task] = field(default_factory=list)
    objects: list[Json] = field(default_factory=list)


def stamps(ts: float, *names: str) -> Json:
    """v2 local-time fields (Eastern with a Z) for each name, e.g. createTime/updateTime."""
    value = v2_local(ts)
    return dict.fromkeys(names, value)


def _audit_fields(ts: float, created_by: str, updated_by: str) -> Json:
    return {
        **stamps(ts - 200 * DAY, "createTime"),
        **stamps(ts, "updateTime"),
        "createdBy": created_by,
        "updatedBy": updated_by,
    }


ADMIN = "admin@example.com"

_CONNECTIONS: list[Json] = [
    {"name": "Oracle_Sales", "description": "Sales warehouse", "type": "Oracle", "host": "oradb.example.com",
     "port": 1521, "database": "ORCL", "schema": "SALES", "codepage": "UTF-8", "username": "etl_user",
     "password": "Pa55word!", "authenticationType": "", "connParams": {}},
    {"name": "Snowflake_DW", "description": None, "type": "TOOLKIT",
     "instanceName": "Snowflake_Cloud_Data_Warehouse_V2", "instanceDisplayName": "Snowflake Data Cloud",
     "connParams": {"Account": "xy12345.us-east-1", "Warehouse": "COMPUTE_WH", "Role": "ETL_ROLE",
                    "Additional JDBC URL Parameters": "", "Use Proxy": "False"}, "vaultEnabled": False},
    {"name": "SQLServer_Finance", "description": "Finance OLTP", "type": "SqlServer2017", "host": "sql01.example.com",
     "port": 1433, "database": "FIN", "schema": "dbo", "codepage": "UTF-8", "username": "fin_reader",
     "password": "Fin4nce!", "authenticationType": "SqlServer", "connParams": {}},
    {"name": "Flat File Landing", "description": "Landing zone on the agent", "type": "CSVFile",
     "database": "/data/landing", "dateFormat": "MM/dd/yyyy HH:mm:ss", "codepage": "UTF-8", "connParams": {}},
    {"name": "Salesforce_CRM", "description": "Production CRM", "type": "Salesforce",
     "username": "integration@example.com",
     "password": "SfPa55!", "securityToken": "tok123", "serviceUrl": "https://login.salesforce.com/services/Soap/u/58.0",
     "timeout": 60, "connParams": {}},
    {"name": "MySQL_Ops", "description": "Ops metrics", "type": "TOOLKIT", "instanceName": "MySQL",
     "instanceDisplayName": "MySQL", "connParams": {"Host": "mysql.example.com", "Port": "3306",
                                                     "Database Name": "ops", "Use SSL": "False"}},
]  # fmt: skip

# (name, description, location, tags, schedule name or None)
_MAPPING_TASKS = [
    ("mt_load_customers", "Load customers into the warehouse", "Sales/Loads", ["sales"], "Nightly_0100"),
    ("mt_load_orders", "", "Sales/Loads", ["sales", "orders"], "Nightly_0100"),
    ("mt_load_products", "Product catalogue", "Sales/Loads", ["sales"], None),
    ("mt_sync_accounts", "Accounts to the GL", "Finance/Close", ["finance"], "Month_End"),
    ("mt_gl_close", "General ledger close", "Finance/Close", ["finance", "monthly"], "Month_End"),
    ("mt_ops_metrics", "Ops metrics rollup", "Ops", ["ops"], "Weekdays_Hourly"),
    ("mt_default_demo", "Demo task", "Default", [], None),
    ("mt_cleanup_staging", "Truncate staging tables", "Default", ["ops", "nightly"], "Nightly_0100"),
]
# (name, description, location, tags, mapping task names)
_TASKFLOWS = [
    (
        "lt_nightly_load",
        "Nightly customer and order load",
        "Sales",
        ["sales", "nightly"],
        ["mt_load_customers", "mt_load_orders"],
    ),
    ("lt_finance_close", "Month-end close", "Finance", ["finance", "monthly"], ["mt_sync_accounts", "mt_gl_close"]),
    ("lt_ops_daily", "Daily ops jobs", "Default", ["ops"], ["mt_ops_metrics", "mt_cleanup_staging"]),
]
_OTHER_TASKS = [
    ("dss_sync_contacts", "DSS", "Sales/Sync", ["sales"]),
    ("drs_replicate_crm", "DRS", "Default", ["crm"]),
    ("dmask_mask_pii", "DMASK", "Finance", ["finance", "pii"]),
    ("pcs_legacy_load", "PCS", "Default", []),
]
_ASSETS = [  # assets that only the v3 search sees
    ("tf_customer_pipeline", "TASKFLOW", "Sales", ["sales"]),
    ("tf_month_end", "TASKFLOW", "Finance", ["finance", "monthly"]),
    ("proc_order_api", "PROCESS", "Sales", ["orders"]),
    ("mplt_clean_address", "MAPPLET", "Default", []),
]


def build_seed(rng: random.Random, ids: Ids, username: str) -> Seed:
    seed = Seed(org_id="".join(rng.choice(_ALPHABET) for _ in range(22)))
    base = HISTORY_ANCHOR
    # agents and runtime environments
    agent_specs = [
        ("prod-agent-01", "linux64", True, "Prod"),
        ("prod-agent-02", "win64", None, "Prod"),  # inactive agents may lack active/readyToRun entirely
        ("dev-agent-01", "linux64", True, "Dev"),
        ("dev-agent-02", "linux64", False, "Dev"),
    ]
    group_ids = {"Prod": ids.v2(RUNTIME_ENVIRONMENT), "Dev": ids.v2(RUNTIME_ENVIRONMENT)}
    hosted_id = ids.v2(RUNTIME_ENVIRONMENT)
    for index, (name, platform, active, _group) in enumerate(agent_specs):
        agent: Json = {
            "@type": "agent", "id": ids.v2(AGENT), "orgId": seed.org_id, "name": name,
            "description": f"{name} Secure Agent", **_audit_fields(base - index * DAY, ADMIN, ADMIN),
            "platform": platform, "agentHost": f"{name}.example.com" if platform == "linux64" else name.upper(),
            "agentVersion": "66.12", "proxyHost": "", "proxyPort": None, "proxyUser": None,
            "upgradeStatus": "NotUpgrading", **stamps(base - 30 * DAY, "lastUpgrade"),
            **stamps(base - DAY, "lastUpgradeCheck", "lastStatusChange", "configUpdateTime"),
            "spiUrl": None,
            "packages": ["package-DataIntegrationService.66.12", "package-Common-Integration-Components.66.12"],
            "agentConfigs": [{"@type": "agentConfig", "type": "DTM", "subtype": "INFA_MEMORY", "name": "INFA_MEMORY",
                              "value": "-Xms256m -Xmx2048m", "platform": platform, "customized": True,
                              "overridden": False}],
            "agentEngines": [],
        }  # fmt: skip
        if active is not None:
            agent["active"] = active
            agent["readyToRun"] = active
        seed.agents[agent["id"]] = agent
    agent_ids = list(seed.agents)
    members = {"Prod": agent_ids[0:2], "Dev": agent_ids[2:4]}
    for group, env_id in [*group_ids.items(), ("Hosted", hosted_id)]:
        name = "Hosted Agent" if group == "Hosted" else f"{group}_Agent_Group"
        seed.runtime_environments[env_id] = {
            "@type": "runtimeEnvironment", "id": env_id, "orgId": seed.org_id, "name": name,
            "description": "" if group != "Hosted" else "Informatica Cloud Hosted Agent",
            **_audit_fields(base - 10 * DAY, ADMIN, ADMIN),
            "createTimeUTC": v2_utc(base - 210 * DAY), "updateTimeUTC": v2_utc(base - 10 * DAY),
            "isShared": group == "Hosted", "federatedId": ids.federated(), "serverlessConfig": None,
            "_agentIds": members.get(group, []),  # internal; rendered as "agents"
        }  # fmt: skip
    prod_env, prod_agent = group_ids["Prod"], agent_ids[0]
    # connections
    for index, spec in enumerate(_CONNECTIONS):
        add_connection(seed, ids, spec, ts=base - index * 3 * DAY, env_id=prod_env, agent_id=prod_agent)
    # schedules
    for schedule in _schedules(base):
        schedule_id = ids.v2(SCHEDULE)
        seed.schedules[schedule_id] = {"@type": "schedule", "id": schedule_id, "orgId": seed.org_id, **schedule}
    schedule_ids = {schedule["name"]: schedule_id for schedule_id, schedule in seed.schedules.items()}
    # projects and folders (assets only)
    for path in ("Default", "Sales", "Finance", "Ops", "Sales/Loads", "Sales/Sync", "Finance/Close"):
        kind = "PROJECT" if "/" not in path else "FOLDER"
        seed.objects.append(
            asset(ids.federated(), path, kind, description=f"{path} {kind.lower()}", tags=[], ts=base - 100 * DAY)
        )
    # mapping tasks, each with its mapping
    names: dict[str, Task] = {}
    for index, (name, description, location, tags, schedule_name) in enumerate(_MAPPING_TASKS):
        task = add_mapping_task(
            seed, ids, name, description=description, location=location, tags=tags, ts=base - index * DAY,
            env_id=prod_env, schedule_id=schedule_ids.get(schedule_name or ""), username=username,
        )  # fmt: skip
        names[name] = task
    for index, (name, description, location, tags, steps) in enumerate(_TASKFLOWS):
        flow_steps = [names[step] for step in steps]
        add_taskflow(
            seed, ids, name, description=description, location=location, tags=tags, steps=flow_steps,
            ts=base - index * DAY, env_id=prod_env,
        )  # fmt: skip
    for index, (name, kind, location, tags) in enumerate(_OTHER_TASKS):
        task = Task(ids.v2(OTHER_TASK), ids.federated(), name, kind, prod_env, None)
        seed.tasks.append(task)
        seed.objects.append(
            asset(task.federated_id, f"{location}/{name}", kind, description="", tags=tags, ts=base - index * 2 * DAY)
        )
    for index, (name, kind, location, tags) in enumerate(_ASSETS):
        seed.objects.append(
            asset(ids.federated(), f"{location}/{name}", kind, description="", tags=tags, ts=base - index * 5 * DAY)
        )
    return seed


def _schedules(base: float) -> list[Json]:
    common = {"createdBy": ADMIN, "updatedBy": ADMIN, **stamps(base - 300 * DAY, "createTime", "updateTime")}
    days = dict.fromkeys(("sun", "mon", "tue", "wed", "thu", "fri", "sat"), False)
    return [
        {"name": "Nightly_0100", "description": "Every night at 01:00", **common,
         **stamps(base - 299 * DAY, "startTime"),
         "startTimeUTC": v2_utc(base - 299 * DAY), "endTime": None, "interval": "Daily", "frequency": 1,
         "weekDay": False, "timeZone": "America/New_York"},
        {"name": "Weekdays_Hourly", "description": "", **common, **stamps(base - 200 * DAY, "startTime"),
         "startTimeUTC": v2_utc(base - 200 * DAY), "interval": "Hourly", "frequency": 1,
         "rangeStartTime": "1970-01-01T08:00:00.000Z", "rangeEndTime": "1970-01-01T18:00:00.000Z",
         **days, "mon": True, "tue": True, "wed": True, "thu": True, "fri": True, "timeZoneId": "America/New_York"},
        {"name": "Month_End", "description": "First Monday of each month, 06:30", **common,
         **stamps(base - 250 * DAY, "startTime"), "startTimeUTC": v2_utc(base - 250 * DAY),
         **stamps(base + 500 * DAY, "endTime"), "interval": "Monthly", "frequency": 1, **days, "weekDay": False,
         "weekOfMonth": "First", "dayOfWeek": "Monday", "timeZone": "America/New_York"},
        {"name": "Every_15_Min", "description": "Near-real-time sync", **common, **stamps(base - 50 * DAY, "startTime"),
         "startTimeUTC": v2_utc(base - 50 * DAY), "endTime": None, "interval": "Minutely", "frequency": 15,
         "timeZone": "UTC"},
    ]  # fmt: skip


def add_connection(
    seed: Seed, ids: Ids, spec: Json, *, ts: float, env_id: str | None = None, agent_id: str | None = None
) -> Json:
    connection_id = ids.v2(CONNECTION)
    connection = {
        "@type": "connection", "id": connection_id, "orgId": seed.org_id, **_audit_fields(ts, ADMIN, ADMIN),
        "federatedId": ids.federated(), "agentId": agent_id, "runtimeEnvironmentId": env_id, **spec,
    }  # fmt: skip
    seed.connections[connection_id] = connection
    return connection


def bench_connection(number: int) -> Json:
    """The body of the `number`-th generated connection (seed_connections)."""
    kind = number % 4
    name = f"bench_conn_{number:05d}"
    if kind == 0:
        return {"name": name, "description": "generated", "type": "Oracle", "host": f"ora{number}.example.com",
                "port": 1521, "database": "ORCL", "schema": "BENCH", "codepage": "UTF-8", "username": "bench",
                "password": "bench", "connParams": {}}  # fmt: skip
    if kind == 1:
        return {"name": name, "description": "generated", "type": "SqlServer2017", "host": f"sql{number}.example.com",
                "port": 1433, "database": "BENCH", "schema": "dbo", "codepage": "UTF-8", "connParams": {}}  # fmt: skip
    if kind == 2:
        return {"name": name, "description": None, "type": "TOOLKIT",
                "instanceName": "Snowflake_Cloud_Data_Warehouse_V2",
                "connParams": {"Account": f"acct{number}", "Warehouse": "BENCH_WH", "Use Proxy": "False"}}  # fmt: skip
    return {"name": name, "description": "", "type": "CSVFile", "database": f"/data/bench/{number}",
            "codepage": "UTF-8", "connParams": {}}  # fmt: skip


def add_mapping_task(
    seed: Seed,
    ids: Ids,
    name: str,
    *,
    description: str,
    location: str,
    tags: list[str],
    ts: float,
    env_id: str | None,
    schedule_id: str | None,
    username: str,
) -> Task:
    task = Task(ids.v2(MAPPING_TASK), ids.federated(), name, "MTT", env_id, None)
    mapping_id = ids.v2(MAPPING)
    seed.mapping_tasks[task.id] = {
        "@type": "mtTask", "id": task.id, "orgId": seed.org_id, "name": name, "description": description,
        **_audit_fields(ts, ADMIN, username), "federatedId": task.federated_id, "mappingId": mapping_id,
        "runtimeEnvironmentId": env_id, "agentId": None, "scheduleId": schedule_id,
        # detail-only fields (the list leaves them out, as IICS does)
        "shortDescription": description, "maxLogs": 10, "verbose": False, **stamps(ts + 3600, "lastRunTime"),
        "parameterFileName": None, "sessionProperties": {"Pushdown Optimization": "None"},
        "parameters": [
            {"@type": "mtTaskParameter", "id": -1, "name": "$Source$", "type": "EXTENDED_SOURCE", "label": "Source",
             "sourceObject": name.removeprefix("mt_").upper()},
            {"@type": "mtTaskParameter", "id": -1, "name": "$Target$", "type": "TARGET", "label": "Target",
             "targetObject": "DIM_" + name.removeprefix("mt_").upper()},
        ],
    }  # fmt: skip
    seed.tasks.append(task)
    prefix = f"{location}/" if location else ""
    seed.objects.append(
        asset(
            ids.federated(),
            f"{prefix}m_{name.removeprefix('mt_')}",
            "DTEMPLATE",
            description=description,
            tags=tags,
            ts=ts,
        )
    )
    seed.objects.append(asset(task.federated_id, f"{prefix}{name}", "MTT", description=description, tags=tags, ts=ts))
    return task


MAPPING_TASK_DETAIL_ONLY = ("shortDescription", "maxLogs", "verbose", "lastRunTime", "parameterFileName",
                            "sessionProperties", "parameters")  # fmt: skip


def add_taskflow(
    seed: Seed,
    ids: Ids,
    name: str,
    *,
    description: str,
    location: str,
    tags: list[str],
    steps: list[Task],
    ts: float,
    env_id: str,
) -> Task:
    task = Task(ids.v2(TASKFLOW), ids.federated(), name, "WORKFLOW", env_id, None)
    seed.taskflows[task.id] = {
        "@type": "workflow", "id": task.id, "orgId": seed.org_id, "name": name, "description": description,
        "federatedId": task.federated_id, **_audit_fields(ts, ADMIN, ADMIN), "runtimeEnvironmentId": env_id,
        "scheduleId": None, "maxLogs": 10,
        "tasks": [{"@type": "workflowTask", "taskId": step.id, "type": step.type, "name": step.name,
                   "stopOnError": True, "stopOnWarning": False} for step in steps],
    }  # fmt: skip
    seed.tasks.append(task)
    seed.objects.append(
        asset(task.federated_id, f"{location}/{name}", "WORKFLOW", description=description, tags=tags, ts=ts)
    )
    return task


def asset(object_id: str, path: str, kind: str, *, description: str, tags: list[str], ts: float) -> Json:
    return {
        "id": object_id, "path": path, "type": kind, "description": description, "updatedBy": ADMIN,
        "updateTime": v3_utc(ts), "tags": list(tags),
        "sourceControl": {"checkedOutBy": None, "sourceControlled": False}, "customAttributes": {},
    }  # fmt: skip


# ---- history computed from the position (no storage) ----

_AUDIT_EVENTS = [
    ("AUTH", "LOGIN", "User {user} logged in."),
    ("CONNECTION", "UPDATE", "Connection {name} updated."),
    ("MTT", "UPDATE", "Mapping task {name} updated."),
    ("SCHEDULE", "UPDATE", "Schedule {name} updated."),
    ("AGENT", "RESTART", "Secure Agent {name} restarted."),
    ("AUTH", "LOGOUT", "User {user} logged out."),
    ("WORKFLOW", "CREATE", "Taskflow {name} created."),
]
AUDIT_STEP = 397.0  # seconds between two seeded audit entries


def seeded_audit_entry(index: int, org_id: str, username: str, subjects: list[tuple[str, str]]) -> Json:
    """The `index`-th newest seeded audit entry (0 = newest of the seeded history)."""
    category, event, message = _AUDIT_EVENTS[index % len(_AUDIT_EVENTS)]
    object_id, object_name = ("", username) if category == "AUTH" else subjects[index % len(subjects)]
    ts = HISTORY_ANCHOR - (index + 1) * AUDIT_STEP
    return {
        "@type": "auditLogEntry", "id": str(AUDIT_ID_BASE - index), "version": 1, "orgId": org_id, "username": username,
        "entryTime": v2_local(ts), "entryTimeUTC": v2_utc(ts), "objectId": object_id, "objectName": object_name,
        "category": category, "event": event, "eventParam": "",
        "message": message.format(user=username, name=object_name),
    }  # fmt: skip


HISTORY_STEP = 90.0  # seconds between two seeded activity log entries


def seeded_run(index: int, tasks: list[Task]) -> tuple[Task, int, float, float, int]:
    """(task, runId, start, end, state) of the `index`-th newest seeded activity log entry."""
    task = tasks[index % len(tasks)]
    end = HISTORY_ANCHOR - (index + 1) * HISTORY_STEP
    start = end - 20 - (index * 37) % 240
    state = 3 if index % 13 == 5 else 2 if index % 7 == 3 else 1
    return task, RUN_ID_BASE - index, start, end, state


def activity_entry(
    task: Task,
    run_id: int,
    start: float,
    end: float,
    *,
    state: int,
    stopped: bool = False,
    started_by: str,
    context: str = API_CONTEXT,
    error: str | None = None,
) -> Json:
    """A finished run's activity-log entry, shaped like Informatica's documented example: a successful run's
    top-level ``errorMsg`` is null, and the child entry (the mapping's session) carries its own message, item
    attributes and per-transformation row counts."""
    rows = 0 if state == 3 else 1000 + run_id % 9000
    failed = 0 if state == 1 else (rows // 50 if state == 2 else 0)
    message = error or {1: None, 2: f"{failed} rows were rejected by the target."}.get(
        state, f"Task {task.name} failed: [FATAL] mapping run failed."
    )
    times = {
        "startTime": v2_local(start),
        "endTime": v2_local(end),
        "startTimeUtc": v2_utc(start),
        "endTimeUtc": v2_utc(end),
    }
    counts = {"failedSourceRows": 0, "successSourceRows": rows, "failedTargetRows": failed,
              "successTargetRows": rows - failed, "totalSuccessRows": rows - failed,
              "totalFailedRows": failed}  # fmt: skip
    log_file = f"s_{task.type.lower()}_{task.id}_{run_id}.log"
    attrs = {"REQUESTED_COMPUTE_UNITS": "0.0", "CONSUMED_COMPUTE_UNITS": "0.0", "Session Log File Name": log_file}
    subject = task.name.removeprefix("mt_").upper()
    child = {
        "@type": "activityLogEntry", "id": f"{run_id:019d}1", "type": task.type, "objectId": task.id,
        "objectName": "" if task.type == "MTT" else task.name, "runId": run_id, "agentId": task.agent_id,
        "runtimeEnvironmentId": task.runtime_environment_id, **times, "state": state, **counts,
        "errorMsg": "No errors encountered." if state == 1 and not stopped else message, "startedBy": started_by,
        "runContextType": context, "entries": [], "subTaskEntries": [],
        "logEntryItemAttrs": {**attrs, "ERROR_CODE": "0" if state != 3 else "TM_6085", "IS_SERVER_LESS": "false"},
        "stopOnError": False, "hasStopOnErrorRecord": False, "contextExternalId": task.id,
        "transformationEntries": [
            {"@type": "transformationLogEntry", "id": f"{run_id % 10**9:09d}1", "txName": f"SRC_{subject}",
             "txType": "SOURCE", "successRows": rows, "failedRows": 0},
            {"@type": "transformationLogEntry", "id": f"{run_id % 10**9:09d}2", "txName": f"TGT_{subject}",
             "txType": "TARGET", "successRows": rows - failed, "affectedRows": rows - failed, "failedRows": failed},
        ],
    }  # fmt: skip
    return {
        "@type": "activityLogEntry", "id": f"{run_id:019d}0", "type": task.type, "objectId": task.id,
        "objectName": task.name, "runId": run_id, "agentId": task.agent_id,
        "runtimeEnvironmentId": task.runtime_environment_id, **times, "state": state, "errorMsg": message,
        "isStopped": stopped, "stopOnError": False, "hasStopOnErrorRecord": False, **counts, "startedBy": started_by,
        "runContextType": context, "scheduleName": "", "contextExternalId": None, "parentTaskFederatedId": None,
        "logEntryItemAttrs": attrs, "entries": [child],
    }  # fmt: skip
