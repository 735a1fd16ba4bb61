# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity_log_entry import ActivityLogEntry
    from .activity_log_entry_log_entry_item_attrs_type_0 import (
        ActivityLogEntryLogEntryItemAttrsType0,
    )
    from .activity_log_entry_session_variables_type_0 import (
        ActivityLogEntrySessionVariablesType0,
    )
    from .activity_monitor_entry import ActivityMonitorEntry
    from .activity_state import ActivityState
    from .agent import Agent
    from .agent_agent_configs_item import AgentAgentConfigsItem
    from .agent_agent_engines_item import AgentAgentEnginesItem
    from .audit_log_entry import AuditLogEntry
    from .connection import Connection
    from .connection_conn_params_type_0 import ConnectionConnParamsType0
    from .execution_state import ExecutionState
    from .job import Job
    from .job_request import JobRequest
    from .job_request_runtime import JobRequestRuntime
    from .job_request_type import JobRequestType
    from .login_request import LoginRequest
    from .login_request_type import LoginRequestType
    from .role import Role
    from .runtime_environment import RuntimeEnvironment
    from .runtime_environment_serverless_config_type_0 import (
        RuntimeEnvironmentServerlessConfigType0,
    )
    from .schedule import Schedule
    from .schedule_interval import ScheduleInterval
    from .server_time import ServerTime
    from .success_object import SuccessObject
    from .task_list_type import TaskListType
    from .task_summary import TaskSummary
    from .task_type import TaskType
    from .transformation_log_entry import TransformationLogEntry
    from .update_mode import UpdateMode
    from .user import User
    from .v2_error import V2Error
    from .validated_token import ValidatedToken
    from .validated_token_request import ValidatedTokenRequest
    from .validated_token_request_type import ValidatedTokenRequestType

_MODULE_OF: dict[str, str] = {
    "ActivityLogEntry": ".activity_log_entry",
    "ActivityLogEntryLogEntryItemAttrsType0": ".activity_log_entry_log_entry_item_attrs_type_0",
    "ActivityLogEntrySessionVariablesType0": ".activity_log_entry_session_variables_type_0",
    "ActivityMonitorEntry": ".activity_monitor_entry",
    "ActivityState": ".activity_state",
    "Agent": ".agent",
    "AgentAgentConfigsItem": ".agent_agent_configs_item",
    "AgentAgentEnginesItem": ".agent_agent_engines_item",
    "AuditLogEntry": ".audit_log_entry",
    "Connection": ".connection",
    "ConnectionConnParamsType0": ".connection_conn_params_type_0",
    "ExecutionState": ".execution_state",
    "Job": ".job",
    "JobRequest": ".job_request",
    "JobRequestRuntime": ".job_request_runtime",
    "JobRequestType": ".job_request_type",
    "LoginRequest": ".login_request",
    "LoginRequestType": ".login_request_type",
    "Role": ".role",
    "RuntimeEnvironment": ".runtime_environment",
    "RuntimeEnvironmentServerlessConfigType0": ".runtime_environment_serverless_config_type_0",
    "Schedule": ".schedule",
    "ScheduleInterval": ".schedule_interval",
    "ServerTime": ".server_time",
    "SuccessObject": ".success_object",
    "TaskListType": ".task_list_type",
    "TaskSummary": ".task_summary",
    "TaskType": ".task_type",
    "TransformationLogEntry": ".transformation_log_entry",
    "UpdateMode": ".update_mode",
    "User": ".user",
    "V2Error": ".v2_error",
    "ValidatedToken": ".validated_token",
    "ValidatedTokenRequest": ".validated_token_request",
    "ValidatedTokenRequestType": ".validated_token_request_type",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "ActivityLogEntry",
    "ActivityLogEntryLogEntryItemAttrsType0",
    "ActivityLogEntrySessionVariablesType0",
    "ActivityMonitorEntry",
    "ActivityState",
    "Agent",
    "AgentAgentConfigsItem",
    "AgentAgentEnginesItem",
    "AuditLogEntry",
    "Connection",
    "ConnectionConnParamsType0",
    "ExecutionState",
    "Job",
    "JobRequest",
    "JobRequestRuntime",
    "JobRequestType",
    "LoginRequest",
    "LoginRequestType",
    "Role",
    "RuntimeEnvironment",
    "RuntimeEnvironmentServerlessConfigType0",
    "Schedule",
    "ScheduleInterval",
    "ServerTime",
    "SuccessObject",
    "TaskListType",
    "TaskSummary",
    "TaskType",
    "TransformationLogEntry",
    "UpdateMode",
    "User",
    "V2Error",
    "ValidatedToken",
    "ValidatedTokenRequest",
    "ValidatedTokenRequestType",
)
