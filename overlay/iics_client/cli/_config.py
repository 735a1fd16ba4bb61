"""Where the command line's credentials and settings come from: options, a named org (``--profile`` / IICS_PROFILE,
see iics_client._profiles), IICS_* variables, or a prompt.

The password is never an option (it would show in ``ps`` and shell history): it comes from ``--password-stdin``,
IICS_PASSWORD_<PROFILE> (with a profile), IICS_PASSWORD, the OS keyring (a profile with ``keyring = true``), or a
getpass prompt (not echoed) when stdin is a terminal.
"""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TextIO

from .._client import IICSClient
from .._config import DEFAULT_LAYOUT, DEFAULT_LOGIN_URL, ENV_LAYOUT, ENV_LOGIN_URL, ENV_PASSWORD, ENV_USERNAME
from .._profiles import Profile, get_profile, password_for, selected_profile
from .._terminal import is_terminal


class MissingCredentialsError(Exception):
    """No username or password, and no terminal to ask at."""


@dataclass(frozen=True)
class Settings:
    login_url: str
    username: str
    password: str = field(repr=False)
    layout: str
    extra: Mapping[str, Any] = field(default_factory=dict)  # a profile's other client settings (timeout, ...)
    profile: str | None = None

    def client(self) -> IICSClient:
        return IICSClient(self.login_url, self.username, self.password, layout=self.layout, **self.extra)


def resolve(args: argparse.Namespace, env: Mapping[str, str], stdin: TextIO, stderr: TextIO) -> Settings:
    """The settings of this run: options first, then the profile (--profile, else IICS_PROFILE) if one is named,
    then the IICS_* environment variables, then a prompt."""
    name = selected_profile(getattr(args, "profile", None), env)
    if name:
        return resolve_profile(name, args, env, stdin, stderr)
    interactive = is_terminal(stdin)
    password_stdin = bool(getattr(args, "password_stdin", False))
    username = args.username or env.get(ENV_USERNAME, "")
    if not username:
        if not interactive or password_stdin:
            raise MissingCredentialsError("no username: set IICS_USERNAME or pass --username")
        username = _ask(stdin, stderr, "IICS username: ")
        if not username:
            raise MissingCredentialsError("no username given")
    if password_stdin:
        password = stdin.readline().rstrip("\r\n")
        if not password:
            raise MissingCredentialsError("--password-stdin: stdin held no password")
    else:
        password = env.get(ENV_PASSWORD, "")
        if not password and interactive:
            password = getpass.getpass(f"IICS password for {username}: ", stream=stderr)
        if not password:
            raise MissingCredentialsError(
                "no password: set IICS_PASSWORD, pipe it to --password-stdin, or run in a terminal"
            )
    return Settings(
        login_url=args.login_url or env.get(ENV_LOGIN_URL) or DEFAULT_LOGIN_URL,
        username=username,
        password=password,
        layout=args.layout or env.get(ENV_LAYOUT) or DEFAULT_LAYOUT,
    )


def resolve_profile(
    name: str, args: argparse.Namespace, env: Mapping[str, str], stdin: TextIO, stderr: TextIO
) -> Settings:
    """The settings of a named org: options first, then the profile; its password from --password-stdin (one line),
    IICS_PASSWORD_<NAME>, IICS_PASSWORD, the keyring, or a prompt."""
    profile = get_profile(name, env=env)
    settings = dict(profile.settings)
    username = getattr(args, "username", None) or settings.pop("username", "")
    settings.pop("username", None)
    interactive = is_terminal(stdin)
    if not username:
        raise MissingCredentialsError(f"profile {name!r} names no username (add username = ... or pass --username)")
    if getattr(args, "password_stdin", False):
        password = stdin.readline().rstrip("\r\n")
        if not password:
            raise MissingCredentialsError(f"--password-stdin: stdin held no password for profile {name!r}")
    else:
        password = password_for(profile, env) or ""
        if not password and interactive:
            password = getpass.getpass(f"IICS password for {username} (profile {name}): ", stream=stderr)
        if not password:
            raise MissingCredentialsError(_no_password(profile))
    return Settings(
        login_url=getattr(args, "login_url", None) or settings.pop("login_url", None) or DEFAULT_LOGIN_URL,
        username=username,
        password=password,
        layout=getattr(args, "layout", None) or settings.pop("layout", None) or DEFAULT_LAYOUT,
        extra={key: value for key, value in settings.items() if key not in ("login_url", "layout")},
        profile=name,
    )


def _no_password(profile: Profile) -> str:
    where = f"set {profile.password_variable} (or {ENV_PASSWORD})"
    where += ", store it in the OS keyring" if profile.keyring else ""
    return f"no password for profile {profile.name!r}: {where}, pipe it to --password-stdin, or run in a terminal"


def _ask(stdin: TextIO, stderr: TextIO, prompt: str) -> str:
    stderr.write(prompt)  # the prompt goes to stderr so that stdout stays clean for --json
    stderr.flush()
    return stdin.readline().strip()
