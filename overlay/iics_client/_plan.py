"""Sans-I/O plans: every client method is written once, as a generator of steps, and run by a sync or async driver.

A plan yields ``Call`` (send a request, get the parsed result back) and ``Sleep`` steps and returns its result; a
pager also yields ``Emit`` for each item. The ``operation`` and ``paged`` descriptors turn one plan into a method
that returns the result on ``IICSClient`` and an awaitable on ``AsyncIICSClient``, with the plan's signature.
Errors of our hierarchy are thrown back into the plan, so a plan can handle them (e.g. "404 means not yet").
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Generator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

import httpx

if TYPE_CHECKING:
    from ._client import AsyncIICSClient, IICSClient

T = TypeVar("T")
P = ParamSpec("P")


@dataclass(frozen=True)
class Call(Generic[T]):
    """Send ``httpx.Client.request(**kwargs)``; the plan receives ``parse(response)`` (or the mapped error)."""

    kwargs: dict[str, Any]
    parse: Callable[[httpx.Response], T]
    check: bool = True  # False: hand every response to parse, whatever its status (login does its own checks)


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Emit(Generic[T]):
    """A pager hands one item to the caller."""

    item: T


Step = Call[Any] | Sleep
Plan = Generator[Step, Any, T]
Pager = Generator[Call[Any] | Emit[T], Any, None]


def run(call: Call[T]) -> Generator[Step, Any, T]:
    """``result = yield from run(call)``: one call, typed."""
    result = yield call
    return cast(T, result)


def fetch(call: Call[T]) -> Generator[Call[Any] | Emit[Any], Any, T]:
    """The same, inside a pager."""
    result = yield call
    return cast(T, result)


@functools.cache
def _signature_without_self(plan: Callable[..., Any]) -> inspect.Signature:
    signature = inspect.signature(plan)
    return signature.replace(parameters=list(signature.parameters.values())[1:])


def _bind(instance: Any, definition: Callable[..., Any], method: Callable[..., Any]) -> Callable[..., Any]:
    """Give `method` the definition's name, docs and signature (without ``self``), and keep it on the instance:
    the descriptor is not a data descriptor, so later lookups find it there and skip this work (a hot path)."""
    functools.update_wrapper(method, definition)
    method.__signature__ = _signature_without_self(definition)  # type: ignore[attr-defined]
    instance.__dict__[definition.__name__] = method
    return method


class operation(Generic[P, T]):
    """Turn a plan method into a client method: ``T`` on the sync client, ``Awaitable[T]`` on the async one."""

    def __init__(self, plan: Callable[Concatenate[Any, P], Plan[T]]) -> None:
        self._plan = plan
        self.__doc__ = plan.__doc__

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> operation[P, T]: ...
    @overload
    def __get__(self, instance: IICSClient, owner: type[Any]) -> Callable[P, T]: ...
    @overload
    def __get__(self, instance: AsyncIICSClient, owner: type[Any]) -> Callable[P, Coroutine[Any, Any, T]]: ...
    def __get__(self, instance: Any, owner: type[Any]) -> Any:
        if instance is None:
            return self
        plan, run_plan = self._plan, instance._run_plan

        def method(*args: Any, **kwargs: Any) -> Any:
            return run_plan(plan(instance, *args, **kwargs))

        return _bind(instance, plan, method)


class paged(Generic[P, T]):
    """Turn a pager method into a lazy ``Paginator`` (sync) or ``AsyncPaginator`` (async)."""

    def __init__(self, pager: Callable[Concatenate[Any, P], Pager[T]]) -> None:
        self._pager = pager
        self.__doc__ = pager.__doc__

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> paged[P, T]: ...
    @overload
    def __get__(self, instance: IICSClient, owner: type[Any]) -> Callable[P, Paginator[T]]: ...
    @overload
    def __get__(self, instance: AsyncIICSClient, owner: type[Any]) -> Callable[P, AsyncPaginator[T]]: ...
    def __get__(self, instance: Any, owner: type[Any]) -> Any:
        if instance is None:
            return self
        pager, make = self._pager, instance._paginator

        def method(*args: Any, **kwargs: Any) -> Any:
            return make(functools.partial(pager, instance, *args, **kwargs))

        return _bind(instance, pager, method)


# ---- drivers: the only code that differs between sync and async ----

Execute = Callable[[Call[Any]], Any]
AsyncExecute = Callable[[Call[Any]], Awaitable[Any]]


def run_sync(plan: Plan[T], execute: Execute, sleep: Callable[[float], None]) -> T:
    from ._exceptions import IICSError

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
    from ._exceptions import IICSError

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


class Paginator(Generic[T]):
    """A lazy collection: iterating fetches page after page, only as far as you read. ``list(...)`` takes all."""

    def __init__(self, pager: Callable[[], Pager[T]], execute: Execute) -> None:
        self._pager, self._execute = pager, execute

    def __iter__(self) -> Iterator[T]:
        pager = self._pager()
        sent: Any = None
        while True:
            try:
                step = pager.send(sent)
            except StopIteration:
                return
            sent = None
            if isinstance(step, Emit):
                yield step.item
            else:
                sent = self._execute(step)


class AsyncPaginator(Generic[T]):
    """``async for item in ...`` fetches lazily; ``await ...`` returns every item as a list."""

    def __init__(self, pager: Callable[[], Pager[T]], execute: AsyncExecute) -> None:
        self._pager, self._execute = pager, execute

    async def __aiter__(self) -> AsyncIterator[T]:
        pager = self._pager()
        sent: Any = None
        while True:
            try:
                step = pager.send(sent)
            except StopIteration:
                return
            sent = None
            if isinstance(step, Emit):
                yield step.item
            else:
                sent = await self._execute(step)

    async def _collect(self) -> list[T]:
        return [item async for item in self]

    def __await__(self) -> Generator[Any, None, list[T]]:
        return self._collect().__await__()
