"""Settings: regions, URLs, layouts, environment; bad input fails clearly before any network call."""

from __future__ import annotations

import httpx
import pytest
import respx

from iics_client import AsyncIICSClient, IICSClient, IICSConfigurationError, IICSError
from iics_client._urls import resolve_login_origin


@pytest.mark.parametrize(
    ("value", "origin"),
    [
        ("us", "https://dm-us.informaticacloud.com"),
        ("US", "https://dm-us.informaticacloud.com"),
        ("em", "https://dm-em.informaticacloud.com"),
        ("emea", "https://dm-em.informaticacloud.com"),
        ("ap", "https://dm-ap.informaticacloud.com"),
        ("apj", "https://dm-ap.informaticacloud.com"),
        ("uk", "https://dm-uk.informaticacloud.com"),
        ("na", "https://dm-na.informaticacloud.com"),
        ("dm1-apse", "https://dm1-apse.informaticacloud.com"),
        ("dm1-us.informaticacloud.com", "https://dm1-us.informaticacloud.com"),
        ("https://dm-em.informaticacloud.com/ma/api/v2/user/login", "https://dm-em.informaticacloud.com"),
        ("https://login.example.com:8443", "https://login.example.com:8443"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("localhost:9000", "https://localhost:9000"),
    ],
)
def test_login_url_aliases_hosts_and_urls(value: str, origin: str) -> None:
    assert resolve_login_origin(value) == origin


@pytest.mark.parametrize(
    "value", ["jp", "mars", "http://dm-us.informaticacloud.com", "ftp://x.example.com", "https://"]
)
def test_bad_login_urls_fail_before_any_network_call(value: str) -> None:
    with respx.mock(assert_all_mocked=True) as mock:
        with pytest.raises(IICSConfigurationError) as caught:
            IICSClient(login_url=value, username="u", password="p")
        assert not mock.calls
    assert isinstance(caught.value, IICSError)
    assert isinstance(caught.value, ValueError)


def test_unknown_region_names_the_known_ones() -> None:
    with pytest.raises(IICSConfigurationError, match=r"unknown IICS region 'jp'.*us"):
        IICSClient(login_url="jp", username="u", password="p")


@pytest.mark.parametrize(
    "settings",
    [
        {"username": ""},
        {"password": ""},
        {"max_retries": -1},
        {"max_reauth_attempts": -1},
        {"timeout": 0},
        {"max_connections": 0},
        {"layout": "nonsense"},
    ],
)
def test_bad_settings(settings: dict[str, object]) -> None:
    args = {"login_url": "us", "username": "u", "password": "p", **settings}
    with pytest.raises(IICSConfigurationError):
        IICSClient(**args)  # type: ignore[arg-type]


def test_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IICS_USERNAME", "env-user")
    monkeypatch.setenv("IICS_PASSWORD", "env-pass")
    monkeypatch.setenv("IICS_LOGIN_URL", "em")
    monkeypatch.setenv("IICS_LAYOUT", "iics")
    client = IICSClient.from_env(max_retries=1)
    assert client.login_url == "https://dm-em.informaticacloud.com"
    assert client.layout is not None
    assert client.layout.name == "iics"
    assert "env-user" in repr(client)
    async_client = AsyncIICSClient.from_env()
    assert isinstance(async_client, AsyncIICSClient)


def test_from_env_defaults_to_us(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IICS_USERNAME", "u")
    monkeypatch.setenv("IICS_PASSWORD", "p")
    monkeypatch.delenv("IICS_LOGIN_URL", raising=False)
    monkeypatch.delenv("IICS_LAYOUT", raising=False)
    client = IICSClient.from_env()
    assert client.login_url == "https://dm-us.informaticacloud.com"
    assert client.layout is None  # "auto": the first login's serverUrl decides
    assert client._auth.layout_setting is None


def test_from_env_names_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IICS_USERNAME", raising=False)
    monkeypatch.setenv("IICS_PASSWORD", "p")
    with pytest.raises(IICSConfigurationError, match="IICS_USERNAME"):
        IICSClient.from_env()


def test_http2_needs_h2(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_h2(name: str, *args: object, **kwargs: object) -> object:
        if name == "h2":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_h2)
    with pytest.raises(IICSConfigurationError, match=r"iics-client\[http2\]"):
        IICSClient("us", "u", "p", http2=True)


def test_http2_with_h2_installed() -> None:
    client = IICSClient("us", "u", "p", http2=True)
    assert client._settings.http2


def test_layout_validation() -> None:
    from iics_client import Layout, Route

    with pytest.raises(IICSConfigurationError, match="no route"):
        Layout("half", {"v2": Route("/a", "h")})
    with pytest.raises(IICSConfigurationError, match="unknown families"):
        Layout("odd", {"v2": Route("/a", "h"), "v3": Route("/b", "h")}, {"op": "v9"})
    layout = Layout("ok", {"v2": Route("/a", "h"), "v3": Route("/b", "h")})
    with pytest.raises(IICSConfigurationError, match="no route for API family 'v9'"):
        layout.route("v9")


def test_generated_clients_share_the_pool(mock: respx.MockRouter) -> None:
    """client.v2 / client.v3 let generated endpoint functions use the session, routing and retries."""
    from iics_client.v3.api.objects import search_objects
    from tests.unit.conftest import POD, mock_login

    mock_login(mock)
    route = mock.get(POD + "/api/v2/objects").mock(return_value=httpx.Response(200, json={"count": 0, "objects": []}))
    client = IICSClient("us", "u", "p")
    assert client.v2.get_httpx_client() is client.v3.get_httpx_client()
    result = search_objects.sync(client=client.v3, q="type=='MTT'")
    assert result is not None
    assert route.calls.last.request.headers["INFA-SESSION-ID"] == "S1"


@pytest.mark.parametrize(
    ("settings", "named"),
    [
        ({"timeout": "30"}, "timeout"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"http2": "yes"}, "http2"),
        ({"layout": 5}, "layout"),
        ({"layout": "nope"}, "layout"),
        ({"verify": 5}, "verify"),
        ({"verify": "/no/such/ca-bundle.pem"}, "verify"),
        ({"verify": __file__}, "verify"),  # a file, but not CA certificates
        ({"login_url": 5}, "login_url"),
        ({"retry_max_wait": "soon"}, "retry_max_wait"),
    ],
)
def test_a_wrong_typed_setting_names_the_setting(settings: dict[str, object], named: str) -> None:
    args = {"login_url": "us", "username": "u", "password": "p", **settings}
    with pytest.raises(IICSConfigurationError, match=named):
        IICSClient(**args)  # type: ignore[arg-type]
