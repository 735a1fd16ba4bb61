"""Export and import jobs (v3 ``export`` and ``import`` resources): the simulator's promotion between orgs.

Each org has its jobs (``PromotionJobs``); the knobs are simulator-wide (``PromotionSettings``, ``sim.promotion``).
A job goes QUEUED -> IN_PROGRESS -> SUCCESSFUL or FAILED on a worker thread: an export writes its package (a real
ZIP file on disk, see _packages.py) while IN_PROGRESS, an import applies the package to the org (see
_promotable.py); the final state is set only after the work is done, so a client that saw SUCCESSFUL sees the result.
Packages are streamed from and to disk, never held in memory.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ._data import Json, Seed
from ._errors import ApiError, random_id
from ._handlers import Backend, Call, Reply, StreamBody, handles
from ._multipart import MultipartError, boundary_of, parse
from ._packages import Package, PackageError, read_package, write_package
from ._promotable import FAILED, SKIPPED, SUCCESSFUL, Importer, Item, Outcome, Plan, catalogue, plan, rank, ref, select
from ._state import Org
from ._times import v2_utc, v3_utc

QUEUED, NOT_STARTED, IN_PROGRESS = "QUEUED", "NOT_STARTED", "IN_PROGRESS"
_CHUNK = 1024 * 1024
_TOO_MANY = "Too many requests: the export and import service is busy. Try again later."


def _iso(ts: float) -> str:
    """v3 job times: UTC with milliseconds (``2024-06-03T16:00:01.502Z``), as in Informatica's examples."""
    return v2_utc(ts)


