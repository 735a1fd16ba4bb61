"""The argument parser of ``iics``: commands, their options, and the global options.

Global options (--json, --login-url, --username, --layout, --password-stdin, -v) are accepted before or after the
command (``iics --json connections list`` and ``iics connections list --json`` are the same): every parser gets
them, with SUPPRESS defaults below the top level so that a later parser never resets an earlier value.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from .._version import __version__
from ._exit import exit_code_table

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a tenth of `iics --help`); mypy reads it as True
if TYPE_CHECKING:
    from typing import Any, NoReturn

# This module imports nothing of the client (no httpx, no models), so that ``iics --help`` and ``iics --version``
# answer without loading it: the few library values the parser shows are written here, and
# tests/cli/test_parser_light.py checks that they equal the library's (TaskType, LAYOUTS, NOT_FOUND_GRACE,
# CONFLICT_RESOLUTIONS).
TASK_TYPES = ["DMASK", "DRS", "DSS", "MTT", "PCS", "WORKFLOW"]
LAYOUT_CHOICES = ["auto", "iics", "reference"]
NOT_FOUND_GRACE = 120.0
CONFLICT_RESOLUTIONS = ("OVERWRITE", "REUSE")


class Handler:
    """A command's function, by module and name (a module of this package): imported when the command runs, not
    when the parser is built. With ``args``, the named function is a factory called with them. (Not a dataclass:
    dataclasses imports inspect, a tenth of ``iics --help``.)"""

    __slots__ = ("args", "module", "name")

    def __init__(self, module: str, name: str, args: tuple[str, ...] = ()) -> None:
        self.module, self.name, self.args = module, name, args

    def __repr__(self) -> str:
        return f"Handler({self.module!r}, {self.name!r}, {self.args!r})"

    def resolve(self) -> Callable[..., int]:
        from importlib import import_module

        function: Callable[..., Any] = getattr(import_module(f"{__package__}.{self.module}"), self.name)
        made: Callable[..., int] = function(*self.args) if self.args else function
        return made


DESCRIPTION = "Run and watch Informatica IICS jobs, list and search assets; --json output for scripts."
EPILOG = f"""\
credentials:
  IICS_USERNAME, IICS_PASSWORD, IICS_LOGIN_URL (region alias such as us, em, ap, or a URL; default us) and
  IICS_LAYOUT (auto, iics or reference; default auto: picked from the login response). The password is read
  from IICS_PASSWORD, from stdin with --password-stdin, or asked for (not echoed) when stdin is a terminal.
  It is never printed, nor is the session id.
  --profile NAME (or IICS_PROFILE) takes the org's settings from the profiles file instead, and its password
  from IICS_PASSWORD_<NAME>, IICS_PASSWORD, the OS keyring, stdin or a prompt (README: Named orgs).

exit codes:
{exit_code_table()}

examples:
  iics login
  iics doctor             # what is wrong, when a real org does not answer as expected
  iics --json mapping-tasks list
  iics jobs start 0100000Z000000000002 --type MTT --wait --timeout 1800
  iics objects search --type MTT --tag sales
  iics taskflows run tf_customer_pipeline --input region=EMEA --wait
  iics lookup Sales/Loads/mt_load_customers --type MTT
  iics promote --from dev --to prod --path Sales --conflict overwrite
  iics simulator          # a local IICS to try all of this
