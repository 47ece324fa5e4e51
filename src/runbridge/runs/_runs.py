"""`client.runs`: the runs resource, `Runs` and its asyncio twin `AsyncRuns`, and the event streams they open.

Each method is a thin shell: `_wire` builds the request and reads the answer, a generated endpoint sends it
through runbridge's transport (auth, retries, errors). Lists and searches page lazily with
runbridge.pagination; streams are decoded with runbridge.streaming. The sync and async classes sit side by
side so that a change to one is made to the other in the same place (tests/unit/test_parity.py checks that
their public signatures match).
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import inspect
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import Any

import httpx
from runbridge_generated.runs.api.runs import (
    compute_run_facets,
    create_run,
    find_runs,
    get_run,
    get_run_filter_options,
    list_runs,
    search_runs,
    stream_run,
)
from runbridge_generated.runs.client import AuthenticatedClient
from runbridge_generated.runs.models import FilterField
from runbridge_generated.runs.types import UNSET

from runbridge.errors import APITimeoutError, StreamInterruptedError
from runbridge.pagination import aiter_offset, iter_offset
from runbridge.runs import _wire
from runbridge.runs.errors import RunFailedError
from runbridge.runs.types import FilterOption, Run, RunChunk, RunClosed, RunEvent, RunFacets
from runbridge.streaming import aiter_sse, iter_sse

logger = logging.getLogger("runbridge.runs")


class RunStream:
    """The events of one run's stream: iterate it for `RunChunk`s and a final `RunClosed`; close it when done
    (or use it as a context manager). A stream that ends before `close` raises StreamInterruptedError."""

    def __init__(self, opened: contextlib.AbstractContextManager[httpx.Response], run_id: str) -> None:
        self.run_id = run_id
        self._opened = opened
        self.response = opened.__enter__()  # status errors (404, 401 after a refresh) are raised here
        self._events = iter_sse(self.response, end_event=_wire.CLOSE_EVENT)
        self._done = False
        self.closed: RunClosed | None = None

    def __iter__(self) -> Iterator[RunEvent]:
        return self

    def __next__(self) -> RunEvent:
        while True:
            try:
                frame = next(self._events)
            except BaseException:  # the end, a broken stream, or the caller's own exit: release the connection
                self.close()
                raise
            event = _wire.to_event(frame)
            if event is None:
                continue
            if isinstance(event, RunClosed):
                self.closed = event
            return event

    def chunks(self) -> Iterator[RunChunk]:
        """Only the output chunks (the close event is kept in `.closed`)."""
        for event in self:
            if isinstance(event, RunChunk):
                yield event

    def text(self) -> str:
        """Read the rest of the stream and return its text."""
        return "".join(chunk.text for chunk in self.chunks())

    def close(self) -> None:
        if self._done:
            return
        self._done = True
        self._events.close()
        self._opened.__exit__(None, None, None)

    def __enter__(self) -> RunStream:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RunStream(run_id={self.run_id!r}, closed={self.closed!r})"


class Runs:
    """List, retrieve, create, stream, search and execute runs."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        *,
        interaction: str | Iterable[str] | None = None,
        status: str | Iterable[str] | None = None,
        model: str | Iterable[str] | None = None,
        environment: str | Iterable[str] | None = None,
        tag: str | Iterable[str] | None = None,
        parent: str | bool | None = None,
        limit: int | None = None,
        page_size: int = 100,
        offset: int = 0,
    ) -> Iterator[Run]:
        """Runs, most recently updated first, fetched page by page as you iterate.

        Filters take one value or several (a run matches any of them); `parent=False` means root runs only.
        `limit` caps the total number of runs; `page_size` is the number asked for per request.
        """
        _wire.check_page(limit, page_size)
        filters = _wire.list_filters(
            interaction=interaction, status=status, model=model, environment=environment, tag=tag, parent=parent
        )

        def fetch(page_offset: int, page_limit: int) -> list[Run]:
            response = list_runs.sync_detailed(client=self._client, limit=page_limit, offset=page_offset, **filters)
            return _wire.runs_from(response, list_runs.OPERATION)

        return iter_offset(fetch, page_size=page_size, start=offset, limit=limit)

    def retrieve(self, run_id: str, *, include_prompt: bool | None = None) -> Run:
        """One run; `include_prompt=False` leaves out the rendered prompt, which can be large."""
        _wire.check_id(run_id)
        response = get_run.sync_detailed(
            run_id, client=self._client, include_prompt=UNSET if include_prompt is None else include_prompt
        )
        return _wire.run_from(response, get_run.OPERATION)

    def create(
        self,
        interaction: str,
        data: Mapping[str, Any] | None = None,
        *,
        config: Mapping[str, Any] | None = None,
        stream: bool = False,
        tag: str | None = None,
        tags: Sequence[str] | None = None,
    ) -> Run:
        """Execute `interaction` with input `data`.

        `config` sets `environment`, `model`, `temperature`, ...; `tag` picks a tagged version of the interaction
        (sent as `x-interaction-tag`); `tags` label the run. Without `stream` the call returns the finished run;
        with `stream=True` it returns at once and the output is read with `stream(run.id)`.
        """
        body = _wire.create_body(interaction, data, config, stream, tags)
        response = create_run.sync_detailed(
            client=self._client, body=body, x_interaction_tag=UNSET if tag is None else tag
        )
        return _wire.run_from(response, create_run.OPERATION)

    def stream(self, run_id: str, *, last_event_id: str | None = None) -> RunStream:
        """Open the run's event stream (resuming after `last_event_id` if given)."""
        _wire.check_id(run_id)
        opened = stream_run.stream(
            run_id, client=self._client, last_event_id=UNSET if last_event_id is None else last_event_id
        )
        return RunStream(opened, run_id)

    def execute(
        self,
        interaction: str,
        data: Mapping[str, Any] | None = None,
        *,
        config: Mapping[str, Any] | None = None,
        tag: str | None = None,
        tags: Sequence[str] | None = None,
        on_chunk: Callable[[str], object] | None = None,
        raise_on_failure: bool = True,
        reconnects: int = 3,
    ) -> Run:
        """Create a streaming run, pass each chunk's text to `on_chunk` as it arrives, and return the finished
        run as the service stores it. A failed run raises RunFailedError (or is returned, if not
        `raise_on_failure`).

        A stream that breaks is reopened after the last chunk received (`Last-Event-ID`), up to `reconnects`
        times in a row without progress; then StreamInterruptedError is raised.
        """
        run = self.create(interaction, data, config=config, stream=True, tag=tag, tags=tags)
        if not run.finished:
            self._follow(run.id, on_chunk, _wire.StreamResume(reconnects))
            run = self._settle(run.id)
        if raise_on_failure and run.status == "failed":
            raise RunFailedError(run)
        return run

    def _follow(self, run_id: str, on_chunk: Callable[[str], object] | None, resume: _wire.StreamResume) -> None:
        while True:
            try:
                with self.stream(run_id, last_event_id=resume.last_event_id) as events:
                    resume.connected()
                    for chunk in events.chunks():
                        resume.seen(chunk)
                        if on_chunk is not None:
                            on_chunk(chunk.text)
                return
            except (StreamInterruptedError, APITimeoutError) as exc:
                delay = resume.retry_delay()
                if delay is None:
                    raise
                logger.info(
                    "stream of run %s broke (%s); reconnecting after chunk %s", run_id, exc, resume.last_event_id
                )
                time.sleep(delay)

    def _settle(self, run_id: str) -> Run:
        run = self.retrieve(run_id)
        for delay in _wire.SETTLE_DELAYS:
            if run.finished:
                break
            logger.debug("run %s still %s after its stream closed; reading it again", run_id, run.status)
            time.sleep(delay)
            run = self.retrieve(run_id)
        return run

    def search(
        self,
        where: Mapping[str, Any] | None = None,
        *,
        limit: int | None = None,
        page_size: int = 100,
        offset: int = 0,
        **fields: Any,
    ) -> Iterator[Run]:
        """Runs matching a search query, page by page: `search(status="completed", tags=["a"], start=dt)`.

        The conditions are keywords and/or a `where` mapping: name, status, interaction, environment, model,
        tags, query (full text), parent, is_root, object, start, end (datetimes or ISO strings).
        """
        _wire.check_page(limit, page_size)
        search_query = _wire.search_query(where, fields)

        def fetch(page_offset: int, page_limit: int) -> list[Run]:
            body = _wire.search_body(search_query, page_offset, page_limit)
            return _wire.runs_from(search_runs.sync_detailed(client=self._client, body=body), search_runs.OPERATION)

        return iter_offset(fetch, page_size=page_size, start=offset, limit=limit)

    def facets(
        self,
        facets: Mapping[str, str] | Iterable[str] | None = None,
        *,
        where: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> RunFacets:
        """Count matching runs per value of some fields.

        `facets` is `{name: field}` or a list of fields (answered under `environments`, `interactions`,
        `models`, `statuses`, `tags`); the default is those five. Runs are selected like `search`'s.
        """
        body = _wire.facets_body(facets, _wire.search_query(where, fields))
        response = compute_run_facets.sync_detailed(client=self._client, body=body)
        return _wire.facets_from(response, compute_run_facets.OPERATION)

    def find(
        self,
        query: Mapping[str, Any],
        *,
        limit: int | None = None,
        offset: int | None = None,
        select: str | Iterable[str] | None = None,
    ) -> builtins.list[dict[str, Any]]:
        """Runs matching a MongoDB-style query (`$eq $ne $in $nin $gt $gte $lt $lte $exists $and $or`), as dicts
        holding the fields named in `select` (all fields if None)."""
        body = _wire.find_body(query, limit, offset, select)
        return _wire.found_from(find_runs.sync_detailed(client=self._client, body=body), find_runs.OPERATION)

    def filter_options(
        self,
        field: str,
        *,
        interaction: str | Iterable[str] | None = None,
        status: str | Iterable[str] | None = None,
        model: str | Iterable[str] | None = None,
        environment: str | Iterable[str] | None = None,
        tag: str | Iterable[str] | None = None,
        parent: str | bool | None = None,
    ) -> builtins.list[FilterOption]:
        """The values of `field` (interaction, environment, model, status, tag; other names are passed on as
        given) among the matching runs, with counts, most frequent first."""
        _wire.check_id(field, "field")
        filters = _wire.list_filters(
            interaction=interaction, status=status, model=model, environment=environment, tag=tag, parent=parent
        )
        response = get_run_filter_options.sync_detailed(FilterField(field), client=self._client, **filters)
        return _wire.options_from(response, get_run_filter_options.OPERATION)


class AsyncRunStream:
    """The events of one run's stream: `async for` it, and close it (or use `async with`)."""

    def __init__(self, opened: contextlib.AbstractAsyncContextManager[httpx.Response], run_id: str) -> None:
        self.run_id = run_id
        self._opened = opened
        self._events: AsyncIterator[Any] | None = None
        self._done = False
        self.closed: RunClosed | None = None
        self.response: httpx.Response | None = None

    @classmethod
    async def open(cls, opened: contextlib.AbstractAsyncContextManager[httpx.Response], run_id: str) -> AsyncRunStream:
        stream = cls(opened, run_id)
        stream.response = await opened.__aenter__()  # status errors are raised here
        stream._events = aiter_sse(stream.response, end_event=_wire.CLOSE_EVENT)
        return stream

    def __aiter__(self) -> AsyncRunStream:
        return self

    async def __anext__(self) -> RunEvent:
        if self._events is None:
            raise StopAsyncIteration
        while True:
            try:
                frame = await self._events.__anext__()
            except BaseException:
                await self.close()
                raise
            event = _wire.to_event(frame)
            if event is None:
                continue
            if isinstance(event, RunClosed):
                self.closed = event
            return event

    async def chunks(self) -> AsyncIterator[RunChunk]:
        """Only the output chunks (the close event is kept in `.closed`)."""
        async for event in self:
            if isinstance(event, RunChunk):
                yield event

    async def text(self) -> str:
        """Read the rest of the stream and return its text."""
        return "".join([chunk.text async for chunk in self.chunks()])

    async def close(self) -> None:
        if self._done:
            return
        self._done = True
        if self._events is not None:
            await self._events.aclose()  # type: ignore[attr-defined]
        await self._opened.__aexit__(None, None, None)

    async def aclose(self) -> None:
        """The same as `close()`, under httpx's name."""
        await self.close()

    async def __aenter__(self) -> AsyncRunStream:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncRunStream(run_id={self.run_id!r}, closed={self.closed!r})"


ChunkCallback = Callable[[str], object] | Callable[[str], Awaitable[object]]


class AsyncRuns:
    """List, retrieve, create, stream, search and execute runs, with asyncio."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        *,
        interaction: str | Iterable[str] | None = None,
        status: str | Iterable[str] | None = None,
        model: str | Iterable[str] | None = None,
        environment: str | Iterable[str] | None = None,
        tag: str | Iterable[str] | None = None,
        parent: str | bool | None = None,
        limit: int | None = None,
        page_size: int = 100,
        offset: int = 0,
    ) -> AsyncIterator[Run]:
        """Runs, most recently updated first, fetched page by page as you `async for` (see RunsClient)."""
        _wire.check_page(limit, page_size)
        filters = _wire.list_filters(
            interaction=interaction, status=status, model=model, environment=environment, tag=tag, parent=parent
        )

        async def fetch(page_offset: int, page_limit: int) -> list[Run]:
            response = await list_runs.asyncio_detailed(
                client=self._client, limit=page_limit, offset=page_offset, **filters
            )
            return _wire.runs_from(response, list_runs.OPERATION)

        return aiter_offset(fetch, page_size=page_size, start=offset, limit=limit)

    async def retrieve(self, run_id: str, *, include_prompt: bool | None = None) -> Run:
        """One run; `include_prompt=False` leaves out the rendered prompt."""
        _wire.check_id(run_id)
        response = await get_run.asyncio_detailed(
            run_id, client=self._client, include_prompt=UNSET if include_prompt is None else include_prompt
        )
        return _wire.run_from(response, get_run.OPERATION)

    async def create(
        self,
        interaction: str,
        data: Mapping[str, Any] | None = None,
        *,
        config: Mapping[str, Any] | None = None,
        stream: bool = False,
        tag: str | None = None,
        tags: Sequence[str] | None = None,
    ) -> Run:
        """Execute `interaction` with input `data` (see RunsClient.runs.create)."""
        body = _wire.create_body(interaction, data, config, stream, tags)
        response = await create_run.asyncio_detailed(
            client=self._client, body=body, x_interaction_tag=UNSET if tag is None else tag
        )
        return _wire.run_from(response, create_run.OPERATION)

    async def stream(self, run_id: str, *, last_event_id: str | None = None) -> AsyncRunStream:
        """Open the run's event stream: `async with await client.runs.stream(id) as events: ...`."""
        _wire.check_id(run_id)
        opened = stream_run.astream(
            run_id, client=self._client, last_event_id=UNSET if last_event_id is None else last_event_id
        )
        return await AsyncRunStream.open(opened, run_id)

    async def execute(
        self,
        interaction: str,
        data: Mapping[str, Any] | None = None,
        *,
        config: Mapping[str, Any] | None = None,
        tag: str | None = None,
        tags: Sequence[str] | None = None,
        on_chunk: ChunkCallback | None = None,
        raise_on_failure: bool = True,
        reconnects: int = 3,
    ) -> Run:
        """Create a streaming run, pass each chunk's text to `on_chunk` (a function or a coroutine function),
        and return the finished run as stored. A failed run raises RunFailedError unless not
        `raise_on_failure`. A broken stream is resumed as in RunsClient.runs.execute."""
        run = await self.create(interaction, data, config=config, stream=True, tag=tag, tags=tags)
        if not run.finished:
            await self._follow(run.id, on_chunk, _wire.StreamResume(reconnects))
            run = await self._settle(run.id)
        if raise_on_failure and run.status == "failed":
            raise RunFailedError(run)
        return run

    async def _follow(self, run_id: str, on_chunk: ChunkCallback | None, resume: _wire.StreamResume) -> None:
        while True:
            try:
                async with await self.stream(run_id, last_event_id=resume.last_event_id) as events:
                    resume.connected()
                    async for chunk in events.chunks():
                        resume.seen(chunk)
                        if on_chunk is not None:
                            outcome = on_chunk(chunk.text)
                            if inspect.isawaitable(outcome):
                                await outcome
                return
            except (StreamInterruptedError, APITimeoutError) as exc:
                delay = resume.retry_delay()
                if delay is None:
                    raise
                logger.info(
                    "stream of run %s broke (%s); reconnecting after chunk %s", run_id, exc, resume.last_event_id
                )
                await asyncio.sleep(delay)

    async def _settle(self, run_id: str) -> Run:
        run = await self.retrieve(run_id)
        for delay in _wire.SETTLE_DELAYS:
            if run.finished:
                break
            logger.debug("run %s still %s after its stream closed; reading it again", run_id, run.status)
            await asyncio.sleep(delay)
            run = await self.retrieve(run_id)
        return run

    def search(
        self,
        where: Mapping[str, Any] | None = None,
        *,
        limit: int | None = None,
        page_size: int = 100,
        offset: int = 0,
        **fields: Any,
    ) -> AsyncIterator[Run]:
        """Runs matching a search query, page by page (see RunsClient.runs.search)."""
        _wire.check_page(limit, page_size)
        search_query = _wire.search_query(where, fields)

        async def fetch(page_offset: int, page_limit: int) -> list[Run]:
            body = _wire.search_body(search_query, page_offset, page_limit)
            response = await search_runs.asyncio_detailed(client=self._client, body=body)
            return _wire.runs_from(response, search_runs.OPERATION)

        return aiter_offset(fetch, page_size=page_size, start=offset, limit=limit)

    async def facets(
        self,
        facets: Mapping[str, str] | Iterable[str] | None = None,
        *,
        where: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> RunFacets:
        """Count matching runs per value of some fields (see RunsClient.runs.facets)."""
        body = _wire.facets_body(facets, _wire.search_query(where, fields))
        response = await compute_run_facets.asyncio_detailed(client=self._client, body=body)
        return _wire.facets_from(response, compute_run_facets.OPERATION)

    async def find(
        self,
        query: Mapping[str, Any],
        *,
        limit: int | None = None,
        offset: int | None = None,
        select: str | Iterable[str] | None = None,
    ) -> builtins.list[dict[str, Any]]:
        """Runs matching a MongoDB-style query, as dicts of the selected fields."""
        body = _wire.find_body(query, limit, offset, select)
        response = await find_runs.asyncio_detailed(client=self._client, body=body)
        return _wire.found_from(response, find_runs.OPERATION)

    async def filter_options(
        self,
        field: str,
        *,
        interaction: str | Iterable[str] | None = None,
        status: str | Iterable[str] | None = None,
        model: str | Iterable[str] | None = None,
        environment: str | Iterable[str] | None = None,
        tag: str | Iterable[str] | None = None,
        parent: str | bool | None = None,
    ) -> builtins.list[FilterOption]:
        """The values of `field` among the matching runs, with counts, most frequent first."""
        _wire.check_id(field, "field")
        filters = _wire.list_filters(
            interaction=interaction, status=status, model=model, environment=environment, tag=tag, parent=parent
        )
        response = await get_run_filter_options.asyncio_detailed(FilterField(field), client=self._client, **filters)
        return _wire.options_from(response, get_run_filter_options.OPERATION)
