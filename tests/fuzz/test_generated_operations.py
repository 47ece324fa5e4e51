"""Fuzz every generated operation's response handling: random and malformed bodies, headers and status codes.

For each operation in each generated package's `_operations.OPERATIONS`, the endpoint's `sync_detailed` is called
through a real RunbridgeClient (so 4xx/5xx go through the service's error factory as in production) whose
connection pool is an httpx.MockTransport answering what hypothesis draws: random JSON, JSON of the wrong shape
(the spec's own keys with values of the wrong type), truncated JSON, non-JSON text and bytes, empty bodies,
random headers (content types, encodings, request ids, Retry-After) and statuses including 499, 520 and 529.
The call must return a typed `Response` or raise a `RunbridgeError` — never KeyError, TypeError, AttributeError,
ValueError or JSONDecodeError.

The default run draws at least 5,000 examples in total, spread evenly over the operations, derandomized so CI
is never flaky; `RUNBRIDGE_FUZZ_EXAMPLES=50000` (as `make fuzz` sets it) scales the total up.
"""

from __future__ import annotations

import copy
import datetime
import enum
import importlib
import inspect
import io
import json
import math
import os
import re
import types
import typing
import uuid
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runbridge.errors import RunbridgeError
from runbridge.retry import RetryConfig
from runbridge.transport import ClientOptions, RunbridgeClient

PACKAGES = ("agents", "runai_controlplane", "runicorn_viewer", "runs")
TOTAL_EXAMPLES = int(os.environ.get("RUNBRIDGE_FUZZ_EXAMPLES", "5000"))


def _operations() -> list[tuple[str, str, str]]:
    """(package, route, endpoint module) for every generated operation."""
    found = []
    for package in PACKAGES:
        manifest = importlib.import_module(f"runbridge_generated.{package}._operations")
        for route, operation in manifest.OPERATIONS.items():
            found.append((package, route, operation.module))
    return found


OPERATIONS = _operations()
PER_OPERATION = math.ceil(TOTAL_EXAMPLES / len(OPERATIONS))

settings.register_profile(
    "runbridge-generated-operations",
    max_examples=PER_OPERATION,
    derandomize=True,  # the same examples on every run: a CI failure is always reproducible
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
PROFILE = settings.get_profile("runbridge-generated-operations")


# -- arguments for the request side ------------------------------------------------------------------------------
# The request is not what is fuzzed, so required parameters get one simple valid value built from the type hints.


class _ModelNames(dict[str, Any]):
    """Resolves the names a model imports only for type checking, from its package's lazy `models` module."""

    def __init__(self, module: str) -> None:
        super().__init__()
        self._models = importlib.import_module(module.rsplit(".", 1)[0])

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(self._models, name)
        except AttributeError:
            raise KeyError(name) from None  # not a model: eval goes on to the module's globals and builtins


def _first_arm(hint: Any) -> Any:
    arms = [arm for arm in typing.get_args(hint) if arm is not type(None) and getattr(arm, "__name__", "") != "Unset"]
    return arms[0]


def build_value(hint: Any, name: str = "value") -> Any:
    """A simple valid value of the annotated type (model classes are built from their required fields)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return build_value(_first_arm(hint), name)
    if origin is typing.Literal:
        return typing.get_args(hint)[0]
    if origin in (list, tuple, set, frozenset):
        return origin()
    if origin is dict:
        return {}
    if hint is str:
        return f"{name}-1"
    if hint is bool:
        return True
    if hint is int:
        return 1
    if hint is float:
        return 1.5
    if hint is uuid.UUID:
        return uuid.UUID("12345678-1234-5678-1234-567812345678")
    if hint is datetime.datetime:
        return datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    if hint is datetime.date:
        return datetime.date(2026, 1, 1)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return next(iter(hint))
    if isinstance(hint, type) and hint.__name__ == "File":
        return hint(payload=io.BytesIO(b"fuzz"), file_name="fuzz.txt")
    if isinstance(hint, type) and attrs.has(hint):
        hints = typing.get_type_hints(hint, localns=_ModelNames(hint.__module__))
        required = {
            field.alias or field.name: build_value(hints[field.name], field.name)
            for field in attrs.fields(hint)
            if field.default is attrs.NOTHING and field.init
        }
        return hint(**required)
    raise AssertionError(f"no simple value for {hint!r} (parameter {name})")


def required_arguments(function: Callable[..., Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(function)
    return {
        name: build_value(hints[name], name)
        for name, parameter in inspect.signature(function).parameters.items()
        if name != "client" and parameter.default is inspect.Parameter.empty
    }


# -- responses ---------------------------------------------------------------------------------------------------


@cache
def spec_keys(package: str) -> tuple[str, ...]:
    """Every JSON key the package's models read: wrong-shaped bodies use them so parsing gets past the top level."""
    models = Path(importlib.import_module(f"runbridge_generated.{package}.models").__file__ or "").parent
    keys: set[str] = set()
    for source in models.glob("*.py"):
        keys.update(re.findall(r'\.pop\("([^"]+)"', source.read_text()))
    return tuple(sorted(keys)) or ("id",)


JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)


