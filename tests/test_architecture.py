"""The shape of the package (README, Design): the import graph of overlay/iics_client has no cycle among the modules'
top-level imports, the library never imports the command line (only the CLI imports the library and the demo), and
`import iics_client` loads neither the CLI, the simulator, nor an integration."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "overlay" / "iics_client"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(path: Path) -> Iterator[tuple[str, bool]]:
    """(imported iics_client module, at top level?) for every import the module runs (not `if TYPE_CHECKING:`)."""
    tree = ast.parse(path.read_text())
    typing_only = {
        id(node)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
        for node in ast.walk(block)
    }
    top = {id(node) for node in tree.body}
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or id(node) in typing_only:
            continue
        if node.level:
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
            target = ".".join(base + ([node.module] if node.module else []))
        elif node.module and node.module.startswith("iics_client"):
            target = node.module
        else:
            continue
        names = [target] if node.module else [f"{target}.{alias.name}" for alias in node.names]
        for name in names:
            yield name, id(node) in top


def _graph(top_level_only: bool) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        source = _module_name(path)
        graph[source] = {target for target, top in _runtime_imports(path) if top or not top_level_only}
    return graph


def test_no_import_cycle_among_top_level_imports() -> None:
    graph = _graph(top_level_only=True)
    state: dict[str, int] = {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if target not in graph or target == module:
                continue
            if state.get(target) == 1 and not module.startswith(target + "."):  # a package importing its parts is fine
                raise AssertionError("import cycle: " + " -> ".join([*trail, module, target]))
            if state.get(target) is None:
                visit(target, [*trail, module])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [])


def test_the_library_never_imports_the_command_line() -> None:
    for source, targets in _graph(top_level_only=False).items():
        if source.startswith("iics_client.cli") or source == "iics_client.__main__":
            continue
        assert not any(t.startswith("iics_client.cli") for t in targets), f"{source} imports the CLI: {targets}"


def test_import_iics_client_loads_no_cli_simulator_or_integration() -> None:
    code = (
        "import sys, iics_client\n"
        "from iics_client import *\n"  # every public name (they load on first use, PEP 562)
        "loaded = [m for m in sys.modules if m.startswith(('iics_client.cli', 'iics_client.testing', "
        "'iics_client.demo', 'airflow', 'opentelemetry'))]\n"
        "print(loaded)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
