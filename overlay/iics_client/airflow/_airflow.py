"""Every Airflow name the integration uses, imported in one place (through apache-airflow-providers-common-compat,
which picks the Task SDK's classes on Airflow 3), with one clear error when Airflow is not installed."""

from __future__ import annotations

try:
    from airflow.providers.common.compat.connection import get_async_connection, get_async_extra_dejson
    from airflow.providers.common.compat.sdk import (
        AirflowException,
        AirflowFailException,
        AirflowSensorTimeout,
        AirflowSkipException,
        BaseHook,
        BaseOperator,
        BaseOperatorLink,
        BaseSensorOperator,
        Context,
        PokeReturnValue,
        ResumableJobMixin,
        TaskInstanceKey,
        XCom,
    )
    from airflow.triggers.base import BaseTrigger, TriggerEvent
except ImportError as exc:  # pragma: no cover - the airflow session always has Airflow
    raise ImportError(
        "iics_client.airflow needs Apache Airflow 3 and apache-airflow-providers-common-compat>=1.23: "
        "pip install 'iics-client[airflow]'"
    ) from exc

__all__ = [
    "AirflowException",
    "AirflowFailException",
    "AirflowSensorTimeout",
    "AirflowSkipException",
    "BaseHook",
    "BaseOperator",
    "BaseOperatorLink",
    "BaseSensorOperator",
    "BaseTrigger",
    "Context",
    "PokeReturnValue",
    "ResumableJobMixin",
    "TaskInstanceKey",
    "TriggerEvent",
    "XCom",
    "get_async_connection",
    "get_async_extra_dejson",
]
