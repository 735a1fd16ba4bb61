"""Promotion: export objects from one org into a package (a ZIP file), import that package into another org, and tell
exactly what happened to every object.

Plans of both clients (see _runner.py): start, watch, download and log an export; upload, start, watch and log an
import; and ``export_package`` / ``import_package``, which do all of it. Rules they keep:

* packages are streamed to and from files (_transfers.py), never held in memory;
* an import's outcome is read from every object's state, never from the job's state alone: an object that FAILED
  makes the import an ``IICSImportError`` (``IICSPartialImportError`` when other objects were imported), even when
  the job says SUCCESSFUL; a failed export is an ``IICSExportError``. Both carry the per-object results;
* an import starts once: when the start's answer is lost, the import job's status tells whether it started (an
  import job can be started only once; README: "Promote from dev to prod");
* the documented "dynamic rate limit" ("too many requests") is waited out politely: a refused request changed nothing.
"""

from __future__ import annotations

import logging
import os
import random
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ._exactly_once import Reconcile, Reconciled, send_once
from ._exceptions import IICSBadRequestError, IICSConfigurationError, IICSError, IICSJobStartUnknownError
from ._exceptions import IICSJobTimeoutError as _JobTimeout
from ._models import present
from ._retry import may_have_acted
from ._runner import Call, Plan, Sleep, plan, request_for, run
from ._transfers import FileSink, Progress, destination_file, streamed_upload

if TYPE_CHECKING:
    from ._config import Settings
    from .v3.models import (
        ExportJob,
        ExportJobObject,
        ImportJob,
        ImportJobObject,
        ImportPackageUpload,
        MigrationState,
    )

logger = logging.getLogger("iics_client")
T = TypeVar("T")

CONFLICT_RESOLUTIONS = ("OVERWRITE", "REUSE")
DEFAULT_CONFLICT_RESOLUTION = "REUSE"  # never overwrites unless asked; also the IICS UI's default
_TOO_MANY = "too many requests"
_SHOWN_FAILURES = 10  # failed objects named in an exception's message (all of them are in its attributes)


# ---- results ----


@dataclass(frozen=True)
class ObjectOutcome:
    """What an import did with one object of the package: ``state`` SUCCESSFUL (created or overwritten), SKIPPED
    (an existing object was kept) or FAILED (``message`` says why); ``target_id`` is the object in the target org."""

    path: str | None
    type: str | None
    name: str | None
    source_id: str | None
    state: MigrationState
    message: str | None
    target_id: str | None = None
    target_path: str | None = None

    @property
    def ok(self) -> bool:
        """Imported or kept: any other state (FAILED, or one this client does not know) is a failure."""
        return self.state.value in ("SUCCESSFUL", "SKIPPED")

    @classmethod
    def of(cls, item: ImportJobObject) -> ObjectOutcome:
        from .v3.models import MigrationObjectRef, MigrationState, MigrationStatus

        source = item.source_object if isinstance(item.source_object, MigrationObjectRef) else None
        target = item.target_object if isinstance(item.target_object, MigrationObjectRef) else None
        status = item.status if isinstance(item.status, MigrationStatus) else None
        return cls(
            path=_str(source.path) if source else None,
            type=_str(source.type_) if source else None,
            name=_str(source.name) if source else None,
            source_id=_str(source.id) if source else None,
            state=status.state if status else MigrationState("NO_STATUS"),
            message=_str(status.message) if status else "IICS reported no status for this object",
            target_id=_str(target.id) if target else None,
            target_path=_str(target.path) if target else None,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "type": self.type,
            "name": self.name,
            "source_id": self.source_id,
            "state": self.state.value,
            "message": self.message,
            "target_id": self.target_id,
            "target_path": self.target_path,
        }

    def __str__(self) -> str:
        where = f"{self.path or self.name or self.source_id} ({self.type or '?'})"
        return f"{where}: {self.state.value}" + (f": {self.message}" if self.message else "")