class PromotionSettings:
    """Knobs of the simulator's export and import jobs, shared by all its orgs (``sim.promotion``).

    Attributes:
        queue_time: seconds a new job stays QUEUED.
        export_duration, import_duration: least seconds a job stays IN_PROGRESS (longer if the work takes longer).
        package_padding: bytes of incompressible filler added to every export package (benchmarks of large packages).
        partial_import_state: the state of an import in which some objects failed and others did not: "FAILED"
            (default) or "SUCCESSFUL" (IICS's behaviour is not documented; clients must read the objects' states).
        max_running_jobs: the "dynamic rate limit": a start beyond this many queued or running jobs (all orgs)
            answers 429 "too many requests". None: no limit.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._dir: Path | None = None
        self._cleanup: Callable[[], object] | None = None  # deletes _dir (also when the simulator is collected)
        self.clear()
        self.exports_started = self.packages_uploaded = self.imports_started = 0

    def clear(self) -> None:
        """Back to the defaults: no failures, no padding, no limit."""
        with self._lock:
            self.queue_time = 0.05
            self.export_duration = 0.2
            self.import_duration = 0.2
            self.package_padding = 0
            self.partial_import_state = FAILED
            self.max_running_jobs: int | None = None
            self._export_failures: dict[str, str] = {}
            self._import_failures: dict[str, str] = {}
            self._running = 0

    def fail_export_of(self, key: str, message: str | None = None) -> None:
        """Exports that contain the object with this path or id end FAILED (the object with `message`)."""
        with self._lock:
            self._export_failures[key.lower()] = message or f"Simulated failure exporting {key}."

    def fail_import_of(self, key: str, message: str | None = None) -> None:
        """Imports fail this object (path or id, as in the package) with `message`; the others go on."""
        with self._lock:
            self._import_failures[key.lower()] = message or f"Simulated failure importing {key}."

    @property
    def running_jobs(self) -> int:
        with self._lock:
            return self._running

    # ---- used by the jobs ----

    def export_failure(self, obj: Json) -> str | None:
        return self._failure(self._export_failures, obj)

    def import_failure(self, obj: Json) -> str | None:
        return self._failure(self._import_failures, obj)

    def _failure(self, table: dict[str, str], obj: Json) -> str | None:
        with self._lock:
            return table.get(str(obj["path"]).lower()) or table.get(str(obj["id"]).lower())

    def admit(self, counter: str) -> None:
        """Count a job start, or refuse it (429) over the limit."""
        with self._lock:
            if self.max_running_jobs is not None and self._running >= self.max_running_jobs:
                raise ApiError(429, _TOO_MANY)
            self._running += 1
            self.count(counter)

    def count(self, counter: str) -> None:
        setattr(self, counter, getattr(self, counter) + 1)

    def finished(self) -> None:
        with self._lock:
            self._running = max(0, self._running - 1)

    def sleep(self, seconds: float) -> bool:
        """Wait; False when the simulator is stopping (the job then stays where it is)."""
        return not self._stop.wait(max(0.0, seconds))

    def open(self) -> None:
        """Let workers run (again, after close)."""
        self._stop.clear()

    def new_file(self, suffix: str) -> Path:
        with self._lock:
            if self._dir is None:
                self._dir = Path(tempfile.mkdtemp(prefix="iics-simulator-"))
                self._cleanup = weakref.finalize(self, shutil.rmtree, self._dir, True)
            return self._dir / f"{random_id(16)}{suffix}"

    def close(self) -> None:
        """Stop the workers and delete every package on disk."""
        self._stop.set()
        with self._lock:
            if self._cleanup is not None:
                self._cleanup()
            self._dir = self._cleanup = None


@dataclass
class _Job:
    id: str
    name: str | None
    created: float
    state: str
    message: str
    started: float | None = None
    ended: float | None = None
    updated: float = 0.0
    objects: list[Json] | None = None  # rendered per-object results
    log: list[str] = field(default_factory=list)

    def note(self, ts: float, text: str, level: str = "INFO") -> None:
        self.log.append(f"{v3_utc(ts)} {level} {text}")
        self.updated = ts

    def render(self, expand: bool) -> Json:
        return {
            "id": self.id, "createTime": _iso(self.created), "updateTime": _iso(self.updated or self.created),
            "name": self.name, "startTime": None if self.started is None else _iso(self.started),
            "endTime": None if self.ended is None else _iso(self.ended),
            "status": {"state": self.state, "message": self.message},
            "objects": list(self.objects or []) if expand else None,
        }  # fmt: skip


@dataclass
class _Export(_Job):
    include_tags: bool = False
    source_org_id: str = ""
    contents: list[tuple[Item, bool]] = field(default_factory=list)  # (object, requested by the user)
    references: dict[str, Json] = field(default_factory=dict)  # id -> how dependencies name the object
    package: Path | None = None
    size: int = 0


@dataclass
class _Import(_Job):
    package: Package | None = None
    source_org_id: str | None = None
    user: str = ""

    def render(self, expand: bool) -> Json:
        return {**super().render(expand), "sourceOrgId": self.source_org_id}


class PromotionJobs:
    """One org's export and import jobs."""

    def __init__(self, org: Org, settings: PromotionSettings, clock: Callable[[], float] = time.time) -> None:
        self._org = org
        self._settings = settings
        self._clock = clock
        self._lock = threading.Lock()
        self._exports: dict[str, _Export] = {}
        self._imports: dict[str, _Import] = {}

    def reset(self) -> None:
        with self._lock:
            self._exports.clear()
            self._imports.clear()

    def _run(self, job: _Job, work: Callable[[], None]) -> None:
        """A job's thread: its work, and a FAILED job rather than a dead thread if the simulator itself fails."""
        try:
            work()
        except Exception as exc:  # a simulator bug, or its package store deleted by stop()
            with self._lock:
                now = self._clock()
                job.state, job.ended = FAILED, now
                job.message = f"Internal error in the simulator: {type(exc).__name__}: {exc}"
                job.note(now, job.message, "ERROR")
        finally:
            self._settings.finished()

    # ---- export ----

    def start_export(self, body: object, *, include_tags: bool, user: str) -> Json:
        name, requests = _export_request(body)
        now = self._clock()

        def snapshot(data: Seed, _ids: object) -> tuple[dict[str, Item], dict[str, bool]]:
            items = catalogue(data)
            unknown = [object_id for object_id, _ in requests if object_id not in items]
            if unknown:
                raise ApiError(400, f"Objects not found: {', '.join(unknown)}.")
            return items, select(items, requests)

        items, chosen = self._org.transact(snapshot)
        self._settings.admit("exports_started")
        contents = sorted(
            ((items[i], requested) for i, requested in chosen.items()), key=lambda c: rank(c[0].summary())
        )
        references = {i: items[i].reference() for item, _ in contents for i in item.uses if i in items}
        job = _Export(random_id(), name or f"job-{int(now * 1000)}", now, QUEUED, "Export job queued.", started=now,
                      include_tags=include_tags, source_org_id=self._org.org_id, contents=contents,
                      references=references)  # fmt: skip
        job.note(now, f"Export job {job.name} ({job.id}) queued by {user}: {len(contents)} objects.")
        with self._lock:
            self._exports[job.id] = job
            answer = job.render(expand=False)  # before the worker runs: the answer says QUEUED, however late it is sent
        work = functools.partial(self._run_export, job)
        threading.Thread(target=self._run, args=(job, work), daemon=True, name=f"iics-export:{job.id}").start()
        return answer

    def _run_export(self, job: _Export) -> None:
        settings = self._settings
        if not settings.sleep(settings.queue_time):
            return
        began = time.monotonic()
        with self._lock:
            job.state, job.message = IN_PROGRESS, "Export in progress."
            job.note(self._clock(), "Export started.")
        failures = {item.id: why for item, _ in job.contents if (why := settings.export_failure(item.summary()))}
        objects = [_export_object(item, requested, failures.get(item.id)) for item, requested in job.contents]
        path = None if failures else self._write(job)
        if not settings.sleep(settings.export_duration - (time.monotonic() - began)):
            return
        with self._lock:
            now = self._clock()
            job.objects, job.ended, job.package = objects, now, path
            for obj in objects:
                level = "ERROR" if obj["status"]["state"] == FAILED else "INFO"
                job.note(now, f"{obj['path']} ({obj['type']}): {obj['status']['message']}", level)
            if failures:
                job.state, job.message = FAILED, f"Export failed. {len(failures)} of {len(objects)} objects failed."
            else:
                job.state, job.message = SUCCESSFUL, f"Export completed. {len(objects)} objects exported."
            job.note(now, job.message, "ERROR" if failures else "INFO")

    def _write(self, job: _Export) -> Path:
        path = self._settings.new_file(".zip")
        header = {"exportJobId": job.id, "name": job.name, "sourceOrgId": job.source_org_id,
                  "createTime": _iso(job.created), "includeTagInformation": job.include_tags}  # fmt: skip
        entries = []
        for item, requested in job.contents:
            record = item.record
            if not job.include_tags and "object" in record:
                record = {**record, "object": {k: v for k, v in record["object"].items() if k != "tags"}}
            uses = [job.references[i] for i in item.uses if i in job.references]
            entries.append(({**item.summary(), "requested": requested, "dependencies": uses}, record))
        job.size = write_package(path, header, entries, self._settings.package_padding)
        return path

    def export_status(self, export_id: str, expand: bool) -> Json:
        with self._lock:
            return self._export(export_id).render(expand)

    def export_log(self, export_id: str) -> str:
        with self._lock:
            return "\n".join(self._export(export_id).log) + "\n"

    def export_package(self, export_id: str) -> tuple[Path, int, str]:
        with self._lock:
            job = self._export(export_id)
            if job.state != SUCCESSFUL or job.package is None:
                raise ApiError(400, f"Export job {export_id} has no package: its state is {job.state}.")
            return job.package, job.size, job.name or job.id

    def _export(self, export_id: str) -> _Export:
        job = self._exports.get(export_id)
        if job is None:
            raise ApiError(404, f"Export job with id {export_id} not found.")
        return job

    # ---- import ----

    def upload(self, call: Call) -> Json:
        """Read a multipart upload into a temporary file, verify the package, create an import job."""
        if call.stream is None:
            raise ApiError(400, "The request body must be multipart/form-data.")
        try:
            boundary = boundary_of(call.headers.get("Content-Type"))
        except MultipartError as exc:
            raise ApiError(400, str(exc)) from None
        target = self._settings.new_file(".upload.zip")

        def open_file(name: str, _filename: str) -> BinaryIO:
            return target.open("wb") if name == "package" else open(os.devnull, "wb")

        try:
            form = parse(call.stream, boundary, open_file)
            if "package" not in form.files:
                raise ApiError(400, "The request has no part named package with the export ZIP file.")
            relax = _flag(form.fields.get("relaxChecksum"), call.text("relaxChecksum"))
            package = read_package(target)
        except MultipartError as exc:
            raise ApiError(400, f"Invalid multipart body: {exc}") from None
        except PackageError as exc:
            raise ApiError(400, str(exc)) from None
        finally:
            target.unlink(missing_ok=True)  # the records are read; the file is not needed any more
        if not package.checksum_valid and not relax:
            raise ApiError(400, "The package checksum is not valid: it was changed after export. Upload it with "
                           "relaxChecksum=true to import it anyway.")  # fmt: skip
        now = self._clock()
        job = _Import(random_id(), None, now, NOT_STARTED, "Waiting for an import specification.", package=package,
                      source_org_id=package.header.get("sourceOrgId"))  # fmt: skip
        filename, size = form.files["package"]
        checksum = "valid" if package.checksum_valid else "not valid"
        job.note(
            now, f"Package {filename!r} uploaded ({size} bytes, {len(package.objects)} objects, checksum {checksum})."
        )
        with self._lock:
            self._imports[job.id] = job
            self._settings.count("packages_uploaded")
        message = "Package uploaded." if package.checksum_valid else "Package uploaded; its checksum is not valid."
        return {"jobId": job.id, "jobStatus": {"state": SUCCESSFUL, "message": message},
                "checksumValid": package.checksum_valid}  # fmt: skip

    def start_import(self, import_id: str, body: object, user: str) -> Json:
        with self._lock:
            job = self._import(import_id)
            if job.state != NOT_STARTED:
                raise ApiError(400, f"Import job {import_id} has already been started (state {job.state}).")
        assert job.package is not None
        package = job.package
        name, spec = self._org.transact(lambda data, _ids: plan(body, package.objects, data))
        with self._lock:
            if job.state != NOT_STARTED:  # a concurrent start won
                raise ApiError(400, f"Import job {import_id} has already been started (state {job.state}).")
            self._settings.admit("imports_started")
            now = self._clock()
            job.name, job.state, job.message, job.started, job.user = name, QUEUED, "Import job queued.", now, user
            job.note(now, f"Import job {name} ({job.id}) queued by {user}.")
            answer = job.render(expand=False)  # before the worker runs (see start_export)
        work = functools.partial(self._run_import, job, spec)
        threading.Thread(target=self._run, args=(job, work), daemon=True, name=f"iics-import:{job.id}").start()
        return answer

    def _run_import(self, job: _Import, spec: Plan) -> None:
        settings = self._settings
        if not settings.sleep(settings.queue_time):
            return
        began = time.monotonic()
        with self._lock:
            job.state, job.message = IN_PROGRESS, "Import in progress."
            job.note(self._clock(), "Import started.")
        assert job.package is not None
        objects, with_tags = job.package.objects, bool(job.package.header.get("includeTagInformation"))

        def apply(data: Seed, ids: Any) -> list[Outcome]:
            importer = Importer(data, ids, user=job.user, now=self._clock(), with_tags=with_tags,
                                fails=settings.import_failure)  # fmt: skip
            return importer.run(objects, spec)

        outcomes = self._org.transact(apply)
        if not settings.sleep(settings.import_duration - (time.monotonic() - began)):
            return
        with self._lock:
            now = self._clock()
            job.objects, job.ended = [outcome.render() for outcome in outcomes], now
            for outcome in outcomes:
                where = f"{outcome.source['path']} ({outcome.source['type']})"
                job.note(now, f"{where}: {outcome.message}", "ERROR" if outcome.state == FAILED else "INFO")
            job.state, job.message = _import_result(outcomes, settings.partial_import_state)
            job.note(now, job.message, "INFO" if job.state == SUCCESSFUL else "ERROR")

    def import_status(self, import_id: str, expand: bool) -> Json:
        with self._lock:
            return self._import(import_id).render(expand)

    def import_log(self, import_id: str) -> str:
        with self._lock:
            return "\n".join(self._import(import_id).log) + "\n"

    def _import(self, import_id: str) -> _Import:
        job = self._imports.get(import_id)
        if job is None:
            raise ApiError(404, f"Import job with id {import_id} not found.")
        return job


