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

    def to_dict(self) -> dict[str, Any]:
        from ..models.object_summary_custom_attributes_type_0 import (
            ObjectSummaryCustomAttributesType0,  # noqa: PLC0415
        )
        from ..models.object_summary_source_control_type_0 import (
            ObjectSummarySourceControlType0,  # noqa: PLC0415
        )

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
        from ..models.object_summary_custom_attributes_type_0 import (
            ObjectSummaryCustomAttributesType0,  # noqa: PLC0415
        )
        from ..models.object_summary_source_control_type_0 import (
            ObjectSummarySourceControlType0,  # noqa: PLC0415
        )

        d = src_dict
        id = d["id"]

        path = d["path"]

        type_ = d["type"]

        description = cast("None | str | Unset", d.get("description", UNSET))

        updated_by = cast("None | str | Unset", d.get("updatedBy", UNSET))

        _update_time = d.get("updateTime", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = datetime.datetime.fromisoformat(_update_time.replace("Z", "+00:00"))

        tags = cast(list[str], d.get("tags", UNSET))

        def _parse_source_control(data: object) -> None | ObjectSummarySourceControlType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_control_type_0 = ObjectSummarySourceControlType0.from_dict(data)

                return source_control_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ObjectSummarySourceControlType0 | Unset, data)

        source_control = _parse_source_control(d.get("sourceControl", UNSET))

        def _parse_custom_attributes(data: object) -> None | ObjectSummaryCustomAttributesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_attributes_type_0 = ObjectSummaryCustomAttributesType0.from_dict(data)

                return custom_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ObjectSummaryCustomAttributesType0 | Unset, data)

        custom_attributes = _parse_custom_attributes(d.get("customAttributes", UNSET))

        object_summary = cls(
            id=id,
            path=path,
            type_=type_,
            description=description,
            updated_by=updated_by,
            update_time=update_time,
            tags=tags,
            source_control=source_control,
            custom_attributes=custom_attributes,
        )

        unknown = d.keys() - _KNOWN_KEYS

        if unknown:
            # source order, not set order: the bytes of to_dict() must not depend on the hash seed
            object_summary.additional_properties = {key: value for key, value in d.items() if key in unknown}
        return object_summary

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
