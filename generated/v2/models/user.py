# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role import Role


T = TypeVar("T", bound="User")

_KNOWN_KEYS = frozenset(
    {
        "serverUrl",
        "icSessionId",
        "@type",
        "id",
        "orgId",
        "orgUuid",
        "name",
        "description",
        "createTime",
        "updateTime",
        "createdBy",
        "updatedBy",
        "firstName",
        "lastName",
        "title",
        "phone",
        "emails",
        "timezone",
        "roles",
        "usergroups",
        "spiUrl",
        "forceChangePassword",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "serverUrl",
        "icSessionId",
    }
)


@_attrs_define
class User:
    """The v2 user object returned by login. Only `serverUrl` and `icSessionId` are relied upon. The user name is `name`
    (there is no `userName` field).

        Attributes:
            server_url (str): Pod base URL. Real IICS includes the `/saas` suffix (`https://usw3.dm-
                us.informaticacloud.com/saas`); the reference layout may omit it. The client uses only its origin.
            ic_session_id (str): Session ID to send in the `icSessionId` header (may be a long JWT in JWT mode).
            type_ (str | Unset): Always "user".
            id (str | Unset):
            org_id (str | Unset): Organization ID (22 characters; 6 for legacy orgs).
            org_uuid (None | str | Unset):
            name (str | Unset): The user name.
            description (None | str | Unset):
            create_time (str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC sibling.
            update_time (str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC sibling.
            created_by (None | str | Unset):
            updated_by (None | str | Unset):
            first_name (None | str | Unset):
            last_name (None | str | Unset):
            title (None | str | Unset):
            phone (None | str | Unset):
            emails (None | str | Unset): E-mail address(es) of the user.
            timezone (None | str | Unset):
            roles (list[Role] | Unset):
            usergroups (list[str] | Unset):
            spi_url (None | str | Unset): Deprecated.
            force_change_password (bool | Unset):
    """

    server_url: str
    ic_session_id: str = _attrs_field(repr=False)
    type_: str | Unset = UNSET
    id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    org_uuid: None | str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    create_time: str | Unset = UNSET
    update_time: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    emails: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    roles: list[Role] | Unset = UNSET
    usergroups: list[str] | Unset = UNSET
    spi_url: None | str | Unset = UNSET
    force_change_password: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        server_url = self.server_url

        ic_session_id = self.ic_session_id

        type_ = self.type_

        id = self.id

        org_id = self.org_id

        org_uuid: None | str | Unset
        if isinstance(self.org_uuid, Unset):
            org_uuid = UNSET
        else:
            org_uuid = self.org_uuid

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        create_time = self.create_time

        update_time = self.update_time

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        emails: None | str | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        else:
            emails = self.emails

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        usergroups: list[str] | Unset = UNSET
        if not isinstance(self.usergroups, Unset):
            usergroups = self.usergroups

        spi_url: None | str | Unset
        if isinstance(self.spi_url, Unset):
            spi_url = UNSET
        else:
            spi_url = self.spi_url

        force_change_password = self.force_change_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serverUrl": server_url,
                "icSessionId": ic_session_id,
            }
        )
        if type_ is not UNSET:
            field_dict["@type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if org_uuid is not UNSET:
            field_dict["orgUuid"] = org_uuid
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if title is not UNSET:
            field_dict["title"] = title
        if phone is not UNSET:
            field_dict["phone"] = phone
        if emails is not UNSET:
            field_dict["emails"] = emails
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if roles is not UNSET:
            field_dict["roles"] = roles
        if usergroups is not UNSET:
            field_dict["usergroups"] = usergroups
        if spi_url is not UNSET:
            field_dict["spiUrl"] = spi_url
        if force_change_password is not UNSET:
            field_dict["forceChangePassword"] = force_change_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        _roles = d.get("roles", UNSET)
        roles: list[Role] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = Role.from_dict(roles_item_data)

                roles.append(roles_item)

        user = cls.__new__(cls)
        _set = object.__setattr__
        _set(user, "_src", d)
        _set(user, "roles", roles)
        return user

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
    "server_url": "serverUrl",
    "ic_session_id": "icSessionId",
    "type_": "@type",
    "id": "id",
    "org_id": "orgId",
    "org_uuid": "orgUuid",
    "name": "name",
    "description": "description",
    "create_time": "createTime",
    "update_time": "updateTime",
    "created_by": "createdBy",
    "updated_by": "updatedBy",
    "first_name": "firstName",
    "last_name": "lastName",
    "title": "title",
    "phone": "phone",
    "emails": "emails",
    "timezone": "timezone",
    "usergroups": "usergroups",
    "spi_url": "spiUrl",
    "force_change_password": "forceChangePassword",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.role import Role  # noqa: E402
