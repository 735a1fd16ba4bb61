# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.migration_object_ref import MigrationObjectRef
    from ..models.migration_status import MigrationStatus


T = TypeVar("T", bound="ImportJobObject")

_KNOWN_KEYS = frozenset(
    {
        "sourceObject",
        "targetObject",
        "status",
    }
)
_REQUIRED_KEYS = frozenset({})


@_attrs_define
class ImportJobObject:
    """The outcome of one object of an import job.

    Attributes:
        source_object (MigrationObjectRef | Unset): An object of an import job, in the package (source) or in this
            organization (target).
        target_object (MigrationObjectRef | None | Unset): The object in this organization; absent (or null) when the
            object failed.
        status (MigrationStatus | Unset): A state and its message.
    """

    source_object: MigrationObjectRef | Unset = UNSET
    target_object: MigrationObjectRef | None | Unset = UNSET
    status: MigrationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        source_object: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_object, Unset):
            source_object = self.source_object.to_dict()

        target_object: dict[str, Any] | None | Unset
        if isinstance(self.target_object, Unset):
            target_object = UNSET
        elif isinstance(self.target_object, MigrationObjectRef):
            target_object = self.target_object.to_dict()
        else:
            target_object = self.target_object

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_object is not UNSET:
            field_dict["sourceObject"] = source_object
        if target_object is not UNSET:
            field_dict["targetObject"] = target_object
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        d.keys()  # a body that is not an object fails here (AttributeError), not on first field access
        _source_object = d.get("sourceObject", UNSET)
        source_object: MigrationObjectRef | Unset
        if isinstance(_source_object, Unset):
            source_object = UNSET
        else:
            source_object = MigrationObjectRef.from_dict(_source_object)

        _target_object = d.get("targetObject", UNSET)
        target_object: MigrationObjectRef | None | Unset
        if _target_object is None or isinstance(_target_object, Unset):
            target_object = _target_object
        else:
            try:
                if not isinstance(_target_object, dict):
                    raise TypeError()
                target_object_type_1 = MigrationObjectRef.from_dict(_target_object)

                target_object = target_object_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                target_object = cast("MigrationObjectRef | None | Unset", _target_object)

        _status = d.get("status", UNSET)
        status: MigrationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MigrationStatus.from_dict(_status)

        import_job_object = cls.__new__(cls)
        _set = object.__setattr__
        _set(import_job_object, "_src", d)
        _set(import_job_object, "source_object", source_object)
        _set(import_job_object, "target_object", target_object)
        _set(import_job_object, "status", status)
        return import_job_object

    def __getattr__(self, name: str) -> Any:
        # Only called for a slot that is still empty: a plain field of an object built by from_dict.
        src = object.__getattribute__(self, "_src")
        if src is None:
            raise AttributeError(name)
        key = _PLAIN_FIELDS.get(name)
        if key is not None:
            value = src.get(key, UNSET)
        elif name == "additional_properties":
            # source order, so to_dict() bytes do not depend on the hash seed
            value = {k: v for k, v in src.items() if k not in _KNOWN_KEYS}
        else:
            raise AttributeError(name)
        object.__setattr__(self, name, value)
        return value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# python name -> JSON key of the fields from_dict leaves to be read on first access
_PLAIN_FIELDS: dict[str, str] = {}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.migration_object_ref import MigrationObjectRef  # noqa: E402
from ..models.migration_status import MigrationStatus  # noqa: E402
