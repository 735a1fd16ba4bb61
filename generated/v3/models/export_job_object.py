# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.migration_status import MigrationStatus


T = TypeVar("T", bound="ExportJobObject")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "path",
        "type",
        "description",
        "status",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "id",
    }
)


@_attrs_define
class ExportJobObject:
    """One object of an export package.

    Attributes:
        id (str): The object's v3 (federated) ID in the source organization.
        name (str | Unset):
        path (str | Unset): Project/folder path plus name (connections and runtime environments have only a name).
        type_ (str | Unset): Object type, open-ended: PROJECT, FOLDER, DTEMPLATE, MTT, WORKFLOW, TASKFLOW, Connection,
            AgentGroup, ...
        description (None | str | Unset):
        status (MigrationStatus | Unset): A state and its message.
    """

    id: str
    name: str | Unset = UNSET
    path: str | Unset = UNSET
    type_: str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: MigrationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        path = self.path

        type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if path is not UNSET:
            field_dict["path"] = path
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        _status = d.get("status", UNSET)
        status: MigrationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MigrationStatus.from_dict(_status)

        export_job_object = cls.__new__(cls)
        _set = object.__setattr__
        _set(export_job_object, "_src", d)
        _set(export_job_object, "status", status)
        return export_job_object

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
_PLAIN_FIELDS: dict[str, str] = {
    "id": "id",
    "name": "name",
    "path": "path",
    "type_": "type",
    "description": "description",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.migration_status import MigrationStatus  # noqa: E402
