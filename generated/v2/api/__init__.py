# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""Client methods for the operations of this API family: ``SyncOperations`` (mixed into ``IICSClient``) and
``AsyncOperations`` (``AsyncIICSClient``). Generated from the spec: one method per operation that is a single
request; endpoint modules and models load on first call."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import ModuleType

    from ..models.activity_log_entry import ActivityLogEntry
    from ..models.activity_monitor_entry import ActivityMonitorEntry
    from ..models.agent import Agent
    from ..models.connection import Connection
    from ..models.runtime_environment import RuntimeEnvironment
    from ..models.schedule import Schedule
    from ..models.server_time import ServerTime
    from ..models.task_list_type import TaskListType
    from ..models.task_summary import TaskSummary
    from ..models.v2_error import V2Error


class SyncOperations:
    """The plain operations of this family, as methods of ``IICSClient``."""

    def _call(self, endpoint: ModuleType, /, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError  # the client class provides it

    def get_activity_log_entry(self, activity_log_id: str) -> ActivityLogEntry:
        """Get one activity log entry with its child entries

        Returns one activity log entry by its entry ID (the `id` of an entry, not the run ID), with its child
        entries (`entries`, one per object or task of the run) and their transformation statistics.
        """
        from .activity import get_activity_log_entry as _op

        return self._call(_op, activity_log_id)

    def get_activity_monitor(self, details: bool = False) -> list[ActivityMonitorEntry]:
        """Get running jobs (activity monitor)

        Returns the jobs that are running now. `details=true` adds child objects (for example the tasks of a linear
        taskflow). No paging is documented.
        """
        from .activity import get_activity_monitor as _op

        return self._call(_op, details=details)

    def get_agent(self, agent_id: str) -> Agent:
        """Get a Secure Agent by ID

        Returns one Secure Agent by its v2 ID, including packages and configurations.
        """
        from .agents import get_agent as _op

        return self._call(_op, agent_id)

    def get_agent_by_name(self, name: str) -> Agent:
        """Get a Secure Agent by name

        Returns one Secure Agent by its name (URL-encoded in the path), with the same fields as `get_agent`.
        """
        from .agents import get_agent_by_name as _op

        return self._call(_op, name)

    def list_agents(self) -> list[Agent]:
        """List Secure Agents

        Returns all Secure Agents. The list omits `packages` and `agentConfigs` for each agent. An inactive agent
        may lack `active`/`readyToRun` entirely.
        """
        from .agents import list_agents as _op

        return self._call(_op)

    def get_connection(self, connection_id: str) -> Connection:
        """Get a connection by ID

        Returns one connection by its v2 ID.
        """
        from .connections import get_connection as _op

        return self._call(_op, connection_id)

    def get_connection_by_name(self, name: str) -> Connection:
        """Get a connection by name

        Returns one connection by its name (the name is URL-encoded in the path).
        """
        from .connections import get_connection_by_name as _op

        return self._call(_op, name)

    def list_connections(self) -> list[Connection]:
        """List connections

        Returns all connections of the organization (no paging).
        """
        from .connections import list_connections as _op

        return self._call(_op)

    def get_runtime_environment(self, runtime_environment_id: str) -> RuntimeEnvironment:
        """Get a runtime environment by ID

        Returns one runtime environment (Secure Agent group) by its v2 ID.
        """
        from .runtime_environments import get_runtime_environment as _op

        return self._call(_op, runtime_environment_id)

    def get_runtime_environment_by_name(self, name: str) -> RuntimeEnvironment:
        """Get a runtime environment by name

        Returns one runtime environment (Secure Agent group) by its name (URL-encoded in the path), with its agents.
        """
        from .runtime_environments import get_runtime_environment_by_name as _op

        return self._call(_op, name)

    def list_runtime_environments(self) -> list[RuntimeEnvironment]:
        """List runtime environments

        Returns all runtime environments (Secure Agent groups) with their agents.
        """
        from .runtime_environments import list_runtime_environments as _op

        return self._call(_op)

    def get_schedule(self, schedule_id: str) -> Schedule:
        """Get a schedule by ID

        Returns one v2 schedule by its ID.
        """
        from .schedules import get_schedule as _op

        return self._call(_op, schedule_id)

    def get_schedule_by_name(self, name: str) -> Schedule:
        """Get a schedule by name

        Returns one v2 schedule by its name (URL-encoded in the path).
        """
        from .schedules import get_schedule_by_name as _op

        return self._call(_op, name)

    def list_schedules(self) -> list[Schedule]:
        """List schedules

        Returns all v2 schedules of the organization.
        """
        from .schedules import list_schedules as _op

        return self._call(_op)

    def get_server_time(self) -> ServerTime:
        """Get the server time

        Returns the pod's current time. Unconfirmed: the format of `time` (the simulator sends UTC as
        `2024-01-15T15:20:30.000Z`); keep it a string.
        """
        from .server import get_server_time as _op

        return self._call(_op)

    def list_tasks(self, type_: TaskListType | str) -> list[TaskSummary]:
        """List the tasks of one type

        Returns the tasks of one type. The IDs work as `taskId` only for tasks in the Default folder (use the
        federated ID from `lookup_objects` otherwise). Linear taskflows are not listed here (use `list_taskflows`).
        """
        from .tasks import list_tasks as _op

        return self._call(_op, type_=type_)


class AsyncOperations:
    """The plain operations of this family, as coroutine methods of ``AsyncIICSClient``."""

    async def _call(self, endpoint: ModuleType, /, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError  # the client class provides it

    async def get_activity_log_entry(self, activity_log_id: str) -> ActivityLogEntry:
        """Get one activity log entry with its child entries

        Returns one activity log entry by its entry ID (the `id` of an entry, not the run ID), with its child
        entries (`entries`, one per object or task of the run) and their transformation statistics.
        """
        from .activity import get_activity_log_entry as _op

        return await self._call(_op, activity_log_id)

    async def get_activity_monitor(self, details: bool = False) -> list[ActivityMonitorEntry]:
        """Get running jobs (activity monitor)

        Returns the jobs that are running now. `details=true` adds child objects (for example the tasks of a linear
        taskflow). No paging is documented.
        """
        from .activity import get_activity_monitor as _op

        return await self._call(_op, details=details)

    async def get_agent(self, agent_id: str) -> Agent:
        """Get a Secure Agent by ID

        Returns one Secure Agent by its v2 ID, including packages and configurations.
        """
        from .agents import get_agent as _op

        return await self._call(_op, agent_id)

    async def get_agent_by_name(self, name: str) -> Agent:
        """Get a Secure Agent by name

        Returns one Secure Agent by its name (URL-encoded in the path), with the same fields as `get_agent`.
        """
        from .agents import get_agent_by_name as _op

        return await self._call(_op, name)

    async def list_agents(self) -> list[Agent]:
        """List Secure Agents

        Returns all Secure Agents. The list omits `packages` and `agentConfigs` for each agent. An inactive agent
        may lack `active`/`readyToRun` entirely.
        """
        from .agents import list_agents as _op

        return await self._call(_op)

    async def get_connection(self, connection_id: str) -> Connection:
        """Get a connection by ID

        Returns one connection by its v2 ID.
        """
        from .connections import get_connection as _op

        return await self._call(_op, connection_id)

    async def get_connection_by_name(self, name: str) -> Connection:
        """Get a connection by name

        Returns one connection by its name (the name is URL-encoded in the path).
        """
        from .connections import get_connection_by_name as _op

        return await self._call(_op, name)

    async def list_connections(self) -> list[Connection]:
        """List connections

        Returns all connections of the organization (no paging).
        """
        from .connections import list_connections as _op

        return await self._call(_op)

    async def get_runtime_environment(self, runtime_environment_id: str) -> RuntimeEnvironment:
        """Get a runtime environment by ID

        Returns one runtime environment (Secure Agent group) by its v2 ID.
        """
        from .runtime_environments import get_runtime_environment as _op

        return await self._call(_op, runtime_environment_id)

    async def get_runtime_environment_by_name(self, name: str) -> RuntimeEnvironment:
        """Get a runtime environment by name

        Returns one runtime environment (Secure Agent group) by its name (URL-encoded in the path), with its agents.
        """
        from .runtime_environments import get_runtime_environment_by_name as _op

        return await self._call(_op, name)

    async def list_runtime_environments(self) -> list[RuntimeEnvironment]:
        """List runtime environments

        Returns all runtime environments (Secure Agent groups) with their agents.
        """
        from .runtime_environments import list_runtime_environments as _op

        return await self._call(_op)

    async def get_schedule(self, schedule_id: str) -> Schedule:
        """Get a schedule by ID

        Returns one v2 schedule by its ID.
        """
        from .schedules import get_schedule as _op

        return await self._call(_op, schedule_id)

    async def get_schedule_by_name(self, name: str) -> Schedule:
        """Get a schedule by name

        Returns one v2 schedule by its name (URL-encoded in the path).
        """
        from .schedules import get_schedule_by_name as _op

        return await self._call(_op, name)

    async def list_schedules(self) -> list[Schedule]:
        """List schedules

        Returns all v2 schedules of the organization.
        """
        from .schedules import list_schedules as _op

        return await self._call(_op)

    async def get_server_time(self) -> ServerTime:
        """Get the server time

        Returns the pod's current time. Unconfirmed: the format of `time` (the simulator sends UTC as
        `2024-01-15T15:20:30.000Z`); keep it a string.
        """
        from .server import get_server_time as _op

        return await self._call(_op)

    async def list_tasks(self, type_: TaskListType | str) -> list[TaskSummary]:
        """List the tasks of one type

        Returns the tasks of one type. The IDs work as `taskId` only for tasks in the Default folder (use the
        federated ID from `lookup_objects` otherwise). Linear taskflows are not listed here (use `list_taskflows`).
        """
        from .tasks import list_tasks as _op

        return await self._call(_op, type_=type_)


__all__ = ["AsyncOperations", "SyncOperations"]
