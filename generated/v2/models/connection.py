# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

if TYPE_CHECKING:
    from ..models.connection_conn_params_type_0 import ConnectionConnParamsType0


T = TypeVar("T", bound="Connection")
_new = object.__new__


class Connection(JsonModel):
    """A connection. The field set varies by connection type; for connector (TOOLKIT) types the real settings live in
    `connParams`. Passwords come back masked. The `@type` discriminator ("connection") is deliberately not declared: its
    generated Python name would clash with `type` (both become `type_`), so openapi-python-client would drop the whole
    model. It is kept, and sent, through the model's additional properties (for example `obj["@type"] = "connection"`).

        Attributes:
            name (str):
            type_ (str): Connection type, for example Oracle, SqlServer, CSVFile or TOOLKIT.
            id (str | Unset):
            org_id (str | Unset):
            description (None | str | Unset):
            create_time (str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC sibling.
            update_time (str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC sibling.
            created_by (None | str | Unset):
            updated_by (None | str | Unset):
            major_update_time (None | str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC
                sibling.
            federated_id (None | str | Unset):
            agent_id (None | str | Unset):
            runtime_environment_id (None | str | Unset):
            host (None | str | Unset):
            port (int | None | Unset):
            database (None | str | Unset):
            schema (None | str | Unset):
            codepage (None | str | Unset):
            date_format (None | str | Unset):
            timeout (int | None | Unset):
            instance_name (None | str | Unset):
            instance_display_name (None | str | Unset):
            service_url (None | str | Unset):
            domain (None | str | Unset):
            remote_directory (None | str | Unset):
            adjusted_jdbc_host_name (None | str | Unset):
            username (None | str | Unset):
            password (None | str | Unset): Masked ("********") in responses.
            security_token (None | str | Unset):
            authentication_type (None | str | Unset):
            conn_params (ConnectionConnParamsType0 | None | Unset): Connector-specific settings. Values are usually strings,
                including booleans such as "False".
            short_description (None | str | Unset):
            connector_status (None | str | Unset):
            base_type (None | str | Unset):
            internal (bool | Unset):
            vault_enabled (bool | Unset):
    """

    __slots__ = (
        "name",
        "type_",
    )
    name: str
    type_: str

    def __init__(
        self,
        name: str,
        type_: str,
        id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        create_time: str | Unset = UNSET,
        update_time: str | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        updated_by: None | str | Unset = UNSET,
        major_update_time: None | str | Unset = UNSET,
        federated_id: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        runtime_environment_id: None | str | Unset = UNSET,
        host: None | str | Unset = UNSET,
        port: int | None | Unset = UNSET,
        database: None | str | Unset = UNSET,
        schema: None | str | Unset = UNSET,
        codepage: None | str | Unset = UNSET,
        date_format: None | str | Unset = UNSET,
        timeout: int | None | Unset = UNSET,
        instance_name: None | str | Unset = UNSET,
        instance_display_name: None | str | Unset = UNSET,
        service_url: None | str | Unset = UNSET,
        domain: None | str | Unset = UNSET,
        remote_directory: None | str | Unset = UNSET,
        adjusted_jdbc_host_name: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        password: None | str | Unset = UNSET,
        security_token: None | str | Unset = UNSET,
        authentication_type: None | str | Unset = UNSET,
        conn_params: ConnectionConnParamsType0 | None | Unset = UNSET,
        short_description: None | str | Unset = UNSET,
        connector_status: None | str | Unset = UNSET,
        base_type: None | str | Unset = UNSET,
        internal: bool | Unset = UNSET,
        vault_enabled: bool | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(name, (str,)):
            raise invalid("Connection", "name", name, "a string")
        self.name = name
        if not scalar_ok(type_, (str,)):
            raise invalid("Connection", "type", type_, "a string")
        self.type_ = type_
        self.id = id
        self.org_id = org_id
        self.description = description
        self.create_time = create_time
        self.update_time = update_time
        self.created_by = created_by
        self.updated_by = updated_by
        self.major_update_time = major_update_time
        self.federated_id = federated_id
        self.agent_id = agent_id
        self.runtime_environment_id = runtime_environment_id
        self.host = host
        self.port = port
        self.database = database
        self.schema = schema
        self.codepage = codepage
        self.date_format = date_format
        self.timeout = timeout
        self.instance_name = instance_name
        self.instance_display_name = instance_display_name
        self.service_url = service_url
        self.domain = domain
        self.remote_directory = remote_directory
        self.adjusted_jdbc_host_name = adjusted_jdbc_host_name
        self.username = username
        self.password = password
        self.security_token = security_token
        self.authentication_type = authentication_type
        self.conn_params = conn_params
        self.short_description = short_description
        self.connector_status = connector_status
        self.base_type = base_type
        self.internal = internal
        self.vault_enabled = vault_enabled

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("Connection", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "Connection"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("Connection", None, d, "an object")
        try:
            name = d["name"]
        except KeyError:
            name = UNSET
        if not (name.__class__ is str) and not scalar_ok(name, (str,)):
            raise invalid("Connection", "name", name, "a string")
        try:
            type_ = d["type"]
        except KeyError:
            type_ = UNSET
        if not (type_.__class__ is str) and not scalar_ok(type_, (str,)):
            raise invalid("Connection", "type", type_, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.name = name
        model.type_ = type_

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("Connection", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("Connection", None, d, "an object")
            try:
                name = d["name"]
            except KeyError:
                name = UNSET
            if not (name.__class__ is str) and not scalar_ok(name, (str,)):
                raise invalid("Connection", "name", name, "a string")
            try:
                type_ = d["type"]
            except KeyError:
                type_ = UNSET
            if not (type_.__class__ is str) and not scalar_ok(type_, (str,)):
                raise invalid("Connection", "type", type_, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.name = name
            model.type_ = type_

            append(model)
        return out

    @property
    def id(self) -> str | Unset:
        v = self._d.get("id", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Connection", "id", v, "a string")

    @id.setter
    def id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Connection", "id", value, "a string")
        self._set("id", value, None)

    @property
    def org_id(self) -> str | Unset:
        v = self._d.get("orgId", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Connection", "orgId", v, "a string")

    @org_id.setter
    def org_id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Connection", "orgId", value, "a string")
        self._set("orgId", value, None)

    @property
    def description(self) -> None | str | Unset:
        v = self._d.get("description", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "description", v, "a string or null")

    @description.setter
    def description(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "description", value, "a string or null")
        self._set("description", value, None)

    @property
    def create_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("createTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Connection", "createTime", v, "a string")

    @create_time.setter
    def create_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Connection", "createTime", value, "a string")
        self._set("createTime", value, None)

    @property
    def update_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("updateTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Connection", "updateTime", v, "a string")

    @update_time.setter
    def update_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Connection", "updateTime", value, "a string")
        self._set("updateTime", value, None)

    @property
    def created_by(self) -> None | str | Unset:
        v = self._d.get("createdBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "createdBy", v, "a string or null")

    @created_by.setter
    def created_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "createdBy", value, "a string or null")
        self._set("createdBy", value, None)

    @property
    def updated_by(self) -> None | str | Unset:
        v = self._d.get("updatedBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "updatedBy", v, "a string or null")

    @updated_by.setter
    def updated_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "updatedBy", value, "a string or null")
        self._set("updatedBy", value, None)

    @property
    def major_update_time(self) -> None | str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("majorUpdateTime", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "majorUpdateTime", v, "a string or null")

    @major_update_time.setter
    def major_update_time(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "majorUpdateTime", value, "a string or null")
        self._set("majorUpdateTime", value, None)

    @property
    def federated_id(self) -> None | str | Unset:
        v = self._d.get("federatedId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "federatedId", v, "a string or null")

    @federated_id.setter
    def federated_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "federatedId", value, "a string or null")
        self._set("federatedId", value, None)

    @property
    def agent_id(self) -> None | str | Unset:
        v = self._d.get("agentId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "agentId", v, "a string or null")

    @agent_id.setter
    def agent_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "agentId", value, "a string or null")
        self._set("agentId", value, None)

    @property
    def runtime_environment_id(self) -> None | str | Unset:
        v = self._d.get("runtimeEnvironmentId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "runtimeEnvironmentId", v, "a string or null")

    @runtime_environment_id.setter
    def runtime_environment_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "runtimeEnvironmentId", value, "a string or null")
        self._set("runtimeEnvironmentId", value, None)

    @property
    def host(self) -> None | str | Unset:
        v = self._d.get("host", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "host", v, "a string or null")

    @host.setter
    def host(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "host", value, "a string or null")
        self._set("host", value, None)

    @property
    def port(self) -> int | None | Unset:
        v = self._d.get("port", UNSET)
        if v.__class__ is int or v is None or v is UNSET:
            return v
        if scalar_ok(v, (int, NoneType)):
            return v
        raise invalid("Connection", "port", v, "an integer or null")

    @port.setter
    def port(self, value: int | None | Unset) -> None:
        if not (scalar_ok(value, (int, NoneType)) or value is UNSET):
            raise invalid("Connection", "port", value, "an integer or null")
        self._set("port", value, None)

    @property
    def database(self) -> None | str | Unset:
        v = self._d.get("database", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "database", v, "a string or null")

    @database.setter
    def database(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "database", value, "a string or null")
        self._set("database", value, None)

    @property
    def schema(self) -> None | str | Unset:
        v = self._d.get("schema", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "schema", v, "a string or null")

    @schema.setter
    def schema(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "schema", value, "a string or null")
        self._set("schema", value, None)

    @property
    def codepage(self) -> None | str | Unset:
        v = self._d.get("codepage", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "codepage", v, "a string or null")

    @codepage.setter
    def codepage(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "codepage", value, "a string or null")
        self._set("codepage", value, None)

    @property
    def date_format(self) -> None | str | Unset:
        v = self._d.get("dateFormat", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "dateFormat", v, "a string or null")

    @date_format.setter
    def date_format(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "dateFormat", value, "a string or null")
        self._set("dateFormat", value, None)

    @property
    def timeout(self) -> int | None | Unset:
        v = self._d.get("timeout", UNSET)
        if v.__class__ is int or v is None or v is UNSET:
            return v
        if scalar_ok(v, (int, NoneType)):
            return v
        raise invalid("Connection", "timeout", v, "an integer or null")

    @timeout.setter
    def timeout(self, value: int | None | Unset) -> None:
        if not (scalar_ok(value, (int, NoneType)) or value is UNSET):
            raise invalid("Connection", "timeout", value, "an integer or null")
        self._set("timeout", value, None)

    @property
    def instance_name(self) -> None | str | Unset:
        v = self._d.get("instanceName", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "instanceName", v, "a string or null")

    @instance_name.setter
    def instance_name(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "instanceName", value, "a string or null")
        self._set("instanceName", value, None)

    @property
    def instance_display_name(self) -> None | str | Unset:
        v = self._d.get("instanceDisplayName", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "instanceDisplayName", v, "a string or null")

    @instance_display_name.setter
    def instance_display_name(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "instanceDisplayName", value, "a string or null")
        self._set("instanceDisplayName", value, None)

    @property
    def service_url(self) -> None | str | Unset:
        v = self._d.get("serviceUrl", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "serviceUrl", v, "a string or null")

    @service_url.setter
    def service_url(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "serviceUrl", value, "a string or null")
        self._set("serviceUrl", value, None)

    @property
    def domain(self) -> None | str | Unset:
        v = self._d.get("domain", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "domain", v, "a string or null")

    @domain.setter
    def domain(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "domain", value, "a string or null")
        self._set("domain", value, None)

    @property
    def remote_directory(self) -> None | str | Unset:
        v = self._d.get("remoteDirectory", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "remoteDirectory", v, "a string or null")

    @remote_directory.setter
    def remote_directory(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "remoteDirectory", value, "a string or null")
        self._set("remoteDirectory", value, None)

    @property
    def adjusted_jdbc_host_name(self) -> None | str | Unset:
        v = self._d.get("adjustedJdbcHostName", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "adjustedJdbcHostName", v, "a string or null")

    @adjusted_jdbc_host_name.setter
    def adjusted_jdbc_host_name(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "adjustedJdbcHostName", value, "a string or null")
        self._set("adjustedJdbcHostName", value, None)

    @property
    def username(self) -> None | str | Unset:
        v = self._d.get("username", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "username", v, "a string or null")

    @username.setter
    def username(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "username", value, "a string or null")
        self._set("username", value, None)

    @property
    def password(self) -> None | str | Unset:
        """Masked ("********") in responses."""
        v = self._d.get("password", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "password", v, "a string or null")

    @password.setter
    def password(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "password", value, "a string or null")
        self._set("password", value, None)

    @property
    def security_token(self) -> None | str | Unset:
        v = self._d.get("securityToken", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "securityToken", v, "a string or null")

    @security_token.setter
    def security_token(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "securityToken", value, "a string or null")
        self._set("securityToken", value, None)

    @property
    def authentication_type(self) -> None | str | Unset:
        v = self._d.get("authenticationType", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "authenticationType", v, "a string or null")

    @authentication_type.setter
    def authentication_type(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "authenticationType", value, "a string or null")
        self._set("authenticationType", value, None)

    @property
    def conn_params(self) -> ConnectionConnParamsType0 | None | Unset:
        """Connector-specific settings. Values are usually strings, including booleans such as "False"."""
        c = self._c
        if c is not None and "connParams" in c:
            return cast("ConnectionConnParamsType0 | None | Unset", c["connParams"])
        v = self._d.get("connParams", UNSET)
        if v is UNSET:
            return UNSET
        return cast("ConnectionConnParamsType0 | None | Unset", self._cached("connParams", _convert_conn_params(v)))

    @conn_params.setter
    def conn_params(self, value: ConnectionConnParamsType0 | None | Unset) -> None:
        self._set("connParams", value, _convert_conn_params)

    @property
    def short_description(self) -> None | str | Unset:
        v = self._d.get("shortDescription", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "shortDescription", v, "a string or null")

    @short_description.setter
    def short_description(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "shortDescription", value, "a string or null")
        self._set("shortDescription", value, None)

    @property
    def connector_status(self) -> None | str | Unset:
        v = self._d.get("connectorStatus", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "connectorStatus", v, "a string or null")

    @connector_status.setter
    def connector_status(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "connectorStatus", value, "a string or null")
        self._set("connectorStatus", value, None)

    @property
    def base_type(self) -> None | str | Unset:
        v = self._d.get("baseType", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Connection", "baseType", v, "a string or null")

    @base_type.setter
    def base_type(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Connection", "baseType", value, "a string or null")
        self._set("baseType", value, None)

    @property
    def internal(self) -> bool | Unset:
        v = self._d.get("internal", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("Connection", "internal", v, "a boolean")

    @internal.setter
    def internal(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("Connection", "internal", value, "a boolean")
        self._set("internal", value, None)

    @property
    def vault_enabled(self) -> bool | Unset:
        v = self._d.get("vaultEnabled", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("Connection", "vaultEnabled", v, "a boolean")

    @vault_enabled.setter
    def vault_enabled(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("Connection", "vaultEnabled", value, "a boolean")
        self._set("vaultEnabled", value, None)

    # `type`: the name the IICS reference uses for JSON "type"; `type_` stays. At run time it is type_'s own
    # slot (assigned below the class); type checkers see this property.
    if TYPE_CHECKING:

        @property
        def type(self) -> str: ...

        @type.setter
        def type(self, value: str) -> None: ...


Connection.type = Connection.type_  # type: ignore[assignment,method-assign]  # the reference's name


def _convert_conn_params_1(v: Any) -> Any:
    if v.__class__ is dict:
        return ConnectionConnParamsType0._from_json(v)
    raise invalid("Connection", "connParams", v, "an object")


def _convert_conn_params(v: Any) -> Any:
    if v.__class__ is dict:
        return _convert_conn_params_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("Connection", "connParams", v, "an object or null")


def _json_conn_params_1(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return ConnectionConnParamsType0._from_json(v)._json(depth)
    raise invalid("Connection", "connParams", v, "an object")


def _json_conn_params(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return _json_conn_params_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("Connection", "connParams", v, "an object or null")


Connection._FIELDS = (
    ("name", "name"),
    ("type_", "type"),
    ("id", "id"),
    ("org_id", "orgId"),
    ("description", "description"),
    ("create_time", "createTime"),
    ("update_time", "updateTime"),
    ("created_by", "createdBy"),
    ("updated_by", "updatedBy"),
    ("major_update_time", "majorUpdateTime"),
    ("federated_id", "federatedId"),
    ("agent_id", "agentId"),
    ("runtime_environment_id", "runtimeEnvironmentId"),
    ("host", "host"),
    ("port", "port"),
    ("database", "database"),
    ("schema", "schema"),
    ("codepage", "codepage"),
    ("date_format", "dateFormat"),
    ("timeout", "timeout"),
    ("instance_name", "instanceName"),
    ("instance_display_name", "instanceDisplayName"),
    ("service_url", "serviceUrl"),
    ("domain", "domain"),
    ("remote_directory", "remoteDirectory"),
    ("adjusted_jdbc_host_name", "adjustedJdbcHostName"),
    ("username", "username"),
    ("password", "password"),
    ("security_token", "securityToken"),
    ("authentication_type", "authenticationType"),
    ("conn_params", "connParams"),
    ("short_description", "shortDescription"),
    ("connector_status", "connectorStatus"),
    ("base_type", "baseType"),
    ("internal", "internal"),
    ("vault_enabled", "vaultEnabled"),
)
Connection._SLOTTED = (
    ("name", "name", (str,)),
    ("type_", "type", (str,)),
)
Connection._CHECKS = {
    "name": False,
    "type": False,
    "id": (str,),
    "orgId": (str,),
    "description": (str, NoneType),
    "createTime": (str,),
    "updateTime": (str,),
    "createdBy": (str, NoneType),
    "updatedBy": (str, NoneType),
    "majorUpdateTime": (str, NoneType),
    "federatedId": (str, NoneType),
    "agentId": (str, NoneType),
    "runtimeEnvironmentId": (str, NoneType),
    "host": (str, NoneType),
    "port": (int, NoneType),
    "database": (str, NoneType),
    "schema": (str, NoneType),
    "codepage": (str, NoneType),
    "dateFormat": (str, NoneType),
    "timeout": (int, NoneType),
    "instanceName": (str, NoneType),
    "instanceDisplayName": (str, NoneType),
    "serviceUrl": (str, NoneType),
    "domain": (str, NoneType),
    "remoteDirectory": (str, NoneType),
    "adjustedJdbcHostName": (str, NoneType),
    "username": (str, NoneType),
    "password": (str, NoneType),
    "securityToken": (str, NoneType),
    "authenticationType": (str, NoneType),
    "connParams": _json_conn_params,
    "shortDescription": (str, NoneType),
    "connectorStatus": (str, NoneType),
    "baseType": (str, NoneType),
    "internal": (bool,),
    "vaultEnabled": (bool,),
}
Connection._MUTABLE = frozenset(
    {
        "connParams",
    }
)
Connection._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.connection_conn_params_type_0 import ConnectionConnParamsType0  # noqa: E402
