"""Check an installed iics-client from the outside: run by `nox -s build` and `nox -s publish_local` with the python
of a fresh venv holding only the built wheel (and its dependencies), from a directory outside the checkout.

    python tests/support/release_installed.py VERSION

Fails unless ``iics_client.__version__``, the installed distribution's metadata and VERSION (read from
overlay/iics_client/_version.py by the caller) agree, the package is the installed one (not the checkout's overlay),
and iics_client plus every generated endpoint module import.
"""

from __future__ import annotations

import importlib.metadata
import sys

from import_all import endpoint_modules  # type: ignore[import-not-found,unused-ignore]  # sys.path[0] is this folder


def main(argv: list[str]) -> int:
    (expected,) = argv
    import iics_client

    installed = importlib.metadata.version("iics-client")
    if not iics_client.__version__ == installed == expected:
        print(f"version mismatch: __version__ {iics_client.__version__}, metadata {installed}, expected {expected}")
        return 1
    if "site-packages" not in (iics_client.__file__ or ""):
        print(f"iics_client was imported from {iics_client.__file__}, not from the installed wheel")
        return 1
    modules = endpoint_modules()
    print(f"installed iics-client {installed} (__version__ and metadata agree) at {iics_client.__file__}")
    print(f"imported {len(modules)} generated endpoint modules; specs {dict(iics_client.SPEC_VERSIONS)}")
    return 0 if modules else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
