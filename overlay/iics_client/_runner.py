"""The sans-I/O runner: a method of several steps is written once, as a generator ("plan") that yields steps, and
run by a sync or an async driver.

A plan yields ``Call`` (send a request, get its parsed result back) and ``Sleep`` steps and returns its result. A
``Call`` with a ``sink`` streams its 2xx body into that sink instead of reading it into memory (see _transfers.py).
Errors of our hierarchy are thrown back into the plan, so a plan can handle them ("404 means not yet"). The
``plan`` descriptor turns a plan method into a real method of each client: a function on ``IICSClient`` and a
coroutine function on ``AsyncIICSClient``, whose signature is the plan's with the result type it returns.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Awaitable, Callable, Coroutine, Generator
from contextlib import AbstractContextManager
from types import MethodType, ModuleType
from typing import IO, TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, cast, overload

import httpx

from ._exceptions import IICSConfigurationError, IICSError

if TYPE_CHECKING:
    from ._client import AsyncIICSClient, IICSClient

T = TypeVar("T")
P = ParamSpec("P")


class Sink(Protocol):
    """Where a streamed 2xx body goes (see _transfers.py): ``open(response)`` gives a writable file for its chunks
    (leaving the context normally keeps what was written, leaving it by an exception discards it); ``wrote(n)``
    follows each chunk."""

    def open(self, response: httpx.Response) -> AbstractContextManager[IO[bytes]]: ...

    def wrote(self, count: int) -> None: ...


class Call(Generic[T]):
    """Send ``httpx.Client.request(**kwargs)``; the plan receives ``parse(response)`` (or the mapped error).

    ``check=False``: hand every response to parse, whatever its status (login does its own checks). ``sink``: stream a
    2xx body into it instead of reading it into memory; parse then sees a response without its body. A plain slotted
    class, not a dataclass: one is made per request, and a dataclass costs ~0.5 ms more to import.
    """

    __slots__ = ("check", "kwargs", "parse", "sink")

    def __init__(
        self,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        check: bool = True,
        sink: Sink | None = None,
    ) -> None:
        self.kwargs = kwargs
        self.parse = parse
        self.check = check
        self.sink = sink

    def __repr__(self) -> str:
        return f"Call(kwargs={self.kwargs!r}, parse={self.parse!r}, check={self.check!r}, sink={self.sink!r})"


# What building a request from bad arguments raises in the generated code (an empty id, a body that is no model).
_ARGUMENT_ERRORS = (TypeError, ValueError, KeyError, AttributeError)


def request_for(endpoint: ModuleType, /, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """The request (httpx arguments) of a generated endpoint module; bad arguments are the caller's
    IICSConfigurationError."""
    try:
        request: dict[str, Any] = endpoint.request_kwargs(*args, **kwargs)
    except _ARGUMENT_ERRORS as exc:
        raise IICSConfigurationError(f"{endpoint.OPERATION_ID}: {exc}") from None
    return request


def call_for(endpoint: ModuleType, /, *args: Any, **kwargs: Any) -> Call[Any]:
    """The call of a generated endpoint module: its request and its 2xx parser."""
    return Call(request_for(endpoint, *args, **kwargs), endpoint.parse_success)


class Sleep:
    """Wait ``seconds`` (``time.sleep`` or ``asyncio.sleep``, as the driver does)."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __repr__(self) -> str:
        return f"Sleep(seconds={self.seconds!r})"


Step = Call[Any] | Sleep
Plan = Generator[Step, Any, T]


def run(call: Call[T]) -> Generator[Step, Any, T]:
    """``result = yield from run(call)``: one call, typed."""
    result = yield call
    return cast(T, result)


# ---- the drivers: the only code that differs between sync and async ----

Execute = Callable[[Call[Any]], Any]
AsyncExecute = Callable[[Call[Any]], Awaitable[Any]]


def run_sync(plan: Plan[T], execute: Execute, sleep: Callable[[float], None]) -> T:
    sent: Any = None
    error: IICSError | None = None
    while True:
        try:
            step = plan.throw(error) if error is not None else plan.send(sent)
        except StopIteration as stop:
            return cast(T, stop.value)
        sent, error = None, None
        try:
            if isinstance(step, Sleep):
                sleep(step.seconds)
            else:
                sent = execute(step)
        except IICSError as exc:
            error = exc


async def run_async(plan: Plan[T], execute: AsyncExecute, sleep: Callable[[float], Awaitable[None]]) -> T:
    sent: Any = None
    error: IICSError | None = None
    while True:
        try:
            step = plan.throw(error) if error is not None else plan.send(sent)
        except StopIteration as stop:
            return cast(T, stop.value)
        sent, error = None, None
        try:
            if isinstance(step, Sleep):
                await sleep(step.seconds)
            else:
                sent = await execute(step)
        except IICSError as exc:
            error = exc


