"""Items 3 and 4 of issue 12: loopback is an IP literal (127.0.0.0/8, ::1) or exactly ``localhost``, nothing else
gets plain http; the login never follows a redirect (its body holds the password); pod redirects keep the session
header on the pod only, and never go from https to http.
"""

from __future__ import annotations

import httpx
import pytest
import respx

from iics_client import IICSAuthError, IICSClient, IICSConfigurationError
from tests.unit.conftest import LOGIN, POD, Runner, login_body, mock_login

EVIL = "https://evil.example.com/collect"
FIGURES: list[str] = []


@pytest.mark.parametrize(
    "login_url",
    [
        "http://127.0.0.1.evil.example.com",
        "http://127.evil.example.com:8080",
        "http://127.0.0.1.nip.io",
        "http://localhost.evil.example.com",
        "http://evil.example.com",
        "http://0.0.0.0",
        "http://[::ffff:8.8.8.8]",
    ],
)
def test_names_that_only_look_like_loopback_get_no_plain_http(login_url: str) -> None:
    with pytest.raises(IICSConfigurationError, match="https"):
        IICSClient(login_url, "u", "p")


@pytest.mark.parametrize(
    "login_url", ["http://127.0.0.1:8080", "http://127.255.0.9", "http://localhost:1", "http://[::1]:1"]
)
def test_loopback_may_use_plain_http(login_url: str) -> None:
    IICSClient(login_url, "u", "p").close()


def test_a_server_url_that_only_looks_like_loopback_is_refused(runner: Runner, mock: respx.MockRouter) -> None:
    mock.post(LOGIN).mock(return_value=httpx.Response(200, json=login_body("S", "http://127.0.0.1.evil.example.com")))
    leak = mock.get(url__startswith="http://127.0.0.1.evil.example.com").mock(return_value=httpx.Response(200))
    client = runner.client()
    with pytest.raises(IICSAuthError, match="serverUrl"):
        runner(client, "list_connections")
    assert leak.call_count == 0


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("target", [EVIL, "http://dm-us.informaticacloud.com/ma/api/v2/user/login"])
@pytest.mark.parametrize("how", ["explicit", "first call"])
def test_the_login_is_never_redirected(
    runner: Runner, mock: respx.MockRouter, status: int, target: str, how: str
) -> None:
    mock.post(LOGIN).mock(return_value=httpx.Response(status, headers={"Location": target}))
    elsewhere = mock.route(url=target).mock(return_value=httpx.Response(200, json=login_body()))
    client = runner.client()
    with pytest.raises((IICSAuthError, IICSConfigurationError)) as caught:
        runner(client, "login" if how == "explicit" else "list_connections")
    assert elsewhere.call_count == 0  # the password went nowhere else
    host = httpx.URL(target).host
    assert host in str(caught.value)  # the error names the target
    FIGURES.append(f"login {status} -> {target} ({how}): {type(caught.value).__name__}, 0 requests to the target")


def test_a_pod_redirect_to_another_host_carries_no_session(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.get(POD + "/saas/connection").mock(return_value=httpx.Response(307, headers={"Location": EVIL}))
    elsewhere = mock.get(EVIL).mock(return_value=httpx.Response(200, json=[]))
    runner(runner.client(), "list_connections")
    sent = elsewhere.calls.last.request.headers
    assert "icSessionId" not in sent
    assert "INFA-SESSION-ID" not in sent


@pytest.mark.parametrize("target", ["http://usw3.dm-us.informaticacloud.com/saas/connection", "http://127.0.0.1/x"])
def test_a_pod_redirect_from_https_to_http_is_refused(runner: Runner, mock: respx.MockRouter, target: str) -> None:
    mock_login(mock)
    mock.get(POD + "/saas/connection").mock(return_value=httpx.Response(302, headers={"Location": target}))
    downgraded = mock.route(url__startswith=target.rsplit("/", 1)[0]).mock(return_value=httpx.Response(200, json=[]))
    with pytest.raises(IICSConfigurationError) as caught:
        runner(runner.client(), "list_connections")
    assert downgraded.call_count == 0
    assert httpx.URL(target).host in str(caught.value)
    FIGURES.append(f"pod 302 -> {target}: {type(caught.value).__name__}, 0 requests over http")


def test_print_the_redirect_figures() -> None:
    """Runs last in this module: the table of what each redirect case did."""
    print("\n" + "\n".join(sorted(set(FIGURES))))
