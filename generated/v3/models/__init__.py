# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .conflict_resolution import ConflictResolution
    from .expand import Expand
    from .export_job import ExportJob
    from .export_job_object import ExportJobObject
    from .export_object_request import ExportObjectRequest
    from .export_request import ExportRequest
    from .import_job import ImportJob
    from .import_job_object import ImportJobObject
    from .import_object_specification import ImportObjectSpecification
    from .import_package_form import ImportPackageForm
    from .import_package_upload import ImportPackageUpload
    from .import_request import ImportRequest
    from .import_specification import ImportSpecification
    from .lookup_item import LookupItem
    from .lookup_request import LookupRequest
    from .lookup_result import LookupResult
    from .mapping_task import MappingTask
    from .mapping_task_parameters_item import MappingTaskParametersItem
    from .mapping_task_session_properties_type_0 import (
        MappingTaskSessionPropertiesType0,
    )
    from .migration_object_ref import MigrationObjectRef
    from .migration_state import MigrationState
    from .migration_status import MigrationStatus
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
    "ConflictResolution": ".conflict_resolution",
    "Expand": ".expand",
    "ExportJob": ".export_job",
    "ExportJobObject": ".export_job_object",
    "ExportObjectRequest": ".export_object_request",
    "ExportRequest": ".export_request",
    "ImportJob": ".import_job",
    "ImportJobObject": ".import_job_object",
    "ImportObjectSpecification": ".import_object_specification",
    "ImportPackageForm": ".import_package_form",
    "ImportPackageUpload": ".import_package_upload",
    "ImportRequest": ".import_request",
    "ImportSpecification": ".import_specification",
    "LookupItem": ".lookup_item",
    "LookupRequest": ".lookup_request",
    "LookupResult": ".lookup_result",
    "MappingTask": ".mapping_task",
    "MappingTaskParametersItem": ".mapping_task_parameters_item",
    "MappingTaskSessionPropertiesType0": ".mapping_task_session_properties_type_0",
    "MigrationObjectRef": ".migration_object_ref",
    "MigrationState": ".migration_state",
    "MigrationStatus": ".migration_status",
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
    "ConflictResolution",
    "Expand",
    "ExportJob",
    "ExportJobObject",
    "ExportObjectRequest",
    "ExportRequest",
    "ImportJob",
    "ImportJobObject",
    "ImportObjectSpecification",
    "ImportPackageForm",
    "ImportPackageUpload",
    "ImportRequest",
    "ImportSpecification",
    "LookupItem",
    "LookupRequest",
    "LookupResult",
    "MappingTask",
    "MappingTaskParametersItem",
    "MappingTaskSessionPropertiesType0",
    "MigrationObjectRef",
    "MigrationState",
    "MigrationStatus",
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