def _export_request(body: object) -> tuple[str | None, list[tuple[str, bool]]]:
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.")
    name = body.get("name")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        raise ApiError(400, "Invalid value for field name.")
    objects = body.get("objects")
    if not isinstance(objects, list) or not objects:
        raise ApiError(400, "Field objects is required: a list of objects to export.")
    requests = []
    for entry in objects:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry["id"]:
            raise ApiError(400, "Every object to export needs an id.")
        dependencies = entry.get("includeDependencies", True)
        if not isinstance(dependencies, bool):
            raise ApiError(400, "Invalid value for field includeDependencies: true or false.")
        requests.append((entry["id"], dependencies))
    return name, requests


def _export_object(item: Item, requested: bool, failure: str | None) -> Json:
    if failure is not None:
        status = {"state": FAILED, "message": failure}
    else:
        status = {"state": SUCCESSFUL, "message": "Exported." if requested else "Exported as a dependency."}
    return {**item.summary(), "status": status}


def _import_result(outcomes: list[Outcome], partial_state: str) -> tuple[str, str]:
    failed = sum(1 for outcome in outcomes if outcome.state == FAILED)
    reused = sum(1 for outcome in outcomes if outcome.state == SKIPPED)
    total = len(outcomes)
    if not failed:
        return SUCCESSFUL, f"Import completed. {total - reused} objects imported, {reused} reused."
    if failed < total:
        return partial_state, f"Import completed with errors. {failed} of {total} objects failed."
    return FAILED, f"Import failed. All {total} objects failed."


