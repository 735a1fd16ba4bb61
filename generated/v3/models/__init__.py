# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .lookup_item import LookupItem
    from .lookup_request import LookupRequest
    from .lookup_result import LookupResult
    from .mapping_task import MappingTask
    from .mapping_task_parameters_item import MappingTaskParametersItem
    from .mapping_task_session_properties_type_0 import (
        MappingTaskSessionPropertiesType0,
    )
    from .object_reference import ObjectReference
    from .object_references import ObjectReferences
    from .object_search_result import ObjectSearchResult
    from .object_summary import ObjectSummary
    from .object_summary_custom_attributes_type_0 import (
        ObjectSummaryCustomAttributesType0,
    )
    from .object_summary_source_control_type_0 import ObjectSummarySourceControlType0
    from .reference_type import ReferenceType
    from .taskflow import Taskflow
    from .taskflow_task import TaskflowTask
    from .v3_error import V3Error
    from .v3_error_detail import V3ErrorDetail
    from .v3_error_detail_details_type_0_item import V3ErrorDetailDetailsType0Item

_MODULE_OF: dict[str, str] = {
    "LookupItem": ".lookup_item",
    "LookupRequest": ".lookup_request",
    "LookupResult": ".lookup_result",
    "MappingTask": ".mapping_task",
    "MappingTaskParametersItem": ".mapping_task_parameters_item",
    "MappingTaskSessionPropertiesType0": ".mapping_task_session_properties_type_0",
    "ObjectReference": ".object_reference",
    "ObjectReferences": ".object_references",
    "ObjectSearchResult": ".object_search_result",
    "ObjectSummary": ".object_summary",
    "ObjectSummaryCustomAttributesType0": ".object_summary_custom_attributes_type_0",
    "ObjectSummarySourceControlType0": ".object_summary_source_control_type_0",
    "ReferenceType": ".reference_type",
    "Taskflow": ".taskflow",
    "TaskflowTask": ".taskflow_task",
    "V3Error": ".v3_error",
    "V3ErrorDetail": ".v3_error_detail",
    "V3ErrorDetailDetailsType0Item": ".v3_error_detail_details_type_0_item",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "LookupItem",
    "LookupRequest",
    "LookupResult",
    "MappingTask",
    "MappingTaskParametersItem",
    "MappingTaskSessionPropertiesType0",
    "ObjectReference",
    "ObjectReferences",
    "ObjectSearchResult",
    "ObjectSummary",
    "ObjectSummaryCustomAttributesType0",
    "ObjectSummarySourceControlType0",
    "ReferenceType",
    "Taskflow",
    "TaskflowTask",
    "V3Error",
    "V3ErrorDetail",
    "V3ErrorDetailDetailsType0Item",
)
