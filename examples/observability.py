"""Seeing what the client does: the health check, events, metrics (and how to turn on tracing and rate limiting).

Against your org:   export IICS_USERNAME=... IICS_PASSWORD=... [IICS_LOGIN_URL=us] [IICS_LAYOUT=iics]
Without credentials the example runs against the built-in simulator, with a few injected faults (nothing leaves this
machine).

    python examples/observability.py
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from contextlib import ExitStack

from iics_client import Event, EventKind, IICSClient


def main() -> int:
    with ExitStack() as stack:
        if os.environ.get("IICS_USERNAME") and os.environ.get("IICS_PASSWORD"):
            settings: dict[str, object] = {}
        else:
            from iics_client.testing import Fault, Simulator

            sim = stack.enter_context(Simulator())
            sim.add_fault(Fault.http(503, operation="list_connections", times=2))  # retried by the client
            settings = {"login_url": sim.login_url, "username": sim.username, "password": sim.password}
            print(f"No IICS_USERNAME/IICS_PASSWORD: using the local simulator at {sim.login_url}")

        seen: Counter[str] = Counter()

        def on_event(event: Event) -> None:  # called in the calling thread: keep it quick
            seen[event.kind.value] += 1
            if event.kind in (EventKind.RETRY_SCHEDULED, EventKind.SESSION_RENEWED, EventKind.CALL_FAILED):
                print("  event:", json.dumps(event.to_dict()))

        # tracing=True sends spans to your OpenTelemetry provider (pip install "iics-client[otel]");
        # rate_limit=2.0 keeps to 2 requests per second per host; adaptive_concurrency=True backs off on 429s.
        client = stack.enter_context(IICSClient.from_env(on_event=on_event, **settings))

        report = client.check()
        for check in report.checks:
            print(f"check {check.name:7s} {check.status.value:8s} {check.detail}")
        for diagnosis in report.diagnoses:
            print(f"likely cause: {diagnosis.cause.value}: {diagnosis.message}")
        if not report.ok:
            return 1

        connections = client.list_connections()
        print(f"{len(connections)} connections")
        for entry in client.get_activity_log(limit=5):
            print(f"  activity: {entry.object_name} run {entry.run_id}")

        print("events:", dict(seen))
        print(f"{'operation':22s} {'calls':>5s} {'failed':>6s} {'requests':>8s} {'retries':>7s} {'p50 ms':>7s}")
        for name, m in client.metrics.items():
            p50 = f"{m.latency.p50 * 1000:.1f}" if m.latency.p50 is not None else "-"
            print(f"{name:22s} {m.calls:5d} {m.failed:6d} {m.requests:8d} {m.retries:7d} {p50:>7s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
