"""Raw HTTP access to the simulator (no iics_client): build each operation's URL from the layout, as a client would."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import httpx

from iics_client.testing import SPEC_OPERATIONS, Operation, Simulator

OPERATIONS: dict[str, Operation] = {operation.id: operation for operation in SPEC_OPERATIONS}
LOGIN_PATH = OPERATIONS["login"].path
NO_SESSION = ""  # pass as session= to send no session header at all


class RawApi:
    """``api.call("get_connection", id="...")`` -> httpx.Response, with the session header of the operation's route."""

    def __init__(self, sim: Simulator, *, verify: Any = None) -> None:
        self.sim = sim
        if verify is None:  # plain http needs no trust store (loading one costs ~60 ms per client)
            verify = sim.https
        self.http = httpx.Client(timeout=10, verify=verify)
        self.session_id: str | None = None

    def close(self) -> None:
        self.http.close()

    def login(self, username: str | None = None, password: str | None = None) -> httpx.Response:
        response = self.http.post(
            self.sim.login_url + LOGIN_PATH,
            json={
                "@type": "login",
                "username": self.sim.username if username is None else username,
                "password": self.sim.password if password is None else password,
            },
        )
        if response.status_code == 200:
            self.session_id = response.json()["icSessionId"]
        return response

    def route(self, operation_id: str) -> tuple[str, str]:
        """(URL prefix on the pod, session header) of an operation in the simulator's layout."""
        operation = OPERATIONS[operation_id]
        route = self.sim.layout.route(operation.family, operation.id)
        return self.sim.pod_url + route.prefix, route.session_header

    def url(self, operation_id: str, **path_params: str) -> str:
        """``id=`` fills an operation's only path parameter, whatever the spec names it (connectionId, agentId...)."""
        prefix, _ = self.route(operation_id)
        path = OPERATIONS[operation_id].path
        names = re.findall(r"{(\w+)}", path)
        if "id" in path_params and len(names) == 1:
            path_params = {names[0]: path_params.pop("id"), **path_params}
        for name, value in path_params.items():
            path = path.replace("{" + name + "}", quote(value, safe=""))
        return prefix + path

    def call(
        self,
        operation_id: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
        session: str | None = None,
        header_name: str | None = None,
        files: Any = None,
        **path_params: str,
    ) -> httpx.Response:
        """Send one operation. `session`: override the session id (NO_SESSION: none); `header_name`: send it in
        another header than the route's; `files`: a multipart/form-data body (httpx's ``files=``)."""
        _, route_header = self.route(operation_id)
        all_headers = dict(headers or {})
        session_id = self.session_id if session is None else session
        if session_id:
            all_headers[header_name or route_header] = session_id
        return self.http.request(
            OPERATIONS[operation_id].method,
            self.url(operation_id, **path_params),
            params=params,
            json=json,
            headers=all_headers,
            files=files,
        )
