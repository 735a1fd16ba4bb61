"""Write the facts templates need that openapi-python-client does not hand them: `nox -s generate` runs this into
its copy of templates/ before generating, and templates import it (``{% from "context.jinja" import ... %}``).

- ``CLIENT_PLANS``: the operation ids the spec marks ``x-client-plan: true`` (the generator drops ``x-`` extensions):
  the overlay writes a multi-step method for them, so api_init.py.jinja generates no plain method.
- ``SECRET_FIELDS``: the JSON fields whose values never show in a repr, from overlay/iics_client/_secrets.py (the
  one list of secret names).

Usage: python templates/context.py SPEC SECRETS_MODULE OUT
"""

from __future__ import annotations

import json
import runpy
import sys

import yaml

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def main(spec_path: str, secrets_path: str, out_path: str) -> int:
    with open(spec_path, encoding="utf-8") as handle:
        spec = yaml.safe_load(handle)
    plans = sorted(
        operation["operationId"]
        for item in spec.get("paths", {}).values()
        for method, operation in item.items()
        if method in METHODS and operation.get("x-client-plan") is True
    )
    secrets = list(runpy.run_path(secrets_path)["SECRET_FIELDS"])
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("{# written by templates/context.py: do not edit #}\n")
        out.write(f"{{% set CLIENT_PLANS = {json.dumps(plans)} %}}\n")
        out.write(f"{{% set SECRET_FIELDS = {json.dumps(secrets)} %}}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
