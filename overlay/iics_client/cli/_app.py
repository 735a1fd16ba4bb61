"""``main``: parse, run one command, turn every outcome into an exit code (see _exit.py)."""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO

from .._exceptions import IICSError
from ._args import build_parser
from ._config import MissingCredentialsError, resolve
from ._context import Context
from ._exit import ExitCode, for_error
from ._output import Output


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``iics`` with ``argv`` (default: sys.argv[1:]) and return the exit code. Reads os.environ and the
    current sys.stdin/stdout/stderr, so tests can swap them."""
    stdin, stdout, stderr = sys.stdin, sys.stdout, sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version (0) and usage errors (2)
        return exit_.code if isinstance(exit_.code, int) else ExitCode.USAGE
    out = Output(json_mode=args.json, stdout=stdout, stderr=stderr)
    ctx = Context(args=args, out=out, env=os.environ, stdin=stdin)
    with _logging(stderr, args.verbose):
        try:
            return _run(ctx)
        except BrokenPipeError:  # `iics ... | head` closed stdout: stop quietly
            _silence_stdout(stdout)
            return ExitCode.ERROR
        except KeyboardInterrupt:
            out.info("Interrupted.")
            return ExitCode.INTERRUPTED
        except MissingCredentialsError as error:
            return _fail(out, ExitCode.AUTH, "MissingCredentials", str(error))
        except IICSError as error:
            return _fail(out, for_error(error), type(error).__name__, str(error), error)


def _run(ctx: Context) -> int:
    args = ctx.args
    if not args.needs_client:
        return int(args.handler(ctx))
    settings = resolve(args, ctx.env, ctx.stdin, ctx.out.stderr)
    client = settings.client()
    try:
        return int(args.handler(ctx, client))
    finally:
        try:
            client.logout()
        except (IICSError, KeyboardInterrupt) as error:  # best effort; the command's outcome stands
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


def _silence_stdout(stdout: TextIO) -> None:
    """Point a closed-pipe stdout at /dev/null, so the interpreter's final flush does not complain."""
    try:
        descriptor = stdout.fileno()
    except (OSError, ValueError, io.UnsupportedOperation):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)


@contextmanager
def _logging(stream: TextIO, verbosity: int) -> Iterator[None]:
    """-v: the library's INFO logs on stderr; -vv: DEBUG (never secrets: the library redacts them)."""
    if not verbosity:
        yield
        return
    logger = logging.getLogger("iics_client")
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbosity > 1 else logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
