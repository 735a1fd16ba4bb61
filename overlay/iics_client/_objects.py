"""Assets by path or id, and what they depend on (v3): ``lookup`` (``POST /lookup``: each object by path and type,
or by federated id) and ``get_object_references`` (``/objects/<id>/references``: what an asset uses, or what uses it,
paged ≤ 50). ``federated_id`` resolves a task's path for ``start_job(task_path=…)``. Object search is in
_operations.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._config import count_argument, text_argument
from ._exactly_once import send_read
from ._exceptions import IICSConfigurationError, IICSNotFoundError, IICSValidationError
from ._pagination import Emit, Pager, fetch, paged
from ._runner import Plan, call_for, plan

if TYPE_CHECKING:
    from ._config import Settings
    from .v3.models import ObjectReference, ObjectSummary, ReferenceType

REFERENCES_MAX = 50  # the references resource's page: default and maximum 50
_REF_TYPES = {"uses": "uses", "usedby": "usedBy"}


def object_path(path: object) -> str:
    """A project/folder path as IICS writes it: ``Sales/Loads/mt_load_customers`` (no leading or trailing slash)."""
    if not isinstance(path, str) or not path.strip("/ "):
        raise IICSConfigurationError(f"a path is a non-empty string like 'Project/Folder/name', not {path!r}")
    return path.strip().strip("/")


def _names(value: str | Sequence[str] | None, what: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, Sequence):
        raise IICSConfigurationError(f"{what} must be a string or a list of strings, not {value!r}")
    return list(value)


class ObjectMethods:
    """The object plans, mixed into both clients."""

    _settings: Settings

    @plan
    def lookup(
        self,
        paths: str | Sequence[str] | None = None,
        object_type: str | None = None,
        *,
        ids: str | Sequence[str] | None = None,
    ) -> Plan[list[ObjectSummary]]:
        """Find objects by path (``Project/Folder/name``, with their ``object_type``: MTT, DTEMPLATE, WORKFLOW,
        TASKFLOW, PROJECT, FOLDER, CONNECTION, ...) and/or by federated id, in one request; the result lists them
        in that order (paths first), each with its ``id`` (the federated id ``start_job`` takes as
        ``task_federated_id``), ``path`` and ``type_``. An object that does not exist: IICSNotFoundError."""
        from .v3.api.objects import lookup_objects as ep

        wanted: list[dict[str, str]] = []
        path_list = _names(paths, "paths")
        if path_list:
            kind = text_argument("object_type (required with paths)", object_type)
            wanted += [{"path": object_path(path), "type": str(kind).strip().upper()} for path in path_list]
        elif object_type is not None:
            raise IICSConfigurationError("object_type goes with paths (ids need no type)")
        for object_id in _names(ids, "ids"):
            wanted.append({"id": str(text_argument("each id", object_id)).strip()})
        if not wanted:
            raise IICSConfigurationError("give paths (with object_type) or ids to look up")
        settings = self._settings
        call = call_for(ep, body={"objects": wanted})
        found = yield from send_read(call, max_resends=settings.max_retries, backoff=settings.retry_backoff)
        if len(found.objects) != len(wanted):  # IICS answers one object per object asked for, in order
            raise IICSValidationError(f"lookup asked for {len(wanted)} object(s) and got {len(found.objects)}")
        return list(found.objects)

    @paged
    def get_object_references(
        self,
        object_id: str,
        ref_type: ReferenceType | str = "uses",
        *,
        page_size: int = REFERENCES_MAX,
        limit: int | None = None,
    ) -> Pager[ObjectReference]:
        """Dependency analysis: the objects an asset uses (``ref_type="uses"``: a mapping task's mapping, a
        taskflow's tasks) or the objects that use it (``"usedBy"``), fetched in pages of at most 50 as you iterate.
        Each reference's ``app_context_id`` is its v2 id; note ``document_type`` and ``last_updated_time`` here."""
        from .v3.api.objects import get_object_references as ep

        text_argument("object_id", object_id)
        raw = getattr(ref_type, "value", ref_type)
        direction = _REF_TYPES.get(raw.lower()) if isinstance(raw, str) else None
        if direction is None:
            raise IICSConfigurationError(f"ref_type must be 'uses' or 'usedBy', not {ref_type!r}")
        count_argument("page_size", page_size, low=1, high=REFERENCES_MAX)
        if limit is not None:
            count_argument("limit", limit, low=0)
        skip, emitted = 0, 0
        while limit is None or emitted < limit:
            page = yield from fetch(call_for(ep, object_id, ref_type=direction, limit=page_size, skip=skip))
            for reference in page.references[: None if limit is None else limit - emitted]:
                yield Emit(reference)
                emitted += 1
            skip += len(page.references)
            if len(page.references) < page_size or skip >= page.count:
                return


def federated_id(path: str, task_type: str, *, max_resends: int, backoff: float) -> Plan[str]:
    """The federated id of the task at `path` (for start_job): one lookup by path and type."""
    from .v3.api.objects import lookup_objects as ep

    wanted = {"path": object_path(path), "type": task_type}
    try:
        found = yield from send_read(call_for(ep, body={"objects": [wanted]}), max_resends=max_resends, backoff=backoff)
    except IICSNotFoundError as error:
        raise IICSNotFoundError(
            f"no {task_type} task at {wanted['path']}: {error.message}", status_code=error.status_code
        ) from None
    if len(found.objects) != 1 or not found.objects[0].id:
        raise IICSValidationError(f"lookup of {wanted['path']} ({task_type}) did not answer one object with an id")
    return str(found.objects[0].id)


__all__ = ["ObjectMethods", "federated_id", "object_path"]
