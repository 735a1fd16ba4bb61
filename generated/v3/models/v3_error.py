# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.v3_error_detail import V3ErrorDetail


T = TypeVar("T", bound="V3Error")

_KNOWN_KEYS = frozenset(
    {
        "error",
    }
)


@_attrs_define
class V3Error:
    """The v3 error object.

    Attributes:
        error (V3ErrorDetail): The body of a v3 error.
    """

    error: V3ErrorDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v3_error_detail import V3ErrorDetail  # noqa: PLC0415

        d = src_dict
        error = V3ErrorDetail.from_dict(d["error"])

        v3_error = cls(
            error=error,
        )

        unknown = d.keys() - _KNOWN_KEYS

        if unknown:
            # source order, not set order: the bytes of to_dict() must not depend on the hash seed
            v3_error.additional_properties = {key: value for key, value in d.items() if key in unknown}
        return v3_error

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
