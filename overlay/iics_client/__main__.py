"""``python -m iics_client``: the ``iics`` command line."""

from __future__ import annotations

import sys

from iics_client.cli import main

if __name__ == "__main__":
    sys.exit(main())