def _flag(*values: bytes | str | None) -> bool:
    """relaxChecksum as a form field or a query parameter: true/false in any case (Python clients send True)."""
    for value in values:
        if value is None:
            continue
        text = value.decode("latin-1") if isinstance(value, bytes) else value
        if text.strip().lower() not in ("true", "false"):
            raise ApiError(400, f"Invalid value for relaxChecksum: {text!r} (true or false).")
        if text.strip().lower() == "true":
            return True
    return False


# ---- handlers ----


def _jobs(backend: Backend) -> PromotionJobs:
    if backend.promotion is None:
        raise ApiError(404, "Export and import are not available in this simulated org.")
    return backend.promotion


def _expand(call: Call) -> bool:
    value = call.text("expand")
    if value not in (None, "objects"):
        raise ApiError(400, f"Invalid value for parameter expand: {value!r} (objects).")
    return value == "objects"


def _text(text: str) -> Reply:
    return Reply(body=text.encode(), content_type="text/plain; charset=utf-8")


@handles("start_export")
def start_export(backend: Backend, call: Call) -> Reply:
    include_tags = bool(call.boolean("includeTagInformation"))
    return Reply(body=_jobs(backend).start_export(call.json(), include_tags=include_tags, user=call.user))


@handles("get_export_status")
def get_export_status(backend: Backend, call: Call) -> Reply:
    return Reply(body=_jobs(backend).export_status(call.params["exportId"], _expand(call)))


