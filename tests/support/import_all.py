"""Import iics_client and every generated endpoint module from wherever Python finds the package.

Used by `nox -s build` inside a fresh venv with only the built wheel installed; also imported by the tests.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from types import ModuleType

FAMILIES = ("v2", "v3", "taskflow")  # the generated packages (spec/<family>.yaml)


def endpoint_modules() -> list[ModuleType]:
    """Every generated endpoint module (iics_client.<family>.api.<tag>.<operation>)."""
    modules = []
    for family in FAMILIES:
        api = importlib.import_module(f"iics_client.{family}.api")
        for tag in pkgutil.iter_modules(api.__path__):
            package = importlib.import_module(f"{api.__name__}.{tag.name}")
            for operation in pkgutil.iter_modules(package.__path__):
                modules.append(importlib.import_module(f"{package.__name__}.{operation.name}"))
    return modules


def main() -> int:
    import iics_client

    modules = endpoint_modules()
    print(f"iics_client {iics_client.__version__} from {iics_client.__file__}")
    print(f"imported {len(modules)} generated endpoint modules; specs {dict(iics_client.SPEC_VERSIONS)}")
    return 0 if modules else 1


if __name__ == "__main__":
    sys.exit(main())