@dataclass(frozen=True)
class ImportResult:
    """A finished import: the job as IICS reports it and every object's outcome."""

    job: ImportJob
    objects: tuple[ObjectOutcome, ...]

    @property
    def id(self) -> str:
        return self.job.id

    @property
    def state(self) -> MigrationState:
        return self.job.status.state

    @property
    def message(self) -> str | None:
        return _str(self.job.status.message)

    @property
    def succeeded(self) -> list[ObjectOutcome]:
        return [o for o in self.objects if o.state.value == "SUCCESSFUL"]

    @property
    def skipped(self) -> list[ObjectOutcome]:
        return [o for o in self.objects if o.state.value == "SKIPPED"]

    @property
    def failed(self) -> list[ObjectOutcome]:
        return [o for o in self.objects if not o.ok]

    def to_dict(self) -> dict[str, Any]:
        return {
            "import_id": self.job.id,
            "name": present(self.job.name),
            "state": self.state.value,
            "message": self.message,
            "counts": {"successful": len(self.succeeded), "skipped": len(self.skipped), "failed": len(self.failed)},
            "objects": [o.to_dict() for o in self.objects],
            "job": self.job.to_dict(),
        }


@dataclass(frozen=True)
class ExportResult:
    """A finished export and where its package was written."""

    job: ExportJob
    path: Path
    objects: tuple[ExportJobObject, ...] = field(default=())

    @property
    def id(self) -> str:
        return self.job.id

    def to_dict(self) -> dict[str, Any]:
        return {
            "export_id": self.job.id,
            "name": present(self.job.name),
            "state": self.job.status.state.value,
            "message": present(self.job.status.message),
            "package": str(self.path),
            "size": self.path.stat().st_size if self.path.exists() else None,
            "objects": [o.to_dict() for o in self.objects],
        }


# ---- errors ----


class IICSExportError(IICSError):
    """An export job that did not succeed (it FAILED, or some of its objects did). ``job`` is the ExportJob with its
    objects; ``failed`` the objects that were not exported."""

    def __init__(self, message: str, *, job: ExportJob, failed: list[ExportJobObject]) -> None:
        super().__init__(message)
        self.job = job
        self.failed = failed


class IICSImportError(IICSError):
    """An import that failed: an object FAILED (whatever the job's state says), or the job itself did. ``result`` is
    the ImportResult (``result.objects``: every object's outcome); ``failed`` the objects that were not imported."""

    def __init__(self, message: str, *, result: ImportResult) -> None:
        super().__init__(message)
        self.result = result
        self.failed = result.failed


class IICSPartialImportError(IICSImportError):
    """An import in which some objects were imported (or kept) and others FAILED: the target org changed. Read
    ``result.objects`` for every outcome and ``failed`` for what is missing."""


def _str(value: object) -> str | None:
    """A text field IICS sent (None for null, absent or not text)."""
    return value if isinstance(value, str) else None


def _failures(items: list[Any]) -> str:
    shown = "; ".join(str(item) for item in items[:_SHOWN_FAILURES])
    more = len(items) - _SHOWN_FAILURES
    return shown + (f"; and {more} more" if more > 0 else "")


def import_outcome(job: ImportJob) -> ImportResult:
    """The ImportResult of a finished import job, or the IICSImportError / IICSPartialImportError it is."""
    result = ImportResult(job, tuple(ObjectOutcome.of(item) for item in job.objects or []))
    failed = result.failed
    if result.state.value == "SUCCESSFUL" and not failed:
        return result
    label = f"import job {job.id}" + (f" ({present(job.name)})" if present(job.name) else "")
    said = f"IICS says {result.state.value}" + (f": {result.message}" if result.message else "")
    if failed and (result.succeeded or result.skipped):
        raise IICSPartialImportError(
            f"{label} partly failed ({said}): {len(failed)} of {len(result.objects)} objects failed: "
            f"{_failures(failed)}",
            result=result,
        )
    detail = f": {len(failed)} objects failed: {_failures(failed)}" if failed else ""
    raise IICSImportError(f"{label} failed ({said}){detail}", result=result)


def _export_outcome(job: ExportJob) -> ExportJob:
    failed = [item for item in job.objects or [] if _object_state(item) not in ("SUCCESSFUL", "SKIPPED")]
    if job.status.state.value == "SUCCESSFUL" and not failed:
        return job
    label = f"export job {job.id}" + (f" ({present(job.name)})" if present(job.name) else "")
    said = f"IICS says {job.status.state.value}" + (
        f": {present(job.status.message)}" if present(job.status.message) else ""
    )
    shown = [f"{present(o.path) or o.id} ({present(o.type_) or '?'}): {_object_message(o)}" for o in failed]
    detail = f": {len(failed)} objects failed: {_failures(shown)}" if failed else ""
    raise IICSExportError(f"{label} failed ({said}){detail}", job=job, failed=failed)


