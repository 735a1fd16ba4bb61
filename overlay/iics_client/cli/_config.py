"""Where the command line's credentials and settings come from: options, IICS_* variables, or a prompt.

The password is never an option (it would show in ``ps`` and shell history): it comes from IICS_PASSWORD,
``--password-stdin``, or a getpass prompt (not echoed) when stdin is a terminal.
"""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TextIO

from .._client import IICSClient
from .._config import DEFAULT_LAYOUT, DEFAULT_LOGIN_URL, ENV_LAYOUT, ENV_LOGIN_URL, ENV_PASSWORD, ENV_USERNAME
from .._terminal import is_terminal


class MissingCredentialsError(Exception):
    """No username or password, and no terminal to ask at."""


@dataclass(frozen=True)
class Settings:
    login_url: str
    username: str
    password: str = field(repr=False)
    layout: str

    def client(self) -> IICSClient:
        return IICSClient(self.login_url, self.username, self.password, layout=self.layout)


def resolve(args: argparse.Namespace, env: Mapping[str, str], stdin: TextIO, stderr: TextIO) -> Settings:
    """The settings of this run: options first, then the IICS_* environment variables, then a prompt."""
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


def _ask(stdin: TextIO, stderr: TextIO, prompt: str) -> str:
    stderr.write(prompt)  # the prompt goes to stderr so that stdout stays clean for --json
    stderr.flush()
    return stdin.readline().strip()
