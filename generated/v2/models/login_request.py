# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.login_request_type import LoginRequestType

T = TypeVar("T", bound="LoginRequest")

_KNOWN_KEYS = frozenset(
    {
        "@type",
        "username",
        "password",
    }
)


@_attrs_define
class LoginRequest:
    """Body of the v2 login call.

    Attributes:
        type_ (LoginRequestType):
        username (str):
        password (str):
    """

    type_: LoginRequestType
    username: str
    password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@type": type_,
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = LoginRequestType(d["@type"])

        username = d["username"]

        password = d["password"]

        login_request = cls(
            type_=type_,
            username=username,
            password=password,
        )

        unknown = d.keys() - _KNOWN_KEYS

        if unknown:
            # source order, not set order: the bytes of to_dict() must not depend on the hash seed
            login_request.additional_properties = {key: value for key, value in d.items() if key in unknown}
        return login_request

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
