# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import Any, TypeVar

from .. import types
from ..types import (
    UNSET,
    File,
    JsonModel,
    Unset,
    invalid,
    json_copy,
    scalar_ok,
)

T = TypeVar("T", bound="ImportPackageForm")
_new = object.__new__


class ImportPackageForm(JsonModel):
    """The multipart/form-data body of a package upload.

    Attributes:
        package (File): The export package (ZIP), as downloaded.
        relax_checksum (bool | Unset): Accept a package that was modified after export (its checksum does not match).
            Whether IICS reads this as a form field (as here) or a query parameter is not documented.
    """

    __slots__ = ("package",)
    package: File

    def __init__(
        self,
        package: File,
        relax_checksum: bool | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(package, (File,)):
            raise invalid("ImportPackageForm", "package", package, "a file")
        self.package = package
        self.relax_checksum = relax_checksum

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ImportPackageForm", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ImportPackageForm"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ImportPackageForm", None, d, "an object")
        try:
            package = d["package"]
        except KeyError:
            package = UNSET
        if not (package.__class__ is File) and not scalar_ok(package, (File,)):
            raise invalid("ImportPackageForm", "package", package, "a file")

        model = _new(cls)
        model._d = d
        model._c = None
        model.package = package

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ImportPackageForm", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ImportPackageForm", None, d, "an object")
            try:
                package = d["package"]
            except KeyError:
                package = UNSET
            if not (package.__class__ is File) and not scalar_ok(package, (File,)):
                raise invalid("ImportPackageForm", "package", package, "a file")

            model = _new(cls)
            model._d = d
            model._c = None
            model.package = package

            append(model)
        return out

    def to_multipart(self) -> types.RequestFiles:
        """The form's fields as httpx's ``files=`` (a multipart/form-data body)."""
        files: types.RequestFiles = []
        files.append(("package", self.package.to_tuple()))

        if not isinstance(self.relax_checksum, Unset):
            files.append(("relaxChecksum", (None, str(self.relax_checksum).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))
        return files

    @property
    def relax_checksum(self) -> bool | Unset:
        """Accept a package that was modified after export (its checksum does not match). Whether IICS reads this as a
        form field (as here) or a query parameter is not documented."""
        v = self._d.get("relaxChecksum", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("ImportPackageForm", "relaxChecksum", v, "a boolean")

    @relax_checksum.setter
    def relax_checksum(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("ImportPackageForm", "relaxChecksum", value, "a boolean")
        self._set("relaxChecksum", value, None)


ImportPackageForm._FIELDS = (
    ("package", "package"),
    ("relax_checksum", "relaxChecksum"),
)
ImportPackageForm._SLOTTED = (("package", "package", (File,)),)
ImportPackageForm._CHECKS = {
    "package": False,
    "relaxChecksum": (bool,),
}
ImportPackageForm._MUTABLE = frozenset({})
ImportPackageForm._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
