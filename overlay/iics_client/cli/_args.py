"""The argument parser of ``iics``: commands, their options, and the global options.

Global options (--json, --login-url, --username, --layout, --password-stdin, -v) are accepted before or after the
command (``iics --json connections list`` and ``iics connections list --json`` are the same): every parser gets
them, with SUPPRESS defaults below the top level so that a later parser never resets an earlier value.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, NoReturn

from .._jobs import NOT_FOUND_GRACE
from .._urls import AUTO, LAYOUTS
from .._version import __version__
from ..v2.models import TaskType
from . import _commands, _doctor, _jobs, _local, _logs, _lookup, _promotion, _taskflows
from ._exit import exit_code_table

TASK_TYPES = [member.value for member in TaskType]
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
        choices=[AUTO, *sorted(LAYOUTS)],
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


class _Builder:
    """Adds commands with the shared parent parser and formatter."""

    def __init__(self) -> None:
        self.parent = _global_options(top=False)

    def group(self, subparsers: Any, name: str, help_text: str) -> Any:
        parser = subparsers.add_parser(
            name, help=help_text, description=help_text, parents=[self.parent], formatter_class=_Formatter
        )
        return parser.add_subparsers(dest=f"{name}_command", metavar="SUBCOMMAND", required=True)

    def command(
        self, subparsers: Any, name: str, help_text: str, handler: Callable[..., int], *, client: bool = True
    ) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = subparsers.add_parser(
            name, help=help_text, description=help_text, parents=[self.parent], formatter_class=_Formatter
        )
        parser.set_defaults(handler=handler, needs_client=client)
        return parser


def _daily_commands(build: _Builder, commands: Any, groups: dict[str, Any], jobs: Any) -> None:
    """Advanced taskflows (run, status, runs, terminate), gets by id or name, lookup by path, run logs."""
    flows = groups["taskflows"]
    run = build.command(flows, "run", "run a published (advanced) taskflow by its API name", _taskflows.taskflows_run)
    run.add_argument("name", metavar="NAME", help="the taskflow's API name (shown in its properties once published)")
    run.add_argument("--input", action="append", metavar="KEY=VALUE", help="an input field (a string); repeatable")
    run.add_argument("--input-json", metavar="FILE", help="input fields as a JSON object ('-': stdin); --input adds")
    run.add_argument("--instance-name", metavar="NAME", help="a name for this run in Monitor")
    run.add_argument("--wait", action="store_true", help="wait until the run ends; its state sets the exit code")
    _taskflow_wait_options(run)
    status = build.command(flows, "status", "show (or --wait for) one taskflow run", _taskflows.taskflows_status)
    status.add_argument("run_id", metavar="RUN_ID", help="the run id (taskflows run prints it)")
    status.add_argument("--wait", action="store_true", help="wait until the run ends")
    _taskflow_wait_options(status)
    runs = build.command(flows, "runs", "taskflow runs, newest first", _taskflows.taskflows_runs)
    runs.add_argument("--status", choices=["Success", "Failed", "Suspended", "Running"], help="only runs in this state")
    runs.add_argument("--since", metavar="TIME", help="runs started at or after this UTC time (ISO 8601)")
    runs.add_argument("--until", metavar="TIME", help="runs started at or before this UTC time (ISO 8601)")
    runs.add_argument("--limit", type=_count, default=50, metavar="N", help="at most N runs (50; 0: all)")
    terminate = build.command(flows, "terminate", "terminate running or suspended runs", _taskflows.taskflows_terminate)
    terminate.add_argument("run_ids", metavar="RUN_ID", nargs="+", help="the runs to terminate")

    for group_name, get, get_by_name in (
        ("agents", "get_agent", "get_agent_by_name"),
        ("runtime-envs", "get_runtime_environment", "get_runtime_environment_by_name"),
        ("schedules", "get_schedule", "get_schedule_by_name"),
        ("mapping-tasks", "get_mapping_task", "get_mapping_task_by_name"),
        ("taskflows", "get_taskflow", "get_taskflow_by_name"),
    ):
        one = build.command(
            groups[group_name], "get", "show one, by id or --name", _lookup.by_id_or_name(get, get_by_name)
        )
        which = one.add_mutually_exclusive_group(required=True)
        which.add_argument("id", nargs="?", metavar="ID", help="its id")
        which.add_argument("--name", help="its name instead of its id")

    find = build.command(commands, "lookup", "find assets by path (or by id)", _lookup.lookup)
    find.add_argument("paths", metavar="PATH", nargs="+", help="Project/Folder/name (with --id: federated ids)")
    find.add_argument("--type", help="asset type: MTT, DTEMPLATE, WORKFLOW, TASKFLOW, FOLDER, ... (else any type)")
    find.add_argument("--id", action="store_true", help="the arguments are federated ids, not paths")

    log = build.command(jobs, "log", "the session log (or error rows) of a finished run", _logs.jobs_log)
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


def _session_commands(build: _Builder, commands: Any) -> None:
    """``iics login`` and ``iics doctor``."""
    build.command(commands, "login", "log in and show the org, user and pod", _commands.login)
    doctor = build.command(
        commands, "doctor", "check login, pod, v2/v3 calls, layout and clock; name what is wrong", _doctor.doctor
    )
    doctor.add_argument(
        "--max-clock-skew", type=_positive, default=60.0, metavar="S", help="warn beyond S seconds of skew (60)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="iics",
        description=DESCRIPTION,
        epilog=EPILOG,
        parents=[_global_options(top=True)],
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"iics-client {__version__}")
    build = _Builder()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    _session_commands(build, commands)

    connections = build.group(commands, "connections", "connections")
    build.command(connections, "list", "list connections", _commands.connections_list)
    get = build.command(connections, "get", "show one connection", _commands.connections_get)
    which = get.add_mutually_exclusive_group(required=True)
    which.add_argument("id", nargs="?", metavar="ID", help="the connection id")
    which.add_argument("--name", help="the connection name instead of its id")

    groups: dict[str, Any] = {}
    for group_name, help_text, handler in (
        ("agents", "Secure Agents", _commands.agents_list),
        ("runtime-envs", "runtime environments (Secure Agent groups)", _commands.runtime_envs_list),
        ("schedules", "schedules", _commands.schedules_list),
        ("mapping-tasks", "mapping tasks", _commands.mapping_tasks_list),
        ("taskflows", "linear taskflows", _commands.taskflows_list),
    ):
        about = "taskflows: linear ones (list, get) and advanced ones (run, status, runs, terminate)"
        group = groups[group_name] = build.group(
            commands, group_name, about if group_name == "taskflows" else help_text
        )
        build.command(group, "list", f"list {help_text}", handler)

    objects = build.group(commands, "objects", "assets (v3 object search)")
    search = build.command(objects, "search", "search assets", _commands.objects_search)
    search.add_argument("--type", help="asset type: MTT, DTEMPLATE (mapping), TASKFLOW, PROJECT, FOLDER, ...")
    search.add_argument("--tag", help="assets with this tag")
    search.add_argument("--location", help="assets in this project/folder path")
    search.add_argument("--query", help="text in the asset's path (name and folders), case-insensitive")
    search.add_argument("--filter", metavar="Q", help="a raw IICS q expression, e.g. \"updatedBy=='me'\"")
    search.add_argument("--limit", type=_count, default=100, metavar="N", help="at most N results (100; 0: all)")

    jobs = build.group(commands, "jobs", "start, watch and stop jobs")
    start = build.command(jobs, "start", "start a task (and --wait for it)", _jobs.jobs_start)
    _task_options(start, type_required=True)
    start.add_argument("--wait", action="store_true", help="wait until the run ends; its state sets the exit code")
    start.add_argument("--param-file", metavar="NAME", help="parameter file name")
    start.add_argument("--param-dir", metavar="DIR", help="parameter file directory (on the agent)")
    _wait_options(start)
    status = build.command(jobs, "status", "show (or --wait for) one run", _jobs.jobs_status)
    status.add_argument("task", metavar="TASK", help="the task id")
    status.add_argument("run_id", metavar="RUN_ID", type=int, help="the run id (jobs start prints it)")
    status.add_argument("--wait", action="store_true", help="wait until the run ends")
    status.add_argument(
        "--type",
        choices=[member.value for member in TaskType],
        metavar="TYPE",
        help="task type (for --stop-on-interrupt)",
    )
    _wait_options(status)
    stop = build.command(jobs, "stop", "stop the running job of a task", _jobs.jobs_stop)
    _task_options(stop, type_required=True)
    stop.add_argument("--clean", action="store_true", help="clean stop: let running sessions finish")

    _daily_commands(build, commands, groups, jobs)

    log = build.command(commands, "activity-log", "finished runs, newest first", _commands.activity_log)
    log.add_argument("--task", metavar="TASK_ID", help="runs of this task")
    log.add_argument("--run", metavar="RUN_ID", type=int, help="this run (with --task)")
    log.add_argument("--limit", type=_count, default=20, metavar="N", help="at most N entries (20; 0: all)")

    _promotion.register(build, commands, _positive)

    build.command(commands, "demo", "a guided tour against a built-in simulator", _local.demo, client=False)
    sim = build.command(
        commands, "simulator", "serve a local IICS simulator until Ctrl-C", _local.simulator, client=False
    )
    sim.add_argument("--https", action="store_true", help="serve over TLS (needs trustme); prints SSL_CERT_FILE")
    sim.add_argument("--seed", type=int, default=0, help="seed of the generated org (0)")
    sim.add_argument("--job-duration", type=_positive, default=3.0, metavar="S", help="how long jobs run (3 s)")
    return parser
