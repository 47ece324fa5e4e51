"""Offset/limit auto-paging, sync and async."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

import pytest

from runbridge.pagination import aiter_offset, iter_offset

ITEMS = list(range(23))


def server(
    items: list[int] = ITEMS, *, cap: int | None = None
) -> tuple[Callable[[int, int], list[int]], list[tuple[int, int]]]:
    calls: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[int]:
        calls.append((offset, limit))
        size = limit if cap is None else cap
        return items[offset : offset + size]

    return fetch, calls


def both(fetch: Callable[[int, int], Sequence[int]], **kwargs: int | None) -> list[list[int]]:
    async def afetch(offset: int, limit: int) -> Sequence[int]:
        return fetch(offset, limit)

    async def collect() -> list[int]:
        return [item async for item in aiter_offset(afetch, **kwargs)]  # type: ignore[arg-type]

    return [list(iter_offset(fetch, **kwargs)), asyncio.run(collect())]  # type: ignore[arg-type]


def test_pages_until_a_short_page() -> None:
    fetch, calls = server()
    sync, asynchronous = both(fetch, page_size=10)
    assert sync == asynchronous == ITEMS
    assert calls[:3] == [(0, 10), (10, 10), (20, 10)]


def test_an_exact_multiple_ends_on_an_empty_page() -> None:
    fetch, calls = server(list(range(20)))
    assert list(iter_offset(fetch, page_size=10)) == list(range(20))
    assert calls == [(0, 10), (10, 10), (20, 10)]


def test_limit_and_start() -> None:
    fetch, calls = server()
    assert both(fetch, page_size=10, start=5, limit=12) == [list(range(5, 17))] * 2
    assert calls[:2] == [(5, 10), (15, 2)]


def test_limit_zero_fetches_nothing() -> None:
    fetch, calls = server()
    assert list(iter_offset(fetch, page_size=10, limit=0)) == []
    assert calls == []


def test_a_server_that_sends_more_than_asked_loses_nothing() -> None:
    items = list(range(50))

    def generous(offset: int, limit: int) -> list[int]:
        return items[offset : offset + limit * 2]

    assert both(generous, page_size=10) == [items, items]
    assert both(generous, page_size=10, limit=15) == [items[:15], items[:15]]


def test_pages_are_fetched_lazily() -> None:
    fetch, calls = server()
    iterator = iter_offset(fetch, page_size=5)
    assert next(iterator) == 0
    assert calls == [(0, 5)]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"page_size": 0}, ValueError),
        ({"start": -1}, ValueError),
        ({"limit": -1}, ValueError),
        ({"page_size": 2.5}, TypeError),
        ({"page_size": True}, TypeError),
    ],
)
def test_bad_arguments(kwargs: dict[str, object], error: type[Exception]) -> None:
    fetch, _ = server()
    with pytest.raises(error):
        list(iter_offset(fetch, **kwargs))  # type: ignore[arg-type]


def test_a_fetch_returning_something_else_than_items_is_named() -> None:
    with pytest.raises(TypeError, match="returned NoneType, not a sequence of items"):
        list(iter_offset(lambda offset, limit: None, page_size=3))  # type: ignore[arg-type,return-value]

    def lazy(offset: int, limit: int) -> Sequence[int]:
        return iter(range(offset, min(offset + limit, 4)))  # type: ignore[return-value]

    assert list(iter_offset(lazy, page_size=3)) == [0, 1, 2, 3]  # any iterable page is accepted
