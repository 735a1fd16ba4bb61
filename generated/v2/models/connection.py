# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_conn_params_type_0 import ConnectionConnParamsType0


T = TypeVar("T", bound="Connection")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "type",
        "id",
        "orgId",
        "description",
        "createTime",
        "updateTime",
        "createdBy",
        "updatedBy",
        "majorUpdateTime",
        "federatedId",
        "agentId",
        "runtimeEnvironmentId",
        "host",
        "port",
        "database",
        "schema",
        "codepage",
        "dateFormat",
        "timeout",
        "instanceName",
        "instanceDisplayName",
        "serviceUrl",
        "domain",
        "remoteDirectory",
        "adjustedJdbcHostName",
        "username",
        "password",
        "securityToken",
        "authenticationType",
        "connParams",
        "shortDescription",
        "connectorStatus",
        "baseType",
        "internal",
        "vaultEnabled",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "name",
        "type",
    }
)


@_attrs_define
class Connection:
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

    name: str
    type_: str
    id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    create_time: str | Unset = UNSET
    update_time: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    major_update_time: None | str | Unset = UNSET
    federated_id: None | str | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    runtime_environment_id: None | str | Unset = UNSET
    host: None | str | Unset = UNSET
    port: int | None | Unset = UNSET
    database: None | str | Unset = UNSET
    schema: None | str | Unset = UNSET
    codepage: None | str | Unset = UNSET
    date_format: None | str | Unset = UNSET
    timeout: int | None | Unset = UNSET
    instance_name: None | str | Unset = UNSET
    instance_display_name: None | str | Unset = UNSET
    service_url: None | str | Unset = UNSET
    domain: None | str | Unset = UNSET
    remote_directory: None | str | Unset = UNSET
    adjusted_jdbc_host_name: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    password: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    security_token: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    authentication_type: None | str | Unset = UNSET
    conn_params: ConnectionConnParamsType0 | None | Unset = UNSET
    short_description: None | str | Unset = UNSET
    connector_status: None | str | Unset = UNSET
    base_type: None | str | Unset = UNSET
    internal: bool | Unset = UNSET
    vault_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        id = self.id

        org_id = self.org_id

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

        major_update_time: None | str | Unset
        if isinstance(self.major_update_time, Unset):
            major_update_time = UNSET
        else:
            major_update_time = self.major_update_time

        federated_id: None | str | Unset
        if isinstance(self.federated_id, Unset):
            federated_id = UNSET
        else:
            federated_id = self.federated_id

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        runtime_environment_id: None | str | Unset
        if isinstance(self.runtime_environment_id, Unset):
            runtime_environment_id = UNSET
        else:
            runtime_environment_id = self.runtime_environment_id

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        database: None | str | Unset
        if isinstance(self.database, Unset):
            database = UNSET
        else:
            database = self.database

        schema: None | str | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        else:
            schema = self.schema

        codepage: None | str | Unset
        if isinstance(self.codepage, Unset):
            codepage = UNSET
        else:
            codepage = self.codepage

        date_format: None | str | Unset
        if isinstance(self.date_format, Unset):
            date_format = UNSET
        else:
            date_format = self.date_format

        timeout: int | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        instance_name: None | str | Unset
        if isinstance(self.instance_name, Unset):
            instance_name = UNSET
        else:
            instance_name = self.instance_name

        instance_display_name: None | str | Unset
        if isinstance(self.instance_display_name, Unset):
            instance_display_name = UNSET
        else:
            instance_display_name = self.instance_display_name

        service_url: None | str | Unset
        if isinstance(self.service_url, Unset):
            service_url = UNSET
        else:
            service_url = self.service_url

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        remote_directory: None | str | Unset
        if isinstance(self.remote_directory, Unset):
            remote_directory = UNSET
        else:
            remote_directory = self.remote_directory

        adjusted_jdbc_host_name: None | str | Unset
        if isinstance(self.adjusted_jdbc_host_name, Unset):
            adjusted_jdbc_host_name = UNSET
        else:
            adjusted_jdbc_host_name = self.adjusted_jdbc_host_name

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        security_token: None | str | Unset
        if isinstance(self.security_token, Unset):
            security_token = UNSET
        else:
            security_token = self.security_token

        authentication_type: None | str | Unset
        if isinstance(self.authentication_type, Unset):
            authentication_type = UNSET
        else:
            authentication_type = self.authentication_type

        conn_params: dict[str, Any] | None | Unset
        if isinstance(self.conn_params, Unset):
            conn_params = UNSET
        elif isinstance(self.conn_params, ConnectionConnParamsType0):
            conn_params = self.conn_params.to_dict()
        else:
            conn_params = self.conn_params

        short_description: None | str | Unset
        if isinstance(self.short_description, Unset):
            short_description = UNSET
        else:
            short_description = self.short_description

        connector_status: None | str | Unset
        if isinstance(self.connector_status, Unset):
            connector_status = UNSET
        else:
            connector_status = self.connector_status

        base_type: None | str | Unset
        if isinstance(self.base_type, Unset):
            base_type = UNSET
        else:
            base_type = self.base_type

        internal = self.internal

        vault_enabled = self.vault_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
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
        if major_update_time is not UNSET:
            field_dict["majorUpdateTime"] = major_update_time
        if federated_id is not UNSET:
            field_dict["federatedId"] = federated_id
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if runtime_environment_id is not UNSET:
            field_dict["runtimeEnvironmentId"] = runtime_environment_id
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if database is not UNSET:
            field_dict["database"] = database
        if schema is not UNSET:
            field_dict["schema"] = schema
        if codepage is not UNSET:
            field_dict["codepage"] = codepage
        if date_format is not UNSET:
            field_dict["dateFormat"] = date_format
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if instance_name is not UNSET:
            field_dict["instanceName"] = instance_name
        if instance_display_name is not UNSET:
            field_dict["instanceDisplayName"] = instance_display_name
        if service_url is not UNSET:
            field_dict["serviceUrl"] = service_url
        if domain is not UNSET:
            field_dict["domain"] = domain
        if remote_directory is not UNSET:
            field_dict["remoteDirectory"] = remote_directory
        if adjusted_jdbc_host_name is not UNSET:
            field_dict["adjustedJdbcHostName"] = adjusted_jdbc_host_name
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if security_token is not UNSET:
            field_dict["securityToken"] = security_token
        if authentication_type is not UNSET:
            field_dict["authenticationType"] = authentication_type
        if conn_params is not UNSET:
            field_dict["connParams"] = conn_params
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if connector_status is not UNSET:
            field_dict["connectorStatus"] = connector_status
        if base_type is not UNSET:
            field_dict["baseType"] = base_type
        if internal is not UNSET:
            field_dict["internal"] = internal
        if vault_enabled is not UNSET:
            field_dict["vaultEnabled"] = vault_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        _conn_params = d.get("connParams", UNSET)
        conn_params: ConnectionConnParamsType0 | None | Unset
        if _conn_params is None or isinstance(_conn_params, Unset):
            conn_params = _conn_params
        else:
            try:
                if not isinstance(_conn_params, dict):
                    raise TypeError()
                conn_params_type_0 = ConnectionConnParamsType0.from_dict(_conn_params)

                conn_params = conn_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                conn_params = cast("ConnectionConnParamsType0 | None | Unset", _conn_params)

        connection = cls.__new__(cls)
        _set = object.__setattr__
        _set(connection, "_src", d)
        _set(connection, "conn_params", conn_params)
        return connection

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
    "name": "name",
    "type_": "type",
    "id": "id",
    "org_id": "orgId",
    "description": "description",
    "create_time": "createTime",
    "update_time": "updateTime",
    "created_by": "createdBy",
    "updated_by": "updatedBy",
    "major_update_time": "majorUpdateTime",
    "federated_id": "federatedId",
    "agent_id": "agentId",
    "runtime_environment_id": "runtimeEnvironmentId",
    "host": "host",
    "port": "port",
    "database": "database",
    "schema": "schema",
    "codepage": "codepage",
    "date_format": "dateFormat",
    "timeout": "timeout",
    "instance_name": "instanceName",
    "instance_display_name": "instanceDisplayName",
    "service_url": "serviceUrl",
    "domain": "domain",
    "remote_directory": "remoteDirectory",
    "adjusted_jdbc_host_name": "adjustedJdbcHostName",
    "username": "username",
    "password": "password",
    "security_token": "securityToken",
    "authentication_type": "authenticationType",
    "short_description": "shortDescription",
    "connector_status": "connectorStatus",
    "base_type": "baseType",
    "internal": "internal",
    "vault_enabled": "vaultEnabled",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.connection_conn_params_type_0 import ConnectionConnParamsType0  # noqa: E402
