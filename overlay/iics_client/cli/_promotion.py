"""``iics export``, ``iics import`` and ``iics promote``: packages out of one org and into another.

Objects to export are named by id (``--id``), by path (``--path [TYPE:]PATH``; a path without a slash is a project),
or found with the v3 search (``--tag``, ``--type``, ``--location``, ``--changed-since``, ``--filter``). An import
takes its conflict policy from ``--conflict`` and its per-object settings from a mappings file (JSON, or YAML when
PyYAML is installed). Progress goes to stderr; the result (every object's outcome) to stdout, as a table or one JSON
document; the exit code tells success (0), a partial import (9) and a failure (4) apart (see _exit.py).
"""

from __future__ import annotations

import contextlib
import json
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._exceptions import IICSConfigurationError, IICSError
from .._models import present
from .._promotion import (
    CONFLICT_RESOLUTIONS,
    ExportResult,
    IICSExportError,
    IICSImportError,
    ImportResult,
)
from .._secrets import redact_text
from .._terminal import Column, Progress
from ._config import resolve_profile
from ._context import Context
from ._exit import ExitCode, for_error

if TYPE_CHECKING:
    from .._client import IICSClient

MAPPING_KEYS = ("conflict", "include", "overrides", "mappings", "runtime_environments", "connections")
LOG_LINES = 20  # lines of a failed job's log shown on stderr


# ---- the commands ----


def export_command(ctx: Context, client: IICSClient) -> int:
    args = ctx.args
    objects = select_objects(ctx, client)
    try:
        result = _export(ctx, client, objects, Path(args.output))
    except IICSExportError as error:
        return _export_failed(ctx, client, error)
    if args.manifest:
        Path(args.manifest).write_text(json.dumps(result.to_dict(), indent=2) + "\n", encoding="utf-8")
        ctx.out.info(f"Objects listed in {args.manifest}")
    _report_export(ctx, result)
    return ExitCode.OK


def import_command(ctx: Context, client: IICSClient) -> int:
    args = ctx.args
    package = Path(args.package)
    manifest = _read_manifest(args.manifest) if args.manifest else None
    return _import(ctx, client, package, manifest)


def promote_command(ctx: Context) -> int:
    """Export from --from's org, import into --to's org (both are profiles)."""
    args = ctx.args
    for option in ("username", "login_url", "layout", "profile"):
        if getattr(args, option, None):
            ctx.out.error(
                f"promote takes both orgs from their profiles (--from, --to): drop --{option.replace('_', '-')}"
            )
            return ExitCode.USAGE
    if args.source == args.target:
        ctx.out.error("--from and --to name the same profile")
        return ExitCode.USAGE
    mappings = _read_mappings(args.mappings) if args.mappings else {}  # a bad file fails before anything is exported
    del mappings
    with _logged_in(ctx, args.source) as source, _logged_in(ctx, args.target) as target:
        ctx.out.info(f"Promoting from {args.source} ({source.login_url}) to {args.target} ({target.login_url})")
        objects = select_objects(ctx, source)
        with _package_file(args.keep) as package:
            try:
                exported = _export(ctx, source, objects, package)
            except IICSExportError as error:
                return _export_failed(ctx, source, error)
            objects_of = [o.to_dict() for o in exported.objects]
            return _import(ctx, target, exported.path, objects_of, export=exported)


# ---- exporting ----


def select_objects(ctx: Context, client: IICSClient) -> list[Any]:
    """The objects to export: --id, --path, and what the search options find."""
    args = ctx.args
    objects: list[Any] = list(args.ids or [])
    objects += [object_path(text) for text in args.paths or []]
    filters = [args.filter] if args.filter else []
    if args.changed_since:
        filters.append(f"updateTime>='{changed_since(args.changed_since)}'")
    if args.tag or args.type or args.location or filters:
        found = list(
            client.search_objects(
                object_type=args.type,
                tag=args.tag,
                location=args.location,
                filter=" and ".join(filters) or None,
                limit=None,
            )
        )
        ctx.out.info(f"The search found {len(found)} object(s)")
        if not found:
            raise IICSConfigurationError("no object matches the search options: nothing to export")
        objects += found
    if not objects:
        raise IICSConfigurationError(
            "name the objects to export: --id ID, --path [TYPE:]PATH, or search with --tag, --type, --location, "
            "--changed-since, --filter"
        )
    return objects


