"""Every public sync class of a service has an asyncio twin with the same public surface, and the reverse.

The twins are written by hand over shared I/O-free logic (see the README's layout section); this test is what
keeps them in step: the same public methods and properties, with the same parameters (names, kinds and
defaults), on each side. The pool arguments and return types differ by nature and are not compared.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import pytest

SERVICES = ("runbridge.runs", "runbridge.runicorn", "runbridge.runagent", "runbridge.runai")
# Members only one side has, on purpose: `aclose` is httpx's name for the async close; an asyncio object whose
# setup must be awaited is made by an async factory (`open`) or checked by `await connect()`, where the blocking
# twin does it in its constructor.
ONE_SIDED = {"aclose", "open", "connect"}
# Constructor parameters that differ by nature: `transport` is an httpx sync or async transport; `backend` and
# `http_client` choose the connection pool of async clients only (aiohttp has no blocking client).
NOT_COMPARED = {"self", "transport", "backend", "http_client"}


def _classes() -> dict[str, type]:
    found: dict[str, type] = {}
    for service in SERVICES:
        package = importlib.import_module(service)
        for info in pkgutil.walk_packages(package.__path__, f"{service}."):
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                if inspect.isclass(value) and value.__module__.startswith(service) and not name.startswith("_"):
                    found[name] = value
    return found


CLASSES = _classes()
PAIRS = sorted((name, f"Async{name}") for name in CLASSES if f"Async{name}" in CLASSES and not name.startswith("Async"))


def _surface(cls: type) -> dict[str, Any]:
    surface: dict[str, Any] = {}
    for name, member in inspect.getmembers(cls):
        if name.startswith("_") and name not in ("__init__", "__iter__", "__aiter__"):
            continue
        if name in ONE_SIDED:
            continue
        if isinstance(member, property):
            surface[name] = "property"
        elif callable(member):
            try:
                signature = inspect.signature(member)
            except (TypeError, ValueError):
                continue
            surface[name] = [
                (parameter.name, parameter.kind, repr(parameter.default))
                for parameter in signature.parameters.values()
                if parameter.name not in NOT_COMPARED
            ]
    # Iteration is `__iter__` on one side and `__aiter__` on the other: compare them as one.
    for dunder in ("__iter__", "__aiter__"):
        if dunder in surface:
            surface["<iteration>"] = surface.pop(dunder)
    return surface


def test_the_walk_finds_the_twins_of_every_service() -> None:
    names = {name for name, _ in PAIRS}
    assert {"RunsClient", "Runs", "RunStream", "RunicornClient", "RunAgentClient", "ApiClient"} <= names


@pytest.mark.parametrize(("sync_name", "async_name"), PAIRS)
def test_sync_and_async_twins_offer_the_same_surface(sync_name: str, async_name: str) -> None:
    sync_surface = _surface(CLASSES[sync_name])
    async_surface = _surface(CLASSES[async_name])
    assert sorted(set(sync_surface) - set(async_surface)) == [], f"only on {sync_name}"
    assert sorted(set(async_surface) - set(sync_surface)) == [], f"only on {async_name}"
    for member, shape in sync_surface.items():
        assert async_surface[member] == shape, f"{sync_name}.{member} and {async_name}.{member} differ"


@pytest.mark.parametrize("service", SERVICES)
def test_every_service_client_is_built_on_the_skeleton(service: str) -> None:
    from runbridge._base_client import AsyncAPIClient, SyncAPIClient

    package = importlib.import_module(service)
    clients = [name for name in package.__all__ if name.endswith("Client") and f"Async{name}" in package.__all__]
    assert clients, service
    for name in clients:
        assert issubclass(getattr(package, name), SyncAPIClient), name
        assert issubclass(getattr(package, f"Async{name}"), AsyncAPIClient), name