def _object_state(item: ExportJobObject) -> str:
    from .v3.models import MigrationStatus

    return item.status.state.value if isinstance(item.status, MigrationStatus) else "NO_STATUS"


def _object_message(item: ExportJobObject) -> str:
    from .v3.models import MigrationStatus

    if isinstance(item.status, MigrationStatus):
        return f"{item.status.state.value}" + (f": {present(item.status.message)}" if item.status.message else "")
    return "no status"


# ---- the plans ----


class PromotionMethods:
    """The promotion plans, mixed into both clients. The steps that the one-call methods (export_package,
    import_package) share are the module's plan functions below the class."""

    _settings: Settings

    # -- export --

    @plan
    def export_objects(
        self,
        objects: Iterable[Any],
        *,
        include_dependencies: bool = True,
        include_tags: bool = False,
        name: str | None = None,
    ) -> Plan[ExportJob]:
        """Start an export job. ``objects``: v3 ids (``"5lBX0Yj9..."``), ``(path, type)`` pairs looked up first
        (``("Sales", "PROJECT")``, ``("Sales/Loads/mt_load_orders", "MTT")``), mappings ``{"id": ...}`` or
        ``{"path": ..., "type": ...}`` (optionally with ``"include_dependencies"``), or objects with an ``id``
        (search results). A project or folder brings everything in it; ``include_dependencies`` (IICS's default)
        adds what the assets use; ``include_tags`` exports tags too. Returns the QUEUED job: wait_for_export next.
        A start whose answer was lost is sent again: an export changes nothing in the org (at worst IICS runs an
        unused second export)."""
        return (yield from _start_export(self._settings, objects, include_dependencies, include_tags, name))

    @plan
    def get_export_status(self, export_id: str, *, objects: bool = False) -> Plan[ExportJob]:
        """An export job as it is now (``objects=True``: with every object of its package)."""
        from .v3.api.exports import get_export_status as ep

        return (yield from run(Call(_status_kwargs(ep, "export_id", export_id, objects), ep.parse_success)))

    @plan
    def wait_for_export(
        self, export_id: str, *, interval: float = 2.0, timeout: float = 3600.0, max_interval: float = 30.0
    ) -> Plan[ExportJob]:
        """Wait until an export job ends; returns it (with its objects) when it is SUCCESSFUL. A FAILED job, or one
        with an object that was not exported, is an IICSExportError. The wait grows from ``interval`` by 1.5x up
        to ``max_interval``; past ``timeout`` seconds, IICSJobTimeoutError (the job keeps running)."""
        return (yield from _wait_for_export(export_id, interval, timeout, max_interval))

    @plan
    def download_export_package(
        self,
        export_id: str,
        destination: str | os.PathLike[str],
        *,
        on_progress: Callable[[int, int | None], None] | None = None,
    ) -> Plan[Path]:
        """Stream the package (a ZIP) of a SUCCESSFUL export job to ``destination`` (a file, or a folder: then
        ``<export_id>.zip`` in it), through a temporary file renamed when complete and checked against the
        announced Content-Length; returns its path. A download cut off is sent again from the start (up to
        max_retries). ``on_progress(bytes so far, total or None)`` is called after each chunk."""
        return (yield from _download(self._settings, export_id, destination, on_progress))

    @plan
    def get_export_log(self, export_id: str) -> Plan[str]:
        """The export job's log (text)."""
        from .v3.api.exports import get_export_log as ep

        return (yield from run(Call(request_for(ep, _text("export_id", export_id)), ep.parse_success)))

    @plan
    def export_package(
        self,
        objects: Iterable[Any],
        destination: str | os.PathLike[str],
        *,
        include_dependencies: bool = True,
        include_tags: bool = False,
        name: str | None = None,
        interval: float = 2.0,
        timeout: float = 3600.0,
        on_progress: Callable[[int, int | None], None] | None = None,
    ) -> Plan[ExportResult]:
        """Export ``objects`` (as export_objects takes them) into a package file at ``destination``: start, wait
        (``interval``, ``timeout``), download. Returns the finished job, its objects and the package's path; a
        failed export is an IICSExportError."""
        path = destination_file(destination, "export.zip")  # checked before anything starts
        _wait_arguments(interval, timeout, interval)
        started = yield from _start_export(self._settings, objects, include_dependencies, include_tags, name)
        job = yield from _wait_for_export(started.id, interval, timeout, max(30.0, interval))
        written = yield from _download(self._settings, started.id, path, on_progress)
        return ExportResult(job, written, tuple(job.objects or ()))

    # -- import --

    @plan
    def upload_import_package(
        self,
        package: str | os.PathLike[str],
        *,
        relax_checksum: bool = False,
        on_progress: Callable[[int, int | None], None] | None = None,
    ) -> Plan[ImportPackageUpload]:
        """Upload a package file (streamed, multipart part ``package``) into this org; returns the upload with the
        new import job's ``job_id``: start_import next. IICS refuses a package changed since export unless
        ``relax_checksum`` (sent both as a form field and a query parameter: which one IICS reads is not
        documented). An upload whose answer was lost is sent again: it only creates an import job that nobody
        starts. ``on_progress(bytes sent, total)`` is called after each chunk."""
        return (yield from _upload(self._settings, _package_file(package), relax_checksum, on_progress))

    @plan
    def start_import(
        self,
        import_id: str,
        *,
        name: str,
        conflict_resolution: str | None = DEFAULT_CONFLICT_RESOLUTION,
        include: Iterable[str] | None = None,
        overrides: Mapping[str, str] | None = None,
        mappings: Mapping[str, str] | None = None,
    ) -> Plan[ImportJob]:
        """Start importing an uploaded package (``import_id`` is the upload's ``job_id``). ``conflict_resolution``:
        what to do with an object the org already has (same type, same path): ``"REUSE"`` (default: keep it) or
        ``"OVERWRITE"`` (None: IICS's own default). ``include``: the source ids to import (default all; a project
        brings its contents and missing dependencies). ``overrides``: source id -> resolution for single objects.
        ``mappings``: source id -> id of an existing object of this org to use instead (a runtime environment, a
        connection, a target project or folder). Starts once: when the answer is lost, the job's status tells
        whether it started; it is sent again only if it did not."""
        specification = _import_specification(conflict_resolution, include, overrides, mappings)
        return (yield from _start_import(self._settings, import_id, name, specification))

    @plan
    def get_import_status(self, import_id: str, *, objects: bool = False) -> Plan[ImportJob]:
        """An import job as it is now (``objects=True``: with every object's source, target and status)."""
        from .v3.api.imports import get_import_status as ep

        return (yield from run(Call(_status_kwargs(ep, "import_job_id", import_id, objects), ep.parse_success)))

    @plan
    def wait_for_import(
        self, import_id: str, *, interval: float = 2.0, timeout: float = 3600.0, max_interval: float = 30.0
    ) -> Plan[ImportResult]:
        """Wait until an import job ends; returns its ImportResult when every object was imported or kept. Any
        object that FAILED (whatever the job's state says) raises IICSPartialImportError when others were imported,
        IICSImportError otherwise; both carry every object's outcome. Waits as wait_for_export does
        (IICSJobTimeoutError past ``timeout``); a job that was uploaded but never started is an
        IICSConfigurationError."""
        return (yield from _wait_for_import(import_id, interval, timeout, max_interval))

    @plan
    def get_import_log(self, import_id: str) -> Plan[str]:
        """The import job's log (text)."""
        from .v3.api.imports import get_import_log as ep

        return (yield from run(Call(request_for(ep, _text("import_id", import_id)), ep.parse_success)))

    @plan
    def import_package(
        self,
        package: str | os.PathLike[str],
        *,
        name: str,
        conflict_resolution: str | None = DEFAULT_CONFLICT_RESOLUTION,
        include: Iterable[str] | None = None,
        overrides: Mapping[str, str] | None = None,
        mappings: Mapping[str, str] | None = None,
        relax_checksum: bool = False,
        interval: float = 2.0,
        timeout: float = 3600.0,
        on_progress: Callable[[int, int | None], None] | None = None,
    ) -> Plan[ImportResult]:
        """Import a package file into this org: upload (streamed), start (once), wait (``interval``, ``timeout``),
        and check every object. Returns the ImportResult; an object that FAILED is an IICSPartialImportError (others
        were imported) or an IICSImportError, carrying every object's outcome: never a silent success. The other
        arguments are start_import's and upload_import_package's."""
        path = _package_file(package)  # every argument is checked before the upload
        _text("name", name)
        specification = _import_specification(conflict_resolution, include, overrides, mappings)
        _wait_arguments(interval, timeout, interval)
        upload = yield from _upload(self._settings, path, relax_checksum, on_progress)
        job = yield from _start_import(self._settings, upload.job_id, name, specification)
        return (yield from _wait_for_import(job.id, interval, timeout, max(30.0, interval)))


