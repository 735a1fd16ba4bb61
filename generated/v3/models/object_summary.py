# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_summary_custom_attributes_type_0 import (
        ObjectSummaryCustomAttributesType0,
    )
    from ..models.object_summary_source_control_type_0 import (
        ObjectSummarySourceControlType0,
    )


T = TypeVar("T", bound="ObjectSummary")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "path",
        "type",
        "description",
        "updatedBy",
        "updateTime",
        "tags",
        "sourceControl",
        "customAttributes",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "id",
        "path",
        "type",
    }
)


@_attrs_define
class ObjectSummary:
    """One asset found by `search_objects`.

    Attributes:
        id (str): The v3 (federated) ID.
        path (str): Project/folder path plus name, for example `Sales/Loads/mt_load_customers`.
        type_ (str): Asset type, open-ended: DTEMPLATE (mapping), MTT, DSS, DMASK, DRS, MAPPLET, PCS, WORKFLOW,
            TASKFLOW, PROCESS, PROJECT, FOLDER, ...
        description (None | str | Unset):
        updated_by (None | str | Unset):
        update_time (datetime.datetime | Unset): UTC.
        tags (list[str] | Unset):
        source_control (None | ObjectSummarySourceControlType0 | Unset): Source control state (checkedOutBy,
            checkedOutTime, hash, lastCheckinBy, ...).
        custom_attributes (None | ObjectSummaryCustomAttributesType0 | Unset): Custom attributes (for example
            publishedBy).
    """

    id: str
    path: str
    type_: str
    description: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    tags: list[str] | Unset = UNSET
    source_control: None | ObjectSummarySourceControlType0 | Unset = UNSET
    custom_attributes: None | ObjectSummaryCustomAttributesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        path = self.path

        type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        source_control: dict[str, Any] | None | Unset
        if isinstance(self.source_control, Unset):
            source_control = UNSET
        elif isinstance(self.source_control, ObjectSummarySourceControlType0):
            source_control = self.source_control.to_dict()
        else:
            source_control = self.source_control

        custom_attributes: dict[str, Any] | None | Unset
        if isinstance(self.custom_attributes, Unset):
            custom_attributes = UNSET
        elif isinstance(self.custom_attributes, ObjectSummaryCustomAttributesType0):
            custom_attributes = self.custom_attributes.to_dict()
        else:
            custom_attributes = self.custom_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "path": path,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if tags is not UNSET:
            field_dict["tags"] = tags
        if source_control is not UNSET:
            field_dict["sourceControl"] = source_control
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        _update_time = d.get("updateTime", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = datetime.datetime.fromisoformat(_update_time.replace("Z", "+00:00"))

        _source_control = d.get("sourceControl", UNSET)
        source_control: None | ObjectSummarySourceControlType0 | Unset
        if _source_control is None or isinstance(_source_control, Unset):
            source_control = _source_control
        else:
            try:
                if not isinstance(_source_control, dict):
                    raise TypeError()
                source_control_type_0 = ObjectSummarySourceControlType0.from_dict(_source_control)

                source_control = source_control_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                source_control = cast("None | ObjectSummarySourceControlType0 | Unset", _source_control)

        _custom_attributes = d.get("customAttributes", UNSET)
        custom_attributes: None | ObjectSummaryCustomAttributesType0 | Unset
        if _custom_attributes is None or isinstance(_custom_attributes, Unset):
            custom_attributes = _custom_attributes
        else:
            try:
                if not isinstance(_custom_attributes, dict):
                    raise TypeError()
                custom_attributes_type_0 = ObjectSummaryCustomAttributesType0.from_dict(_custom_attributes)

                custom_attributes = custom_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                custom_attributes = cast("None | ObjectSummaryCustomAttributesType0 | Unset", _custom_attributes)

        object_summary = cls.__new__(cls)
        _set = object.__setattr__
        _set(object_summary, "_src", d)
        _set(object_summary, "update_time", update_time)
        _set(object_summary, "source_control", source_control)
        _set(object_summary, "custom_attributes", custom_attributes)
        return object_summary

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
    "path": "path",
    "type_": "type",
    "description": "description",
    "updated_by": "updatedBy",
    "tags": "tags",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.object_summary_custom_attributes_type_0 import (
    ObjectSummaryCustomAttributesType0,  # noqa: E402
)
from ..models.object_summary_source_control_type_0 import (
    ObjectSummarySourceControlType0,  # noqa: E402
)
