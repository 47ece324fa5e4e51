"""Run a client method's plan: one logic for sync and async, with I/O done by a thin driver.

Each public method is written once, as a generator (a "plan") that yields `Call`s - a generated endpoint and its
arguments - and receives each call's result as plain data (dicts, lists, str or bytes). The sync client drives
plans with `run_sync`, the async client with `run_async`; a failed call is thrown into the plan, so a plan can
recover from it. An answer that means "this viewer version has no such endpoint" is thrown in as
UnsupportedFeatureError naming the version (see _features.py).
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Awaitable, Generator, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs

from runbridge.runicorn._features import is_missing_endpoint, unsupported
from runbridge.runicorn.errors import RunicornAPIError, translate

if TYPE_CHECKING:
    from runbridge_generated.runicorn_viewer.types import Response

__all__ = ["AsyncRunner", "Call", "Endpoint", "Plan", "SyncRunner", "run_async", "run_sync", "unset_none"]

T = TypeVar("T")


class Endpoint:
    """A generated endpoint module (`"runs.get_run"`), imported on first use: importing every endpoint and the models
    they use up front would make `import runbridge.runicorn` load over a hundred modules."""

    def __init__(self, name: str) -> None:
        self.name = name

    @functools.cached_property
    def module(self) -> ModuleType:
        return importlib.import_module(f"runbridge_generated.runicorn_viewer.api.{self.name}")

    def __repr__(self) -> str:
        return f"Endpoint({self.name!r})"


_HEALTH = Endpoint("health.get_health")


@attrs.frozen
class Call:
    """One call of a generated endpoint with keyword arguments (`client` is added by the driver)."""

    endpoint: Endpoint
    kwargs: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def operation(self) -> str:
        return str(getattr(self.endpoint.module, "OPERATION", self.endpoint.name))


Plan = Generator[Call, Any, T]


class SyncRunner(Protocol):
    """Runs a plan with blocking I/O and returns its result (the sync client's `_run`)."""

    def __call__(self, plan: Plan[T], /) -> T: ...


class AsyncRunner(Protocol):
    """Runs a plan with asyncio and returns an awaitable of its result (the async client's `_run`)."""

    def __call__(self, plan: Plan[T], /) -> Awaitable[T]: ...


def unset_none(value: T | None) -> T | Any:
    """Generated endpoints mark an omitted optional argument with UNSET, not None."""
    # Imported here, not with the module: the generated package loads httpx, which a plan needs only when it runs.
    from runbridge_generated.runicorn_viewer.types import UNSET

    return UNSET if value is None else value


def _plain(value: Any) -> Any:
    """Generated models and lists of them as dicts and lists; files as bytes."""
    from runbridge_generated.runicorn_viewer.types import File

    if isinstance(value, File):
        return value.payload.read()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    return value


def _result(response: Response[Any]) -> Any:
    return _plain(response.parsed)


def _viewer_version(health: Response[Any]) -> str | None:
    version = getattr(health.parsed, "version", None)
    return version if isinstance(version, str) else None


def _version_sync(client: Any) -> str | None:
    try:
        with translate():
            return _viewer_version(_HEALTH.module.sync_detailed(client=client))
    except RunicornAPIError:
        return None


async def _version_async(client: Any) -> str | None:
    try:
        with translate():
            return _viewer_version(await _HEALTH.module.asyncio_detailed(client=client))
    except RunicornAPIError:
        return None


def run_sync(plan: Plan[T], client: Any) -> T:
    """Drive `plan` with blocking calls on the generated `client`."""
    try:
        call = next(plan)
        while True:
            try:
                with translate():
                    response = call.endpoint.module.sync_detailed(client=client, **call.kwargs)
                result = _result(response)
            except RunicornAPIError as exc:
                if is_missing_endpoint(call.operation, exc):
                    exc = unsupported(call.operation, _version_sync(client), exc)
                call = plan.throw(exc)
            else:
                call = plan.send(result)
    except StopIteration as stop:
        value: T = stop.value
        return value
    finally:
        plan.close()


async def run_async(plan: Plan[T], client: Any) -> T:
    """Drive `plan` with awaited calls on the generated `client`."""
    try:
        call = next(plan)
        while True:
            try:
                with translate():
                    response = await call.endpoint.module.asyncio_detailed(client=client, **call.kwargs)
                result = _result(response)
            except RunicornAPIError as exc:
                if is_missing_endpoint(call.operation, exc):
                    exc = unsupported(call.operation, await _version_async(client), exc)
                call = plan.throw(exc)
            else:
                call = plan.send(result)
    except StopIteration as stop:
        value: T = stop.value
        return value
    finally:
        plan.close()