# ---- the steps ----


def _start_export(
    settings: Settings, objects: Iterable[Any], include_dependencies: bool, include_tags: bool, name: str | None
) -> Plan[ExportJob]:
    from .v3.api.exports import start_export as ep
    from .v3.types import UNSET

    wanted = _export_items(objects, include_dependencies)  # every argument is checked before the first request
    if name is not None:
        _text("name", name)
    if not isinstance(include_tags, bool):
        raise IICSConfigurationError(f"include_tags must be True or False, not {include_tags!r}")
    by_path = [item for item in wanted if "id" not in item]
    if by_path:
        found = yield from _lookup(by_path, settings)
        for item, object_id in zip(by_path, found, strict=True):
            item["id"] = object_id
    body: dict[str, Any] = {
        "objects": [{"id": item["id"], "includeDependencies": item["includeDependencies"]} for item in wanted]
    }
    if name is not None:
        body["name"] = name
    call = Call(request_for(ep, body=body, include_tag_information=True if include_tags else UNSET), ep.parse_success)
    job: ExportJob = yield from _polite(lambda: _resend_if_lost(call, settings), settings)
    logger.info("export job %s started for %d object(s)", job.id, len(wanted))
    return job


def _wait_for_export(export_id: str, interval: float, timeout: float, max_interval: float) -> Plan[ExportJob]:
    from .v3.api.exports import get_export_status as ep

    _text("export_id", export_id)

    def status(expand: bool) -> Call[ExportJob]:
        return Call(_status_kwargs(ep, "export_id", export_id, expand), ep.parse_success)

    job = yield from _wait(status, kind="export", job_id=export_id, finished=_export_finished, interval=interval,
                     timeout=timeout, max_interval=max_interval)  # fmt: skip
    return _export_outcome(job)


