# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
import datetime
from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, not_a, scalar_ok

if TYPE_CHECKING:
    from ..models.object_summary_custom_attributes_type_0 import (
        ObjectSummaryCustomAttributesType0,
    )
    from ..models.object_summary_source_control_type_0 import (
        ObjectSummarySourceControlType0,
    )


T = TypeVar("T", bound="ObjectSummary")
_new = object.__new__


class ObjectSummary(JsonModel):
    """One asset found by `search_objects`.

    Attributes:
        id (str): The v3 (federated) ID.
        path (str): Project/folder path plus name, for example `Sales/Loads/mt_load_customers`.
        type_ (str): Asset type, open-ended: DTEMPLATE (mapping), MTT, DSS, DMASK, DRS, MAPPLET, PCS, WORKFLOW,
            TASKFLOW, PROCESS, PROJECT, FOLDER, ...
        description (None | str | Unset):
        updated_by (None | str | Unset):
        update_time (datetime.datetime | Unset): UTC.
        tags (list[str] | Unset):
        source_control (None | ObjectSummarySourceControlType0 | Unset): Source control state (checkedOutBy,
            checkedOutTime, hash, lastCheckinBy, ...).
        custom_attributes (None | ObjectSummaryCustomAttributesType0 | Unset): Custom attributes (for example
            publishedBy).
    """

    __slots__ = (
        "id",
        "path",
        "type_",
    )
    id: str
    path: str
    type_: str

    def __init__(
        self,
        id: str,
        path: str,
        type_: str,
        description: None | str | Unset = UNSET,
        updated_by: None | str | Unset = UNSET,
        update_time: datetime.datetime | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        source_control: None | ObjectSummarySourceControlType0 | Unset = UNSET,
        custom_attributes: None | ObjectSummaryCustomAttributesType0 | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(id, (str,)):
            raise invalid("ObjectSummary", "id", id, "a string")
        self.id = id
        if not scalar_ok(path, (str,)):
            raise invalid("ObjectSummary", "path", path, "a string")
        self.path = path
        if not scalar_ok(type_, (str,)):
            raise invalid("ObjectSummary", "type", type_, "a string")
        self.type_ = type_
        self.description = description
        self.updated_by = updated_by
        self.update_time = update_time
        self.tags = tags
        self.source_control = source_control
        self.custom_attributes = custom_attributes

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ObjectSummary", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ObjectSummary"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ObjectSummary", None, d, "an object")
        try:
            id = d["id"]
        except KeyError:
            id = UNSET
        if not (id.__class__ is str) and not scalar_ok(id, (str,)):
            raise invalid("ObjectSummary", "id", id, "a string")
        try:
            path = d["path"]
        except KeyError:
            path = UNSET
        if not (path.__class__ is str) and not scalar_ok(path, (str,)):
            raise invalid("ObjectSummary", "path", path, "a string")
        try:
            type_ = d["type"]
        except KeyError:
            type_ = UNSET
        if not (type_.__class__ is str) and not scalar_ok(type_, (str,)):
            raise invalid("ObjectSummary", "type", type_, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.id = id
        model.path = path
        model.type_ = type_

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ObjectSummary", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ObjectSummary", None, d, "an object")
            try:
                id = d["id"]
            except KeyError:
                id = UNSET
            if not (id.__class__ is str) and not scalar_ok(id, (str,)):
                raise invalid("ObjectSummary", "id", id, "a string")
            try:
                path = d["path"]
            except KeyError:
                path = UNSET
            if not (path.__class__ is str) and not scalar_ok(path, (str,)):
                raise invalid("ObjectSummary", "path", path, "a string")
            try:
                type_ = d["type"]
            except KeyError:
                type_ = UNSET
            if not (type_.__class__ is str) and not scalar_ok(type_, (str,)):
                raise invalid("ObjectSummary", "type", type_, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.id = id
            model.path = path
            model.type_ = type_

            append(model)
        return out

    @property
    def description(self) -> None | str | Unset:
        v = self._d.get("description", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ObjectSummary", "description", v, "a string or null")

    @description.setter
    def description(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ObjectSummary", "description", value, "a string or null")
        self._set("description", value, None)

    @property
    def updated_by(self) -> None | str | Unset:
        v = self._d.get("updatedBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ObjectSummary", "updatedBy", v, "a string or null")

    @updated_by.setter
    def updated_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ObjectSummary", "updatedBy", value, "a string or null")
        self._set("updatedBy", value, None)

    @property
    def update_time(self) -> datetime.datetime | Unset:
        """UTC."""
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
    def tags(self) -> list[str] | Unset:
        v = self._d.get("tags", UNSET)
        if (v.__class__ is list and all(x0.__class__ is str for x0 in v)) or v is UNSET:
            return v
        if isinstance(v, list) and all(scalar_ok(x0, (str,)) for x0 in v):
            return v
        raise invalid("ObjectSummary", "tags", v, "an array (items: a string)")

    @tags.setter
    def tags(self, value: list[str] | Unset) -> None:
        if not ((isinstance(value, list) and all(scalar_ok(x0, (str,)) for x0 in value)) or value is UNSET):
            raise invalid("ObjectSummary", "tags", value, "an array (items: a string)")
        self._set("tags", value, None)

    @property
    def source_control(self) -> None | ObjectSummarySourceControlType0 | Unset:
        """Source control state (checkedOutBy, checkedOutTime, hash, lastCheckinBy, ...)."""
        c = self._c
        if c is not None and "sourceControl" in c:
            return cast("None | ObjectSummarySourceControlType0 | Unset", c["sourceControl"])
        v = self._d.get("sourceControl", UNSET)
        if v is UNSET:
            return UNSET
        return cast(
            "None | ObjectSummarySourceControlType0 | Unset", self._cached("sourceControl", _convert_source_control(v))
        )

    @source_control.setter
    def source_control(self, value: None | ObjectSummarySourceControlType0 | Unset) -> None:
        self._set("sourceControl", value, _convert_source_control)

    @property
    def custom_attributes(self) -> None | ObjectSummaryCustomAttributesType0 | Unset:
        """Custom attributes (for example publishedBy)."""
        c = self._c
        if c is not None and "customAttributes" in c:
            return cast("None | ObjectSummaryCustomAttributesType0 | Unset", c["customAttributes"])
        v = self._d.get("customAttributes", UNSET)
        if v is UNSET:
            return UNSET
        return cast(
            "None | ObjectSummaryCustomAttributesType0 | Unset",
            self._cached("customAttributes", _convert_custom_attributes(v)),
        )

    @custom_attributes.setter
    def custom_attributes(self, value: None | ObjectSummaryCustomAttributesType0 | Unset) -> None:
        self._set("customAttributes", value, _convert_custom_attributes)

    # `type`: the name the IICS reference uses for JSON "type"; `type_` stays. At run time it is type_'s own
    # slot (assigned below the class); type checkers see this property.
    if TYPE_CHECKING:

        @property
        def type(self) -> str: ...

        @type.setter
        def type(self, value: str) -> None: ...

    @property
    def name(self) -> str:
        """The last segment of ``path``: IICS sends no name of its own. Derived (read-only), never sent back."""
        path = self.path
        return path if isinstance(path, Unset) else path.rpartition("/")[2]


ObjectSummary.type = ObjectSummary.type_  # type: ignore[assignment,method-assign]  # the reference's name


def _convert_update_time(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("ObjectSummary", "updateTime", "a date-time string") from None
    raise invalid("ObjectSummary", "updateTime", v, "a date-time string")


def _json_update_time(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("ObjectSummary", "updateTime", "a date-time string") from None
        return v
    raise invalid("ObjectSummary", "updateTime", v, "a date-time string")


def _json_tags(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        if all(scalar_ok(x, (str,)) for x in v):
            return list(v)
    raise invalid("ObjectSummary", "tags", v, "an array (items: a string)")


def _convert_source_control_1(v: Any) -> Any:
    if v.__class__ is dict:
        return ObjectSummarySourceControlType0._from_json(v)
    raise invalid("ObjectSummary", "sourceControl", v, "an object")


def _convert_source_control(v: Any) -> Any:
    if v.__class__ is dict:
        return _convert_source_control_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("ObjectSummary", "sourceControl", v, "an object or null")


def _json_source_control_1(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return ObjectSummarySourceControlType0._from_json(v)._json(depth)
    raise invalid("ObjectSummary", "sourceControl", v, "an object")


def _json_source_control(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return _json_source_control_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("ObjectSummary", "sourceControl", v, "an object or null")


def _convert_custom_attributes_1(v: Any) -> Any:
    if v.__class__ is dict:
        return ObjectSummaryCustomAttributesType0._from_json(v)
    raise invalid("ObjectSummary", "customAttributes", v, "an object")


def _convert_custom_attributes(v: Any) -> Any:
    if v.__class__ is dict:
        return _convert_custom_attributes_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("ObjectSummary", "customAttributes", v, "an object or null")


def _json_custom_attributes_1(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return ObjectSummaryCustomAttributesType0._from_json(v)._json(depth)
    raise invalid("ObjectSummary", "customAttributes", v, "an object")


def _json_custom_attributes(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return _json_custom_attributes_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("ObjectSummary", "customAttributes", v, "an object or null")


ObjectSummary._FIELDS = (
    ("id", "id"),
    ("path", "path"),
    ("type_", "type"),
    ("description", "description"),
    ("updated_by", "updatedBy"),
    ("update_time", "updateTime"),
    ("tags", "tags"),
    ("source_control", "sourceControl"),
    ("custom_attributes", "customAttributes"),
)
ObjectSummary._SLOTTED = (
    ("id", "id", (str,)),
    ("path", "path", (str,)),
    ("type_", "type", (str,)),
)
ObjectSummary._CHECKS = {
    "id": False,
    "path": False,
    "type": False,
    "description": (str, NoneType),
    "updatedBy": (str, NoneType),
    "updateTime": _json_update_time,
    "tags": _json_tags,
    "sourceControl": _json_source_control,
    "customAttributes": _json_custom_attributes,
}
ObjectSummary._MUTABLE = frozenset(
    {
        "sourceControl",
        "customAttributes",
    }
)
ObjectSummary._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.object_summary_custom_attributes_type_0 import (
    ObjectSummaryCustomAttributesType0,  # noqa: E402
)
from ..models.object_summary_source_control_type_0 import (
    ObjectSummarySourceControlType0,  # noqa: E402
)
