"""What a command handler gets: the parsed arguments, the output, and the process environment."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from ._output import Output

if TYPE_CHECKING:
    from .._client import IICSClient


@dataclass
class Context:
    args: argparse.Namespace
    out: Output
    env: Mapping[str, str]
    stdin: TextIO


# A command runs either with a logged-in client (most) or on its own (demo, simulator).
ClientCommand = Callable[[Context, "IICSClient"], int]
Command = Callable[[Context], int]
