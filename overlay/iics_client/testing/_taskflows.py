"""Advanced taskflows on the Application Integration runtime (``/active-bpel``): run a published taskflow by its API
name, follow its runs with the status resource, terminate them.

A run executes its subtasks (mapping tasks) one after the other over its duration and ends as configured with
``Simulator.set_taskflow_outcome``: SUCCESS, SUCCESS with a subtask that ends WARNING (rows rejected), FAILED at a
step, or SUSPENDED at a step (it then stays suspended until terminated). Like the job engine there are no timers: a
run's state is computed from the clock whenever it is read.

What IICS documents and the simulator enforces: ``rowLimit`` at most 50 (default 10); without ``startTime`` and
``endTime`` only runs started in the last 24 hours are listed; ``startTime``/``endTime`` bound the start time; the
``runStatus`` filter is case-sensitive (``Success``, ``Failed``, ``Suspended``, ``Running``); terminate takes at most
200 run ids, as strings, and an unknown or invalid id is an error. What it assumes (unconfirmed, from peers): answers
spell the status SUCCESS/FAILED/SUSPENDED/RUNNING, a terminated run reads FAILED, errors come in the v3 shape.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from ._data import Json, Task
from ._errors import ApiError
from ._handlers import Backend, Call, Reply, handles
from ._search import parse_utc
from ._state import Org
from ._stats import Stats
from ._times import HISTORY_ANCHOR, v3_utc

OUTCOMES = ("success", "warning", "failed", "suspended")
# Seeded published taskflows: API name -> the mapping tasks they run, in order (their TASKFLOW assets are seeded).
PUBLISHED: dict[str, tuple[str, ...]] = {
    "tf_customer_pipeline": ("mt_load_customers", "mt_load_orders"),
    "tf_month_end": ("mt_sync_accounts", "mt_gl_close"),
}
API_NAME = re.compile(r"^[A-Za-z0-9_-]{1,80}$")
RUN_ID_BASE = 7_000_000_000_000_000_000  # run ids are 19-digit numbers; new runs count up, seeded history down
SUBTASK_RUN_ID_BASE = 5_000_000_000
SEEDED_RUNS = 30  # finished runs long before "now": only a startTime/endTime query sees them
RECENT = 24 * 3600.0  # the status list without startTime/endTime covers this much
ROW_LIMIT_DEFAULT, ROW_LIMIT_MAX, TERMINATE_MAX = 10, 50, 200
STATUS_FILTER = {"Success": "SUCCESS", "Failed": "FAILED", "Suspended": "SUSPENDED", "Running": "RUNNING"}
ALSO_ACCEPTED_HEADER = "IDS-SESSION-ID"  # Airflow's IDMC hook sends the session under this name to /active-bpel/rt/


@dataclass(frozen=True)
class Step:
    task: Task
    location: str
    env_name: str


@dataclass(frozen=True)
class Published:
    api_name: str
    name: str
    location: str
    steps: tuple[Step, ...]
    env_id: str | None
    env_name: str


@dataclass
class _Run:
    run_id: int
    flow: Published
    started: float
    duration: float
    outcome: str
    stop_step: int  # the step that fails (failed, suspended) or warns (warning); len(steps) for success
    started_by: str
    instance_name: str | None
    inputs: dict[str, Any]
    step_ids: list[int]
    terminated: float | None = None
    terminated_by: str | None = None


class TaskflowEngine:
    """The published taskflows of one org and their runs (thread-safe)."""

    def __init__(
        self, org: Org, stats: Stats, default_duration: Callable[[], float], clock: Callable[[], float] = time.time
    ) -> None:
        self._org = org
        self._stats = stats
        self._default_duration = default_duration
        self._clock = clock
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        published = {api_name: self._publish(api_name, steps) for api_name, steps in PUBLISHED.items()}
        flows = {api_name: flow for api_name, flow in published.items() if flow is not None}
        with self._lock:
            self._flows = flows
            self._outcomes: dict[str, tuple[str, float | None, int | None]] = {}
            self._runs: dict[int, _Run] = {}
            self._next_run = RUN_ID_BASE + 1
            self._next_step = SUBTASK_RUN_ID_BASE + 1
            for index in range(SEEDED_RUNS if flows else 0):  # no published taskflow: no history either
                self._seed_run(index)

    def _publish(self, api_name: str, step_names: tuple[str, ...]) -> Published | None:
        """A seeded published taskflow; None in an org without its tasks (an empty org made by add_org)."""
        assets = self._org.find_objects(lambda obj: obj["type"] == "TASKFLOW" and obj["path"].endswith("/" + api_name))
        location = assets[0]["path"].rpartition("/")[0] if assets else "Default"
        hosted = self._environment("Hosted Agent")
        steps = []
        for step_name in step_names:
            task = self._org.find_task(step_name)
            if task is None:
                return None
            paths = self._org.find_objects(_with_id(task.federated_id))
            step_location = paths[0]["path"].rpartition("/")[0] if paths else "Default"
            env_name = self._env_name(task.runtime_environment_id)
            steps.append(Step(task, step_location, env_name))
        return Published(api_name, api_name, location, tuple(steps), hosted[0], hosted[1])

    def _environment(self, name: str) -> tuple[str | None, str]:
        for env in self._org.list_runtime_environments():
            if env["name"] == name:
                return env["id"], name
        return None, name

    def _env_name(self, env_id: str | None) -> str:
        if env_id is None:
            return ""
        try:
            return str(self._org.get_runtime_environment(env_id)["name"])
        except ApiError:
            return ""

    def _seed_run(self, index: int) -> None:
        flows = list(self._flows.values())
        flow = flows[index % len(flows)]
        outcome = "failed" if index % 7 == 3 else "suspended" if index == 5 else "success"
        started = HISTORY_ANCHOR - (index + 1) * 3600.0
        stop = len(flow.steps) if outcome == "success" else len(flow.steps) - 1
        step_ids = [SUBTASK_RUN_ID_BASE - index * 10 - n for n in range(len(flow.steps))]
        run = _Run(RUN_ID_BASE - index, flow, started, 40.0 + index % 5 * 10, outcome, stop, "system", None, {},
                   step_ids)  # fmt: skip
        self._runs[run.run_id] = run

    # ---- configuration ----

    @property
    def api_names(self) -> list[str]:
        with self._lock:
            return sorted(self._flows)

    def published(self) -> list[Published]:
        with self._lock:
            return list(self._flows.values())

    def set_outcome(self, api_name: str, outcome: str, duration: float | None, step: int | None) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {OUTCOMES}, not {outcome!r}")
        if duration is not None and duration < 0:
            raise ValueError("duration must be >= 0")
        with self._lock:
            flow = self._flows.get(api_name)
            if flow is None:
                raise KeyError(f"no published taskflow {api_name!r} in the simulator")
            if step is not None and not 0 <= step < len(flow.steps):
                raise ValueError(f"step must be between 0 and {len(flow.steps) - 1} for {api_name}")
            self._outcomes[api_name] = (outcome, duration, step)

    def inputs(self, run_id: int | str) -> dict[str, Any]:
        with self._lock:
            run = self._runs.get(int(run_id))
            if run is None:
                raise KeyError(f"no taskflow run {run_id}")
            return dict(run.inputs)

    # ---- the API ----

    def start(self, api_name: str, inputs: dict[str, Any], *, user: str, instance_name: str | None) -> int:
        now = self._clock()
        with self._lock:
            flow = self._flows.get(api_name) if API_NAME.match(api_name) else None
            if flow is None:
                raise ApiError(404, f"No published taskflow with the API name {api_name}.")
            outcome, duration, step = self._outcomes.get(api_name, ("success", None, None))
            stop = len(flow.steps) if outcome == "success" else (len(flow.steps) - 1 if step is None else step)
            step_ids = list(range(self._next_step, self._next_step + len(flow.steps)))
            self._next_step += len(flow.steps)
            run = _Run(self._next_run, flow, now, self._default_duration() if duration is None else duration, outcome,
                       stop, user, instance_name, inputs, step_ids)  # fmt: skip
            self._next_run += 1
            self._runs[run.run_id] = run
        self._stats.bump("taskflow_starts")
        return run.run_id

    def status(self, run_id: int) -> Json:
        now = self._clock()
        with self._lock:
            run = self._runs.get(run_id)
            if run is None:
                raise ApiError(404, f"The taskflow run ID {run_id} does not exist.")
            return _status(run, now)

    def listing(
        self,
        *,
        run_id: int | None,
        status: str | None,
        start: float | None,
        end: float | None,
        offset: int,
        limit: int,
    ) -> list[Json]:
        now = self._clock()
        if start is None and end is None:
            start = now - RECENT
        with self._lock:
            runs = sorted(self._runs.values(), key=lambda run: (run.started, run.run_id), reverse=True)
            rows = [
                _status(run, now)
                for run in runs
                if (run_id is None or run.run_id == run_id)
                and (start is None or run.started >= start)
                and (end is None or run.started <= end)
            ]
        if status is not None:
            rows = [row for row in rows if row["status"] == status]
        return rows[offset : offset + limit]

    def terminate(self, run_ids: list[int], user: str) -> tuple[list[int], list[int]]:
        """Terminate the running or suspended ones; returns (terminated, already ended). 404 for an unknown id."""
        now = self._clock()
        with self._lock:
            unknown = [str(run_id) for run_id in run_ids if run_id not in self._runs]
            if unknown:
                raise ApiError(404, f"The taskflow run IDs {', '.join(unknown)} do not exist.")
            done, ended = [], []
            for run_id in dict.fromkeys(run_ids):
                run = self._runs[run_id]
                if _status(run, now)["status"] in ("RUNNING", "SUSPENDED"):
                    run.terminated, run.terminated_by = now, user
                    done.append(run_id)
                else:
                    ended.append(run_id)
        self._stats.bump("taskflow_terminations", len(done))
        return done, ended


def _with_id(object_id: str) -> Callable[[Json], bool]:
    return lambda obj: bool(obj["id"] == object_id)


def _status(run: _Run, now: float) -> Json:
    """The status resource's view of `run` at `now` (IICS field names)."""
    flow, steps = run.flow, run.flow.steps
    per_step = run.duration / len(steps)
    cut = run.terminated
    fault_at = run.started + (run.stop_step + 1) * per_step  # when the failing step fails (not for success)
    tasks: list[Json] = []
    for index, step in enumerate(steps):
        begin = run.started + index * per_step
        past_failure = index > run.stop_step and run.outcome != "warning"
        if past_failure or now < begin or (cut is not None and begin > cut):
            break  # never reached (after the failing step, not yet, or terminated before)
        finish = begin + per_step
        if finish <= now and (cut is None or finish <= cut):
            state = "SUCCESS" if index != run.stop_step else "WARNING" if run.outcome == "warning" else "FAILED"
            error = f"Task {step.task.name} failed: [FATAL] mapping run failed." if state == "FAILED" else None
            end: float | None = finish
        elif cut is not None:
            state, error, end = "FAILED", "The taskflow run was terminated.", cut
        else:
            state, error, end = "RUNNING", None, None
        tasks.append(_subtask(run, index, begin, end, now, state=state, error=error))
    if cut is not None:
        status, error, end = "FAILED", f"The taskflow run was terminated by {run.terminated_by}.", cut
    elif run.outcome in ("success", "warning"):
        done = run.started + run.duration <= now
        status, error, end = ("SUCCESS", None, run.started + run.duration) if done else ("RUNNING", None, None)
    elif fault_at <= now:
        failed_task = steps[run.stop_step].task.name
        error = f"Task {failed_task} failed: [FATAL] mapping run failed."
        status, end = ("FAILED", fault_at) if run.outcome == "failed" else ("SUSPENDED", None)
    else:
        status, error, end = "RUNNING", None, None
    ran_until = end if end is not None else (fault_at if status == "SUSPENDED" else now)
    name = flow.name if run.instance_name is None else f"{flow.name}-{run.instance_name}-{run.run_id}"
    row: Json = {
        "assetName": name, "assetType": "TASKFLOW", "duration": str(round(ran_until - run.started)),
        "startTime": v3_utc(run.started), "endTime": None if end is None else v3_utc(end),
        "updateTime": v3_utc(min(now, ran_until)), "status": status, "errorMessage": error,
        "location": flow.location, "runId": run.run_id, "runtimeEnv": flow.env_id, "runtimeEnvName": flow.env_name,
        "startedBy": run.started_by, "subtasks": len(tasks),
        "rowsProcessed": sum(task["rowsProcessed"] for task in tasks),
        "erroredRows": sum(task["erroredRows"] for task in tasks),
    }  # fmt: skip
    if tasks:
        row["subtaskDetails"] = {"details": {"tasks": tasks}}
    return row