def json_values(keys: tuple[str, ...]) -> st.SearchStrategy[Any]:
    key = st.sampled_from(keys) | st.text(max_size=8)
    return st.recursive(
        JSON_SCALARS,
        lambda children: st.lists(children, max_size=3) | st.dictionaries(key, children, max_size=4),
        max_leaves=6,
    )


def wrong_shapes(keys: tuple[str, ...]) -> st.SearchStrategy[Any]:
    """Objects made of the spec's keys whose values are random (often the wrong type), and lists of them."""
    values = json_values(keys)
    objects = st.dictionaries(st.sampled_from(keys), values, min_size=1, max_size=6)
    return objects | st.lists(objects, max_size=2) | st.dictionaries(st.sampled_from(keys), objects, max_size=2)


def documented_statuses(endpoint: types.ModuleType) -> list[int]:
    """The statuses the endpoint's parser knows, drawn often so the typed parsing path runs, not only fallbacks."""
    source = inspect.getsource(endpoint._parse_response)
    return sorted({int(code) for code in re.findall(r"status_code == (\d+)", source)}) or [200]


def valid_bodies(endpoint: types.ModuleType) -> list[Any]:
    """A valid JSON body for each model the endpoint can return (built from the models' required fields)."""
    found: list[Any] = []
    hint = typing.get_type_hints(endpoint.sync)["return"]
    for arm in typing.get_args(hint) or (hint,):
        many = typing.get_origin(arm) is list
        model = typing.get_args(arm)[0] if many else arm
        if isinstance(model, type) and attrs.has(model) and hasattr(model, "to_dict"):
            body = build_value(model).to_dict()
            found.append([body] if many else body)
    return found


@st.composite
def near_valid(draw: st.DrawFn, valid: list[Any], keys: tuple[str, ...]) -> Any:
    """A valid body, or one with a key dropped or a value replaced by random JSON (often of the wrong type)."""
    value = copy.deepcopy(draw(st.sampled_from(valid)))
    target = value[0] if isinstance(value, list) and value else value
    if isinstance(target, dict) and target and draw(st.booleans()):
        key = draw(st.sampled_from(sorted(target)))
        if draw(st.booleans()):
            del target[key]
        else:
            target[key] = draw(json_values(keys))
    return value


def bodies(keys: tuple[str, ...], valid: list[Any]) -> st.SearchStrategy[bytes]:
    encoded_json = (json_values(keys) | wrong_shapes(keys)).map(lambda value: json.dumps(value).encode())
    if valid:
        near = near_valid(valid, keys).map(lambda value: json.dumps(value, default=str).encode())
        encoded_json = near | near | encoded_json
    truncated = st.tuples(wrong_shapes(keys), st.integers(min_value=0, max_value=200)).map(
        lambda pair: json.dumps(pair[0]).encode()[: pair[1]]
    )
    return st.one_of(
        encoded_json,
        truncated,
        st.just(b""),
        st.sampled_from([b"null", b"[]", b"{}", b"<!doctype html><html><body>502</body></html>", b"\xff\xfe\x00"]),
        st.text(max_size=40).map(str.encode),
        st.binary(max_size=40),
    )


