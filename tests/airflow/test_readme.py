"""The complete DAG of the README's Airflow section, run as written (conftest copies it into the DAG folder)."""

from __future__ import annotations

from typing import Any

from iics_client.testing import Simulator

from .support import run_dag, task_instances, xcom


def test_the_readme_dag_runs(sim: Simulator, dagbag: Any) -> None:
    for name in ("mt_load_customers", "mt_load_orders", "lt_finance_close"):
        sim.set_task_outcome(name, "success", duration=0)  # ended at the first look: the DAG polls every 30 s
    sim.set_taskflow_outcome("tf_customer_pipeline", "success", duration=0)
    dag_run = run_dag(dagbag, "nightly_sales")
    states = {task: ti.state for task, ti in task_instances(dag_run).items()}
    tasks = ("load_customers", "load_orders", "finance_close", "orders_done", "customer_pipeline")
    assert states == dict.fromkeys(tasks, "success")
    assert sim.stats.job_starts == 3  # the sensor started nothing
    assert sim.stats.taskflow_starts == 1
    pipeline_run = xcom(dag_run, "customer_pipeline", "iics_run_id")
    assert sim.taskflow_inputs(pipeline_run) == {
        "region": "EMEA",
        "business_date": dag_run.logical_date.strftime("%Y-%m-%d"),
    }
    assert xcom(dag_run, "customer_pipeline")["status"] == "SUCCESS"
    assert xcom(dag_run, "orders_done")["runId"] == xcom(dag_run, "load_orders", "iics_run_id")
    assert xcom(dag_run, "load_orders", "iics_task_id") == sim.task("mt_load_orders").id
