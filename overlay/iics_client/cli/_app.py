"""``main``: parse, run one command, turn every outcome into an exit code (see _exit.py)."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from ._args import UsageError, build_parser
from ._exit import ExitCode

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a tenth of `iics --help`); mypy reads it as True
if TYPE_CHECKING:
    from typing import TextIO

    from .._exceptions import IICSError
    from ._context import Context
    from ._output import Output


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``iics`` with ``argv`` (default: sys.argv[1:]) and return the exit code. Reads os.environ and the
    current sys.stdin/stdout/stderr, so tests can swap them."""
    stdin, stdout, stderr = sys.stdin, sys.stdout, sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    try:
        args = parser.parse_args(argv)
    except UsageError as error:  # argparse printed the usage and the message to stderr
        if _asks_for_json(argv):
            from ._output import Output

            Output(json_mode=True, stdout=stdout, stderr=stderr).document(
                {"error": {"type": "UsageError", "message": error.message, "exit_code": int(ExitCode.USAGE)}}
            )
        return ExitCode.USAGE
    except SystemExit as exit_:  # --help, --version (0)
        return exit_.code if isinstance(exit_.code, int) else ExitCode.USAGE
    # Only now the client: --help, --version and usage errors never load it (tests/cli/test_parser_light.py).
    from .._exceptions import IICSError
    from ._config import MissingCredentialsError
    from ._context import Context
    from ._exit import for_error
    from ._output import Output

    out = Output(json_mode=args.json, stdout=stdout, stderr=stderr)
    ctx = Context(args=args, out=out, env=os.environ, stdin=stdin)
    with _logging(stderr, args.verbose):
        try:
            code = _run(ctx)
        except BrokenPipeError:  # `iics ... | head` closed stdout: stop quietly
            _silence_stdout(stdout)
            return ExitCode.ERROR
        except KeyboardInterrupt:
            return _fail(out, ExitCode.INTERRUPTED, "Interrupted", "Interrupted (Ctrl-C).")
        except MissingCredentialsError as error:
            return _fail(out, ExitCode.AUTH, "MissingCredentials", str(error))
        except IICSError as error:
            return _fail(out, for_error(error), type(error).__name__, str(error), error)
        if code and out.json_mode and not out.wrote_document and out.last_error is not None:
            # a command that refused to run said why on stderr: with --json, the reason is the document too
            kind = "UsageError" if code == ExitCode.USAGE else "Error"
            out.document({"error": {"type": kind, "message": out.last_error, "exit_code": int(code)}})
        return code


def _run(ctx: Context) -> int:
    from .._exceptions import IICSError
    from ._config import resolve

    args = ctx.args
    handler = args.handler.resolve()
    if not args.needs_client:
        return int(handler(ctx))
    settings = resolve(args, ctx.env, ctx.stdin, ctx.out.stderr)
    client = settings.client()
    try:
        return int(handler(ctx, client))
    finally:
        try:
            client.logout()
        except (IICSError, KeyboardInterrupt) as error:  # best effort; the command's outcome stands
            import logging

            logging.getLogger("iics_client").info("logout failed: %s", error)
        finally:
            client.close()


def _fail(out: Output, code: ExitCode, kind: str, message: str, error: IICSError | None = None) -> int:
    out.error(message)
    if out.json_mode and not out.wrote_document:
        details: dict[str, object] = {"type": kind, "message": message, "exit_code": int(code)}
        if error is not None:
            for name in ("status_code", "error_code", "request_id"):
                value = getattr(error, name, None)
                if value is not None:
                    details[name] = value
        out.document({"error": details})
    return code


def _asks_for_json(argv: Sequence[str]) -> bool:
    """Whether a command line that did not parse asked for --json (options end at "--")."""
    options = argv[: argv.index("--")] if "--" in argv else argv
    return "--json" in options


def _silence_stdout(stdout: TextIO) -> None:
    """Point a closed-pipe stdout at /dev/null, so the interpreter's final flush does not complain."""
    try:
        descriptor = stdout.fileno()
    except (OSError, ValueError, io.UnsupportedOperation):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)


# -v: the client's own log (one line per request: method, URL, status, time, retries; logins, renewals), and the
# requests the simulator serves; -vv: also the retry transport's decisions and waits. Never headers or bodies, so
# never a password or a session id.
VERBOSE_LOGGERS = (("iics_client", 1), ("iics_client_simulator", 1), ("httpx_retries", 2))


@contextmanager
def _logging(stream: TextIO, verbosity: int) -> Iterator[None]:
    """Send the loggers -v / -vv turn on to stderr, at DEBUG, for the duration of the command."""
    import logging  # here: --help and --version do not need it

    chosen = [logging.getLogger(name) for name, level in VERBOSE_LOGGERS if verbosity >= level]
    if not chosen:
        yield
        return
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s: %(message)s"))
    previous = [(logger, logger.level) for logger in chosen]
    for logger in chosen:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        for logger, level in previous:
            logger.removeHandler(handler)
            logger.setLevel(level)
