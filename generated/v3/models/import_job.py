# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_job_object import ImportJobObject
    from ..models.migration_status import MigrationStatus


T = TypeVar("T", bound="ImportJob")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "status",
        "createTime",
        "updateTime",
        "name",
        "startTime",
        "endTime",
        "sourceOrgId",
        "objects",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "id",
        "status",
    }
)


@_attrs_define
class ImportJob:
    """An import job. v3 times are UTC.

    Attributes:
        id (str): The import job's ID (the upload's `jobId`).
        status (MigrationStatus): A state and its message.
        create_time (datetime.datetime | Unset):
        update_time (datetime.datetime | Unset):
        name (None | str | Unset): The job name given to `start_import` (null before it starts).
        start_time (datetime.datetime | None | Unset):
        end_time (datetime.datetime | None | Unset):
        source_org_id (None | str | Unset): ID of the organization the package was exported from.
        objects (list[ImportJobObject] | None | Unset): Every object of the import; only with `expand=objects`.
    """

    id: str
    status: MigrationStatus
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    name: None | str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    source_org_id: None | str | Unset = UNSET
    objects: list[ImportJobObject] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.to_dict()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        source_org_id: None | str | Unset
        if isinstance(self.source_org_id, Unset):
            source_org_id = UNSET
        else:
            source_org_id = self.source_org_id

        objects: list[dict[str, Any]] | None | Unset
        if isinstance(self.objects, Unset):
            objects = UNSET
        elif isinstance(self.objects, list):
            objects = []
            for objects_type_0_item_data in self.objects:
                objects_type_0_item = objects_type_0_item_data.to_dict()
                objects.append(objects_type_0_item)

        else:
            objects = self.objects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if name is not UNSET:
            field_dict["name"] = name
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if source_org_id is not UNSET:
            field_dict["sourceOrgId"] = source_org_id
        if objects is not UNSET:
            field_dict["objects"] = objects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        status = MigrationStatus.from_dict(d.get("status", UNSET))

        _create_time = d.get("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time.replace("Z", "+00:00"))

        _update_time = d.get("updateTime", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = datetime.datetime.fromisoformat(_update_time.replace("Z", "+00:00"))

        _start_time = d.get("startTime", UNSET)
        start_time: datetime.datetime | None | Unset
        if _start_time is None or isinstance(_start_time, Unset):
            start_time = _start_time
        else:
            try:
                if not isinstance(_start_time, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(_start_time.replace("Z", "+00:00"))

                start_time = start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                start_time = cast("datetime.datetime | None | Unset", _start_time)

        _end_time = d.get("endTime", UNSET)
        end_time: datetime.datetime | None | Unset
        if _end_time is None or isinstance(_end_time, Unset):
            end_time = _end_time
        else:
            try:
                if not isinstance(_end_time, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(_end_time.replace("Z", "+00:00"))

                end_time = end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                end_time = cast("datetime.datetime | None | Unset", _end_time)

        _objects = d.get("objects", UNSET)
        objects: list[ImportJobObject] | None | Unset
        if _objects is None or isinstance(_objects, Unset):
            objects = _objects
        else:
            try:
                if not isinstance(_objects, list):
                    raise TypeError()
                objects_type_0 = []
                _objects_type_0 = _objects
                for objects_type_0_item_data in _objects_type_0:
                    objects_type_0_item = ImportJobObject.from_dict(objects_type_0_item_data)

                    objects_type_0.append(objects_type_0_item)

                objects = objects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                objects = cast("list[ImportJobObject] | None | Unset", _objects)

        import_job = cls.__new__(cls)
        _set = object.__setattr__
        _set(import_job, "_src", d)
        _set(import_job, "status", status)
        _set(import_job, "create_time", create_time)
        _set(import_job, "update_time", update_time)
        _set(import_job, "start_time", start_time)
        _set(import_job, "end_time", end_time)
        _set(import_job, "objects", objects)
        return import_job

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
    "id": "id",
    "name": "name",
    "source_org_id": "sourceOrgId",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.import_job_object import ImportJobObject  # noqa: E402
from ..models.migration_status import MigrationStatus  # noqa: E402
