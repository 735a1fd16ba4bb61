"""Promotion with iics-client: export a project with what it uses from one org, import it into another, and report
what happened to every object (a partial failure is an error that names the failed objects).

Against your orgs:  two profiles in the profiles file (README: Named orgs), then
                    IICS_FROM=dev IICS_TO=prod IICS_PROJECT=Sales [IICS_CONFLICT=OVERWRITE] python examples/promote.py
Without them the example runs against the built-in simulator, with two orgs (nothing leaves this machine).
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from pathlib import Path

from iics_client import IICSClient, IICSError, IICSImportError


def promote(source: IICSClient, target: IICSClient, project: str, conflict: str, folder: Path) -> int:
    with source, target:  # log in to both; out at the end
        export = source.export_package([(project, "PROJECT")], folder / f"{project}.zip", interval=0.5)
        print(f"Exported {len(export.objects)} objects of {project} (with their dependencies) into {export.path.name}")
        try:
            result = target.import_package(export.path, name=f"{project} promotion", conflict_resolution=conflict,
                                           interval=0.5)  # fmt: skip
        except IICSImportError as error:  # some or all objects failed: every outcome is in error.result
            print(f"Import failed: {len(error.failed)} of {len(error.result.objects)} objects")
            for failed in error.failed:
                print(f"  {failed}")
            return 1
        print(f"Imported: {len(result.succeeded)} created or overwritten, {len(result.skipped)} kept")
        for outcome in result.objects:
            print(f"  {outcome.state.value:<10} {outcome.type:<10} {outcome.path}")
        found = {obj.path for obj in target.search_objects(location=project)}
        print(f"{len(found)} objects directly in {project} in the target org")
        return 0


def main() -> int:
    conflict = os.environ.get("IICS_CONFLICT", "OVERWRITE")
    with tempfile.TemporaryDirectory() as tmp:
        try:
            if os.environ.get("IICS_FROM") and os.environ.get("IICS_TO"):
                source = IICSClient.from_profile(os.environ["IICS_FROM"])
                target = IICSClient.from_profile(os.environ["IICS_TO"])
                return promote(source, target, os.environ.get("IICS_PROJECT", "Default"), conflict, Path(tmp))
            from iics_client.testing import Simulator

            print("No IICS_FROM/IICS_TO profiles: using the local simulator with two orgs.")
            with Simulator() as sim:
                prod_user, prod_password = "release@prod.example.com", secrets.token_urlsafe(12)
                sim.add_org("prod", username=prod_user, password=prod_password, content="empty")  # an empty org
                source = IICSClient(sim.login_url, sim.username, sim.password, layout=sim.layout)
                target = IICSClient(sim.login_url, prod_user, prod_password, layout=sim.layout)
                return promote(source, target, "Sales", conflict, Path(tmp))
        except IICSError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1


if __name__ == "__main__":
    sys.exit(main())
