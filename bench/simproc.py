"""The simulator in its own process, so its work neither shares the client's GIL nor counts in the client's memory.

``python -m bench.simproc '{"layout": "reference"}'`` starts ``iics_client.testing.Simulator``, prints one JSON line
(its URLs and credentials), then answers one JSON command per stdin line with one JSON line on stdout, until stdin
closes. ``RemoteSimulator`` is the parent's side, with the Simulator methods the measures need.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from types import TracebackType
from typing import Any

from .harness import child_env

_ALLOWED = frozenset({"expire_sessions", "seed_connections", "seed_activity_log", "clear_faults", "reset"})


# ---- the child ----


def _command(sim: Any, command: str, args: list[Any]) -> Any:
    """Run one command of the parent on the simulator; its result must be JSON-able."""
    from iics_client.testing import Fault

    if command == "stats":
        return sim.stats.snapshot()
    if command == "tasks":
        return [{"id": t.id, "type": t.type, "name": t.name} for t in sim.tasks]
    if command == "add_fault":
        sim.add_fault(Fault(**args[0]))
        return None
    if command == "cpu":
        return time.process_time()
    if command == "wait_requests":  # until `count` requests of `operation` have arrived (cumulative)
        operation, count, timeout = args
        deadline = time.monotonic() + timeout
        seen = 0
        while time.monotonic() < deadline:
            seen = sim.stats.requests_by_operation.get(operation, 0)
            if seen >= count:
                break
            time.sleep(0.002)
        return seen
    if command == "job_duration":
        sim.job_duration = float(args[0])
        return None
    if command in _ALLOWED:
        return getattr(sim, command)(*args)
    raise ValueError(f"unknown command {command!r}")


def _serve(settings: dict[str, Any]) -> None:
    from iics_client.testing import Simulator

    sim = Simulator(**settings).start()
    where = {"login_url": sim.login_url, "pod_url": sim.pod_url, "username": sim.username, "password": sim.password}
    print(json.dumps({**where, "pid": os.getpid()}), flush=True)
    try:
        for line in sys.stdin:
            request = json.loads(line)
            try:
                reply = {"ok": True, "result": _command(sim, request["cmd"], request.get("args", []))}
            except Exception as exc:  # report it to the parent, keep serving
                reply = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
            sys.stdout.write(json.dumps(reply, default=str) + "\n")
            sys.stdout.flush()
    finally:
        sim.stop()


# ---- the parent ----


class RemoteSimulator:
    """A Simulator running in a child process (``with RemoteSimulator() as sim:``)."""

    def __init__(self, **settings: Any) -> None:
        self._settings = settings
        self._proc: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()
        self.login_url = self.pod_url = self.username = self.password = ""
        self.pid = 0

    def start(self) -> RemoteSimulator:
        env = child_env()
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "bench.simproc", json.dumps(self._settings)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self._proc.stdout is not None
        first = self._proc.stdout.readline()
        if not first:
            code = self._proc.wait(timeout=10)
            raise RuntimeError(f"the simulator process exited with {code} before it started")
        info = json.loads(first)
        self.login_url, self.pod_url = info["login_url"], info["pod_url"]
        self.username, self.password, self.pid = info["username"], info["password"], info["pid"]
        return self

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        assert proc.stdin is not None
        try:
            proc.stdin.close()
            proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()
        finally:
            if proc.stdout is not None:
                proc.stdout.close()

    def __enter__(self) -> RemoteSimulator:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def call(self, command: str, *args: Any) -> Any:
        if self._proc is None:
            raise RuntimeError("the simulator process is not running")
        assert self._proc.stdin is not None
        assert self._proc.stdout is not None
        with self._lock:
            self._proc.stdin.write(json.dumps({"cmd": command, "args": list(args)}) + "\n")
            self._proc.stdin.flush()
            line = self._proc.stdout.readline()
        if not line:
            raise RuntimeError("the simulator process died")
        reply = json.loads(line)
        if not reply["ok"]:
            raise RuntimeError(f"simulator command {command} failed: {reply['error']}")
        return reply["result"]

    # the Simulator API the measures use

    def stats(self) -> dict[str, Any]:
        return dict(self.call("stats"))

    def expire_sessions(self) -> int:
        return int(self.call("expire_sessions"))

    def seed_connections(self, count: int) -> list[str]:
        return list(self.call("seed_connections", count))

    def seed_activity_log(self, count: int) -> None:
        self.call("seed_activity_log", count)

    def tasks(self) -> list[dict[str, str]]:
        return list(self.call("tasks"))

    def add_fault(self, **fault: Any) -> None:
        """``Fault(**fault)`` in the child (e.g. ``kind="delay", delay=1.0, operation="list_connections"``)."""
        self.call("add_fault", fault)

    def clear_faults(self) -> None:
        self.call("clear_faults")

    def set_job_duration(self, seconds: float) -> None:
        self.call("job_duration", seconds)

    def wait_requests(self, operation: str, count: int, timeout: float) -> int:
        """Block until the simulator has received `count` requests of `operation` (cumulative); returns the count."""
        return int(self.call("wait_requests", operation, count, timeout))

    def cpu_seconds(self) -> float:
        """CPU time the simulator process has used so far."""
        return float(self.call("cpu"))


if __name__ == "__main__":
    _serve(json.loads(sys.argv[1]) if len(sys.argv) > 1 else {})
