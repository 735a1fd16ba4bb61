"""Named orgs (profiles): one file names, per org, its login URL, username, layout and any other client setting, so
that code and the command line can say "dev" and "prod" instead of repeating them.

The file is INI (``[prod]`` sections of ``setting = value`` lines, ``#`` comments; a ``[DEFAULT]`` section applies to
every profile), at ``$IICS_PROFILES_FILE`` if set, else in the user's config directory:
``$XDG_CONFIG_HOME/iics/profiles.ini`` (``~/.config/iics/profiles.ini`` when unset) on Linux and macOS,
``%APPDATA%\\iics\\profiles.ini`` on Windows. It never holds a password: a file with a password (or any secret
field) in it is refused. The password of profile NAME comes from ``IICS_PASSWORD_<NAME>``, then ``IICS_PASSWORD``,
then, for a profile with ``keyring = true``, the OS keyring (the ``keyring`` extra: service ``iics-client/<NAME>``,
user the profile's username); the command line also reads stdin or asks.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._config import (
    ENV_PASSWORD,
    ENV_PROFILE,
    ENV_PROFILES_FILE,
    SETTING_NAMES,
    profile_password_variable,
    setting_from_text,
)
from ._exceptions import IICSConfigurationError
from ._secrets import is_secret_key

if TYPE_CHECKING:
    from typing_extensions import Self

FILE_NAME = "profiles.ini"
KEYRING_SERVICE = "iics-client/{profile}"
# Keys of a profile that are not client settings.
KEYRING_KEY = "keyring"
_PROFILE_KEYS = frozenset(SETTING_NAMES - {"password"}) | {KEYRING_KEY}


def profiles_path(env: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """Where the profiles file is: $IICS_PROFILES_FILE, else the user's config directory (XDG on Linux and macOS,
    %APPDATA% on Windows)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if env.get(ENV_PROFILES_FILE):
        return Path(env[ENV_PROFILES_FILE]).expanduser()
    if platform.startswith("win"):
        base = Path(env["APPDATA"]) if env.get("APPDATA") else Path.home() / "AppData" / "Roaming"
    else:
        base = Path(env["XDG_CONFIG_HOME"]) if env.get("XDG_CONFIG_HOME") else Path.home() / ".config"
    return base / "iics" / FILE_NAME


@dataclass(frozen=True)
class Profile:
    """One named org: its client settings (``login_url``, ``username``, ``layout``, ``timeout``...) and whether its
    password is in the OS keyring."""

    name: str
    settings: Mapping[str, Any]
    keyring: bool = False
    source: Path | None = field(default=None, compare=False)

    @property
    def password_variable(self) -> str:
        return profile_password_variable(self.name)


def load_profiles(path: Path | None = None, env: Mapping[str, str] | None = None) -> dict[str, Profile]:
    """Every profile of the file (IICSConfigurationError for a file that cannot be read, holds a secret, or names
    an unknown setting; the message never shows a value)."""
    import configparser  # here: `import iics_client` does not pay for it

    path = profiles_path(env) if path is None else Path(path)
    parser = configparser.ConfigParser(interpolation=None, default_section="DEFAULT")
    try:
        with path.open(encoding="utf-8") as handle:
            parser.read_file(handle)
    except FileNotFoundError:
        raise IICSConfigurationError(f"no profiles file at {path} (see README: Named orgs)") from None
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        raise IICSConfigurationError(f"cannot read the profiles file {path}: {type(exc).__name__}") from None
    for section in [parser.default_section, *parser.sections()]:
        for key in parser[section] if section != parser.default_section else parser.defaults():
            if is_secret_key(key.replace("-", "_")) or is_secret_key(key.replace("-", "").replace("_", "")):
                raise IICSConfigurationError(
                    f"the profiles file {path} holds a secret ({key!r} in [{section}]): remove it. Passwords never go "
                    f"in that file: use IICS_PASSWORD_<PROFILE>, {ENV_PASSWORD}, the OS keyring (keyring = true), "
                    "stdin or a prompt"
                )
    profiles = {}
    for name in parser.sections():
        settings: dict[str, Any] = {}
        keyring = False
        for key, text in parser[name].items():
            setting = key.replace("-", "_")
            if setting not in _PROFILE_KEYS:
                raise IICSConfigurationError(
                    f"the profiles file {path}: [{name}] has an unknown setting {key!r}; known: {sorted(_PROFILE_KEYS)}"
                )
            if setting == KEYRING_KEY:
                keyring = _flag(path, name, key, text)
            else:
                try:
                    settings[setting] = setting_from_text(setting, text)
                except IICSConfigurationError as error:
                    raise IICSConfigurationError(f"the profiles file {path}: [{name}] {error.message}") from None
        profiles[name] = Profile(name, settings, keyring, path)
    return profiles


