"""Reading what a dag.test() run left in Airflow's database: task instances and XComs."""

from __future__ import annotations

from typing import Any


def task_instances(dag_run: Any) -> dict[str, Any]:
    """task id -> TaskInstance of the run (state, try_number ... read now, detached)."""
    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.session import create_session
    from sqlalchemy import select

    query = select(TaskInstance).where(TaskInstance.dag_id == dag_run.dag_id, TaskInstance.run_id == dag_run.run_id)
    with create_session() as session:
        found = list(session.scalars(query))
        session.expunge_all()
    return {ti.task_id: ti for ti in found}


def xcom(dag_run: Any, task_id: str, key: str = "return_value") -> Any:
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session

    with create_session() as session:
        query = XComModel.get_many(run_id=dag_run.run_id, dag_ids=dag_run.dag_id, task_ids=task_id, key=key)
        row = session.scalars(query).first()
        return None if row is None else XComModel.deserialize_value(row)


def run_dag(dagbag: Any, dag_id: str, **conf: Any) -> Any:
    """One run of the DAG with Airflow's dag.test() (tasks, triggers and retries in this process)."""
    dag = dagbag.get_dag(dag_id)
    assert dag is not None, f"no DAG {dag_id} in tests/airflow/dags"
    return dag.test(run_conf=conf or None)


def state_events(dag_run: Any, task_id: str) -> list[tuple[int | None, str]]:
    """The task's state changes as Airflow's audit log recorded them: (try number, "running" / "deferred" ...)."""
    from airflow.models.log import Log
    from airflow.utils.session import create_session
    from sqlalchemy import select

    query = (
        select(Log.try_number, Log.event)
        .where(Log.dag_id == dag_run.dag_id, Log.run_id == dag_run.run_id, Log.task_id == task_id)
        .order_by(Log.id)
    )
    with create_session() as session:
        return [(row.try_number, row.event) for row in session.execute(query)]


def stored_run(dag_run: Any, task_id: str) -> Any:
    """What the task keeps in Airflow's task-state store (ResumableJobMixin) under the operator's key."""
    import json

    from airflow.utils.session import create_session
    from sqlalchemy import text

    query = text("select value from task_state_store where dag_id = :dag and run_id = :run and task_id = :task")
    with create_session() as session:
        row = session.execute(query, {"dag": dag_run.dag_id, "run": dag_run.run_id, "task": task_id}).first()
    return None if row is None else json.loads(row[0])
