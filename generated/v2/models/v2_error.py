# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V2Error")

_KNOWN_KEYS = frozenset(
    {
        "code",
        "description",
        "@type",
        "statusCode",
    }
)


@_attrs_define
class V2Error:
    """The v2 error object.

    Attributes:
        code (str):
        description (str):
        type_ (str | Unset): Always "error".
        status_code (int | Unset):
    """

    code: str
    description: str
    type_: str | Unset = UNSET
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        type_ = self.type_

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "description": description,
            }
        )
        if type_ is not UNSET:
            field_dict["@type"] = type_
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        code = d["code"]

        description = d["description"]

        type_ = d.get("@type", UNSET)

        status_code = d.get("statusCode", UNSET)

        v2_error = cls(
            code=code,
            description=description,
            type_=type_,
            status_code=status_code,
        )

        unknown = d.keys() - _KNOWN_KEYS

        if unknown:
            # source order, not set order: the bytes of to_dict() must not depend on the hash seed
            v2_error.additional_properties = {key: value for key, value in d.items() if key in unknown}
        return v2_error

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