def _flag(path: Path, section: str, key: str, text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("true", "yes", "on", "1"):
        return True
    if lowered in ("false", "no", "off", "0"):
        return False
    raise IICSConfigurationError(f"the profiles file {path}: [{section}] {key} must be true or false")


def selected_profile(name: str | None, env: Mapping[str, str] | None = None) -> str | None:
    """The profile asked for: ``name``, else $IICS_PROFILE, else None."""
    env = os.environ if env is None else env
    return name or env.get(ENV_PROFILE) or None


def get_profile(name: str, path: Path | None = None, env: Mapping[str, str] | None = None) -> Profile:
    profiles = load_profiles(path, env)
    if name not in profiles:
        where = path if path is not None else profiles_path(env)
        raise IICSConfigurationError(f"no profile {name!r} in {where}; profiles there: {sorted(profiles) or 'none'}")
    return profiles[name]


def password_for(profile: Profile, env: Mapping[str, str] | None = None) -> str | None:
    """The profile's password from IICS_PASSWORD_<NAME>, then IICS_PASSWORD, then (``keyring = true``) the OS
    keyring; None when none of them has one."""
    env = os.environ if env is None else env
    for variable in (profile.password_variable, ENV_PASSWORD):
        if env.get(variable):
            return env[variable]
    if profile.keyring:
        return keyring_password(profile)
    return None


def keyring_password(profile: Profile) -> str | None:
    """The password stored in the OS keyring for this profile (service ``iics-client/<NAME>``, the username)."""
    try:
        keyring: Any = importlib.import_module("keyring")
    except ImportError:
        raise IICSConfigurationError(
            f"profile {profile.name!r} keeps its password in the OS keyring (keyring = true), but the keyring "
            "package is not installed: pip install 'iics-client[keyring]'"
        ) from None
    username = profile.settings.get("username")
    if not username:
        raise IICSConfigurationError(f"profile {profile.name!r}: the keyring needs the profile's username")
    try:
        password = keyring.get_password(KEYRING_SERVICE.format(profile=profile.name), username)
    except Exception as exc:  # a keyring backend can fail in many ways (locked, no backend, D-Bus...)
        raise IICSConfigurationError(
            f"profile {profile.name!r}: the OS keyring could not be read ({type(exc).__name__})"
        ) from None
    return password if isinstance(password, str) and password else None


class ProfileConstructors:
    """``from_profile``, mixed into both clients."""

    @classmethod
    def from_profile(
        cls,
        name: str | None = None,
        *,
        password: str | None = None,
        path: str | os.PathLike[str] | None = None,
        **settings: Any,
    ) -> Self:
        """A client for a named org of the profiles file (``name``, else $IICS_PROFILE). Its password: ``password``,
        else IICS_PASSWORD_<NAME>, else IICS_PASSWORD, else the OS keyring (a profile with ``keyring = true``).
        Keyword arguments override the profile's settings; ``path`` reads another profiles file."""
        chosen = selected_profile(name)
        if not chosen:
            raise IICSConfigurationError(f"which profile? pass a name or set {ENV_PROFILE}")
        profile = get_profile(chosen, Path(path) if path is not None else None)
        unknown = sorted(set(settings) - SETTING_NAMES)
        if unknown:
            raise IICSConfigurationError(f"unknown setting(s) {unknown}; the settings are {sorted(SETTING_NAMES)}")
        merged = {**profile.settings, **settings}
        secret = password or password_for(profile)
        if not secret:
            raise IICSConfigurationError(
                f"no password for profile {chosen!r}: set {profile.password_variable} (or {ENV_PASSWORD})"
                + (", or store it in the OS keyring" if profile.keyring else ", or set keyring = true in its profile")
                + ", or pass password="
            )
        for required in ("login_url", "username"):
            if not merged.get(required):
                raise IICSConfigurationError(f"profile {chosen!r} has no {required}")
        return cls(password=secret, **merged)  # type: ignore[call-arg]  # the clients' constructor


__all__ = [
    "KEYRING_SERVICE",
    "Profile",
    "ProfileConstructors",
    "get_profile",
    "load_profiles",
    "password_for",
    "profiles_path",
    "selected_profile",
]
