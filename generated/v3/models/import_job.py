# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
import datetime
from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, not_a, scalar_ok

if TYPE_CHECKING:
    from ..models.import_job_object import ImportJobObject
    from ..models.migration_status import MigrationStatus


T = TypeVar("T", bound="ImportJob")
_new = object.__new__


class ImportJob(JsonModel):
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

    __slots__ = ("id",)
    id: str

    def __init__(
        self,
        id: str,
        status: MigrationStatus,
        create_time: datetime.datetime | Unset = UNSET,
        update_time: datetime.datetime | Unset = UNSET,
        name: None | str | Unset = UNSET,
        start_time: datetime.datetime | None | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        source_org_id: None | str | Unset = UNSET,
        objects: list[ImportJobObject] | None | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(id, (str,)):
            raise invalid("ImportJob", "id", id, "a string")
        self.id = id
        self.status = status
        self.create_time = create_time
        self.update_time = update_time
        self.name = name
        self.start_time = start_time
        self.end_time = end_time
        self.source_org_id = source_org_id
        self.objects = objects

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ImportJob", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ImportJob"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ImportJob", None, d, "an object")
        try:
            id = d["id"]
        except KeyError:
            id = UNSET
        if not (id.__class__ is str) and not scalar_ok(id, (str,)):
            raise invalid("ImportJob", "id", id, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.id = id
        model._cached("status", _convert_status(d.get("status", UNSET)))

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ImportJob", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ImportJob", None, d, "an object")
            try:
                id = d["id"]
            except KeyError:
                id = UNSET
            if not (id.__class__ is str) and not scalar_ok(id, (str,)):
                raise invalid("ImportJob", "id", id, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.id = id
            model._cached("status", _convert_status(d.get("status", UNSET)))

            append(model)
        return out

    @property
    def status(self) -> MigrationStatus:
        """A state and its message."""
        c = self._c
        if c is not None and "status" in c:
            return cast("MigrationStatus", c["status"])
        v = self._d.get("status", UNSET)
        return cast("MigrationStatus", self._cached("status", _convert_status(v)))

    @status.setter
    def status(self, value: MigrationStatus) -> None:
        if value is UNSET:
            raise invalid("ImportJob", "status", value, "an object")
        self._set("status", value, _convert_status)

    @property
    def create_time(self) -> datetime.datetime | Unset:
        c = self._c
        if c is not None and "createTime" in c:
            return cast("datetime.datetime | Unset", c["createTime"])
        v = self._d.get("createTime", UNSET)
        if v is UNSET:
            return UNSET
        return cast("datetime.datetime | Unset", self._cached("createTime", _convert_create_time(v)))

    @create_time.setter
    def create_time(self, value: datetime.datetime | Unset) -> None:
        self._set("createTime", value, _convert_create_time)

    @property
    def update_time(self) -> datetime.datetime | Unset:
        c = self._c
        if c is not None and "updateTime" in c:
            return cast("datetime.datetime | Unset", c["updateTime"])
        v = self._d.get("updateTime", UNSET)
        if v is UNSET:
            return UNSET
        return cast("datetime.datetime | Unset", self._cached("updateTime", _convert_update_time(v)))

    @update_time.setter
    def update_time(self, value: datetime.datetime | Unset) -> None:
        self._set("updateTime", value, _convert_update_time)

    @property
    def name(self) -> None | str | Unset:
        """The job name given to `start_import` (null before it starts)."""
        v = self._d.get("name", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ImportJob", "name", v, "a string or null")

    @name.setter
    def name(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ImportJob", "name", value, "a string or null")
        self._set("name", value, None)

    @property
    def start_time(self) -> datetime.datetime | None | Unset:
        c = self._c
        if c is not None and "startTime" in c:
            return cast("datetime.datetime | None | Unset", c["startTime"])
        v = self._d.get("startTime", UNSET)
        if v is UNSET:
            return UNSET
        return cast("datetime.datetime | None | Unset", self._cached("startTime", _convert_start_time(v)))

    @start_time.setter
    def start_time(self, value: datetime.datetime | None | Unset) -> None:
        self._set("startTime", value, _convert_start_time)

    @property
    def end_time(self) -> datetime.datetime | None | Unset:
        c = self._c
        if c is not None and "endTime" in c:
            return cast("datetime.datetime | None | Unset", c["endTime"])
        v = self._d.get("endTime", UNSET)
        if v is UNSET:
            return UNSET
        return cast("datetime.datetime | None | Unset", self._cached("endTime", _convert_end_time(v)))

    @end_time.setter
    def end_time(self, value: datetime.datetime | None | Unset) -> None:
        self._set("endTime", value, _convert_end_time)

    @property
    def source_org_id(self) -> None | str | Unset:
        """ID of the organization the package was exported from."""
        v = self._d.get("sourceOrgId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ImportJob", "sourceOrgId", v, "a string or null")

    @source_org_id.setter
    def source_org_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ImportJob", "sourceOrgId", value, "a string or null")
        self._set("sourceOrgId", value, None)

    @property
    def objects(self) -> list[ImportJobObject] | None | Unset:
        """Every object of the import; only with `expand=objects`."""
        c = self._c
        if c is not None and "objects" in c:
            return cast("list[ImportJobObject] | None | Unset", c["objects"])
        v = self._d.get("objects", UNSET)
        if v is UNSET:
            return UNSET
        return cast("list[ImportJobObject] | None | Unset", self._cached("objects", _convert_objects(v)))

    @objects.setter
    def objects(self, value: list[ImportJobObject] | None | Unset) -> None:
        self._set("objects", value, _convert_objects)


def _convert_status(v: Any) -> Any:
    if v.__class__ is dict:
        return MigrationStatus._from_json(v)
    raise invalid("ImportJob", "status", v, "an object")


def _json_status(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return MigrationStatus._from_json(v)._json(depth)
    raise invalid("ImportJob", "status", v, "an object")


def _convert_create_time(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("ImportJob", "createTime", "a date-time string") from None
    raise invalid("ImportJob", "createTime", v, "a date-time string")


def _json_create_time(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("ImportJob", "createTime", "a date-time string") from None
        return v
    raise invalid("ImportJob", "createTime", v, "a date-time string")


def _convert_update_time(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("ImportJob", "updateTime", "a date-time string") from None
    raise invalid("ImportJob", "updateTime", v, "a date-time string")


def _json_update_time(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("ImportJob", "updateTime", "a date-time string") from None
        return v
    raise invalid("ImportJob", "updateTime", v, "a date-time string")


def _convert_start_time_1(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("ImportJob", "startTime", "a date-time string") from None
    raise invalid("ImportJob", "startTime", v, "a date-time string")


def _convert_start_time(v: Any) -> Any:
    if scalar_ok(v, (str,)):
        return _convert_start_time_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("ImportJob", "startTime", v, "a date-time string or null")


def _json_start_time_1(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("ImportJob", "startTime", "a date-time string") from None
        return v
    raise invalid("ImportJob", "startTime", v, "a date-time string")


def _json_start_time(v: Any, depth: int) -> Any:
    if scalar_ok(v, (str,)):
        return _json_start_time_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("ImportJob", "startTime", v, "a date-time string or null")


def _convert_end_time_1(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("ImportJob", "endTime", "a date-time string") from None
    raise invalid("ImportJob", "endTime", v, "a date-time string")


def _convert_end_time(v: Any) -> Any:
    if scalar_ok(v, (str,)):
        return _convert_end_time_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("ImportJob", "endTime", v, "a date-time string or null")


def _json_end_time_1(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("ImportJob", "endTime", "a date-time string") from None
        return v
    raise invalid("ImportJob", "endTime", v, "a date-time string")


def _json_end_time(v: Any, depth: int) -> Any:
    if scalar_ok(v, (str,)):
        return _json_end_time_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("ImportJob", "endTime", v, "a date-time string or null")


def _convert_objects_1(v: Any) -> Any:
    if v.__class__ is list:
        return ImportJobObject._from_json_list(v)
    raise invalid("ImportJob", "objects", v, "an array (items: an object)")


def _convert_objects(v: Any) -> Any:
    if v.__class__ is list:
        return _convert_objects_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("ImportJob", "objects", v, "an array (items: an object) or null")


def _json_objects_1_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return ImportJobObject._from_json(v)._json(depth)
    raise invalid("ImportJob", "objects", v, "an object")


def _json_objects_1(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_objects_1_item(x, depth + 1) for x in v]
    raise invalid("ImportJob", "objects", v, "an array (items: an object)")


def _json_objects(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return _json_objects_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("ImportJob", "objects", v, "an array (items: an object) or null")


ImportJob._FIELDS = (
    ("id", "id"),
    ("status", "status"),
    ("create_time", "createTime"),
    ("update_time", "updateTime"),
    ("name", "name"),
    ("start_time", "startTime"),
    ("end_time", "endTime"),
    ("source_org_id", "sourceOrgId"),
    ("objects", "objects"),
)
ImportJob._SLOTTED = (("id", "id", (str,)),)
ImportJob._CHECKS = {
    "id": False,
    "status": _json_status,
    "createTime": _json_create_time,
    "updateTime": _json_update_time,
    "name": (str, NoneType),
    "startTime": _json_start_time,
    "endTime": _json_end_time,
    "sourceOrgId": (str, NoneType),
    "objects": _json_objects,
}
ImportJob._MUTABLE = frozenset(
    {
        "status",
        "objects",
    }
)
ImportJob._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.import_job_object import ImportJobObject  # noqa: E402
from ..models.migration_status import MigrationStatus  # noqa: E402
