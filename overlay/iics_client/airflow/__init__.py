"""Apache Airflow integration (``pip install "iics-client[airflow]"``: Airflow 3 and the common-compat provider).

    from iics_client.airflow import IICSRunTaskOperator
    IICSRunTaskOperator(task_id="load_orders", task_name="mt_load_orders", task_type="MTT")

- ``IICSHook`` (connection type ``iics``): configured IICSClient / AsyncIICSClient instances.
- ``IICSRunTaskOperator``: start a task and wait for its run to end (deferrable by default, never started twice).
- ``IICSRunTaskflowOperator``: run an advanced taskflow by API name with inputs, the same way.
- ``IICSJobRunSensor`` / ``IICSTaskflowRunSensor``: wait for a run started elsewhere.
- ``IICSJobRunTrigger`` / ``IICSTaskflowRunTrigger``: the triggerer side of both.
- ``IICSJobRunLink``: the operator link to the IICS Monitor.

Importing this package imports no Airflow module (Airflow reads ``get_provider_info`` through an entry point);
the classes are imported on first use, from ``iics_client.airflow.hooks`` / ``operators`` / ``sensors`` /
``triggers``, and need Airflow.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._provider import get_provider_info

if TYPE_CHECKING:
    from .hooks import IICSHook
    from .operators import IICSJobRunLink, IICSRunTaskflowOperator, IICSRunTaskOperator
    from .sensors import IICSJobRunSensor, IICSTaskflowRunSensor
    from .triggers import IICSJobRunTrigger, IICSTaskflowRunTrigger

_HOMES = {
    "IICSHook": "hooks",
    "IICSJobRunLink": "operators",
    "IICSRunTaskOperator": "operators",
    "IICSRunTaskflowOperator": "operators",
    "IICSJobRunSensor": "sensors",
    "IICSTaskflowRunSensor": "sensors",
    "IICSJobRunTrigger": "triggers",
    "IICSTaskflowRunTrigger": "triggers",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


__all__ = [
    "IICSHook",
    "IICSJobRunLink",
    "IICSJobRunSensor",
    "IICSJobRunTrigger",
    "IICSRunTaskOperator",
    "IICSRunTaskflowOperator",
    "IICSTaskflowRunSensor",
    "IICSTaskflowRunTrigger",
    "get_provider_info",
]
