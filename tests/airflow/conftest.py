"""Tests of iics_client.airflow against a real Airflow (3.3.2) and the IICS simulator.

They run only in `nox -s airflow`, whose venv has Airflow; the main `pytest` run ignores this folder (``--ignore``
in pyproject's addopts). Airflow reads its configuration when first imported, so this file sets it up before any
Airflow import: a throwaway AIRFLOW_HOME with a SQLite database made by `airflow db migrate`, no example DAGs, a DAG
folder holding tests/airflow/dags and the README's DAG, and the connection ``iics_default`` (an environment
variable) pointing at a simulator that runs in this process. DAGs run with Airflow's own ``dag.test()``: the task
runs in this process, a deferred task's trigger runs in line, and the task resumes in ``execute_complete``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HOME = Path(tempfile.mkdtemp(prefix="iics-airflow-home-"))
DAGS = HOME / "dags"  # tests/airflow/dags, plus the README's DAG


def readme_dag() -> str:
    """The complete DAG of the README's Airflow section (the Python block that builds a DAG)."""
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    section = readme.split("\n## Airflow\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    (dag,) = [str(block) for block in blocks if "with DAG(" in block]
    return dag


shutil.copytree(Path(__file__).with_name("dags"), DAGS, ignore=shutil.ignore_patterns("__pycache__"))
(DAGS / "readme_nightly_sales.py").write_text(readme_dag())
SETTINGS = {
    "AIRFLOW_HOME": str(HOME),
    "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
    "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
    "AIRFLOW__CORE__FERNET_KEY": "Zk8ls_wKvoKMOXBFbiubWGmjk29nPUCW96eJ9J0BTIo=",  # a throwaway key: trigger kwargs
    "AIRFLOW__CORE__DAGBAG_IMPORT_ERROR_TRACEBACKS": "True",
    "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO",
}
os.environ.update(SETTINGS)
subprocess.run(
    [sys.executable, "-m", "airflow", "db", "migrate"], check=True, env=os.environ.copy(), stdout=subprocess.DEVNULL
)

from iics_client.testing import Simulator  # noqa: E402

CONN_ID = "iics_default"


def connection_uri_json(sim: Simulator, **extra: Any) -> str:
    return json.dumps(
        {
            "conn_type": "iics",
            "host": sim.login_url,
            "login": sim.username,
            "password": sim.password,
            "extra": {"layout": sim.layout.name, "retry_backoff": 0.01, **extra},  # quick retries of 5xx
        }
    )


@pytest.fixture(scope="session")
def simulator() -> Iterator[Simulator]:
    with Simulator(job_duration=0.2) as sim:
        os.environ[f"AIRFLOW_CONN_{CONN_ID.upper()}"] = connection_uri_json(sim)
        yield sim


@pytest.fixture
def sim(simulator: Simulator) -> Simulator:
    """The session's simulator, back to its seed: runs, outcomes, faults and counters cleared."""
    simulator.reset()
    simulator.job_duration = 0.2
    return simulator


@pytest.fixture(scope="session")
def dagbag(simulator: Simulator) -> Any:
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAGS))
    assert not bag.import_errors, bag.import_errors
    return bag


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(HOME, ignore_errors=True)
