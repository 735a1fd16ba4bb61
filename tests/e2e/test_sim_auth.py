"""Simulator: login, sessions (idle timeout, logout, forced expiry), 401/404 shapes per family and layout, TLS."""

from __future__ import annotations

import ssl
import time
from pathlib import Path

import httpx
import pytest

from iics_client._urls import Layout, Route
from iics_client.testing import Simulator

from .raw import NO_SESSION, RawApi

pytestmark = pytest.mark.e2e

V2_ERROR_KEYS = {"@type", "code", "description", "statusCode"}


def _v2_error(response: httpx.Response, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == V2_ERROR_KEYS
    assert body["@type"] == "error"
    assert body["statusCode"] == status
    return dict(body)


def _v3_error(response: httpx.Response, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "requestId", "details"}
    assert body["error"]["details"] is None
    assert len(body["error"]["requestId"]) >= 16
    return dict(body["error"])


def test_login_returns_the_user_and_points_at_the_pod(sim: Simulator, anon: RawApi) -> None:
    response = anon.login()
    assert response.status_code == 200
    user = response.json()
    expected = sim.pod_url + ("/saas" if sim.layout.name == "iics" else "")
    assert user["serverUrl"] == expected
    assert user["@type"] == "user"
    assert user["name"] == sim.username
    assert "userName" not in user
    assert len(user["icSessionId"]) >= 22
    assert anon.login().json()["icSessionId"] != user["icSessionId"]  # every login is a new session
    assert sim.stats.logins == 2
    assert sim.live_sessions == 2


def test_wrong_credentials_are_a_403_with_ui_10000(sim: Simulator, anon: RawApi) -> None:
    body = _v2_error(anon.login(password="nope"), 403)
    assert body == {
        "@type": "error",
        "code": "UI_10000",
        "description": "User name or password is not valid.",
        "statusCode": 403,
    }
    _v2_error(anon.login(username="someone@else.com"), 403)
    missing = anon.http.post(sim.login_url + "/ma/api/v2/user/login", json={"username": sim.username})
    _v2_error(missing, 400)
    assert sim.stats.failed_logins == 2
    assert sim.stats.logins == 0


def test_v3_login_and_logout_on_the_login_host(sim: Simulator, anon: RawApi) -> None:
    response = anon.http.post(
        sim.login_url + "/saas/public/core/v3/login", json={"username": sim.username, "password": sim.password}
    )
    assert response.status_code == 200
    body = response.json()
    session_id = body["userInfo"]["sessionId"]
    assert body["products"][0]["baseApiUrl"].startswith(sim.pod_url)
    assert anon.call("list_agents", session=session_id).status_code == 200  # one session for both families
    logout = anon.http.post(sim.login_url + "/saas/public/core/v3/logout", headers={"INFA-SESSION-ID": session_id})
    assert logout.status_code == 200
    _v3_error(
        anon.http.post(sim.login_url + "/saas/public/core/v3/logout", headers={"INFA-SESSION-ID": session_id}), 401
    )
    assert anon.call("list_agents", session=session_id).status_code == 401
    bad = anon.http.post(sim.login_url + "/saas/public/core/v3/login", json={"username": sim.username, "password": "x"})
    assert _v3_error(bad, 401)["code"] == "IDS_085"


def test_401_has_the_shape_of_the_answering_family(sim: Simulator, api: RawApi) -> None:
    # v2 resource, no header / unknown session / the v3 header instead of the v2 one
    _v2_error(api.call("list_connections", session=NO_SESSION), 401)
    _v2_error(api.call("list_connections", session="x" * 22), 401)
    assert api.call("list_connections", header_name="INFA-SESSION-ID").status_code == 401
    # v3 resource: v3 shape; the v2 header does not count there
    assert _v3_error(api.call("search_objects", session=NO_SESSION), 401)["code"] == "AUTH_01"
    assert api.call("search_objects", header_name="icSessionId").status_code == 401
    # mapping tasks: v3 in the reference layout, a v2 resource (v2 header and body) in the iics layout
    answer = api.call("list_mapping_tasks", session=NO_SESSION)
    if sim.layout.name == "iics":
        _v2_error(answer, 401)
        assert api.call("list_mapping_tasks", header_name="icSessionId").status_code == 200
        assert api.call("list_mapping_tasks", header_name="INFA-SESSION-ID").status_code == 401
    else:
        _v3_error(answer, 401)
        assert api.call("list_mapping_tasks", header_name="INFA-SESSION-ID").status_code == 200
    assert sim.stats.responses_by_status[401] >= 6


def test_unknown_paths_are_404_in_the_family_shape(sim: Simulator, api: RawApi) -> None:
    v2_prefix, v2_header = api.route("list_connections")
    v3_prefix, v3_header = api.route("search_objects")
    headers = {v2_header: api.session_id or "", v3_header: api.session_id or ""}
    _v2_error(api.http.get(v2_prefix + "/no/such/resource", headers=headers), 404)
    _v3_error(api.http.get(v3_prefix + "/no-such-resource", headers=headers), 404)
    _v2_error(api.http.get(sim.login_url + "/nothing/here"), 404)
    # the pod does not serve login, and the login host does not serve the API
    assert api.http.post(sim.pod_url + "/ma/api/v2/user/login", json={}).status_code == 404
    assert api.http.get(sim.login_url + v2_prefix.removeprefix(sim.pod_url) + "/connection").status_code == 404
    # a known path with another method
    assert api.http.put(v2_prefix + "/connection", headers=headers).status_code == 405
    assert sim.stats.requests_by_operation["unknown"] >= 5


def test_logout_ends_the_session(sim: Simulator, api: RawApi) -> None:
    assert api.call("list_agents").status_code == 200
    response = api.call("logout")
    assert response.status_code == 200
    assert response.content == b""
    _v2_error(api.call("list_agents"), 401)
    _v2_error(api.call("logout"), 401)
    assert sim.stats.logouts == 1
    assert sim.stats.sessions_expired == 0  # a logout is not an expiry
    assert sim.stats.expired_sessions_hit == 0


def test_idle_sessions_expire_and_use_keeps_them_alive(layout: str) -> None:
    with Simulator(layout, session_idle_timeout=0.25) as sim:
        api = RawApi(sim)
        api.login()
        for _ in range(4):  # 0.4 s of activity, never idle for 0.25 s
            assert api.call("list_agents").status_code == 200
            time.sleep(0.1)
        time.sleep(0.35)
        assert api.call("list_agents").status_code == 401
        assert api.call("list_agents").status_code == 401
        assert sim.stats.sessions_expired == 1
        assert sim.stats.expired_sessions_hit == 1  # distinct expired sessions presented, not 401s
        api.login()
        assert api.call("list_agents").status_code == 200
        sim.session_idle_timeout = 60
        time.sleep(0.3)
        assert api.call("list_agents").status_code == 200
        api.close()


def test_expire_sessions_invalidates_every_session(sim: Simulator) -> None:
    first, second = RawApi(sim), RawApi(sim)
    first.login()
    second.login()
    assert sim.expire_sessions() == 2
    assert first.call("list_agents").status_code == 401
    assert second.call("search_objects").status_code == 401
    assert first.call("list_agents").status_code == 401
    assert sim.stats.sessions_expired == 2
    assert sim.stats.expired_sessions_hit == 2
    first.close()
    second.close()


def test_custom_layout_and_server_url() -> None:
    layout = Layout("gateway", {"v2": Route("/gw/v2", "icSessionId"), "v3": Route("/gw/v3", "INFA-SESSION-ID")})
    with Simulator(layout) as sim:
        api = RawApi(sim)
        assert api.login().json()["serverUrl"] == sim.pod_url + "/gw"
        assert api.url("list_connections") == sim.pod_url + "/gw/v2/connection"
        assert api.call("list_connections").status_code == 200
        assert api.call("search_objects").status_code == 200
        api.close()


def test_https_needs_the_simulator_ca(tmp_path: Path) -> None:
    with Simulator("iics", https=True) as sim:
        assert sim.login_url.startswith("https://127.0.0.1:")
        assert sim.ca_cert_pem.startswith(b"-----BEGIN CERTIFICATE-----")
        login = {"@type": "login", "username": sim.username, "password": sim.password}
        with httpx.Client() as untrusting, pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            untrusting.post(sim.login_url + "/ma/api/v2/user/login", json=login)
        with httpx.Client(verify=sim.ssl_context_for_clients()) as trusting:
            user = trusting.post(sim.login_url + "/ma/api/v2/user/login", json=login).json()
            assert user["serverUrl"] == sim.pod_url + "/saas"
            assert user["serverUrl"].startswith("https://")
        ca_file = tmp_path / "ca.pem"
        ca_file.write_bytes(sim.ca_cert_pem)
        api = RawApi(sim, verify=ssl.create_default_context(cafile=str(ca_file)))
        api.login()
        assert api.call("list_connections").status_code == 200
        api.close()
        # the server survived the failed handshake
        assert sim.stats.logins == 2


def test_the_simulator_is_a_context_manager_and_stops_cleanly() -> None:
    sim = Simulator()
    with pytest.raises(RuntimeError, match="not running"):
        _ = sim.login_url
    sim.start()
    url = sim.pod_url
    api = RawApi(sim)
    api.login()
    assert api.call("list_agents").status_code == 200  # leaves a keep-alive connection open
    sim.stop()
    with pytest.raises(httpx.TransportError):
        httpx.get(url + "/saas/agent", timeout=2)
    api.close()
    with pytest.raises(RuntimeError, match="https=True"):
        _ = sim.ca_cert_pem