# ---- from a plan method to a client method ----


def unwrap_return(signature: inspect.Signature, wrapper: str, replacement: str | None = None) -> inspect.Signature:
    """The signature with ``wrapper[X]`` as its return annotation replaced by ``X`` (or ``replacement[X]``)."""
    annotation = signature.return_annotation
    if isinstance(annotation, str) and annotation.startswith(f"{wrapper}[") and annotation.endswith("]"):
        inner = annotation[len(wrapper) + 1 : -1]
        return signature.replace(return_annotation=f"{replacement}[{inner}]" if replacement else inner)
    return signature


class ClientMethod:
    """What ``plan`` and ``paged`` share: build one function per client flavour (sync or async) from a definition
    written once, hand it out on class access, and bind it on instance access. An instance keeps its bound method
    in its ``__dict__``, so later lookups skip the descriptor (a hot path)."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self._function = function
        self.__doc__ = function.__doc__
        self.__name__ = function.__name__

    def _build(self, is_async: bool) -> Callable[..., Any]:
        raise NotImplementedError

    @functools.cached_property
    def _sync(self) -> Callable[..., Any]:
        return self._build(False)

    @functools.cached_property
    def _async(self) -> Callable[..., Any]:
        return self._build(True)

    def _bind(self, instance: Any, owner: type[Any]) -> Any:
        function = self._async if getattr(owner, "_is_async", False) else self._sync
        if instance is None:
            return function
        bound = MethodType(function, instance)
        instance.__dict__[self.__name__] = bound
        return bound


def dress(method: Callable[..., Any], function: Callable[..., Any], signature: inspect.Signature) -> Callable[..., Any]:
    """Give a made method the definition's name and docs, and the signature it really has."""
    functools.update_wrapper(method, function)
    del method.__wrapped__  # type: ignore[attr-defined]  # inspect would follow it back to the definition
    method.__signature__ = signature  # type: ignore[attr-defined]
    return method


class _Deferred:
    """A class attribute that stands for the same-named attribute of ``mixin`` in ``module``: the first access
    imports the module and puts the real attribute in this one's place, so later lookups never come here."""

    def __init__(self, module: str, mixin: str) -> None:
        self._module, self._mixin = module, mixin

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._holder, self._name = owner, name

    def __get__(self, instance: Any, owner: type[Any]) -> Any:
        real = vars(getattr(importlib.import_module(self._module, __package__), self._mixin))[self._name]
        setattr(self._holder, self._name, real)
        return real.__get__(instance, owner) if hasattr(real, "__get__") else real


def deferred(module: str, mixin: str, names: tuple[str, ...]) -> type[Any]:
    """A stand-in for a mixin of rarely used client methods (``names``, every attribute the mixin defines): the
    clients inherit it, and ``module`` loads on the first access to one of them (class or instance), not when the
    client is imported. What is then found is the mixin's own attribute: same signature, docs, sync or async."""
    namespace: dict[str, Any] = {name: _Deferred(module, mixin) for name in names}
    namespace["__doc__"] = f"{mixin} of {module}, loaded on first use."
    return type(mixin, (), namespace)


class plan(ClientMethod, Generic[P, T]):
    """Turn a plan method into a client method: ``T`` on the sync client, a coroutine function on the async one,
    whose signature is the plan's with ``T`` (not ``Plan[T]``) as its return annotation."""

    def __init__(self, function: Callable[Concatenate[Any, P], Plan[T]]) -> None:
        super().__init__(function)

    def _build(self, is_async: bool) -> Callable[..., Any]:
        function = self._function
        signature = unwrap_return(inspect.signature(function), "Plan")
        if is_async:

            async def amethod(client: Any, /, *args: Any, **kwargs: Any) -> Any:
                return await run_async(function(client, *args, **kwargs), client._execute, client._sleep)

            return dress(amethod, function, signature)

        def method(client: Any, /, *args: Any, **kwargs: Any) -> Any:
            return run_sync(function(client, *args, **kwargs), client._execute, client._sleep)

        return dress(method, function, signature)

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Callable[..., Any]: ...
    @overload
    def __get__(self, instance: IICSClient, owner: type[Any]) -> Callable[P, T]: ...
    @overload
    def __get__(self, instance: AsyncIICSClient, owner: type[Any]) -> Callable[P, Coroutine[Any, Any, T]]: ...
    def __get__(self, instance: Any, owner: type[Any]) -> Any:
        return self._bind(instance, owner)
