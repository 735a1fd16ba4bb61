# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v3_error_detail_details_type_0_item import V3ErrorDetailDetailsType0Item


T = TypeVar("T", bound="V3ErrorDetail")

_KNOWN_KEYS = frozenset(
    {
        "code",
        "message",
        "requestId",
        "debugMessage",
        "details",
    }
)


@_attrs_define
class V3ErrorDetail:
    """The body of a v3 error.

    Attributes:
        code (str):
        message (str):
        request_id (None | str | Unset):
        debug_message (None | str | Unset):
        details (list[V3ErrorDetailDetailsType0Item] | None | Unset):
    """

    code: str
    message: str
    request_id: None | str | Unset = UNSET
    debug_message: None | str | Unset = UNSET
    details: list[V3ErrorDetailDetailsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        debug_message: None | str | Unset
        if isinstance(self.debug_message, Unset):
            debug_message = UNSET
        else:
            debug_message = self.debug_message

        details: list[dict[str, Any]] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, list):
            details = []
            for details_type_0_item_data in self.details:
                details_type_0_item = details_type_0_item_data.to_dict()
                details.append(details_type_0_item)

        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if debug_message is not UNSET:
            field_dict["debugMessage"] = debug_message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v3_error_detail_details_type_0_item import (
            V3ErrorDetailDetailsType0Item,  # noqa: PLC0415
        )

        d = src_dict
        code = d["code"]

        message = d["message"]

        request_id = cast("None | str | Unset", d.get("requestId", UNSET))

        debug_message = cast("None | str | Unset", d.get("debugMessage", UNSET))

        def _parse_details(data: object) -> list[V3ErrorDetailDetailsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                details_type_0 = []
                _details_type_0 = data
                for details_type_0_item_data in _details_type_0:
                    details_type_0_item = V3ErrorDetailDetailsType0Item.from_dict(details_type_0_item_data)

                    details_type_0.append(details_type_0_item)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[V3ErrorDetailDetailsType0Item] | None | Unset, data)

        details = _parse_details(d.get("details", UNSET))

        v3_error_detail = cls(
            code=code,
            message=message,
            request_id=request_id,
            debug_message=debug_message,
            details=details,
        )

        unknown = d.keys() - _KNOWN_KEYS

        if unknown:
            # source order, not set order: the bytes of to_dict() must not depend on the hash seed
            v3_error_detail.additional_properties = {key: value for key, value in d.items() if key in unknown}
        return v3_error_detail

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
