# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="TransformationLogEntry")
_new = object.__new__


class TransformationLogEntry(JsonModel):
    """Row counts of one source or target transformation of a run.

    Attributes:
        type_ (str | Unset): Always "transformationLogEntry".
        id (str | Unset):
        tx_name (str | Unset): Transformation name.
        tx_type (str | Unset): SOURCE or TARGET (open-ended).
        success_rows (int | Unset):
        failed_rows (int | Unset):
        affected_rows (int | Unset):
    """

    __slots__ = ()

    def __init__(
        self,
        type_: str | Unset = UNSET,
        id: str | Unset = UNSET,
        tx_name: str | Unset = UNSET,
        tx_type: str | Unset = UNSET,
        success_rows: int | Unset = UNSET,
        failed_rows: int | Unset = UNSET,
        affected_rows: int | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        self.type_ = type_
        self.id = id
        self.tx_name = tx_name
        self.tx_type = tx_type
        self.success_rows = success_rows
        self.failed_rows = failed_rows
        self.affected_rows = affected_rows

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("TransformationLogEntry", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "TransformationLogEntry"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("TransformationLogEntry", None, d, "an object")

        model = _new(cls)
        model._d = d
        model._c = None

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("TransformationLogEntry", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("TransformationLogEntry", None, d, "an object")

            model = _new(cls)
            model._d = d
            model._c = None

            append(model)
        return out

    @property
    def type_(self) -> str | Unset:
        """Always "transformationLogEntry"."""
        v = self._d.get("@type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("TransformationLogEntry", "@type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("TransformationLogEntry", "@type", value, "a string")
        self._set("@type", value, None)

    @property
    def id(self) -> str | Unset:
        v = self._d.get("id", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("TransformationLogEntry", "id", v, "a string")

    @id.setter
    def id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("TransformationLogEntry", "id", value, "a string")
        self._set("id", value, None)

    @property
    def tx_name(self) -> str | Unset:
        """Transformation name."""
        v = self._d.get("txName", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("TransformationLogEntry", "txName", v, "a string")

    @tx_name.setter
    def tx_name(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("TransformationLogEntry", "txName", value, "a string")
        self._set("txName", value, None)

    @property
    def tx_type(self) -> str | Unset:
        """SOURCE or TARGET (open-ended)."""
        v = self._d.get("txType", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("TransformationLogEntry", "txType", v, "a string")

    @tx_type.setter
    def tx_type(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("TransformationLogEntry", "txType", value, "a string")
        self._set("txType", value, None)

    @property
    def success_rows(self) -> int | Unset:
        v = self._d.get("successRows", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("TransformationLogEntry", "successRows", v, "an integer")

    @success_rows.setter
    def success_rows(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("TransformationLogEntry", "successRows", value, "an integer")
        self._set("successRows", value, None)

    @property
    def failed_rows(self) -> int | Unset:
        v = self._d.get("failedRows", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("TransformationLogEntry", "failedRows", v, "an integer")

    @failed_rows.setter
    def failed_rows(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("TransformationLogEntry", "failedRows", value, "an integer")
        self._set("failedRows", value, None)

    @property
    def affected_rows(self) -> int | Unset:
        v = self._d.get("affectedRows", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("TransformationLogEntry", "affectedRows", v, "an integer")

    @affected_rows.setter
    def affected_rows(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("TransformationLogEntry", "affectedRows", value, "an integer")
        self._set("affectedRows", value, None)


TransformationLogEntry._FIELDS = (
    ("type_", "@type"),
    ("id", "id"),
    ("tx_name", "txName"),
    ("tx_type", "txType"),
    ("success_rows", "successRows"),
    ("failed_rows", "failedRows"),
    ("affected_rows", "affectedRows"),
)
TransformationLogEntry._SLOTTED = ()
TransformationLogEntry._CHECKS = {
    "@type": (str,),
    "id": (str,),
    "txName": (str,),
    "txType": (str,),
    "successRows": (int,),
    "failedRows": (int,),
    "affectedRows": (int,),
}
TransformationLogEntry._MUTABLE = frozenset({})
TransformationLogEntry._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
