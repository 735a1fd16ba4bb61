"""Provider registration: what Airflow's ``apache_airflow_provider`` entry point returns.

Airflow calls ``get_provider_info()`` for every installed package that declares the entry point, before it
imports any hook, and a failure there breaks Airflow's provider discovery as a whole. So this module imports
nothing from Airflow and nothing that can fail: plain data, checked against Airflow's provider_info schema by the
airflow test session.
"""

from __future__ import annotations

import copy
from typing import Any

from .._version import __version__
from ._connection import CONN_TYPE, EXTRAS, HOOK_NAME, UI_FIELD_BEHAVIOUR

PACKAGE = "iics_client.airflow"
INTEGRATION = "Informatica Intelligent Cloud Services (IICS)"


def get_provider_info() -> dict[str, Any]:
    """The provider info (Airflow's provider_info schema; connection-types carry the declarative form fields)."""

    def modules(*names: str) -> list[dict[str, Any]]:
        return [{"integration-name": INTEGRATION, "python-modules": [f"{PACKAGE}.{name}" for name in names]}]

    return {
        "package-name": "iics-client",
        "name": "Informatica IICS (iics-client)",
        "description": "Run IICS mapping tasks, synchronization tasks, linear and advanced taskflows from Airflow: "
        "deferrable operators, triggers and sensors built on iics-client's AsyncIICSClient.",
        "versions": [__version__],
        "integrations": [{"integration-name": INTEGRATION, "tags": ["service"]}],
        "hooks": modules("hooks"),
        "operators": modules("operators"),
        "sensors": modules("sensors"),
        "triggers": modules("triggers"),
        "extra-links": [f"{PACKAGE}.operators.IICSJobRunLink"],
        "connection-types": [
            {
                "connection-type": CONN_TYPE,
                "hook-class-name": f"{PACKAGE}.hooks.IICSHook",
                "hook-name": HOOK_NAME,
                "ui-field-behaviour": copy.deepcopy(UI_FIELD_BEHAVIOUR),
                "conn-fields": {
                    extra.name: {"label": extra.label, "description": extra.description, "schema": extra.schema()}
                    for extra in EXTRAS
                },
            }
        ],
    }