_TYPED = re.compile(r"^([A-Za-z_]+):(.+)$")


def object_path(text: str) -> tuple[str, str]:
    """``TYPE:PATH`` (``MTT:Sales/Loads/mt_load_orders``) or a project's name (``Sales``) as a (path, type) pair."""
    typed = _TYPED.match(text)
    if typed:
        return typed.group(2).strip("/"), typed.group(1).upper()
    if "/" in text.strip("/"):
        raise IICSConfigurationError(
            f"--path {text}: give the object's type, e.g. --path MTT:{text} (FOLDER:, DTEMPLATE:, TASKFLOW:, ...)"
        )
    return text.strip("/"), "PROJECT"


_RELATIVE = re.compile(r"^(\d+)\s*([mhdw])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def changed_since(text: str, now: datetime | None = None) -> str:
    """An IICS q time (UTC, ``2024-06-01T00:00:00Z``) from a date, a date-time (naive: UTC) or an age (``7d``,
    ``12h``, ``30m``, ``2w``)."""
    relative = _RELATIVE.match(text.strip().lower())
    if relative:
        moment = (now or datetime.now(timezone.utc)) - timedelta(**{_UNITS[relative.group(2)]: int(relative.group(1))})
    else:
        try:
            moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        except ValueError:
            raise IICSConfigurationError(
                f"--changed-since {text}: a date (2024-06-01), a date-time (2024-06-01T12:00:00Z) or an age (7d, 12h)"
            ) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _export(ctx: Context, client: IICSClient, objects: list[Any], output: Path) -> ExportResult:
    args, out = ctx.args, ctx.out
    with Progress(out.stderr, "starting the export") as progress:
        started = client.export_objects(
            objects,
            include_dependencies=not args.no_dependencies,
            include_tags=args.with_tags,
            name=args.name,
        )
        out.info(f"Export job {started.id} started for {len(objects)} object(s)")
        progress.label = f"export job {started.id}"
        job = client.wait_for_export(started.id, interval=args.interval, timeout=args.timeout)
        out.info(f"Export job {job.id}: {job.status.state.value}, {len(job.objects or [])} object(s) in the package")
        progress.label = "downloading the package"
        path = client.download_export_package(job.id, output, on_progress=_transfer(progress, "downloading"))
    out.info(f"Package written to {path} ({_size(path.stat().st_size)})")
    return ExportResult(job, path, tuple(job.objects or ()))


EXPORT_COLUMNS = (
    Column("STATE", lambda o: o.status.state if present(o.status) else None),
    Column("TYPE", lambda o: o.type_),
    Column("PATH", lambda o: o.path),
    Column("ID", lambda o: o.id),
)


def _report_export(ctx: Context, result: ExportResult) -> None:
    if ctx.out.json_mode:
        ctx.out.document(result.to_dict())
        return
    ctx.out.text(f"Exported {len(result.objects)} object(s) into {result.path} (export job {result.id})")
    if result.objects:
        from .._terminal import render_table

        ctx.out.text(render_table(result.objects, EXPORT_COLUMNS))


def _export_failed(ctx: Context, client: IICSClient, error: IICSExportError) -> int:
    code = for_error(error)
    ctx.out.error(str(error))
    _log_tail(ctx, lambda: client.get_export_log(error.job.id))
    document = {
        "error": {"type": type(error).__name__, "message": str(error), "exit_code": int(code)},
        "export_id": error.job.id,
        "state": error.job.status.state.value,
        "failed": [o.to_dict() for o in error.failed],
        "objects": [o.to_dict() for o in error.job.objects or []],
    }
    ctx.out.document(document)
    return code


# ---- importing ----


def _import(
    ctx: Context,
    client: IICSClient,
    package: Path,
    manifest: list[dict[str, Any]] | None,
    export: ExportResult | None = None,
) -> int:
    args, out = ctx.args, ctx.out
    if not package.is_file():
        raise IICSConfigurationError(f"no package file at {package}")
    spec = _read_mappings(args.mappings) if args.mappings else {}
    resolver = Resolver(client, manifest)
    conflict = (args.conflict or spec.get("conflict") or "REUSE").upper()
    include = [resolver.source(item, "include") for item in (args.include or spec.get("include") or [])] or None
    overrides = {resolver.source(key, "overrides"): value for key, value in (spec.get("overrides") or {}).items()}
    mappings = resolver.mappings(spec)
    name = args.name or f"{package.stem} (iics {datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC)"
    try:
        with Progress(out.stderr, "uploading the package") as progress:
            upload = client.upload_import_package(
                package, relax_checksum=args.relax_checksum, on_progress=_transfer(progress, "uploading")
            )
            out.info(f"Package {package.name} uploaded ({_size(package.stat().st_size)}): import job {upload.job_id}")
            progress.label = f"import job {upload.job_id}"
            job = client.start_import(
                upload.job_id,
                name=name,
                conflict_resolution=conflict,
                include=include,
                overrides=overrides or None,
                mappings=mappings or None,
            )
            out.info(f"Import job {job.id} started ({conflict} on conflicts)")
            result = client.wait_for_import(job.id, interval=args.interval, timeout=args.timeout)
    except IICSImportError as error:
        return _import_failed(ctx, client, error, export)
    _report_import(ctx, result, export)
    return ExitCode.OK


IMPORT_COLUMNS = (
    Column("STATE", lambda o: o.state),
    Column("TYPE", lambda o: o.type),
    Column("PATH", lambda o: o.path or o.name),
    Column("MESSAGE", lambda o: o.message, width=70),
)


def _summary(result: ImportResult) -> str:
    return (
        f"{len(result.succeeded)} imported, {len(result.skipped)} kept (existing), {len(result.failed)} failed "
        f"of {len(result.objects)} object(s)"
    )


def _document(result: ImportResult, export: ExportResult | None) -> dict[str, Any]:
    document = result.to_dict()
    if export is not None:
        document = {"export": export.to_dict(), "import": document}
    return document


def _report_import(ctx: Context, result: ImportResult, export: ExportResult | None) -> None:
    if ctx.out.json_mode:
        ctx.out.document(_document(result, export))
        return
    from .._terminal import render_table

    ctx.out.text(f"Import job {result.id}: {result.state.value}: {_summary(result)}")
    if result.objects:
        ctx.out.text(render_table(result.objects, IMPORT_COLUMNS))


def _import_failed(ctx: Context, client: IICSClient, error: IICSImportError, export: ExportResult | None) -> int:
    from .._terminal import render_table

    code = for_error(error)
    result = error.result
    ctx.out.error(f"import job {result.id}: {_summary(result)}")
    for failed in error.failed:
        ctx.out.info(f"  FAILED {failed.path or failed.name} ({failed.type}): {failed.message}")
    _log_tail(ctx, lambda: client.get_import_log(result.id))
    if ctx.out.json_mode:
        document = _document(result, export)
        document["error"] = {"type": type(error).__name__, "message": str(error), "exit_code": int(code)}
        ctx.out.document(document)
    elif result.objects:
        ctx.out.text(render_table(result.objects, IMPORT_COLUMNS))
    return code


# ---- the mappings file ----


def _read_mappings(path: str) -> dict[str, Any]:
    """The mappings file: JSON, or YAML (``.yaml``/``.yml``) when PyYAML is installed."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise IICSConfigurationError(f"cannot read the mappings file {path}: {exc.strerror}") from None
    if file.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError:
            raise IICSConfigurationError(
                f"{path}: reading YAML needs PyYAML (pip install pyyaml); or write the mappings as JSON"
            ) from None
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise IICSConfigurationError(f"{path} is not valid YAML: {exc}") from None
    else:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise IICSConfigurationError(f"{path} is not valid JSON: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise IICSConfigurationError(f"{path}: the mappings file holds one object with {', '.join(MAPPING_KEYS)}")
    unknown = sorted(set(data) - set(MAPPING_KEYS))
    if unknown:
        raise IICSConfigurationError(f"{path}: unknown key(s) {unknown}; the keys are {list(MAPPING_KEYS)}")
    for key in ("overrides", "mappings", "runtime_environments", "connections"):
        if not isinstance(data.get(key) or {}, dict):
            raise IICSConfigurationError(f"{path}: {key} maps source objects to values")
    if not isinstance(data.get("include") or [], list):
        raise IICSConfigurationError(f"{path}: include is a list of source objects")
    conflict = data.get("conflict")
    if conflict is not None and str(conflict).upper() not in CONFLICT_RESOLUTIONS:
        raise IICSConfigurationError(f"{path}: conflict is OVERWRITE or REUSE, not {conflict!r}")
    return data


def _read_manifest(path: str) -> list[dict[str, Any]]:
    """The objects of an export, from ``iics export --manifest FILE`` (or ``iics --json export``'s output)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IICSConfigurationError(f"cannot read the manifest {path}: {exc}") from None
    objects = data.get("objects") if isinstance(data, dict) else None
    if not isinstance(objects, list) or not all(isinstance(o, dict) and o.get("id") for o in objects):
        raise IICSConfigurationError(f"{path} is not an export manifest (iics export --manifest FILE writes one)")
    return objects


class Resolver:
    """Names in a mappings file to ids. Source objects (in the package): an id, or, when the export's objects are
    known (``promote``, ``import --manifest``), a path or a connection's / runtime environment's name. Targets: ids,
    or names of runtime environments and connections of the target org."""

    def __init__(self, client: IICSClient, manifest: list[dict[str, Any]] | None) -> None:
        self.client = client
        self.manifest = manifest

    def source(self, key: Any, where: str, kind: str | None = None) -> str:
        text = str(key)
        if self.manifest is None:
            if kind is not None:
                raise IICSConfigurationError(
                    f"{where}: {text!r} is a name; names need the export's object list (import --manifest FILE)"
                )
            return text
        matches = [
            o["id"]
            for o in self.manifest
            if (kind is None or o.get("type") == kind)
            and text in (o.get("id"), o.get("path"), o.get("name") if kind else None)
        ]
        if len(set(matches)) != 1:
            what = f"{kind} " if kind else ""
            found = "no" if not matches else "several"
            raise IICSConfigurationError(f"{where}: {found} {what}object {text!r} in the package")
        return str(matches[0])

    def mappings(self, spec: Mapping[str, Any]) -> dict[str, str]:
        mapped = {self.source(key, "mappings"): str(value) for key, value in (spec.get("mappings") or {}).items()}
        for section, kind, listing in (
            ("runtime_environments", "AgentGroup", self.client.list_runtime_environments),
            ("connections", "Connection", self.client.list_connections),
        ):
            names = spec.get(section) or {}
            if not names:
                continue
            targets: dict[str, str] = {}
            for item in listing():
                ident = present(item.federated_id) or item.id
                if isinstance(item.name, str) and isinstance(ident, str):
                    targets[item.name] = ident
            for source_name, target_name in names.items():
                if str(target_name) not in targets:
                    raise IICSConfigurationError(f"{section}: the target org has no {kind} named {target_name!r}")
                mapped[self.source(source_name, section, kind)] = targets[str(target_name)]
        return mapped


# ---- helpers ----


@contextlib.contextmanager
def _logged_in(ctx: Context, profile: str) -> Iterator[IICSClient]:
    client = resolve_profile(profile, ctx.args, ctx.env, ctx.stdin, ctx.out.stderr).client()
    try:
        yield client
    finally:
        with contextlib.suppress(IICSError, KeyboardInterrupt):
            client.logout()
        client.close()


@contextlib.contextmanager
def _package_file(keep: str | None) -> Iterator[Path]:
    if keep:
        yield Path(keep)
        return
    with tempfile.TemporaryDirectory(prefix="iics-promote-") as folder:
        yield Path(folder) / "package.zip"


def _transfer(progress: Progress, verb: str) -> Callable[[int, int | None], None]:
    def show(done: int, total: int | None) -> None:
        progress.label = f"{verb} {_size(done)}" + (f" of {_size(total)}" if total else "")

    return show


def _size(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB" if count >= 100_000 else f"{count} bytes"


def _log_tail(ctx: Context, read: Callable[[], str]) -> None:
    """The end of a failed job's log on stderr (best effort: the outcome stands without it)."""
    try:
        text = read()
    except IICSError:
        return
    lines = redact_text(text).rstrip().splitlines()[-LOG_LINES:]
    if lines:
        ctx.out.info("The job's log ends with:")
        for line in lines:
            ctx.out.info(f"  {line}")


__all__ = ["changed_since", "export_command", "import_command", "object_path", "promote_command"]