"""


class UsageError(Exception):
    """The command line did not parse (argparse has printed the usage and the message to stderr)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _Parser(argparse.ArgumentParser):
    """argparse, except that a usage error raises UsageError instead of exiting, so that ``main`` can answer it in
    JSON too (``--json``). Subcommand parsers are of this class as well."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise UsageError(message)


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be > 0: {text!r}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be >= 0: {text!r}")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0: {text!r}")
    return value


def _global_options(*, top: bool) -> argparse.ArgumentParser:
    def default(value: Any) -> Any:
        return value if top else argparse.SUPPRESS

    parser = argparse.ArgumentParser(add_help=False)
    group = parser.add_argument_group("global options")
    group.add_argument("--json", action="store_true", default=default(False), help="print one JSON document")
    group.add_argument(
        "--login-url", metavar="URL", default=default(None), help="region alias (us, em, ap, ...) or login URL"
    )
    group.add_argument("--username", metavar="NAME", default=default(None), help="IICS user (else $IICS_USERNAME)")
    group.add_argument(
        "--layout",
        choices=LAYOUT_CHOICES,
        default=default(None),
        help="URL layout (else $IICS_LAYOUT, auto)",
    )
    group.add_argument(
        "--password-stdin", action="store_true", default=default(False), help="read the password from stdin"
    )
    group.add_argument(
        "--profile", metavar="NAME", default=default(None), help="a named org of the profiles file (else $IICS_PROFILE)"
    )
    group.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=default(0),
        help="log each request (method, URL, status, time, retries) to stderr; -vv: also retry decisions and waits",
    )
    return parser


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32)


def _wait_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("waiting")
    group.add_argument("--timeout", type=_positive, default=3600.0, metavar="S", help="give up after S seconds (3600)")
    group.add_argument("--interval", type=_positive, default=5.0, metavar="S", help="first poll interval (5 s)")
    group.add_argument(
        "--max-interval", type=_positive, default=60.0, metavar="S", help="the interval grows 1.5x up to S (60 s)"
    )
    group.add_argument(
        "--grace",
        type=_seconds,
        default=NOT_FOUND_GRACE,
        metavar="S",
        help=f"a run shown nowhere (neither running nor logged) for S seconds does not exist ({NOT_FOUND_GRACE:g})",
    )
    group.add_argument("--warning-ok", action="store_true", help="a run that ends with warnings exits 0")
    group.add_argument("--stop-on-interrupt", action="store_true", help="Ctrl-C also stops the job")


def _task_options(parser: argparse.ArgumentParser, *, type_required: bool) -> None:
    parser.add_argument("task", metavar="TASK", help="the task's id (or federated id / name, see below)")
    parser.add_argument(
        "--type",
        required=type_required,
        choices=TASK_TYPES,
        metavar="TYPE",
        help="task type: " + ", ".join(TASK_TYPES),
    )
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--federated", action="store_true", help="TASK is a federated id (tasks outside Default)")
    how.add_argument("--by-name", action="store_true", help="TASK is the task's name")


class _Skipped:
    """Stands for a command the command line does not name, and for everything added to it: takes every call and
    builds nothing (see build_parser)."""

    def __getattr__(self, name: str) -> Callable[..., _Skipped]:
        return self._take

    def _take(self, *_args: object, **_kwargs: object) -> _Skipped:
        return self


class _Builder:
    """Adds commands with the shared parent parser and formatter. With ``wanted``, a top-level command not in it is
    only listed (its name and help line), not built."""

    def __init__(self, top: Any, wanted: frozenset[str] | None) -> None:
        self.top = top
        self.wanted = wanted
        self._parent: argparse.ArgumentParser | None = None

    @property
    def parent(self) -> argparse.ArgumentParser:
        if self._parent is None:
            self._parent = _global_options(top=False)
        return self._parent

    def _skipped(self, subparsers: Any, name: str, help_text: str) -> bool:
        if isinstance(subparsers, _Skipped):
            return True
        if subparsers is self.top and self.wanted is not None and name not in self.wanted:
            subparsers.add_parser(name, help=help_text, add_help=False)  # a valid choice, listed by --help
            return True
        return False

    def group(self, subparsers: Any, name: str, help_text: str) -> Any:
        if self._skipped(subparsers, name, help_text):
            return _Skipped()
        parser = subparsers.add_parser(
            name, help=help_text, description=help_text, parents=[self.parent], formatter_class=_Formatter
        )
        return parser.add_subparsers(dest=f"{name}_command", metavar="SUBCOMMAND", required=True)

    def command(self, subparsers: Any, name: str, help_text: str, handler: Handler, *, client: bool = True) -> Any:
        """The command's parser (or, for a command not built, a stand-in taking the same calls)."""
        if self._skipped(subparsers, name, help_text):
            return _Skipped()
        parser: argparse.ArgumentParser = subparsers.add_parser(
            name, help=help_text, description=help_text, parents=[self.parent], formatter_class=_Formatter
        )
        parser.set_defaults(handler=handler, needs_client=client)
        return parser


