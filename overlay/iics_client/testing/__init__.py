"""A local IICS for tests: ``from iics_client.testing import Simulator, Fault``.

The simulator serves every operation of the client's specs on two loopback origins (a login host and a pod), in
the reference or the real-IICS URL layout, with sessions, a job engine, seeded data, fault injection, counters and
optional TLS. It needs only the standard library (plus trustme for ``https=True``)::

    with Simulator(layout="iics") as sim:
        sim.add_fault(Fault.http(503, operation="start_job", probability=0.1))
        client = IICSClient(login_url=sim.login_url, username=sim.username, password=sim.password, layout="iics")
        ...
        assert all(n == 1 for n in sim.stats.job_starts_by_task.values())
"""

from __future__ import annotations

from ._data import Task
from ._faults import Fault
from ._jobs import OUTCOMES
from ._orgs import SimOrg
from ._promotion import PromotionSettings
from ._routes import SPEC_OPERATIONS, Operation
from ._simulator import DEFAULT_PASSWORD, DEFAULT_USERNAME, Simulator
from ._stats import Stats

__all__ = [
    "DEFAULT_PASSWORD",
    "DEFAULT_USERNAME",
    "OUTCOMES",
    "SPEC_OPERATIONS",
    "Fault",
    "Operation",
    "PromotionSettings",
    "SimOrg",
    "Simulator",
    "Stats",
    "Task",
]
