# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="LookupItem")
_new = object.__new__


class LookupItem(JsonModel):
    """One object to look up, by `id` or by `path` plus `type`.

    Attributes:
        id (str | Unset): The federated ID.
        path (str | Unset): Project/folder path plus name, for example `Sales/Loads/mt_load_customers`.
        type_ (str | Unset): Asset type (MTT, DTEMPLATE, WORKFLOW, TASKFLOW, PROJECT, FOLDER, ...); required with
            `path`.
    """

    __slots__ = ()

    def __init__(
        self,
        id: str | Unset = UNSET,
        path: str | Unset = UNSET,
        type_: str | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        self.id = id
        self.path = path
        self.type_ = type_

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("LookupItem", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "LookupItem"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("LookupItem", None, d, "an object")

        model = _new(cls)
        model._d = d
        model._c = None

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("LookupItem", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("LookupItem", None, d, "an object")

            model = _new(cls)
            model._d = d
            model._c = None

            append(model)
        return out

    @property
    def id(self) -> str | Unset:
        """The federated ID."""
        v = self._d.get("id", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("LookupItem", "id", v, "a string")

    @id.setter
    def id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("LookupItem", "id", value, "a string")
        self._set("id", value, None)

    @property
    def path(self) -> str | Unset:
        """Project/folder path plus name, for example `Sales/Loads/mt_load_customers`."""
        v = self._d.get("path", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("LookupItem", "path", v, "a string")

    @path.setter
    def path(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("LookupItem", "path", value, "a string")
        self._set("path", value, None)

    @property
    def type_(self) -> str | Unset:
        """Asset type (MTT, DTEMPLATE, WORKFLOW, TASKFLOW, PROJECT, FOLDER, ...); required with `path`."""
        v = self._d.get("type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("LookupItem", "type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("LookupItem", "type", value, "a string")
        self._set("type", value, None)

    # `type`: the name the IICS reference uses for JSON "type"; `type_` stays. At run time it is type_'s own
    # property; type checkers see this property.
    if TYPE_CHECKING:

        @property
        def type(self) -> str | Unset: ...

        @type.setter
        def type(self, value: str | Unset) -> None: ...
    else:
        type = type_

    @property
    def name(self) -> str | Unset:
        """The last segment of ``path``: IICS sends no name of its own. Derived (read-only), never sent back."""
        path = self.path
        return path if isinstance(path, Unset) else path.rpartition("/")[2]


LookupItem._FIELDS = (
    ("id", "id"),
    ("path", "path"),
    ("type_", "type"),
)
LookupItem._SLOTTED = ()
LookupItem._CHECKS = {
    "id": (str,),
    "path": (str,),
    "type": (str,),
}
LookupItem._MUTABLE = frozenset({})
LookupItem._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