def _daily_commands(build: _Builder, commands: Any, groups: dict[str, Any], jobs: Any) -> None:
    """Advanced taskflows (run, status, runs, terminate), gets by id or name, lookup by path, run logs."""
    flows = groups["taskflows"]
    run = build.command(
        flows, "run", "run a published (advanced) taskflow by its API name", Handler("_taskflows", "taskflows_run")
    )
    run.add_argument("name", metavar="NAME", help="the taskflow's API name (shown in its properties once published)")
    run.add_argument("--input", action="append", metavar="KEY=VALUE", help="an input field (a string); repeatable")
    run.add_argument("--input-json", metavar="FILE", help="input fields as a JSON object ('-': stdin); --input adds")
    run.add_argument("--instance-name", metavar="NAME", help="a name for this run in Monitor")
    run.add_argument("--wait", action="store_true", help="wait until the run ends; its state sets the exit code")
    _taskflow_wait_options(run)
    status = build.command(
        flows, "status", "show (or --wait for) one taskflow run", Handler("_taskflows", "taskflows_status")
    )
    status.add_argument("run_id", metavar="RUN_ID", help="the run id (taskflows run prints it)")
    status.add_argument("--wait", action="store_true", help="wait until the run ends")
    _taskflow_wait_options(status)
    runs = build.command(flows, "runs", "taskflow runs, newest first", Handler("_taskflows", "taskflows_runs"))
    runs.add_argument("--status", choices=["Success", "Failed", "Suspended", "Running"], help="only runs in this state")
    runs.add_argument("--since", metavar="TIME", help="runs started at or after this UTC time (ISO 8601)")
    runs.add_argument("--until", metavar="TIME", help="runs started at or before this UTC time (ISO 8601)")
    runs.add_argument("--limit", type=_count, default=50, metavar="N", help="at most N runs (50; 0: all)")
    terminate = build.command(
        flows, "terminate", "terminate running or suspended runs", Handler("_taskflows", "taskflows_terminate")
    )
    terminate.add_argument("run_ids", metavar="RUN_ID", nargs="+", help="the runs to terminate")

    for group_name, get, get_by_name in (
        ("agents", "get_agent", "get_agent_by_name"),
        ("runtime-envs", "get_runtime_environment", "get_runtime_environment_by_name"),
        ("schedules", "get_schedule", "get_schedule_by_name"),
        ("mapping-tasks", "get_mapping_task", "get_mapping_task_by_name"),
        ("taskflows", "get_taskflow", "get_taskflow_by_name"),
    ):
        one = build.command(
            groups[group_name],
            "get",
            "show one, by id or --name",
            Handler("_lookup", "by_id_or_name", (get, get_by_name)),
        )
        which = one.add_mutually_exclusive_group(required=True)
        which.add_argument("id", nargs="?", metavar="ID", help="its id")
        which.add_argument("--name", help="its name instead of its id")

    find = build.command(commands, "lookup", "find assets by path (or by id)", Handler("_lookup", "lookup"))
    find.add_argument("paths", metavar="PATH", nargs="+", help="Project/Folder/name (with --id: federated ids)")
    find.add_argument("--type", help="asset type: MTT, DTEMPLATE, WORKFLOW, TASKFLOW, FOLDER, ... (else any type)")
    find.add_argument("--id", action="store_true", help="the arguments are federated ids, not paths")

    log = build.command(jobs, "log", "the session log (or error rows) of a finished run", Handler("_logs", "jobs_log"))
    log.add_argument("task", metavar="TASK", help="the task id")
    log.add_argument("run_id", metavar="RUN_ID", type=int, help="the run id")
    log.add_argument("--output", "-o", metavar="PATH", help="save to this file or directory instead of printing")
    log.add_argument("--errors", action="store_true", help="the error rows (rejected target rows) instead")
    log.add_argument("--item", metavar="ITEM_ID", help="the log of one child entry (a task of a linear taskflow)")


def _taskflow_wait_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("waiting")
    group.add_argument("--timeout", type=_positive, default=3600.0, metavar="S", help="give up after S seconds (3600)")
    group.add_argument("--interval", type=_positive, default=5.0, metavar="S", help="first poll interval (5 s)")
    group.add_argument(
        "--max-interval", type=_positive, default=60.0, metavar="S", help="the interval grows 1.5x up to S (60 s)"
    )
    group.add_argument("--stop-on-interrupt", action="store_true", help="Ctrl-C also terminates the run")


def _local_commands(build: _Builder, commands: Any) -> None:
    """``iics demo`` and ``iics simulator`` (no client)."""
    build.command(
        commands, "demo", "a guided tour against a built-in simulator", Handler("_local", "demo"), client=False
    )
    sim = build.command(
        commands, "simulator", "serve a local IICS simulator until Ctrl-C", Handler("_local", "simulator"), client=False
    )
    sim.add_argument("--https", action="store_true", help="serve over TLS (needs trustme); prints SSL_CERT_FILE")
    sim.add_argument("--seed", type=int, default=0, help="seed of the generated org (0)")
    sim.add_argument("--job-duration", type=_positive, default=3.0, metavar="S", help="how long jobs run (3 s)")


