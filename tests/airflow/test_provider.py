"""Provider registration: get_provider_info() against Airflow's schemas, and what Airflow's ProvidersManager makes of
the installed package (connection type, form fields, triggers, extra links)."""

from __future__ import annotations

import json
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from iics_client.airflow import get_provider_info


def airflow_schema(name: str) -> dict[str, Any]:
    import airflow

    schema: dict[str, Any] = json.loads((Path(airflow.__file__).parent / name).read_text())
    return schema


def test_provider_info_matches_airflows_runtime_schema() -> None:
    jsonschema.validate(get_provider_info(), airflow_schema("provider_info.schema.json"))


def test_connection_type_matches_the_stricter_provider_yaml_schema() -> None:
    item_schema = airflow_schema("provider.yaml.schema.json")["properties"]["connection-types"]["items"]
    for connection_type in get_provider_info()["connection-types"]:
        jsonschema.validate(connection_type, item_schema)


def test_the_entry_point_is_installed() -> None:
    (found,) = [ep for ep in entry_points(group="apache_airflow_provider") if ep.dist and ep.dist.name == "iics-client"]
    assert found.load() is get_provider_info


@pytest.fixture(scope="module")
def providers() -> Any:
    from airflow.providers_manager import ProvidersManager

    return ProvidersManager()  # type: ignore[no-untyped-call]


def test_airflow_lists_the_provider_and_its_connection_type(providers: Any) -> None:
    from airflow.sdk.providers_manager_runtime import ProvidersManagerTaskRuntime

    assert "iics-client" in providers.providers
    hook = ProvidersManagerTaskRuntime().hooks["iics"]  # type: ignore[no-untyped-call]  # what a task or trigger resolves conn_type "iics" to
    assert hook is not None
    assert hook.hook_class_name == "iics_client.airflow.hooks.IICSHook"
    assert hook.connection_id_attribute_name == "iics_conn_id"
    assert providers.field_behaviours["iics"]["hidden_fields"] == ["schema", "port"]
    assert providers.field_behaviours["iics"]["relabeling"]["host"] == "Login URL or region"
    widgets = providers.connection_form_widgets
    assert widgets["extra__iics__layout"].field["schema"]["enum"] == ["reference", "iics", None]
    assert "extra__iics__timeout" in widgets


def test_airflow_lists_the_triggers_and_the_operator_link(providers: Any) -> None:
    triggers = {t.package_name: t.trigger_class_name for t in providers.trigger}
    assert triggers["iics-client"] == "iics_client.airflow.triggers"
    assert "iics_client.airflow.operators.IICSJobRunLink" in providers.extra_links_class_names


def test_every_trigger_and_link_lives_where_the_provider_info_says() -> None:
    """Both triggers (jobs, taskflows) serialize to a class path in a listed module; every operator and sensor
    (tasks, taskflows) carries a listed link."""
    from iics_client.airflow import (
        IICSJobRunSensor,
        IICSJobRunTrigger,
        IICSRunTaskflowOperator,
        IICSRunTaskOperator,
        IICSTaskflowRunSensor,
        IICSTaskflowRunTrigger,
    )

    info = get_provider_info()
    (listed,) = info["triggers"]
    for trigger in (IICSJobRunTrigger(iics_task_id="t", run_id=1), IICSTaskflowRunTrigger(run_id="1")):
        module, _, _name = trigger.serialize()[0].rpartition(".")
        assert module in listed["python-modules"]
    for operator in (IICSRunTaskOperator, IICSRunTaskflowOperator, IICSJobRunSensor, IICSTaskflowRunSensor):
        for link in operator.operator_extra_links:
            assert f"{type(link).__module__}.{type(link).__qualname__}" in info["extra-links"]
