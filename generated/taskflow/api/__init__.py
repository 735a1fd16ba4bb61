# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""Client methods for the operations of this API family: ``SyncOperations`` (mixed into ``IICSClient``) and
``AsyncOperations`` (``AsyncIICSClient``). Generated from the spec: one method per operation that is a single
request; endpoint modules and models load on first call."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import ModuleType

    from ..models.taskflow_error import TaskflowError
    from ..models.taskflow_run import TaskflowRun


class SyncOperations:
    """The plain operations of this family, as methods of ``IICSClient``."""

    def _call(self, endpoint: ModuleType, /, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError  # the client class provides it

    def get_taskflow_run(self, run_id: str) -> TaskflowRun:
        """Get the status of one taskflow run

        Returns the status of one taskflow run, with the status of each subtask it ran so far in
        `subtaskDetails.details.tasks`. Send `Accept: application/json`.
        """
        from .taskflow_runs import get_taskflow_run as _op

        return self._call(_op, run_id)


class AsyncOperations:
    """The plain operations of this family, as coroutine methods of ``AsyncIICSClient``."""

    async def _call(self, endpoint: ModuleType, /, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError  # the client class provides it

    async def get_taskflow_run(self, run_id: str) -> TaskflowRun:
        """Get the status of one taskflow run

        Returns the status of one taskflow run, with the status of each subtask it ran so far in
        `subtaskDetails.details.tasks`. Send `Accept: application/json`.
        """
        from .taskflow_runs import get_taskflow_run as _op

        return await self._call(_op, run_id)


__all__ = ["AsyncOperations", "SyncOperations"]
