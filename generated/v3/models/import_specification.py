# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conflict_resolution import ConflictResolution
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_object_specification import ImportObjectSpecification


T = TypeVar("T", bound="ImportSpecification")

_KNOWN_KEYS = frozenset(
    {
        "defaultConflictResolution",
        "includeObjects",
        "objectSpecification",
    }
)
_REQUIRED_KEYS = frozenset({})


@_attrs_define
class ImportSpecification:
    """Which objects to import and how. Without it, IICS imports every object of the package with the default conflict
    resolution.

        Attributes:
            default_conflict_resolution (ConflictResolution | Unset): What to do when the target organization has an object
                of the same type at the same path: OVERWRITE it with the package's, or REUSE it (keep it, do not import). The
                simulator's default is REUSE, as the IICS UI's (IICS's REST default is not documented).
            include_objects (list[str] | Unset): IDs (in the package) of the objects to import; default: all of them. A
                project includes its assets and the dependencies the target organization lacks; an asset brings its project and
                folder along when they are missing. Informatica recommends at most 1000.
            object_specification (list[ImportObjectSpecification] | Unset): Per-object settings; objects without one use the
                defaults.
    """

    default_conflict_resolution: ConflictResolution | Unset = UNSET
    include_objects: list[str] | Unset = UNSET
    object_specification: list[ImportObjectSpecification] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        default_conflict_resolution: str | Unset = UNSET
        if not isinstance(self.default_conflict_resolution, Unset):
            default_conflict_resolution = self.default_conflict_resolution.value

        include_objects: list[str] | Unset = UNSET
        if not isinstance(self.include_objects, Unset):
            include_objects = self.include_objects

        object_specification: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.object_specification, Unset):
            object_specification = []
            for object_specification_item_data in self.object_specification:
                object_specification_item = object_specification_item_data.to_dict()
                object_specification.append(object_specification_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_conflict_resolution is not UNSET:
            field_dict["defaultConflictResolution"] = default_conflict_resolution
        if include_objects is not UNSET:
            field_dict["includeObjects"] = include_objects
        if object_specification is not UNSET:
            field_dict["objectSpecification"] = object_specification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        d.keys()  # a body that is not an object fails here (AttributeError), not on first field access
        _default_conflict_resolution = d.get("defaultConflictResolution", UNSET)
        default_conflict_resolution: ConflictResolution | Unset
        if isinstance(_default_conflict_resolution, Unset):
            default_conflict_resolution = UNSET
        else:
            default_conflict_resolution = ConflictResolution(_default_conflict_resolution)

        _object_specification = d.get("objectSpecification", UNSET)
        object_specification: list[ImportObjectSpecification] | Unset = UNSET
        if _object_specification is not UNSET:
            object_specification = []
            for object_specification_item_data in _object_specification:
                object_specification_item = ImportObjectSpecification.from_dict(object_specification_item_data)

                object_specification.append(object_specification_item)

        import_specification = cls.__new__(cls)
        _set = object.__setattr__
        _set(import_specification, "_src", d)
        _set(import_specification, "default_conflict_resolution", default_conflict_resolution)
        _set(import_specification, "object_specification", object_specification)
        return import_specification

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
    "include_objects": "includeObjects",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.import_object_specification import ImportObjectSpecification  # noqa: E402
