# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.taskflow_error_detail_details_type_0_item import (
        TaskflowErrorDetailDetailsType0Item,
    )


T = TypeVar("T", bound="TaskflowErrorDetail")

_KNOWN_KEYS = frozenset(
    {
        "code",
        "message",
        "requestId",
        "details",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "code",
        "message",
    }
)


@_attrs_define
class TaskflowErrorDetail:
    """The body of an error (declared in the v3 shape; unconfirmed for this runtime).

    Attributes:
        code (str):
        message (str):
        request_id (None | str | Unset):
        details (list[TaskflowErrorDetailDetailsType0Item] | None | Unset):
    """

    code: str
    message: str
    request_id: None | str | Unset = UNSET
    details: list[TaskflowErrorDetailDetailsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

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
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        _details = d.get("details", UNSET)
        details: list[TaskflowErrorDetailDetailsType0Item] | None | Unset
        if _details is None or isinstance(_details, Unset):
            details = _details
        else:
            try:
                if not isinstance(_details, list):
                    raise TypeError()
                details_type_0 = []
                _details_type_0 = _details
                for details_type_0_item_data in _details_type_0:
                    details_type_0_item = TaskflowErrorDetailDetailsType0Item.from_dict(details_type_0_item_data)

                    details_type_0.append(details_type_0_item)

                details = details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                details = cast("list[TaskflowErrorDetailDetailsType0Item] | None | Unset", _details)

        taskflow_error_detail = cls.__new__(cls)
        _set = object.__setattr__
        _set(taskflow_error_detail, "_src", d)
        _set(taskflow_error_detail, "details", details)
        return taskflow_error_detail

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
    "code": "code",
    "message": "message",
    "request_id": "requestId",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.taskflow_error_detail_details_type_0_item import (
    TaskflowErrorDetailDetailsType0Item,  # noqa: E402
)
