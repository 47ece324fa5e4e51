"""Offset/limit auto-paging, sync and async: iterate items across pages, stop on a short page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TypeVar

__all__ = ["aiter_offset", "iter_offset"]

T = TypeVar("T")


def _check(page_size: int, start: int, limit: int | None) -> None:
    if page_size < 1:
        raise ValueError(f"page_size must be >= 1, not {page_size}")
    if start < 0:
        raise ValueError(f"start must be >= 0, not {start}")
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0, not {limit}")


def iter_offset(
    fetch: Callable[[int, int], Sequence[T]], *, page_size: int = 100, start: int = 0, limit: int | None = None
) -> Iterator[T]:
    """Yield items from `fetch(offset, page_size)` page after page until a page comes back short,
    or `limit` items have been yielded. Pages are fetched lazily, as the caller iterates."""
    _check(page_size, start, limit)
    offset, produced = start, 0
    while limit is None or produced < limit:
        want = page_size if limit is None else min(page_size, limit - produced)
        page = fetch(offset, want)
        yield from page[:want]
        produced += min(len(page), want)
        offset += len(page)
        if len(page) < want:
            return


async def aiter_offset(
    fetch: Callable[[int, int], Awaitable[Sequence[T]]],
    *,
    page_size: int = 100,
    start: int = 0,
    limit: int | None = None,
) -> AsyncIterator[T]:
    """The async twin of iter_offset."""
    _check(page_size, start, limit)
    offset, produced = start, 0
    while limit is None or produced < limit:
        want = page_size if limit is None else min(page_size, limit - produced)
        page = await fetch(offset, want)
        for item in page[:want]:
            yield item
        produced += min(len(page), want)
        offset += len(page)
        if len(page) < want:
            return
