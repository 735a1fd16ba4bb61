"""The ``iics`` command line (``iics --help``). Not imported by ``import iics_client``.

Modules: _args (the parser), _config (credentials), _output (tables and JSON), _progress (the wait display),
_commands / _jobs / _local (the commands), _exit (exit codes), _app (main).
"""

from __future__ import annotations

from ._app import main
from ._exit import ExitCode

__all__ = ["ExitCode", "main"]
