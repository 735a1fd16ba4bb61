# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .taskflow_error import TaskflowError
    from .taskflow_error_detail import TaskflowErrorDetail
    from .taskflow_error_detail_details_type_0_item import (
        TaskflowErrorDetailDetailsType0Item,
    )
    from .taskflow_inputs import TaskflowInputs
    from .taskflow_run import TaskflowRun
    from .taskflow_run_started import TaskflowRunStarted
    from .taskflow_run_status import TaskflowRunStatus
    from .taskflow_run_status_filter import TaskflowRunStatusFilter
    from .taskflow_subtask import TaskflowSubtask
    from .taskflow_subtask_details import TaskflowSubtaskDetails
    from .taskflow_subtask_list import TaskflowSubtaskList
    from .terminate_request import TerminateRequest
    from .terminate_result import TerminateResult

_MODULE_OF: dict[str, str] = {
    "TaskflowError": ".taskflow_error",
    "TaskflowErrorDetail": ".taskflow_error_detail",
    "TaskflowErrorDetailDetailsType0Item": ".taskflow_error_detail_details_type_0_item",
    "TaskflowInputs": ".taskflow_inputs",
    "TaskflowRun": ".taskflow_run",
    "TaskflowRunStarted": ".taskflow_run_started",
    "TaskflowRunStatus": ".taskflow_run_status",
    "TaskflowRunStatusFilter": ".taskflow_run_status_filter",
    "TaskflowSubtask": ".taskflow_subtask",
    "TaskflowSubtaskDetails": ".taskflow_subtask_details",
    "TaskflowSubtaskList": ".taskflow_subtask_list",
    "TerminateRequest": ".terminate_request",
    "TerminateResult": ".terminate_result",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "TaskflowError",
    "TaskflowErrorDetail",
    "TaskflowErrorDetailDetailsType0Item",
    "TaskflowInputs",
    "TaskflowRun",
    "TaskflowRunStarted",
    "TaskflowRunStatus",
    "TaskflowRunStatusFilter",
    "TaskflowSubtask",
    "TaskflowSubtaskDetails",
    "TaskflowSubtaskList",
    "TerminateRequest",
    "TerminateResult",
)
