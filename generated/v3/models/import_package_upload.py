# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

if TYPE_CHECKING:
    from ..models.migration_status import MigrationStatus


T = TypeVar("T", bound="ImportPackageUpload")
_new = object.__new__


class ImportPackageUpload(JsonModel):
    """An uploaded package and the import job created for it.

    Attributes:
        job_id (str): The import job's ID; start it with `start_import`.
        job_status (MigrationStatus): A state and its message.
        checksum_valid (bool | Unset): Whether the package is unchanged since export (false only with `relaxChecksum`).
    """

    __slots__ = ("job_id",)
    job_id: str

    def __init__(
        self,
        job_id: str,
        job_status: MigrationStatus,
        checksum_valid: bool | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(job_id, (str,)):
            raise invalid("ImportPackageUpload", "jobId", job_id, "a string")
        self.job_id = job_id
        self.job_status = job_status
        self.checksum_valid = checksum_valid

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ImportPackageUpload", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ImportPackageUpload"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ImportPackageUpload", None, d, "an object")
        try:
            job_id = d["jobId"]
        except KeyError:
            job_id = UNSET
        if not (job_id.__class__ is str) and not scalar_ok(job_id, (str,)):
            raise invalid("ImportPackageUpload", "jobId", job_id, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.job_id = job_id
        model._cached("jobStatus", _convert_job_status(d.get("jobStatus", UNSET)))

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ImportPackageUpload", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ImportPackageUpload", None, d, "an object")
            try:
                job_id = d["jobId"]
            except KeyError:
                job_id = UNSET
            if not (job_id.__class__ is str) and not scalar_ok(job_id, (str,)):
                raise invalid("ImportPackageUpload", "jobId", job_id, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.job_id = job_id
            model._cached("jobStatus", _convert_job_status(d.get("jobStatus", UNSET)))

            append(model)
        return out

    @property
    def job_status(self) -> MigrationStatus:
        """A state and its message."""
        c = self._c
        if c is not None and "jobStatus" in c:
            return cast("MigrationStatus", c["jobStatus"])
        v = self._d.get("jobStatus", UNSET)
        return cast("MigrationStatus", self._cached("jobStatus", _convert_job_status(v)))

    @job_status.setter
    def job_status(self, value: MigrationStatus) -> None:
        if value is UNSET:
            raise invalid("ImportPackageUpload", "jobStatus", value, "an object")
        self._set("jobStatus", value, _convert_job_status)

    @property
    def checksum_valid(self) -> bool | Unset:
        """Whether the package is unchanged since export (false only with `relaxChecksum`)."""
        v = self._d.get("checksumValid", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("ImportPackageUpload", "checksumValid", v, "a boolean")

    @checksum_valid.setter
    def checksum_valid(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("ImportPackageUpload", "checksumValid", value, "a boolean")
        self._set("checksumValid", value, None)


def _convert_job_status(v: Any) -> Any:
    if v.__class__ is dict:
        return MigrationStatus._from_json(v)
    raise invalid("ImportPackageUpload", "jobStatus", v, "an object")


def _json_job_status(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return MigrationStatus._from_json(v)._json(depth)
    raise invalid("ImportPackageUpload", "jobStatus", v, "an object")


ImportPackageUpload._FIELDS = (
    ("job_id", "jobId"),
    ("job_status", "jobStatus"),
    ("checksum_valid", "checksumValid"),
)
ImportPackageUpload._SLOTTED = (("job_id", "jobId", (str,)),)
ImportPackageUpload._CHECKS = {
    "jobId": False,
    "jobStatus": _json_job_status,
    "checksumValid": (bool,),
}
ImportPackageUpload._MUTABLE = frozenset(
    {
        "jobStatus",
    }
)
ImportPackageUpload._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.migration_status import MigrationStatus  # noqa: E402