def _download(
    settings: Settings, export_id: str, destination: str | os.PathLike[str], on_progress: Progress | None
) -> Plan[Path]:
    from .v3.api.exports import download_export_package as ep

    _text("export_id", export_id)
    path = destination_file(destination, f"{export_id}.zip")
    sink = FileSink(path, progress=on_progress)
    kwargs = request_for(ep, export_id)
    attempt = 0
    while True:
        try:
            return (yield from run(Call(kwargs, sink.result, sink=sink)))
        except IICSError as error:
            if attempt >= settings.max_retries or not _cut_off(error):
                raise
            attempt += 1
            logger.info("the package download was cut off (%s): again from the start", error.message)
        yield Sleep(_backoff(settings, attempt))


def _upload(
    settings: Settings, path: Path, relax_checksum: bool, on_progress: Progress | None
) -> Plan[ImportPackageUpload]:
    from .v3.api.imports import upload_import_package as ep
    from .v3.models import ImportPackageForm
    from .v3.types import UNSET, File

    if not isinstance(relax_checksum, bool):
        raise IICSConfigurationError(f"relax_checksum must be True or False, not {relax_checksum!r}")
    with path.open("rb") as handle:  # open while the plan runs: every (re)send reads it from the start
        form = ImportPackageForm(
            package=File(payload=handle, file_name=path.name, mime_type="application/zip"),
            relax_checksum=True if relax_checksum else UNSET,
        )
        kwargs = streamed_upload(request_for(ep, body=form), progress=on_progress)
        if relax_checksum:
            kwargs["params"] = {"relaxChecksum": "true"}
        call = Call(kwargs, ep.parse_success)
        upload: ImportPackageUpload = yield from _polite(lambda: _resend_if_lost(call, settings), settings)
    logger.info("package %s uploaded: import job %s", path.name, upload.job_id)
    return upload


def _start_import(settings: Settings, import_id: str, name: str, specification: dict[str, Any]) -> Plan[ImportJob]:
    from .v3.api.imports import start_import as ep

    _text("import_id", import_id)
    body: dict[str, Any] = {"name": _text("name", name)}
    if specification:
        body["importSpecification"] = specification
    call = Call(request_for(ep, import_id, body=body), ep.parse_success)
    lost: list[IICSError] = []
    reconcile = _import_start_reconciliation(import_id, name, settings.reconcile_timeout, lost)

    def start() -> Plan[ImportJob]:
        return send_once(
            call, reconcile, reconcile_timeout=settings.reconcile_timeout, max_resends=settings.max_retries
        )

    try:
        job: ImportJob = yield from _polite(start, settings)
    except IICSBadRequestError:
        if not lost:
            raise
        # IICS refused a start sent again because the job has started: the lost start did it, if the status says so
        found = yield from reconcile(datetime.now(timezone.utc), lost[-1])
        if found is None:
            raise
        job = found.value
    logger.info("import job %s started as %r", job.id, name)
    return job


