"""IICSHook and the ``iics`` connection: fields and extras to client settings, clear errors, test_connection."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from iics_client import AsyncIICSClient, IICSClient, IICSConfigurationError
from iics_client.airflow import IICSHook
from iics_client.airflow._connection import settings_from_connection
from iics_client.testing import Simulator


def settings(**fields: Any) -> Any:
    values = {"host": None, "port": None, "login": "me@example.com", "password": "s3cret!", "extra": None}
    return settings_from_connection("iics_x", **{**values, **fields})


@pytest.mark.parametrize(
    ("host", "port", "login_url"),
    [
        ("em", None, "em"),
        ("dm1-apse", None, "dm1-apse"),
        ("https://dm-us.informaticacloud.com", None, "https://dm-us.informaticacloud.com"),
        ("http://127.0.0.1", 4010, "http://127.0.0.1:4010"),
        ("http://127.0.0.1:4010", 9999, "http://127.0.0.1:4010"),
        (None, None, "us"),  # the client's from_env default
    ],
)
def test_host_and_port_make_the_login_url(host: str | None, port: int | None, login_url: str) -> None:
    assert settings(host=host, port=port).login_url == login_url


def test_extras_become_client_settings_typed_from_json_or_uri_strings() -> None:
    typed = settings(extra={"layout": "iics", "timeout": 12, "max_retries": 0, "http2": False, "verify": True})
    from_uri = settings(extra={"layout": "iics", "timeout": "12", "max_retries": "0", "http2": "false",
                               "verify": "true"})  # fmt: skip
    expected = {"layout": "iics", "timeout": 12.0, "max_retries": 0, "http2": False, "verify": True}
    assert dict(typed.settings) == dict(from_uri.settings) == expected
    assert settings(extra={"verify": "/etc/ssl/corp-ca.pem"}).settings == {"verify": "/etc/ssl/corp-ca.pem"}
    # the connection form's prefixed keys, and fields it left empty
    assert settings(extra={"extra__iics__layout": "reference", "timeout": ""}).settings == {"layout": "reference"}
    assert settings(extra={"login_url": "em"}).login_url == "em"


def test_every_client_extra_is_a_client_argument() -> None:
    from iics_client.airflow._connection import EXTRAS

    client = IICSClient(**settings(extra={e.name: _sample(e.type) for e in EXTRAS if e.client_setting}).client_kwargs())
    assert client.layout is not None  # an explicit layout is known before the login
    assert client.layout.name == "iics"
    client.close()


def _sample(kind: str) -> Any:
    return {"string": "iics", "integer": 2, "number": 5.0, "boolean": False, "verify": True}[kind]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"login": None}, "has no login"),
        ({"password": ""}, "has no password"),
        ({"extra": {"timout": 3}}, "unknown extra 'timout'"),
        ({"extra": {"timeout": "soon"}}, "extra 'timeout' must be a number"),
        ({"extra": {"max_retries": 2.5}}, "extra 'max_retries' must be a integer"),
        ({"extra": {"http2": "maybe"}}, "extra 'http2' must be a boolean"),
        ({"extra": {"layout": "cloud"}}, "must be one of ['reference', 'iics']"),
        ({"host": "em", "extra": {"login_url": "us"}}, "sets both Host and the login_url extra"),
        ({"extra": {"monitor_url": "{pod}/x/{runid}"}}, "monitor_url may use only the placeholders"),
        ({"extra": ["layout"]}, "extra must be a JSON object"),
    ],
)
def test_bad_connections_fail_with_a_clear_configuration_error(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(IICSConfigurationError) as raised:
        settings(**fields)
    assert message in str(raised.value)
    assert "iics_x" in str(raised.value)
    assert "s3cret!" not in str(raised.value)


def test_the_password_is_in_no_repr() -> None:
    assert "s3cret!" not in repr(settings())


def test_get_conn_and_aget_conn_build_clients_from_the_connection(sim: Simulator, monkeypatch: Any) -> None:
    monkeypatch.setenv("AIRFLOW_CONN_IICS_HOOKED", json.dumps({
        "conn_type": "iics", "host": sim.login_url, "login": sim.username, "password": sim.password,
        "extra": {"layout": "reference", "timeout": 5, "monitor_url": "{pod}/monitor/{task_id}/{run_id}"},
    }))  # fmt: skip
    hook = IICSHook("iics_hooked", max_retries=0)
    with hook.get_conn() as client:
        assert isinstance(client, IICSClient)
        assert client.login_url == sim.login_url
        assert [c.name for c in client.list_connections()]

    async def use_async() -> int:
        client = await IICSHook("iics_hooked").aget_conn()  # the connection is read without blocking the loop
        assert isinstance(client, AsyncIICSClient)
        async with client:
            return len(await client.get_activity_monitor())

    assert asyncio.run(use_async()) == 0
    with hook.logged_in() as (_client, session):
        url = hook.run_url(session, task_id="T1", task_type="MTT", run_id=7)
    assert url == f"{sim.pod_url}/monitor/T1/7"
    assert sim.stats.logins == sim.stats.logouts == 3


def test_test_connection_reports_success_and_failure_without_secrets(sim: Simulator, monkeypatch: Any) -> None:
    ok, message = IICSHook("iics_default").test_connection()
    assert ok
    assert sim.username in message
    monkeypatch.setenv("AIRFLOW_CONN_IICS_WRONG", json.dumps({"conn_type": "iics", "host": sim.login_url,
                       "login": sim.username, "password": "wrong-password-42"}))  # fmt: skip
    ok, message = IICSHook("iics_wrong").test_connection()
    assert not ok
    assert "login failed" in message
    assert "wrong-password-42" not in message
    monkeypatch.setenv("AIRFLOW_CONN_IICS_TYPO", json.dumps({"conn_type": "iics", "host": "mars",
                       "login": "u", "password": "p"}))  # fmt: skip
    ok, message = IICSHook("iics_typo").test_connection()
    assert not ok
    assert "unknown IICS region 'mars'" in message