@handles("get_export_log")
def get_export_log(backend: Backend, call: Call) -> Reply:
    return _text(_jobs(backend).export_log(call.params["exportId"]))


@handles("download_export_package")
def download_export_package(backend: Backend, call: Call) -> Reply:
    path, size, name = _jobs(backend).export_package(call.params["exportId"])
    handle = path.open("rb")  # opened now: the file may be deleted (reset) while it is being sent

    def chunks() -> Iterator[bytes]:
        with handle:
            while chunk := handle.read(_CHUNK):
                yield chunk

    filename = "".join(c if c.isalnum() or c in "-_." else "_" for c in name) + ".zip"
    return Reply(body=StreamBody(size, chunks), content_type="application/zip",
                 headers={"Content-Disposition": f'attachment; filename="{filename}"'})  # fmt: skip


@handles("upload_import_package", streamed=True)
def upload_import_package(backend: Backend, call: Call) -> Reply:
    return Reply(body=_jobs(backend).upload(call))


@handles("start_import")
def start_import(backend: Backend, call: Call) -> Reply:
    body = call.json()
    return Reply(body=_jobs(backend).start_import(call.params["importJobId"], body, call.user))


@handles("get_import_status")
def get_import_status(backend: Backend, call: Call) -> Reply:
    return Reply(body=_jobs(backend).import_status(call.params["importJobId"], _expand(call)))


@handles("get_import_log")
def get_import_log(backend: Backend, call: Call) -> Reply:
    return _text(_jobs(backend).import_log(call.params["importJobId"]))


__all__ = ["PromotionJobs", "PromotionSettings", "ref"]
