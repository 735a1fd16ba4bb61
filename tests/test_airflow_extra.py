"""The Airflow integration as packaging, without Airflow: the base package never imports Airflow, the extra and the
provider entry point are declared, and Airflow's entry point works where Airflow is missing. Its behaviour is
tested against a real Airflow by `nox -s airflow` (tests/airflow/)."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from importlib.metadata import distribution, entry_points

from iics_client import IICSClient
from iics_client._config import SETTING_NAMES

# imported at run time: mypy follows a static import into iics_client.airflow, which `nox -s lint` (no Airflow) excludes
EXTRAS = importlib.import_module("iics_client.airflow._connection").EXTRAS

# Python with every Airflow import failing, as in an environment without Airflow (whatever this one has)
NO_AIRFLOW = "import sys; sys.modules['airflow'] = None\n"


def run_python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_importing_iics_client_imports_no_airflow_module() -> None:
    code = (
        "import sys, iics_client, iics_client.airflow, iics_client.testing, iics_client.cli\n"
        "iics_client.airflow.get_provider_info()\n"
        "print(sorted(m for m in sys.modules if m == 'airflow' or m.startswith('airflow.')))"
    )
    assert run_python(code) == "[]"


def test_provider_info_loads_without_airflow_and_the_classes_say_what_to_install() -> None:
    code = NO_AIRFLOW + (
        "from importlib.metadata import entry_points\n"
        "(ep,) = [e for e in entry_points(group='apache_airflow_provider') if e.value.startswith('iics_client')]\n"
        "info = ep.load()()\n"
        "print(info['package-name'], info['connection-types'][0]['connection-type'])\n"
        "try:\n"
        "    from iics_client.airflow import IICSRunTaskOperator\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    first, second = run_python(code).splitlines()
    assert first == "iics-client iics"
    assert "pip install 'iics-client[airflow]'" in second


def test_the_airflow_extra_and_the_entry_point_are_declared() -> None:
    requirements = distribution("iics-client").requires or []
    airflow = [r for r in requirements if r.startswith(("apache-airflow", "apache_airflow"))]
    assert airflow, "no airflow extra"
    markers = [r.partition(";")[2].replace("'", '"').strip() for r in airflow]
    assert markers == ['extra == "airflow"'] * len(airflow)  # never a dependency of the base package
    (provider,) = [e for e in entry_points(group="apache_airflow_provider") if e.value.startswith("iics_client")]
    assert provider.value == "iics_client.airflow:get_provider_info"


def test_every_client_setting_is_an_extra_of_the_connection() -> None:
    client_extras = {extra.name for extra in EXTRAS if extra.client_setting}
    # on_event is a function: it has no JSON form (pass it to the hook: IICSHook(on_event=...))
    assert client_extras == SETTING_NAMES - {"login_url", "username", "password", "on_event"}
    parameters = inspect.signature(IICSClient).parameters
    assert all(parameters[name].kind is inspect.Parameter.KEYWORD_ONLY for name in client_extras)
