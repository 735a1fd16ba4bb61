"""Pagination: lazy collections that fetch page after page only as far as the caller reads.

A pager is a plan (see _runner.py) that also yields ``Emit`` for each item. The ``paged`` descriptor turns a
pager method into a method returning a ``Paginator`` (``for``, ``list()``) on ``IICSClient`` and an
``AsyncPaginator`` (``async for``, ``await``) on ``AsyncIICSClient``. IICS pages three ways (v2 ``offset``/
``rowLimit``, v2 audit ``batchId``/``batchSize``, v3 ``limit``/``skip``); a pager says which, the classes here
do the lazy iteration.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

from ._runner import Call, ClientMethod, dress, unwrap_return

if TYPE_CHECKING:
    from ._client import AsyncIICSClient, IICSClient

T = TypeVar("T")
P = ParamSpec("P")


@dataclass(frozen=True)
class Emit(Generic[T]):
    """A pager hands one item to the caller."""

    item: T


Pager = Generator[Call[Any] | Emit[T], Any, None]


def fetch(call: Call[T]) -> Generator[Call[Any] | Emit[Any], Any, T]:
    """``page = yield from fetch(call)`` inside a pager: one request, typed."""
    result = yield call
    return cast(T, result)


class Paginator(Generic[T]):
    """A lazy collection: iterating fetches page after page, only as far as you read. ``list(...)`` takes all."""

    def __init__(self, pager: Callable[[], Pager[T]], execute: Callable[[Call[Any]], Any]) -> None:
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

    def __init__(self, pager: Callable[[], Pager[T]], execute: Callable[[Call[Any]], Awaitable[Any]]) -> None:
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


class paged(ClientMethod, Generic[P, T]):
    """Turn a pager method into a method returning a ``Paginator`` (sync client) or ``AsyncPaginator`` (async)."""

    def __init__(self, function: Callable[Concatenate[Any, P], Pager[T]]) -> None:
        super().__init__(function)

    def _build(self, is_async: bool) -> Callable[..., Any]:
        function = self._function
        collection: type[Paginator[Any] | AsyncPaginator[Any]] = AsyncPaginator if is_async else Paginator

        def method(client: Any, /, *args: Any, **kwargs: Any) -> Any:
            return collection(functools.partial(function, client, *args, **kwargs), client._execute)

        return dress(method, function, unwrap_return(inspect.signature(function), "Pager", collection.__name__))

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Callable[..., Any]: ...
    @overload
    def __get__(self, instance: IICSClient, owner: type[Any]) -> Callable[P, Paginator[T]]: ...
    @overload
    def __get__(self, instance: AsyncIICSClient, owner: type[Any]) -> Callable[P, AsyncPaginator[T]]: ...
    def __get__(self, instance: Any, owner: type[Any]) -> Any:
        return self._bind(instance, owner)
