"""The commands that need no IICS org: ``iics simulator`` (serve the local simulator) and ``iics demo``."""

from __future__ import annotations

import shlex
import signal
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from .._config import DEFAULT_LAYOUT, ENV_LAYOUT, ENV_LOGIN_URL, ENV_PASSWORD, ENV_USERNAME
from .._urls import AUTO
from ._context import Context
from ._exit import ExitCode


def simulator(ctx: Context) -> int:
    """Serve the local simulator in the foreground until Ctrl-C; print how to point ``iics`` (or code) at it.

    Its credentials: ``--username`` (else the simulator's default user) and ``--password-stdin`` (else its default
    throwaway password). IICS_USERNAME / IICS_PASSWORD are not read: they may hold a real org's credentials, and
    the simulator prints its own. A password given on stdin is not printed either.
    """
    from ..testing import DEFAULT_PASSWORD, DEFAULT_USERNAME, Simulator  # loads only for this command

    args, out = ctx.args, ctx.out
    if getattr(args, "login_url", None):
        out.error("iics simulator: --login-url does not apply (the simulator picks free ports and prints its URL)")
        return ExitCode.USAGE
    layout = args.layout or ctx.env.get(ENV_LAYOUT) or DEFAULT_LAYOUT
    if layout.strip().lower() == AUTO:
        layout = "reference"  # the simulator serves one layout; the client's "auto" finds either
    if args.https:
        try:
            import trustme  # noqa: F401
        except ImportError:
            out.error("iics simulator --https needs the trustme package: pip install trustme")
            return ExitCode.USAGE
    password = DEFAULT_PASSWORD
    from_stdin = bool(getattr(args, "password_stdin", False))
    if from_stdin:
        password = ctx.stdin.readline().rstrip("\r\n")
        if not password:
            out.error("--password-stdin: stdin held no password")
            return ExitCode.USAGE
    sim = Simulator(
        layout=layout,
        https=args.https,
        seed=args.seed,
        job_duration=args.job_duration,
        username=args.username or DEFAULT_USERNAME,
        password=password,
    )
    shown_password = "(the one given on stdin)" if from_stdin else sim.password
    with tempfile.TemporaryDirectory(prefix="iics-simulator-") as tmp, sim:
        info: dict[str, str | float] = {
            "login_url": sim.login_url,
            "pod_url": sim.pod_url,
            "username": sim.username,
            "layout": sim.layout.name,
            "job_duration": args.job_duration,
        }
        exports = {ENV_LOGIN_URL: sim.login_url, ENV_USERNAME: sim.username}
        if not from_stdin:  # the simulator's own throwaway password, not a real secret
            info["password"] = exports[ENV_PASSWORD] = sim.password
        exports[ENV_LAYOUT] = AUTO  # the client picks the simulator's layout from its serverUrl, as on a real org
        if args.https:
            ca_file = Path(tmp) / "simulator-ca.pem"
            ca_file.write_bytes(sim.ca_cert_pem)
            info["ca_file"] = str(ca_file)
            exports["SSL_CERT_FILE"] = str(ca_file)  # httpx (so the client and iics) trust this CA only
        snippet = "\n".join(f"export {name}={shlex.quote(value)}" for name, value in exports.items())
        if out.json_mode:
            out.stdout.write(_json_line({**info, "exports": exports}))
            out.stdout.flush()
        else:
            out.text(
                f"IICS simulator ({sim.layout.name} layout) running.\n"
                f"  login URL: {sim.login_url}\n"
                f"  pod:       {sim.pod_url}\n"
                f"  username:  {sim.username}\n"
                f"  password:  {shown_password}\n"
                f"\nIn another shell:\n{snippet}\n"
                + ("export IICS_PASSWORD=...   # the password you gave on stdin\n" if from_stdin else "")
                + "iics login && iics mapping-tasks list\n"
            )
        out.info("Serving; press Ctrl-C to stop.")
        try:
            with _terminate_as_interrupt():
                while True:  # until Ctrl-C (time.sleep is interruptible on every platform)
                    time.sleep(3600)
        except KeyboardInterrupt:
            out.info("Simulator stopped.")
    return ExitCode.OK


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (``kill``, a CI job ending) stops the simulator as cleanly as Ctrl-C does."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(_signum: int, _frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _json_line(document: object) -> str:
    import json

    # one compact line, so a script can read it with a single readline() while the server keeps running
    return json.dumps(document, ensure_ascii=False) + "\n"


def demo(ctx: Context) -> int:
    if ctx.out.json_mode:
        ctx.out.error("the demo is for people: it has no --json output")
        return ExitCode.USAGE
    from ..demo import run_demo

    return run_demo(ctx.out.stdout, ctx.out.stderr)
