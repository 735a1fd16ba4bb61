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
    password: None | str | Unset = UNSET
    security_token: None | str | Unset = UNSET
    authentication_type: None | str | Unset = UNSET
    conn_params: ConnectionConnParamsType0 | None | Unset = UNSET
    short_description: None | str | Unset = UNSET
    connector_status: None | str | Unset = UNSET
    base_type: None | str | Unset = UNSET
    internal: bool | Unset = UNSET
    vault_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.connection_conn_params_type_0 import ConnectionConnParamsType0  # noqa: PLC0415

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
        from ..models.connection_conn_params_type_0 import ConnectionConnParamsType0  # noqa: PLC0415

        d = src_dict
        name = d["name"]

        type_ = d["type"]

        id = d.get("id", UNSET)

        org_id = d.get("orgId", UNSET)

        description = cast("None | str | Unset", d.get("description", UNSET))

        create_time = d.get("createTime", UNSET)

        update_time = d.get("updateTime", UNSET)

        created_by = cast("None | str | Unset", d.get("createdBy", UNSET))

        updated_by = cast("None | str | Unset", d.get("updatedBy", UNSET))

        major_update_time = cast("None | str | Unset", d.get("majorUpdateTime", UNSET))

        federated_id = cast("None | str | Unset", d.get("federatedId", UNSET))

        agent_id = cast("None | str | Unset", d.get("agentId", UNSET))

        runtime_environment_id = cast("None | str | Unset", d.get("runtimeEnvironmentId", UNSET))

        host = cast("None | str | Unset", d.get("host", UNSET))

        port = cast("int | None | Unset", d.get("port", UNSET))

        database = cast("None | str | Unset", d.get("database", UNSET))

        schema = cast("None | str | Unset", d.get("schema", UNSET))

        codepage = cast("None | str | Unset", d.get("codepage", UNSET))

        date_format = cast("None | str | Unset", d.get("dateFormat", UNSET))

        timeout = cast("int | None | Unset", d.get("timeout", UNSET))

        instance_name = cast("None | str | Unset", d.get("instanceName", UNSET))

        instance_display_name = cast("None | str | Unset", d.get("instanceDisplayName", UNSET))

        service_url = cast("None | str | Unset", d.get("serviceUrl", UNSET))

        domain = cast("None | str | Unset", d.get("domain", UNSET))

        remote_directory = cast("None | str | Unset", d.get("remoteDirectory", UNSET))

        adjusted_jdbc_host_name = cast("None | str | Unset", d.get("adjustedJdbcHostName", UNSET))

        username = cast("None | str | Unset", d.get("username", UNSET))

        password = cast("None | str | Unset", d.get("password", UNSET))

        security_token = cast("None | str | Unset", d.get("securityToken", UNSET))

        authentication_type = cast("None | str | Unset", d.get("authenticationType", UNSET))

        def _parse_conn_params(data: object) -> ConnectionConnParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conn_params_type_0 = ConnectionConnParamsType0.from_dict(data)

                return conn_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectionConnParamsType0 | None | Unset, data)

        conn_params = _parse_conn_params(d.get("connParams", UNSET))

        short_description = cast("None | str | Unset", d.get("shortDescription", UNSET))

        connector_status = cast("None | str | Unset", d.get("connectorStatus", UNSET))

        base_type = cast("None | str | Unset", d.get("baseType", UNSET))

        internal = d.get("internal", UNSET)

        vault_enabled = d.get("vaultEnabled", UNSET)

        connection = cls(
            name=name,
            type_=type_,
            id=id,
            org_id=org_id,
            description=description,
            create_time=create_time,
            update_time=update_time,
            created_by=created_by,
            updated_by=updated_by,
            major_update_time=major_update_time,
            federated_id=federated_id,
            agent_id=agent_id,
            runtime_environment_id=runtime_environment_id,
            host=host,
            port=port,
            database=database,
            schema=schema,
            codepage=codepage,
            date_format=date_format,
            timeout=timeout,
            instance_name=instance_name,
            instance_display_name=instance_display_name,
            service_url=service_url,
            domain=domain,
            remote_directory=remote_directory,
            adjusted_jdbc_host_name=adjusted_jdbc_host_name,
            username=username,
            password=password,
            security_token=security_token,
            authentication_type=authentication_type,
            conn_params=conn_params,
            short_description=short_description,
            connector_status=connector_status,
            base_type=base_type,
            internal=internal,
            vault_enabled=vault_enabled,
        )

        unknown = d.keys() - _KNOWN_KEYS

        if unknown:
            # source order, not set order: the bytes of to_dict() must not depend on the hash seed
            connection.additional_properties = {key: value for key, value in d.items() if key in unknown}
        return connection

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
