"""The product reference's example, verbatim in substance (respx instead of responses: the client is httpx-based)."""

from __future__ import annotations

import httpx
import respx

from iics_client import IICSClient


@respx.mock
def test_list_connections() -> None:
    respx.post("https://dm-us.informaticacloud.com/ma/api/v2/user/login").mock(
        return_value=httpx.Response(
            200,
            json={
                "id": "user-1",
                "userName": "test@co.com",
                "orgId": "org-1",
                "serverUrl": "https://usw3.dm-us.informaticacloud.com",
                "icSessionId": "session-abc",
            },
        )
    )
    respx.get("https://usw3.dm-us.informaticacloud.com/saas/connection").mock(
        return_value=httpx.Response(200, json=[{"id": "c1", "orgId": "org-1", "name": "MyConn", "type": "ODBC"}])
    )
    respx.post("https://usw3.dm-us.informaticacloud.com/saas/user/logout").mock(return_value=httpx.Response(200))

    with IICSClient(login_url="us", username="test@co.com", password="pass") as client:
        conns = client.list_connections()
        assert len(conns) == 1
        assert conns[0].name == "MyConn"
