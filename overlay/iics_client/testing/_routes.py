"""The operation table (every operation of spec/v2.yaml, v3.yaml and taskflow.yaml) and the router for one layout.

Pod paths are the spec's paths behind the prefix the layout gives the operation's family
(``Layout.route(family, operation_id)``), so the iics layout serves mapping tasks as v2 resources under
``/saas/api/v2`` with ``icSessionId``, exactly as the client routes them. tests/e2e/test_conformance.py keeps this
table equal to spec/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from .._urls import Layout, Route

# v2 login on the login host is the spec's `login`; v3 login/logout are extras real IICS also has there.
LOGIN_PATH = "/ma/api/v2/user/login"
V3_LOGIN_PATH = "/saas/public/core/v3/login"
V3_LOGOUT_PATH = "/saas/public/core/v3/logout"


@dataclass(frozen=True)
class Operation:
    id: str
    family: str  # the spec file it is in: "v2", "v3" or "taskflow"
    method: str
    path: str  # as in the spec, relative to the family's prefix


POD_OPERATIONS: tuple[Operation, ...] = (
    Operation("logout", "v2", "POST", "/user/logout"),
    Operation("list_connections", "v2", "GET", "/connection"),
    Operation("create_connection", "v2", "POST", "/connection"),
    Operation("get_connection", "v2", "GET", "/connection/{connectionId}"),
    Operation("update_connection", "v2", "POST", "/connection/{connectionId}"),
    Operation("delete_connection", "v2", "DELETE", "/connection/{connectionId}"),
    Operation("get_connection_by_name", "v2", "GET", "/connection/name/{name}"),
    Operation("list_runtime_environments", "v2", "GET", "/runtimeEnvironment"),
    Operation("get_runtime_environment", "v2", "GET", "/runtimeEnvironment/{runtimeEnvironmentId}"),
    Operation("list_agents", "v2", "GET", "/agent"),
    Operation("get_agent", "v2", "GET", "/agent/{agentId}"),
    Operation("start_job", "v2", "POST", "/job"),
    Operation("stop_job", "v2", "POST", "/job/stop"),
    Operation("get_activity_log", "v2", "GET", "/activity/activityLog"),
    Operation("get_activity_monitor", "v2", "GET", "/activity/activityMonitor"),
    Operation("list_schedules", "v2", "GET", "/schedule"),
    Operation("get_schedule", "v2", "GET", "/schedule/{scheduleId}"),
    Operation("get_audit_logs", "v2", "GET", "/auditlog"),
    Operation("list_mapping_tasks", "v3", "GET", "/mttask"),
    Operation("get_mapping_task", "v3", "GET", "/mttask/{mappingTaskId}"),
    Operation("list_taskflows", "v3", "GET", "/workflow"),
    Operation("get_taskflow", "v3", "GET", "/workflow/{taskflowId}"),
    Operation("search_objects", "v3", "GET", "/objects"),
    # issue 16: the calls IICS users make every day
    Operation("validate_session", "v2", "POST", "/user/validSessionId"),
    Operation("get_agent_by_name", "v2", "GET", "/agent/name/{name}"),
    Operation("get_runtime_environment_by_name", "v2", "GET", "/runtimeEnvironment/name/{name}"),
    Operation("get_schedule_by_name", "v2", "GET", "/schedule/name/{name}"),
    Operation("list_tasks", "v2", "GET", "/task"),
    Operation("get_activity_log_entry", "v2", "GET", "/activity/activityLog/{activityLogId}"),
    Operation("get_session_log", "v2", "GET", "/activity/activityLog/{activityLogId}/sessionLog"),
    Operation("get_error_log", "v2", "GET", "/activity/errorLog/{activityLogId}"),
    Operation("get_server_time", "v2", "GET", "/server/serverTime"),
    Operation("get_mapping_task_by_name", "v3", "GET", "/mttask/name/{name}"),
    Operation("get_taskflow_by_name", "v3", "GET", "/workflow/name/{name}"),
    Operation("lookup_objects", "v3", "POST", "/lookup"),
    Operation("get_object_references", "v3", "GET", "/objects/{objectId}/references"),
    Operation("run_taskflow", "taskflow", "POST", "/rt/{apiName}"),
    Operation("get_taskflow_run", "taskflow", "GET", "/services/tf/status/{runId}"),
    Operation("list_taskflow_runs", "taskflow", "GET", "/services/tf/status"),
    Operation("terminate_taskflow_runs", "taskflow", "PUT", "/services/tf/terminate"),
    # issue 17: export and import
    Operation("start_export", "v3", "POST", "/export"),
    Operation("get_export_status", "v3", "GET", "/export/{exportId}"),
    Operation("get_export_log", "v3", "GET", "/export/{exportId}/log"),
    Operation("download_export_package", "v3", "GET", "/export/{exportId}/package"),
    Operation("upload_import_package", "v3", "POST", "/import/package"),  # before /import/{importJobId}: it wins
    Operation("start_import", "v3", "POST", "/import/{importJobId}"),
    Operation("get_import_status", "v3", "GET", "/import/{importJobId}"),
    Operation("get_import_log", "v3", "GET", "/import/{importJobId}/log"),
)
LOGIN_OPERATIONS: tuple[Operation, ...] = (
    Operation("login", "v2", "POST", LOGIN_PATH),
    Operation("login_v3", "v3", "POST", V3_LOGIN_PATH),
    Operation("logout_v3", "v3", "POST", V3_LOGOUT_PATH),
)
SPEC_OPERATIONS = (LOGIN_OPERATIONS[0], *POD_OPERATIONS)  # what spec/ describes


@dataclass(frozen=True)
class Match:
    operation: Operation | None  # None: no such path (404) or no such method on it (405)
    family: str  # the family that answers (error shape): the layout may move an operation to another family
    route: Route | None
    params: dict[str, str]
    method_allowed: bool = True


class Router:
    """Matches (method, raw path) against one host's operations. Path parameters are percent-decoded."""

    def __init__(self, operations: tuple[Operation, ...], layout: Layout | None) -> None:
        self._layout = layout
        self._table: list[tuple[re.Pattern[str], Operation, str, Route | None]] = []
        for operation in operations:
            family, route, prefix = operation.family, None, ""
            if layout is not None:
                family = layout.operation_families.get(operation.id, operation.family)
                if family not in layout.routes:  # a user layout without this family (e.g. no taskflow runtime)
                    continue
                route = layout.route(operation.family, operation.id)
                prefix = route.prefix
            pattern = re.escape(prefix + operation.path).replace(r"\{", "{").replace(r"\}", "}")
            pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", pattern)
            self._table.append((re.compile(pattern + "/?"), operation, family, route))
        # longest prefix first: which family answers an unknown path under it
        self._prefixes = sorted(((r.prefix, name) for name, r in layout.routes.items()), reverse=True) if layout else []

    def match(self, method: str, path: str) -> Match:
        allowed_elsewhere: tuple[str, Route | None] | None = None
        for pattern, operation, family, route in self._table:
            found = pattern.fullmatch(path)
            if found is None:
                continue
            if operation.method == method:
                return Match(operation, family, route, {k: unquote(v) for k, v in found.groupdict().items()})
            allowed_elsewhere = (family, route)
        if allowed_elsewhere is not None:
            return Match(None, allowed_elsewhere[0], allowed_elsewhere[1], {}, method_allowed=False)
        return Match(None, self.family_of(path), None, {})

    def family_of(self, path: str) -> str:
        for prefix, family in self._prefixes:
            if path == prefix or path.startswith(prefix + "/"):
                return family
        return "v3" if path.startswith("/saas/public/core/v3") else "v2"