def _wait_for_import(import_id: str, interval: float, timeout: float, max_interval: float) -> Plan[ImportResult]:
    from .v3.api.imports import get_import_status as ep

    _text("import_id", import_id)

    def status(expand: bool) -> Call[ImportJob]:
        return Call(_status_kwargs(ep, "import_job_id", import_id, expand), ep.parse_success)

    job = yield from _wait(status, kind="import", job_id=import_id, finished=_import_finished, interval=interval,
                     timeout=timeout, max_interval=max_interval)  # fmt: skip
    return import_outcome(job)


# ---- helpers ----


def _text(what: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise IICSConfigurationError(f"{what} must be a non-empty string, not {value!r}")
    return value


def _status_kwargs(endpoint: Any, parameter: str, job_id: str, expand: bool) -> dict[str, Any]:
    from .v3.models import Expand
    from .v3.types import UNSET

    _text(parameter.replace("_", " "), job_id)
    return request_for(endpoint, job_id, expand=Expand.OBJECTS if expand else UNSET)


def _package_file(package: str | os.PathLike[str]) -> Path:
    try:
        path = Path(package)
    except TypeError:
        raise IICSConfigurationError(f"package must be the path of a package file, not {package!r}") from None
    if not path.is_file():
        raise IICSConfigurationError(f"no package file at {path}")
    return path


def _export_items(objects: Iterable[Any], include_dependencies: bool) -> list[dict[str, Any]]:
    if isinstance(objects, str | bytes | Mapping) or not isinstance(objects, Iterable):
        raise IICSConfigurationError("objects must be a list of ids, (path, type) pairs or objects with an id")
    if not isinstance(include_dependencies, bool):
        raise IICSConfigurationError(f"include_dependencies must be True or False, not {include_dependencies!r}")
    items: list[dict[str, Any]] = []
    for given in objects:
        item: dict[str, Any] = {"includeDependencies": include_dependencies}
        if isinstance(given, str):
            item["id"] = _text("an object id", given)
        elif isinstance(given, tuple) and len(given) == 2:
            item["path"], item["type"] = _text("a path", given[0]), _text("a type", given[1]).upper()
        elif isinstance(given, Mapping):
            if given.get("id"):
                item["id"] = _text("id", given["id"])
            elif given.get("path") and given.get("type"):
                item["path"], item["type"] = _text("path", given["path"]), _text("type", given["type"]).upper()
            else:
                raise IICSConfigurationError(f"an object to export needs an id, or a path and a type: {given!r}")
            for key in ("include_dependencies", "includeDependencies"):
                if key in given:
                    if not isinstance(given[key], bool):
                        raise IICSConfigurationError(f"{key} must be True or False, not {given[key]!r}")
                    item["includeDependencies"] = given[key]
        elif isinstance(getattr(given, "id", None), str) and given.id:
            item["id"] = given.id
        else:
            raise IICSConfigurationError(f"not an object to export: {given!r} (an id, a (path, type) pair, ...)")
        items.append(item)
    if not items:
        raise IICSConfigurationError("give at least one object to export")
    return items


def _lookup(items: list[dict[str, Any]], settings: Settings) -> Plan[list[str]]:
    """The v3 ids of objects given by path and type (one lookup request; an unknown path: IICSNotFoundError).
    The lookup_objects endpoint is called directly: its client method (``lookup``) comes with issue 16."""
    from .v3.api.objects import lookup_objects as ep

    body = {"objects": [{"path": item["path"], "type": item["type"]} for item in items]}
    found = yield from _polite(lambda: _resend_if_lost(Call(request_for(ep, body=body), ep.parse_success), settings),
                               settings)  # fmt: skip
    if len(found.objects) != len(items):
        from ._exceptions import IICSValidationError

        raise IICSValidationError(f"lookup asked for {len(items)} object(s) and got {len(found.objects)}")
    return [summary.id for summary in found.objects]


def _import_specification(
    default: str | None,
    include: Iterable[str] | None,
    overrides: Mapping[str, str] | None,
    mappings: Mapping[str, str] | None,
) -> dict[str, Any]:
    """The ``importSpecification`` of a start_import body (empty: IICS's defaults)."""
    specification: dict[str, Any] = {}
    if default is not None:
        specification["defaultConflictResolution"] = _resolution("conflict_resolution", default)
    if include is not None:
        if isinstance(include, str | bytes) or not isinstance(include, Iterable):
            raise IICSConfigurationError("include must be a list of source object ids")
        ids = [_text("an included id", getattr(item, "id", item)) for item in include]
        if not ids:
            raise IICSConfigurationError("include is empty: give source object ids, or None for all of them")
        specification["includeObjects"] = ids
    per_object: dict[str, dict[str, Any]] = {}
    for what, given, key in (("overrides", overrides, "conflictResolution"), ("mappings", mappings, "targetObjectId")):
        if given is None:
            continue
        if not isinstance(given, Mapping):
            raise IICSConfigurationError(f"{what} must map source object ids to values, not {given!r}")
        for source_id, value in given.items():
            entry = per_object.setdefault(_text(f"a source id in {what}", source_id), {"sourceObjectId": source_id})
            entry[key] = _resolution(f"overrides[{source_id!r}]", value) if what == "overrides" else _text(
                f"mappings[{source_id!r}]", value)  # fmt: skip
    if per_object:
        specification["objectSpecification"] = list(per_object.values())
    return specification


def _resolution(what: str, value: object) -> str:
    text = getattr(value, "value", value)
    if not isinstance(text, str) or text.strip().upper() not in CONFLICT_RESOLUTIONS:
        raise IICSConfigurationError(f"{what} must be OVERWRITE or REUSE, not {value!r}")
    return text.strip().upper()


# -- waiting --

_RUNNING_STATES = frozenset({"QUEUED", "IN_PROGRESS", "NOT_STARTED"})


def _export_finished(job: Any) -> bool:
    state = job.status.state.value
    return state in ("SUCCESSFUL", "FAILED") or (state not in _RUNNING_STATES and bool(present(job.end_time)))


def _import_started(job: ImportJob) -> bool:
    """Whether an import job has been started: NOT_STARTED is what the simulator (and, as far as is known, IICS)
    shows before; a job that ran also carries the name and start time given to it (an upload's job has neither)."""
    state = job.status.state.value
    if state == "NOT_STARTED":
        return False
    if state in ("QUEUED", "IN_PROGRESS"):
        return True
    return bool(present(job.name) or present(job.start_time))


def _import_finished(job: Any) -> bool:
    if not _import_started(job):
        raise IICSConfigurationError(
            f"import job {job.id} has not been started (state {job.status.state.value}): start it with start_import"
        )
    return _export_finished(job)


def _wait_arguments(interval: float, timeout: float, max_interval: float) -> None:
    for what, value in (("interval", interval), ("timeout", timeout), ("max_interval", max_interval)):
        if not isinstance(value, int | float) or isinstance(value, bool) or not value > 0:
            raise IICSConfigurationError(f"{what} must be a number of seconds > 0, not {value!r}")


def _wait(
    status: Callable[[bool], Call[T]],
    *,
    kind: str,
    job_id: str,
    finished: Callable[[T], bool],
    interval: float,
    timeout: float,
    max_interval: float,
) -> Plan[T]:
    """Poll a job's status (without its objects) until ``finished``; then read it once more with its objects."""
    _wait_arguments(interval, timeout, max_interval)
    deadline = time.monotonic() + timeout
    delay, last_state = interval, None
    while True:
        try:
            job = yield from run(status(False))
        except IICSError as error:
            if not _too_many_requests(error):
                raise
            logger.info("status of %s job %s: %s; waiting", kind, job_id, error.message)
        else:
            last_state = job.status.state.value  # type: ignore[attr-defined]
            if finished(job):
                return (yield from run(status(True)))
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _JobTimeout(
                f"{kind} job {job_id} did not finish within {timeout:g} s (last seen: {last_state})",
                task_id=kind,
                run_id=job_id,
                last_state=last_state,
            )
        yield Sleep(min(delay, remaining))
        delay = min(delay * 1.5, max(max_interval, interval))


# -- sending politely, and again when that is safe --


def _too_many_requests(error: IICSError) -> bool:
    """IICS's dynamic rate limit on objects, export and import: a 429, or another refusal that says so."""
    from ._exceptions import IICSRateLimitError

    if isinstance(error, IICSRateLimitError):
        return True
    said = f"{error.message} {error.response_body or ''}".lower()
    return error.status_code is not None and 400 <= error.status_code < 600 and _TOO_MANY in said


def _backoff(settings: Settings, attempt: int) -> float:
    """Exponential from retry_backoff, capped at retry_max_wait, half of it jittered."""
    delay = float(min(settings.retry_max_wait, settings.retry_backoff * 2.0**attempt))
    return delay / 2 + random.uniform(0, delay / 2)  # noqa: S311 (jitter, not a secret)


def _polite(send: Callable[[], Plan[T]], settings: Settings) -> Plan[T]:
    """Run ``send``; when IICS answers "too many requests" (after the transport's own retries of a 429), wait longer
    and run it again, up to max_retries more times: a refused request changed nothing. The waits continue the
    transport's backoff series (by default 4, 8, 16 s, jittered, each at most retry_max_wait)."""
    refused = 0
    while True:
        try:
            return (yield from send())
        except IICSError as error:
            if refused >= settings.max_retries or not _too_many_requests(error):
                raise
            refused += 1
            hint = getattr(error, "retry_after", None)
            wait = (
                float(hint)
                if isinstance(hint, int | float) and hint > 0
                else _backoff(settings, settings.max_retries + refused)
            )
            logger.info("IICS is busy (%s): sending again in %.1f s (%d of %d)", error.message, wait, refused,
                        settings.max_retries)  # fmt: skip
        yield Sleep(min(wait, settings.retry_max_wait))


def _resend_if_lost(call: Call[T], settings: Settings) -> Plan[T]:
    """For a POST that changes nothing IICS cannot repeat harmlessly (an upload, an export, a lookup): when its
    answer was lost, send it again (up to max_retries)."""
    resends = 0
    while True:
        try:
            return (yield from run(call))
        except IICSError as error:
            if resends >= settings.max_retries or not may_have_acted(error):
                raise
            resends += 1
            logger.info("the answer was lost (%s): sending again (%d of %d)", error.message, resends,
                        settings.max_retries)  # fmt: skip
        yield Sleep(_backoff(settings, resends))


def _cut_off(error: IICSError) -> bool:
    """A download that failed on the way (no answer, or the body stopped): GET again."""
    from ._exceptions import IICSConnectionError

    return isinstance(error, IICSConnectionError)


def _import_start_reconciliation(
    import_id: str, name: str, reconcile_timeout: float, lost: list[IICSError]
) -> Reconcile[ImportJob]:
    """Did a start whose answer was lost take effect? The job's status says: started (with our name) -> it did;
    still not started once IICS has had ``reconcile_timeout`` seconds -> it did not; started under another name, or
    the status cannot be read -> IICSJobStartUnknownError (never a guess)."""

    def reconcile(requested_at: datetime, error: IICSError) -> Plan[Reconciled[ImportJob] | None]:
        from .v3.api.imports import get_import_status as ep

        lost.append(error)
        checked = [f"the start's answer was lost: {error.message}"]
        deadline = time.monotonic() + reconcile_timeout
        pause = min(2.0, max(0.05, reconcile_timeout / 10))
        while True:
            try:
                job = yield from run(Call(_status_kwargs(ep, "import_job_id", import_id, False), ep.parse_success))
            except IICSError as failure:
                checked.append(f"the import job's status could not be read: {failure.message}")
                raise IICSJobStartUnknownError(
                    f"cannot tell whether import job {import_id} started: its status could not be read",
                    task={"importJobId": import_id, "name": name},
                    requested_at=requested_at,
                    checked=checked,
                ) from failure
            state = job.status.state.value
            checked.append(f"import job {import_id}: {state}" + (f" as {present(job.name)!r}" if job.name else ""))
            if _import_started(job):
                if present(job.name) not in (None, name):
                    raise IICSJobStartUnknownError(
                        f"import job {import_id} was started as {present(job.name)!r}, not {name!r}: by someone else?",
                        task={"importJobId": import_id, "name": name},
                        requested_at=requested_at,
                        checked=checked,
                        candidates=[job.to_dict()],
                    )
                logger.info("import job %s had started (%s): not sending the start again", import_id, state)
                return Reconciled(job)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            yield Sleep(min(pause, remaining))

    return reconcile


__all__ = [
    "ExportResult",
    "IICSExportError",
    "IICSImportError",
    "IICSPartialImportError",
    "ImportResult",
    "ObjectOutcome",
    "PromotionMethods",
    "import_outcome",
]
