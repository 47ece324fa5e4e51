"""Offset/limit auto-paging, sync and async: iterate items across pages, stop on a short page.

`fetch(offset, limit)` returns one page. Iteration stops when a page comes back shorter than asked (an empty
page included) or when `limit` items have been produced. A server that returns more items than asked for is
believed: every item it sent is yielded and the next offset moves past all of them, so nothing is skipped.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Sequence
from typing import TypeVar

__all__ = ["aiter_offset", "iter_offset"]

T = TypeVar("T")


def _check(page_size: int, start: int, limit: int | None) -> None:
    for name, value in (("page_size", page_size), ("start", start), ("limit", limit)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if page_size < 1:
        raise ValueError(f"page_size must be >= 1, not {page_size}")
    if start < 0:
        raise ValueError(f"start must be >= 0, not {start}")
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0, not {limit}")


def _as_page(page: Iterable[T] | None, offset: int) -> list[T]:
    if page is None or isinstance(page, str | bytes) or not isinstance(page, Iterable):
        raise TypeError(f"the page fetch for offset {offset} returned {type(page).__name__}, not a sequence of items")
    return list(page)


class _Cursor:
    """The paging arithmetic shared by the sync and async iterators."""

    def __init__(self, page_size: int, start: int, limit: int | None) -> None:
        _check(page_size, start, limit)
        self.page_size = page_size
        self.offset = start
        self.limit = limit
        self.produced = 0
        self.done = limit == 0

    def want(self) -> int:
        return self.page_size if self.limit is None else min(self.page_size, self.limit - self.produced)

    def take(self, page: list[T], want: int) -> list[T]:
        """The items of `page` to yield; advances the cursor and decides whether another page is needed."""
        items = page if self.limit is None else page[: self.limit - self.produced]
        self.produced += len(items)
        self.offset += len(page)
        if len(page) < want or (self.limit is not None and self.produced >= self.limit):
            self.done = True
        return items


def iter_offset(
    fetch: Callable[[int, int], Sequence[T]], *, page_size: int = 100, start: int = 0, limit: int | None = None
) -> Iterator[T]:
    """Yield items from `fetch(offset, page_size)` page after page until a page comes back short,
    or `limit` items have been yielded. Pages are fetched lazily, as the caller iterates."""
    cursor = _Cursor(page_size, start, limit)
    while not cursor.done:
        want = cursor.want()
        yield from cursor.take(_as_page(fetch(cursor.offset, want), cursor.offset), want)


async def aiter_offset(
    fetch: Callable[[int, int], Awaitable[Sequence[T]]],
    *,
    page_size: int = 100,
    start: int = 0,
    limit: int | None = None,
) -> AsyncIterator[T]:
    """The async twin of iter_offset."""
    cursor = _Cursor(page_size, start, limit)
    while not cursor.done:
        want = cursor.want()
        for item in cursor.take(_as_page(await fetch(cursor.offset, want), cursor.offset), want):
            yield item
