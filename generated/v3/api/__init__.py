# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""Client methods for the operations of this API family: ``SyncOperations`` (mixed into ``IICSClient``) and
``AsyncOperations`` (``AsyncIICSClient``). Generated from the spec: one method per operation that is a single
request; endpoint modules and models load on first call."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import ModuleType

    from ..models.mapping_task import MappingTask
    from ..models.taskflow import Taskflow
    from ..models.v3_error import V3Error


class SyncOperations:
    """The plain operations of this family, as methods of ``IICSClient``."""

    def _call(self, endpoint: ModuleType, /, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError  # the client class provides it

    def get_mapping_task(self, mapping_task_id: str) -> MappingTask:
        """Get a mapping task by ID

        Returns one mapping task by its v2 task ID. In real IICS this is the v2 resource `/api/v2/mttask/{id}`
        (header `icSessionId`); the reference contract files it under v3, and the client routes it per layout.
        """
        from .mapping_tasks import get_mapping_task as _op

        return self._call(_op, mapping_task_id)

    def get_mapping_task_by_name(self, name: str) -> MappingTask:
        """Get a mapping task by name

        Returns one mapping task by its name (URL-encoded in the path). In real IICS this is the v2 resource
        `/api/v2/mttask/name/{name}` (header `icSessionId`); the reference contract files it under v3, and the
        client routes it per layout.
        """
        from .mapping_tasks import get_mapping_task_by_name as _op

        return self._call(_op, name)

    def list_mapping_tasks(self) -> list[MappingTask]:
        """List mapping tasks

        Returns all mapping tasks. In real IICS this is the v2 resource `/api/v2/mttask` (header `icSessionId`); the
        reference contract files it under v3, and the client routes it per layout. The list may omit detail fields
        such as `parameters`.
        """
        from .mapping_tasks import list_mapping_tasks as _op

        return self._call(_op)

    def get_taskflow(self, taskflow_id: str) -> Taskflow:
        """Get a linear taskflow by ID

        Returns one linear taskflow by its v2 ID. In real IICS this is the v2 resource `/api/v2/workflow/{id}`
        (header `icSessionId`); the reference contract files it under v3, and the client routes it per layout.
        """
        from .taskflows import get_taskflow as _op

        return self._call(_op, taskflow_id)

    def get_taskflow_by_name(self, name: str) -> Taskflow:
        """Get a linear taskflow by name

        Returns one linear taskflow by its name (URL-encoded in the path). In real IICS this is the v2 resource
        `/api/v2/workflow/name/{name}` (header `icSessionId`); the reference contract files it under v3, and the
        client routes it per layout.
        """
        from .taskflows import get_taskflow_by_name as _op

        return self._call(_op, name)

    def list_taskflows(self) -> list[Taskflow]:
        """List linear taskflows

        Returns all linear taskflows (v2 "workflow" objects, task type WORKFLOW; not the newer TASKFLOW assets,
        which are found through `search_objects`). In real IICS this is the v2 resource `/api/v2/workflow` (header
        `icSessionId`); the reference contract files it under v3, and the client routes it per layout.
        """
        from .taskflows import list_taskflows as _op

        return self._call(_op)


class AsyncOperations:
    """The plain operations of this family, as coroutine methods of ``AsyncIICSClient``."""

    async def _call(self, endpoint: ModuleType, /, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError  # the client class provides it

    async def get_mapping_task(self, mapping_task_id: str) -> MappingTask:
        """Get a mapping task by ID

        Returns one mapping task by its v2 task ID. In real IICS this is the v2 resource `/api/v2/mttask/{id}`
        (header `icSessionId`); the reference contract files it under v3, and the client routes it per layout.
        """
        from .mapping_tasks import get_mapping_task as _op

        return await self._call(_op, mapping_task_id)

    async def get_mapping_task_by_name(self, name: str) -> MappingTask:
        """Get a mapping task by name

        Returns one mapping task by its name (URL-encoded in the path). In real IICS this is the v2 resource
        `/api/v2/mttask/name/{name}` (header `icSessionId`); the reference contract files it under v3, and the
        client routes it per layout.
        """
        from .mapping_tasks import get_mapping_task_by_name as _op

        return await self._call(_op, name)

    async def list_mapping_tasks(self) -> list[MappingTask]:
        """List mapping tasks

        Returns all mapping tasks. In real IICS this is the v2 resource `/api/v2/mttask` (header `icSessionId`); the
        reference contract files it under v3, and the client routes it per layout. The list may omit detail fields
        such as `parameters`.
        """
        from .mapping_tasks import list_mapping_tasks as _op

        return await self._call(_op)

    async def get_taskflow(self, taskflow_id: str) -> Taskflow:
        """Get a linear taskflow by ID

        Returns one linear taskflow by its v2 ID. In real IICS this is the v2 resource `/api/v2/workflow/{id}`
        (header `icSessionId`); the reference contract files it under v3, and the client routes it per layout.
        """
        from .taskflows import get_taskflow as _op

        return await self._call(_op, taskflow_id)

    async def get_taskflow_by_name(self, name: str) -> Taskflow:
        """Get a linear taskflow by name

        Returns one linear taskflow by its name (URL-encoded in the path). In real IICS this is the v2 resource
        `/api/v2/workflow/name/{name}` (header `icSessionId`); the reference contract files it under v3, and the
        client routes it per layout.
        """
        from .taskflows import get_taskflow_by_name as _op

        return await self._call(_op, name)

    async def list_taskflows(self) -> list[Taskflow]:
        """List linear taskflows

        Returns all linear taskflows (v2 "workflow" objects, task type WORKFLOW; not the newer TASKFLOW assets,
        which are found through `search_objects`). In real IICS this is the v2 resource `/api/v2/workflow` (header
        `icSessionId`); the reference contract files it under v3, and the client routes it per layout.
        """
        from .taskflows import list_taskflows as _op

        return await self._call(_op)


__all__ = ["AsyncOperations", "SyncOperations"]
