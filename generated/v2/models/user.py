# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

if TYPE_CHECKING:
    from ..models.role import Role


T = TypeVar("T", bound="User")
_new = object.__new__


class User(JsonModel):
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

    __slots__ = (
        "server_url",
        "ic_session_id",
    )
    server_url: str
    ic_session_id: str

    def __init__(
        self,
        server_url: str,
        ic_session_id: str,
        type_: str | Unset = UNSET,
        id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        org_uuid: None | str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        create_time: str | Unset = UNSET,
        update_time: str | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        updated_by: None | str | Unset = UNSET,
        first_name: None | str | Unset = UNSET,
        last_name: None | str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        phone: None | str | Unset = UNSET,
        emails: None | str | Unset = UNSET,
        timezone: None | str | Unset = UNSET,
        roles: list[Role] | Unset = UNSET,
        usergroups: list[str] | Unset = UNSET,
        spi_url: None | str | Unset = UNSET,
        force_change_password: bool | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(server_url, (str,)):
            raise invalid("User", "serverUrl", server_url, "a string")
        self.server_url = server_url
        if not scalar_ok(ic_session_id, (str,)):
            raise invalid("User", "icSessionId", ic_session_id, "a string")
        self.ic_session_id = ic_session_id
        self.type_ = type_
        self.id = id
        self.org_id = org_id
        self.org_uuid = org_uuid
        self.name = name
        self.description = description
        self.create_time = create_time
        self.update_time = update_time
        self.created_by = created_by
        self.updated_by = updated_by
        self.first_name = first_name
        self.last_name = last_name
        self.title = title
        self.phone = phone
        self.emails = emails
        self.timezone = timezone
        self.roles = roles
        self.usergroups = usergroups
        self.spi_url = spi_url
        self.force_change_password = force_change_password

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("User", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "User"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("User", None, d, "an object")
        try:
            server_url = d["serverUrl"]
        except KeyError:
            server_url = UNSET
        if not (server_url.__class__ is str) and not scalar_ok(server_url, (str,)):
            raise invalid("User", "serverUrl", server_url, "a string")
        try:
            ic_session_id = d["icSessionId"]
        except KeyError:
            ic_session_id = UNSET
        if not (ic_session_id.__class__ is str) and not scalar_ok(ic_session_id, (str,)):
            raise invalid("User", "icSessionId", ic_session_id, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.server_url = server_url
        model.ic_session_id = ic_session_id

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("User", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("User", None, d, "an object")
            try:
                server_url = d["serverUrl"]
            except KeyError:
                server_url = UNSET
            if not (server_url.__class__ is str) and not scalar_ok(server_url, (str,)):
                raise invalid("User", "serverUrl", server_url, "a string")
            try:
                ic_session_id = d["icSessionId"]
            except KeyError:
                ic_session_id = UNSET
            if not (ic_session_id.__class__ is str) and not scalar_ok(ic_session_id, (str,)):
                raise invalid("User", "icSessionId", ic_session_id, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.server_url = server_url
            model.ic_session_id = ic_session_id

            append(model)
        return out

    @property
    def type_(self) -> str | Unset:
        """Always "user"."""
        v = self._d.get("@type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("User", "@type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("User", "@type", value, "a string")
        self._set("@type", value, None)

    @property
    def id(self) -> str | Unset:
        v = self._d.get("id", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("User", "id", v, "a string")

    @id.setter
    def id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("User", "id", value, "a string")
        self._set("id", value, None)

    @property
    def org_id(self) -> str | Unset:
        """Organization ID (22 characters; 6 for legacy orgs)."""
        v = self._d.get("orgId", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("User", "orgId", v, "a string")

    @org_id.setter
    def org_id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("User", "orgId", value, "a string")
        self._set("orgId", value, None)

    @property
    def org_uuid(self) -> None | str | Unset:
        v = self._d.get("orgUuid", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("User", "orgUuid", v, "a string or null")

    @org_uuid.setter
    def org_uuid(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("User", "orgUuid", value, "a string or null")
        self._set("orgUuid", value, None)

    @property
    def name(self) -> str | Unset:
        """The user name."""
        v = self._d.get("name", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("User", "name", v, "a string")

    @name.setter
    def name(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("User", "name", value, "a string")
        self._set("name", value, None)

    @property
    def description(self) -> None | str | Unset:
        v = self._d.get("description", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("User", "description", v, "a string or null")

    @description.setter
    def description(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("User", "description", value, "a string or null")
        self._set("description", value, None)

    @property
    def create_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("createTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("User", "createTime", v, "a string")

    @create_time.setter
    def create_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("User", "createTime", value, "a string")
        self._set("createTime", value, None)

    @property
    def update_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("updateTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("User", "updateTime", v, "a string")

    @update_time.setter
    def update_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("User", "updateTime", value, "a string")
        self._set("updateTime", value, None)

    @property
    def created_by(self) -> None | str | Unset:
        v = self._d.get("createdBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("User", "createdBy", v, "a string or null")

    @created_by.setter
    def created_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("User", "createdBy", value, "a string or null")
        self._set("createdBy", value, None)

    @property
    def updated_by(self) -> None | str | Unset:
        v = self._d.get("updatedBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("User", "updatedBy", v, "a string or null")

    @updated_by.setter
    def updated_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("User", "updatedBy", value, "a string or null")
        self._set("updatedBy", value, None)

    @property
    def first_name(self) -> None | str | Unset:
        v = self._d.get("firstName", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("User", "firstName", v, "a string or null")

    @first_name.setter
    def first_name(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("User", "firstName", value, "a string or null")
        self._set("firstName", value, None)

    @property
    def last_name(self) -> None | str | Unset:
        v = self._d.get("lastName", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("User", "lastName", v, "a string or null")

    @last_name.setter
    def last_name(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("User", "lastName", value, "a string or null")
        self._set("lastName", value, None)

    @property
    def title(self) -> None | str | Unset:
        v = self._d.get("title", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("User", "title", v, "a string or null")

    @title.setter
    def title(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("User", "title", value, "a string or null")
        self._set("title", value, None)

    @property
    def phone(self) -> None | str | Unset:
        v = self._d.get("phone", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("User", "phone", v, "a string or null")

    @phone.setter
    def phone(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("User", "phone", value, "a string or null")
        self._set("phone", value, None)

    @property
    def emails(self) -> None | str | Unset:
        """E-mail address(es) of the user."""
        v = self._d.get("emails", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("User", "emails", v, "a string or null")

    @emails.setter
    def emails(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("User", "emails", value, "a string or null")
        self._set("emails", value, None)

    @property
    def timezone(self) -> None | str | Unset:
        v = self._d.get("timezone", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("User", "timezone", v, "a string or null")

    @timezone.setter
    def timezone(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("User", "timezone", value, "a string or null")
        self._set("timezone", value, None)

    @property
    def roles(self) -> list[Role] | Unset:
        c = self._c
        if c is not None and "roles" in c:
            return cast("list[Role] | Unset", c["roles"])
        v = self._d.get("roles", UNSET)
        if v is UNSET:
            return UNSET
        return cast("list[Role] | Unset", self._cached("roles", _convert_roles(v)))

    @roles.setter
    def roles(self, value: list[Role] | Unset) -> None:
        self._set("roles", value, _convert_roles)

    @property
    def usergroups(self) -> list[str] | Unset:
        v = self._d.get("usergroups", UNSET)
        if (v.__class__ is list and all(x0.__class__ is str for x0 in v)) or v is UNSET:
            return v
        if isinstance(v, list) and all(scalar_ok(x0, (str,)) for x0 in v):
            return v
        raise invalid("User", "usergroups", v, "an array (items: a string)")

    @usergroups.setter
    def usergroups(self, value: list[str] | Unset) -> None:
        if not ((isinstance(value, list) and all(scalar_ok(x0, (str,)) for x0 in value)) or value is UNSET):
            raise invalid("User", "usergroups", value, "an array (items: a string)")
        self._set("usergroups", value, None)

    @property
    def spi_url(self) -> None | str | Unset:
        """Deprecated."""
        v = self._d.get("spiUrl", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("User", "spiUrl", v, "a string or null")

    @spi_url.setter
    def spi_url(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("User", "spiUrl", value, "a string or null")
        self._set("spiUrl", value, None)

    @property
    def force_change_password(self) -> bool | Unset:
        v = self._d.get("forceChangePassword", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("User", "forceChangePassword", v, "a boolean")

    @force_change_password.setter
    def force_change_password(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("User", "forceChangePassword", value, "a boolean")
        self._set("forceChangePassword", value, None)


def _convert_roles(v: Any) -> Any:
    if v.__class__ is list:
        return Role._from_json_list(v)
    raise invalid("User", "roles", v, "an array (items: an object)")


def _json_roles_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return Role._from_json(v)._json(depth)
    raise invalid("User", "roles", v, "an object")


def _json_roles(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_roles_item(x, depth + 1) for x in v]
    raise invalid("User", "roles", v, "an array (items: an object)")


def _json_usergroups(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        if all(scalar_ok(x, (str,)) for x in v):
            return list(v)
    raise invalid("User", "usergroups", v, "an array (items: a string)")


User._FIELDS = (
    ("server_url", "serverUrl"),
    ("ic_session_id", "icSessionId"),
    ("type_", "@type"),
    ("id", "id"),
    ("org_id", "orgId"),
    ("org_uuid", "orgUuid"),
    ("name", "name"),
    ("description", "description"),
    ("create_time", "createTime"),
    ("update_time", "updateTime"),
    ("created_by", "createdBy"),
    ("updated_by", "updatedBy"),
    ("first_name", "firstName"),
    ("last_name", "lastName"),
    ("title", "title"),
    ("phone", "phone"),
    ("emails", "emails"),
    ("timezone", "timezone"),
    ("roles", "roles"),
    ("usergroups", "usergroups"),
    ("spi_url", "spiUrl"),
    ("force_change_password", "forceChangePassword"),
)
User._SLOTTED = (
    ("server_url", "serverUrl", (str,)),
    ("ic_session_id", "icSessionId", (str,)),
)
User._CHECKS = {
    "serverUrl": False,
    "icSessionId": False,
    "@type": (str,),
    "id": (str,),
    "orgId": (str,),
    "orgUuid": (str, NoneType),
    "name": (str,),
    "description": (str, NoneType),
    "createTime": (str,),
    "updateTime": (str,),
    "createdBy": (str, NoneType),
    "updatedBy": (str, NoneType),
    "firstName": (str, NoneType),
    "lastName": (str, NoneType),
    "title": (str, NoneType),
    "phone": (str, NoneType),
    "emails": (str, NoneType),
    "timezone": (str, NoneType),
    "roles": _json_roles,
    "usergroups": _json_usergroups,
    "spiUrl": (str, NoneType),
    "forceChangePassword": (bool,),
}
User._MUTABLE = frozenset(
    {
        "roles",
    }
)
User._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.role import Role  # noqa: E402
