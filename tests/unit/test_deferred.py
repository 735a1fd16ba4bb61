"""The clients' rarely used methods (health check, promotion, profiles, advanced taskflows) live in modules that load
on first use (``_runner.deferred``): the stand-ins must name every method of the real mixin, and what is found through
them must be the real method, on the class and on an instance, sync and async."""

from __future__ import annotations

import asyncio
import inspect
import subprocess
import sys

import pytest

from iics_client import AsyncIICSClient, IICSClient, _client, _health, _profiles, _promotion, _taskflows

# the stand-ins, as _client has them at run time (type checkers see the real mixins there)
PAIRS = [
    (vars(_client)["HealthMethods"], _health.HealthMethods),
    (vars(_client)["PromotionMethods"], _promotion.PromotionMethods),
    (vars(_client)["ProfileConstructors"], _profiles.ProfileConstructors),
    (vars(_client)["TaskflowMethods"], _taskflows.TaskflowMethods),
]


def _own(mixin: type) -> set[str]:
    return {name for name in vars(mixin) if not name.startswith("__")}


@pytest.mark.parametrize(("stand_in", "real"), PAIRS, ids=lambda mixin: mixin.__name__)
def test_a_stand_in_names_every_attribute_of_its_mixin(stand_in: type, real: type) -> None:
    assert stand_in is not real
    assert _own(stand_in) == _own(real)


@pytest.mark.parametrize(("stand_in", "real"), PAIRS, ids=lambda mixin: mixin.__name__)
def test_what_a_stand_in_gives_is_the_real_attribute(stand_in: type, real: type) -> None:
    for name in _own(real):
        for client in (IICSClient, AsyncIICSClient):
            assert getattr(client, name) == vars(real)[name].__get__(None, client)
        assert vars(stand_in)[name] is vars(real)[name]  # the stand-in replaced itself


def test_deferred_methods_keep_their_signature_and_flavour() -> None:
    client = AsyncIICSClient("https://dm-us.informaticacloud.com", "me", "pw")
    try:
        assert inspect.iscoroutinefunction(client.check)
        assert str(inspect.signature(client.get_export_log)) == "(export_id: 'str') -> 'str'"
        assert str(inspect.signature(client.list_taskflow_runs)).endswith("-> 'AsyncPaginator[TaskflowRun]'")
    finally:
        asyncio.run(client.aclose())
    assert inspect.iscoroutinefunction(AsyncIICSClient.import_package)
    assert not inspect.iscoroutinefunction(IICSClient.import_package)
    assert inspect.signature(IICSClient.check).return_annotation == "HealthReport"


def test_importing_the_client_loads_no_deferred_module() -> None:
    """Nor the metrics' snapshot types (_metrics, loaded by the first ``client.metrics``) or file transfers."""
    code = (
        "import sys\n"
        "from iics_client import IICSClient, AsyncIICSClient\n"
        "print(sorted(m for m in sys.modules if m in ('iics_client._health', 'iics_client._promotion', "
        "'iics_client._profiles', 'iics_client._taskflows', 'iics_client._metrics', 'iics_client._transfers')))\n"
        "IICSClient.check\n"
        "print(sorted(m for m in sys.modules if m == 'iics_client._health'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["[]", "['iics_client._health']"]
