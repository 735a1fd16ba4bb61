# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conflict_resolution import ConflictResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportObjectSpecification")

_KNOWN_KEYS = frozenset(
    {
        "sourceObjectId",
        "conflictResolution",
        "targetObjectId",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "sourceObjectId",
    }
)


@_attrs_define
class ImportObjectSpecification:
    """How to import one object of the package. `targetObjectId` names an existing object of the target organization to use
    instead of the package's object: a runtime environment (assets then use it; IICS requires the same connector types
    and versions), a connection, or a project or folder (the package's container is imported into it). IICS documents
    the field but the retrieved text does not say which object types it applies to; the mapping above is the
    simulator's. Fields for in-out parameters and sequences ("retain, reset or overwrite persisted values") are
    documented by IICS but their names are not known; unknown fields are kept and sent as given.

        Attributes:
            source_object_id (str): The object's ID in the package (its ID in the source organization).
            conflict_resolution (ConflictResolution | Unset): What to do when the target organization has an object of the
                same type at the same path: OVERWRITE it with the package's, or REUSE it (keep it, do not import). The
                simulator's default is REUSE, as the IICS UI's (IICS's REST default is not documented).
            target_object_id (str | Unset): An existing object of the target organization to use instead (see above).
    """

    source_object_id: str
    conflict_resolution: ConflictResolution | Unset = UNSET
    target_object_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        source_object_id = self.source_object_id

        conflict_resolution: str | Unset = UNSET
        if not isinstance(self.conflict_resolution, Unset):
            conflict_resolution = self.conflict_resolution.value

        target_object_id = self.target_object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourceObjectId": source_object_id,
            }
        )
        if conflict_resolution is not UNSET:
            field_dict["conflictResolution"] = conflict_resolution
        if target_object_id is not UNSET:
            field_dict["targetObjectId"] = target_object_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        _conflict_resolution = d.get("conflictResolution", UNSET)
        conflict_resolution: ConflictResolution | Unset
        if isinstance(_conflict_resolution, Unset):
            conflict_resolution = UNSET
        else:
            conflict_resolution = ConflictResolution(_conflict_resolution)

        import_object_specification = cls.__new__(cls)
        _set = object.__setattr__
        _set(import_object_specification, "_src", d)
        _set(import_object_specification, "conflict_resolution", conflict_resolution)
        return import_object_specification

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
    "source_object_id": "sourceObjectId",
    "target_object_id": "targetObjectId",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
