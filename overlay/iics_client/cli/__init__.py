"""The ``iics`` command line (``iics --help``). Not imported by ``import iics_client``.

Modules: _args (the parser), _config (credentials), _output (results as tables or JSON; tables and the progress
line come from iics_client._terminal, shared with the demo),
_commands / _jobs / _local (the commands), _exit (exit codes), _app (main).
"""

from __future__ import annotations

from ._app import main
from ._exit import ExitCode

__all__ = ["ExitCode", "main"]