STATUSES = st.sampled_from(
    [200, 201, 202, 204, 206, 301, 304, 400, 401, 403, 404, 409, 410, 422, 429, 499, 500, 502, 503, 504, 520, 529]
) | st.integers(min_value=200, max_value=599)

HEADER_VALUE = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=30)
HEADERS = st.fixed_dictionaries(
    {},
    optional={
        "content-type": st.sampled_from(
            [
                "application/json",
                "application/json; charset=utf-8",
                "application/problem+json",
                "text/html; charset=utf-8",
                "text/plain",
                "text/event-stream",
                "application/octet-stream",
                "application/json; charset=latin-1",
            ]
        )
        | HEADER_VALUE,
        "x-request-id": HEADER_VALUE,
        "retry-after": HEADER_VALUE,
        "www-authenticate": HEADER_VALUE,
        "location": HEADER_VALUE,
        "content-encoding": st.sampled_from(["identity", "gzip", "br", "deflate"]),
        "x-fuzz": HEADER_VALUE,
    },
)


class WireBody(httpx.SyncByteStream):
    def __init__(self, body: bytes) -> None:
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        yield self._body


@attrs.define
class Answer:
    status: int = 200
    headers: dict[str, str] = attrs.field(factory=dict)
    body: bytes = b""


@pytest.fixture
def answered() -> Iterator[tuple[Answer, RunbridgeClient]]:
    """A runbridge client whose pool answers whatever the current example put in `Answer`."""
    answer = Answer()

    def handler(_request: httpx.Request) -> httpx.Response:
        # An unread stream, as a real connection gives: `content=` would hand the transport a body already read.
        return httpx.Response(answer.status, headers=answer.headers, stream=WireBody(answer.body))

    # No retries: every example is one exchange, and a drawn Retry-After must not make the run sleep.
    options = ClientOptions("http://fuzz.invalid", retry=RetryConfig(enabled=False), timeout=5.0, service="fuzz")
    client = RunbridgeClient(options, pool=httpx.MockTransport(handler))
    try:
        yield answer, client
    finally:
        client.close()


def test_the_default_run_draws_at_least_5000_examples() -> None:
    assert len(OPERATIONS) * PER_OPERATION >= 5000 or TOTAL_EXAMPLES < 5000


@pytest.mark.parametrize(("package", "route", "module"), OPERATIONS, ids=[f"{p}:{r}" for p, r, _ in OPERATIONS])
def test_an_operation_returns_a_typed_value_or_raises_a_runbridge_error(
    answered: tuple[Answer, RunbridgeClient], package: str, route: str, module: str
) -> None:
    answer, httpx_client = answered
    endpoint = importlib.import_module(f"runbridge_generated.{package}.{module}")
    client_module = importlib.import_module(f"runbridge_generated.{package}.client")
    types_module = importlib.import_module(f"runbridge_generated.{package}.types")
    generated = client_module.Client(base_url="http://fuzz.invalid")
    generated.set_httpx_client(httpx_client)
    arguments = required_arguments(endpoint.sync_detailed)
    documented = documented_statuses(endpoint)
    successes = [code for code in documented if code < 300] or [200]
    statuses = st.sampled_from(successes) | st.sampled_from(documented) | STATUSES

    @PROFILE
    @given(
        status=statuses,
        headers=HEADERS,
        body=bodies(spec_keys(package), valid_bodies(endpoint)),
        detailed=st.booleans(),
    )
    def check(status: int, headers: dict[str, str], body: bytes, detailed: bool) -> None:
        answer.status, answer.headers, answer.body = status, headers, body
        try:
            if detailed:
                result = endpoint.sync_detailed(client=generated, **arguments)
                assert isinstance(result, types_module.Response)
                assert int(result.status_code) == status
            else:
                endpoint.sync(client=generated, **arguments)
        except RunbridgeError as exc:
            if not str(exc):
                pytest.fail(f"{route}: {type(exc).__name__} without a message", pytrace=False)
        except Exception as exc:  # KeyError, TypeError, JSONDecodeError, httpx's own errors...: all are bugs
            pytest.fail(
                f"{route} answered {status} {headers!r} {body!r} raised {type(exc).__name__}: {exc}", pytrace=False
            )

    check()
