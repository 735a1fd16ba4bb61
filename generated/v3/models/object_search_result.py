# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.object_summary import ObjectSummary


T = TypeVar("T", bound="ObjectSearchResult")

_KNOWN_KEYS = frozenset(
    {
        "count",
        "objects",
    }
)


@_attrs_define
class ObjectSearchResult:
    """One page of `search_objects`.

    Attributes:
        count (int): Total number of matches (not the size of this page).
        objects (list[ObjectSummary]):
    """

    count: int
    objects: list[ObjectSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "objects": objects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_summary import ObjectSummary  # noqa: PLC0415

        d = src_dict
        count = d["count"]

        objects = []
        _objects = d["objects"]
        for objects_item_data in _objects:
            objects_item = ObjectSummary.from_dict(objects_item_data)

            objects.append(objects_item)

        object_search_result = cls(
            count=count,
            objects=objects,
        )

        unknown = d.keys() - _KNOWN_KEYS

        if unknown:
            # source order, not set order: the bytes of to_dict() must not depend on the hash seed
            object_search_result.additional_properties = {key: value for key, value in d.items() if key in unknown}
        return object_search_result

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