def _session_commands(build: _Builder, commands: Any) -> None:
    """``iics login`` and ``iics doctor``."""
    build.command(commands, "login", "log in and show the org, user and pod", Handler("_commands", "login"))
    doctor = build.command(
        commands,
        "doctor",
        "check login, pod, v2/v3 calls, layout and clock; name what is wrong",
        Handler("_doctor", "doctor"),
    )
    doctor.add_argument(
        "--max-clock-skew", type=_positive, default=60.0, metavar="S", help="warn beyond S seconds of skew (60)"
    )


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The ``iics`` parser. Given the command line it will parse, only the top-level commands named in it are built
    in full; the others are listed (name and help line) but get no options: ``iics --help`` builds no command
    (argparse matches a command's name exactly, so a command that can be chosen is among the arguments)."""
    parser = _Parser(
        prog="iics",
        description=DESCRIPTION,
        epilog=EPILOG,
        parents=[_global_options(top=True)],
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"iics-client {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    build = _Builder(commands, None if argv is None else frozenset(argv))

    _session_commands(build, commands)

    connections = build.group(commands, "connections", "connections")
    build.command(connections, "list", "list connections", Handler("_commands", "connections_list"))
    get = build.command(connections, "get", "show one connection", Handler("_commands", "connections_get"))
    which = get.add_mutually_exclusive_group(required=True)
    which.add_argument("id", nargs="?", metavar="ID", help="the connection id")
    which.add_argument("--name", help="the connection name instead of its id")

    groups: dict[str, Any] = {}
    for group_name, help_text, handler in (
        ("agents", "Secure Agents", Handler("_commands", "agents_list")),
        ("runtime-envs", "runtime environments (Secure Agent groups)", Handler("_commands", "runtime_envs_list")),
        ("schedules", "schedules", Handler("_commands", "schedules_list")),
        ("mapping-tasks", "mapping tasks", Handler("_commands", "mapping_tasks_list")),
        ("taskflows", "linear taskflows", Handler("_commands", "taskflows_list")),
    ):
        about = "taskflows: linear ones (list, get) and advanced ones (run, status, runs, terminate)"
        group = groups[group_name] = build.group(
            commands, group_name, about if group_name == "taskflows" else help_text
        )
        build.command(group, "list", f"list {help_text}", handler)

    objects = build.group(commands, "objects", "assets (v3 object search)")
    search = build.command(objects, "search", "search assets", Handler("_commands", "objects_search"))
    search.add_argument("--type", help="asset type: MTT, DTEMPLATE (mapping), TASKFLOW, PROJECT, FOLDER, ...")
    search.add_argument("--tag", help="assets with this tag")
    search.add_argument("--location", help="assets in this project/folder path")
    search.add_argument("--query", help="text in the asset's path (name and folders), case-insensitive")
    search.add_argument("--filter", metavar="Q", help="a raw IICS q expression, e.g. \"updatedBy=='me'\"")
    search.add_argument("--limit", type=_count, default=100, metavar="N", help="at most N results (100; 0: all)")

    jobs = build.group(commands, "jobs", "start, watch and stop jobs")
    start = build.command(jobs, "start", "start a task (and --wait for it)", Handler("_jobs", "jobs_start"))
    _task_options(start, type_required=True)
    start.add_argument("--wait", action="store_true", help="wait until the run ends; its state sets the exit code")
    start.add_argument("--param-file", metavar="NAME", help="parameter file name")
    start.add_argument("--param-dir", metavar="DIR", help="parameter file directory (on the agent)")
    _wait_options(start)
    status = build.command(jobs, "status", "show (or --wait for) one run", Handler("_jobs", "jobs_status"))
    status.add_argument("task", metavar="TASK", help="the task id")
    status.add_argument("run_id", metavar="RUN_ID", type=int, help="the run id (jobs start prints it)")
    status.add_argument("--wait", action="store_true", help="wait until the run ends")
    status.add_argument(
        "--type",
        choices=TASK_TYPES,
        metavar="TYPE",
        help="task type (for --stop-on-interrupt)",
    )
    _wait_options(status)
    stop = build.command(jobs, "stop", "stop the running job of a task", Handler("_jobs", "jobs_stop"))
    _task_options(stop, type_required=True)
    stop.add_argument("--clean", action="store_true", help="clean stop: let running sessions finish")

    _daily_commands(build, commands, groups, jobs)

    log = build.command(commands, "activity-log", "finished runs, newest first", Handler("_commands", "activity_log"))
    log.add_argument("--task", metavar="TASK_ID", help="runs of this task")
    log.add_argument("--run", metavar="RUN_ID", type=int, help="this run (with --task)")
    log.add_argument("--limit", type=_count, default=20, metavar="N", help="at most N entries (20; 0: all)")

    _promotion_commands(build, commands, _positive)

    _local_commands(build, commands)
    return parser


# ---- export, import, promote (their commands: _promotion.py) ----


def _promotion_commands(build: _Builder, commands: Any, positive: Callable[[str], float]) -> None:
    """Add export, import and promote to the ``iics`` parser."""
    export = build.command(
        commands, "export", "export objects into a package file (a ZIP)", Handler("_promotion", "export_command")
    )
    _selection(export)
    _export_options(export)
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="the package to write (or a folder)")
    export.add_argument(
        "--manifest", metavar="FILE", help="also write the export's objects as JSON (import --manifest)"
    )
    export.add_argument("--name", metavar="NAME", help="the export job's name (IICS's default: job-<time>)")
    _waiting(export, positive)

    importing = build.command(
        commands, "import", "import a package file into the org", Handler("_promotion", "import_command")
    )
    importing.add_argument("package", metavar="PACKAGE", help="the package (a ZIP file from an export)")
    _import_options(importing)
    importing.add_argument("--name", metavar="NAME", help="the import job's name (default: the package and the time)")
    importing.add_argument(
        "--manifest", metavar="FILE", help="the export's objects (iics export --manifest): names in --mappings"
    )
    importing.add_argument(
        "--relax-checksum", action="store_true", help="accept a package that was changed after its export"
    )
    _waiting(importing, positive)

    promote = build.command(
        commands,
        "promote",
        "export from one org and import into another (profiles)",
        Handler("_promotion", "promote_command"),
        client=False,
    )
    promote.add_argument("--from", dest="source", required=True, metavar="PROFILE", help="the org to export from")
    promote.add_argument("--to", dest="target", required=True, metavar="PROFILE", help="the org to import into")
    _selection(promote)
    _export_options(promote)
    _import_options(promote)
    promote.add_argument("--name", metavar="NAME", help="the export and import jobs' name")
    promote.add_argument("--keep", metavar="FILE", help="keep the package in FILE (default: a temporary file)")
    promote.set_defaults(relax_checksum=False)
    _waiting(promote, positive)


def _selection(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("objects (any mix; projects and folders bring their contents)")
    group.add_argument("--id", dest="ids", action="append", metavar="ID", help="an object's v3 id (repeatable)")
    group.add_argument(
        "--path",
        dest="paths",
        action="append",
        metavar="[TYPE:]PATH",
        help="by path: MTT:Sales/Loads/mt_x, FOLDER:Sales/Loads, or a project's name (repeatable)",
    )
    group.add_argument("--tag", help="every object with this tag")
    group.add_argument("--type", help="every object of this type (MTT, DTEMPLATE, TASKFLOW, ...), with the others")
    group.add_argument("--location", metavar="PATH", help="every object in this project/folder")
    group.add_argument(
        "--changed-since", metavar="WHEN", help="objects updated since a date, date-time (UTC) or age (7d, 12h)"
    )
    group.add_argument("--filter", metavar="Q", help="a raw IICS q expression")


def _export_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("export")
    group.add_argument("--no-dependencies", action="store_true", help="only the objects named, not what they use")
    group.add_argument("--with-tags", action="store_true", help="export the objects' tags too")


def _import_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("import")
    group.add_argument(
        "--conflict",
        type=str.upper,
        choices=CONFLICT_RESOLUTIONS,
        metavar="POLICY",
        help="an object the org already has: REUSE it (default) or OVERWRITE it",
    )
    group.add_argument(
        "--include", action="append", metavar="OBJECT", help="import only these (source ids, or paths with a manifest)"
    )
    group.add_argument(
        "--mappings", metavar="FILE", help="per-object settings: JSON, or YAML with PyYAML (README: Promote)"
    )


def _waiting(parser: argparse.ArgumentParser, positive: Callable[[str], float]) -> None:
    group = parser.add_argument_group("waiting")
    group.add_argument("--timeout", type=positive, default=3600.0, metavar="S", help="give up after S seconds (3600)")
    group.add_argument("--interval", type=positive, default=2.0, metavar="S", help="first poll interval (2 s)")