def _subtask(
    run: _Run, index: int, begin: float, end: float | None, now: float, *, state: str, error: str | None
) -> Json:
    step, step_run = run.flow.steps[index], run.step_ids[index]
    rows = 0 if state in ("FAILED", "RUNNING") else 1000 + step_run % 9000
    errored = 1 + step_run % 50 if state == "WARNING" else 0
    until = end if end is not None else now
    return {
        "assetName": step.task.name, "assetType": step.task.type, "duration": str(round(until - begin)),
        "startTime": v3_utc(begin), "endTime": None if end is None else v3_utc(end), "updateTime": v3_utc(until),
        "status": state, "errorMessage": error, "location": step.location, "runId": step_run,
        "runtimeEnv": step.task.runtime_environment_id, "runtimeEnvName": step.env_name,
        "startedBy": run.started_by, "subtasks": 0, "rowsProcessed": rows, "erroredRows": errored,
    }  # fmt: skip


def runtime_credentials(backend: Backend, headers: Any) -> tuple[str, str | None] | None:
    """The runtime's other ways in: the session under IDS-SESSION-ID, or Basic user:password. (user, session id)."""
    session_id = headers.get(ALSO_ACCEPTED_HEADER)
    user = backend.sessions.touch(session_id) if session_id else None
    if user is not None:
        return user, session_id
    scheme, _, encoded = (headers.get("Authorization") or "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        username, _, password = base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    owner = backend.for_user(username)  # the org this user belongs to (the credentials decide it)
    if owner is not None and hmac.compare_digest(password, owner.password):
        return username, None
    return None


# ---- handlers ----


def _run_id(raw: str | None, what: str) -> int:
    if raw is None or not raw.isdigit() or len(raw) > 20:
        raise ApiError(400, f"The {what} {raw!r} is not a valid taskflow run ID.")
    return int(raw)


def _utc(call: Call, name: str) -> float | None:
    raw = call.text(name)
    if raw is None or raw == "":
        return None
    moment = parse_utc(raw)
    if moment is None:
        raise ApiError(400, f"Invalid value for parameter {name}: {raw!r} is not a UTC date-time.")
    return moment.timestamp()


@handles("run_taskflow")
def run_taskflow(backend: Backend, call: Call) -> Reply:
    inputs: object = {} if not call.body.strip() else call.json()
    if not isinstance(inputs, dict):
        raise ApiError(400, "The request body must be a JSON object of the taskflow's input fields.")
    instance = call.headers.get("TF-INSTANCE-NAME")
    instance = unquote(instance) if instance else None
    run_id = backend.taskflows.start(call.params["apiName"], inputs, user=call.user, instance_name=instance)
    return Reply(body={"RunId": str(run_id)})


@handles("get_taskflow_run")
def get_taskflow_run(backend: Backend, call: Call) -> Reply:
    return Reply(body=backend.taskflows.status(_run_id(call.params["runId"], "run ID")))


@handles("list_taskflow_runs")
def list_taskflow_runs(backend: Backend, call: Call) -> Reply:
    raw_run = call.text("runId")
    run_id = _run_id(raw_run, "runId") if raw_run else None
    raw_status = call.text("runStatus")
    if raw_status and raw_status not in STATUS_FILTER:  # case-sensitive, as documented
        raise ApiError(400, f"Invalid value for parameter runStatus: {raw_status!r} ({', '.join(STATUS_FILTER)}).")
    limit = call.integer("rowLimit", default=ROW_LIMIT_DEFAULT, minimum=1, maximum=ROW_LIMIT_MAX)
    rows = backend.taskflows.listing(
        run_id=run_id,
        status=STATUS_FILTER[raw_status] if raw_status else None,
        start=_utc(call, "startTime"),
        end=_utc(call, "endTime"),
        offset=call.integer("offset", default=0) or 0,
        limit=limit or ROW_LIMIT_DEFAULT,
    )
    return Reply(body=rows)


@handles("terminate_taskflow_runs")
def terminate_taskflow_runs(backend: Backend, call: Call) -> Reply:
    body = call.json()
    ids = body.get("runid") if isinstance(body, dict) else None
    if not isinstance(ids, list) or not ids:
        raise ApiError(400, 'The request body must be {"runid": ["<run ID>", ...]}.')
    if len(ids) > TERMINATE_MAX:
        raise ApiError(400, f"At most {TERMINATE_MAX} taskflow runs can be terminated at a time.")
    bad = [repr(run_id) for run_id in ids if not isinstance(run_id, str) or not run_id.isdigit() or len(run_id) > 20]
    if bad:
        raise ApiError(400, f"Run IDs must be strings of digits; not valid: {', '.join(bad)}.")
    done, ended = backend.taskflows.terminate([int(run_id) for run_id in ids], call.user)
    parts = [f"Terminated taskflow runs: {', '.join(map(str, done))}." if done else "No taskflow run was terminated."]
    if ended:
        parts.append(f"Already ended: {', '.join(map(str, ended))}.")
    return Reply(body={"message": " ".join(parts)})
