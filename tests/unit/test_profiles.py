"""Named orgs: where the profiles file is, what it may hold (never a password), and where a profile's password comes
from (IICS_PASSWORD_<NAME>, IICS_PASSWORD, the OS keyring), for the library and the command line."""

from __future__ import annotations

import argparse
import io
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from iics_client import AsyncIICSClient, IICSClient, IICSConfigurationError, load_profiles, profiles_path
from iics_client._config import profile_password_variable, setting_from_text
from iics_client.cli._config import MissingCredentialsError, resolve

PROFILES = """\
# two orgs
[DEFAULT]
layout = iics
timeout = 45

[dev]
login_url = us
username = ci@dev.example.com

[prod]
login-url = https://dm-em.informaticacloud.com
username = release@example.com
max_retries = 5
http2 = no
keyring = true
"""


@pytest.fixture
def profiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "profiles.ini"
    path.write_text(PROFILES)
    monkeypatch.setenv("IICS_PROFILES_FILE", str(path))
    for name in ("IICS_PASSWORD", "IICS_PASSWORD_DEV", "IICS_PASSWORD_PROD", "IICS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    return path


def test_where_the_file_is(tmp_path: Path) -> None:
    home = Path.home()
    assert profiles_path({}, "linux") == home / ".config" / "iics" / "profiles.ini"
    assert profiles_path({"XDG_CONFIG_HOME": "/x"}, "darwin") == Path("/x/iics/profiles.ini")
    assert profiles_path({"APPDATA": str(tmp_path)}, "win32") == tmp_path / "iics" / "profiles.ini"
    assert profiles_path({}, "win32") == home / "AppData" / "Roaming" / "iics" / "profiles.ini"
    assert profiles_path({"IICS_PROFILES_FILE": "~/p.ini", "XDG_CONFIG_HOME": "/x"}, "linux") == home / "p.ini"


def test_profiles_are_typed_and_share_defaults(profiles: Path) -> None:
    loaded = load_profiles(profiles)
    assert set(loaded) == {"dev", "prod"}
    assert dict(loaded["dev"].settings) == {
        "layout": "iics",
        "timeout": 45.0,
        "login_url": "us",
        "username": "ci@dev.example.com",
    }
    prod = loaded["prod"]
    assert prod.settings["login_url"] == "https://dm-em.informaticacloud.com"  # dashes or underscores
    assert (prod.settings["max_retries"], prod.settings["http2"], prod.keyring) == (5, False, True)
    assert prod.password_variable == "IICS_PASSWORD_PROD"
    assert profile_password_variable("eu-west.2") == "IICS_PASSWORD_EU_WEST_2"


@pytest.mark.parametrize(
    "line", ["password = hunter2", "Password=hunter2", "proxy-password = hunter2", "ic_session_id = hunter2"]
)
def test_a_file_with_a_secret_is_refused(tmp_path: Path, line: str) -> None:
    path = tmp_path / "p.ini"
    path.write_text(f"[dev]\nlogin_url = us\n{line}\n")
    with pytest.raises(IICSConfigurationError, match="holds a secret") as caught:
        load_profiles(path)
    assert "hunter2" not in str(caught.value)


def test_a_secret_in_defaults_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "p.ini"
    path.write_text("[DEFAULT]\npassword = hunter2\n[dev]\nlogin_url = us\n")
    with pytest.raises(IICSConfigurationError, match=r"'password' in \[DEFAULT\]"):
        load_profiles(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[dev]\nlogin_url = us\ncolour = blue\n", "unknown setting 'colour'"),
        ("[dev]\ntimeout = soon\n", "timeout must be a float"),
        ("[dev]\nkeyring = maybe\n", "keyring must be true or false"),
        ("no section\n", "cannot read the profiles file"),
    ],
)
def test_bad_files_say_why(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "p.ini"
    path.write_text(text)
    with pytest.raises(IICSConfigurationError, match=message):
        load_profiles(path)


def test_missing_file_and_profile(profiles: Path, tmp_path: Path) -> None:
    with pytest.raises(IICSConfigurationError, match="no profiles file"):
        load_profiles(tmp_path / "none.ini")
    with pytest.raises(IICSConfigurationError, match=r"no profile 'qa'.*\['dev', 'prod'\]"):
        IICSClient.from_profile("qa")


def test_setting_from_text() -> None:
    assert setting_from_text("verify", "false") is False
    assert setting_from_text("verify", "/etc/ssl/ca.pem") == "/etc/ssl/ca.pem"
    assert setting_from_text("max_connections", " 50 ") == 50
    with pytest.raises(IICSConfigurationError):
        setting_from_text("password", "x")


@pytest.mark.parametrize("kind", [IICSClient, AsyncIICSClient])
def test_from_profile(profiles: Path, monkeypatch: pytest.MonkeyPatch, kind: type[Any]) -> None:
    monkeypatch.setenv("IICS_PASSWORD", "generic")
    monkeypatch.setenv("IICS_PASSWORD_DEV", "dev-secret")
    client = kind.from_profile("dev", timeout=10)
    assert client.login_url == "https://dm-us.informaticacloud.com"
    assert client.layout.name == "iics"
    assert client._settings.timeout == 10  # keyword arguments win over the profile
    assert client._settings.password == "dev-secret"  # IICS_PASSWORD_<NAME> before IICS_PASSWORD
    assert "dev-secret" not in repr(client)
    monkeypatch.setenv("IICS_PROFILE", "dev")
    monkeypatch.delenv("IICS_PASSWORD_DEV")
    assert kind.from_profile()._settings.password == "generic"  # $IICS_PROFILE names it
    assert kind.from_profile(password="given")._settings.password == "given"


def test_from_profile_needs_a_name_and_a_password(profiles: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(IICSConfigurationError, match="which profile"):
        IICSClient.from_profile()
    with pytest.raises(IICSConfigurationError, match="set IICS_PASSWORD_DEV"):
        IICSClient.from_profile("dev")
    with pytest.raises(IICSConfigurationError, match="unknown setting"):
        IICSClient.from_profile("dev", password="x", colour="blue")


class _FakeKeyring(types.ModuleType):
    def __init__(self, stored: dict[tuple[str, str], str]) -> None:
        super().__init__("keyring")
        self.stored = stored
        self.asked: list[tuple[str, str]] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.asked.append((service, username))
        return self.stored.get((service, username))


def test_the_keyring(profiles: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _FakeKeyring({("iics-client/prod", "release@example.com"): "from-keyring"})
    monkeypatch.setitem(sys.modules, "keyring", fake)
    client = IICSClient.from_profile("prod")
    assert client._settings.password == "from-keyring"
    assert fake.asked == [("iics-client/prod", "release@example.com")]
    monkeypatch.setenv("IICS_PASSWORD_PROD", "env-first")
    assert IICSClient.from_profile("prod")._settings.password == "env-first"  # the environment wins
    assert len(fake.asked) == 1
    fake.stored.clear()
    monkeypatch.delenv("IICS_PASSWORD_PROD")
    with pytest.raises(IICSConfigurationError, match="store it in the OS keyring"):
        IICSClient.from_profile("prod")


def test_keyring_not_installed_or_broken(profiles: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # import keyring -> ImportError
    with pytest.raises(IICSConfigurationError, match=r"pip install 'iics-client\[keyring\]'"):
        IICSClient.from_profile("prod")
    broken = _FakeKeyring({})
    broken.get_password = lambda *_: (_ for _ in ()).throw(RuntimeError("locked"))  # type: ignore[method-assign]
    monkeypatch.setitem(sys.modules, "keyring", broken)
    with pytest.raises(IICSConfigurationError, match="could not be read"):
        IICSClient.from_profile("prod")


def _args(**given: Any) -> argparse.Namespace:
    values = {"username": None, "login_url": None, "layout": None, "password_stdin": False, "profile": None}
    return argparse.Namespace(**{**values, **given})


def test_cli_settings_from_a_profile(profiles: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"IICS_PROFILES_FILE": str(profiles), "IICS_PASSWORD_DEV": "dev-secret", "IICS_USERNAME": "ignored"}
    settings = resolve(_args(profile="dev"), env, io.StringIO(""), io.StringIO())
    assert (settings.login_url, settings.username, settings.layout) == ("us", "ci@dev.example.com", "iics")
    assert settings.password == "dev-secret"
    assert dict(settings.extra) == {"timeout": 45.0}
    # options win over the profile; IICS_PROFILE selects it; --password-stdin reads one line
    env["IICS_PROFILE"] = "dev"
    chosen = resolve(_args(layout="reference", password_stdin=True), env, io.StringIO("piped\n"), io.StringIO())
    assert (chosen.layout, chosen.password, chosen.profile) == ("reference", "piped", "dev")
    with pytest.raises(MissingCredentialsError, match="IICS_PASSWORD_DEV"):
        resolve(_args(profile="dev"), {"IICS_PROFILES_FILE": str(profiles)}, io.StringIO(""), io.StringIO())
