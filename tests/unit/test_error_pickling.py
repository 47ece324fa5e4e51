"""Every runbridge exception survives a pickle round trip (batches hand errors across processes) with its
message, status, body, request id, attempt count and operation; the live request and response stay behind."""

from __future__ import annotations

import importlib
import inspect
import pickle
import pkgutil
from typing import Any

import httpx
import pytest

import runbridge
from runbridge import errors

BODY = {"code": "E42", "message": "the server said no", "details": {"field": "name"}}


def _all_error_classes() -> list[type[errors.RunbridgeError]]:
    for module in pkgutil.walk_packages(runbridge.__path__, "runbridge."):
        if ".sandbox" not in module.name and not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found: list[type[errors.RunbridgeError]] = []
    pending: list[type[errors.RunbridgeError]] = [errors.RunbridgeError]
    while pending:
        cls = pending.pop()
        if cls not in found and "_token_base" not in cls.__dict__:
            found.append(cls)
            pending.extend(cls.__subclasses__())
    return sorted(found, key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")


ERROR_CLASSES = _all_error_classes()


def _response(status: int) -> httpx.Response:
    request = httpx.Request("GET", "http://127.0.0.1:1/v1/things/7", extensions={"runbridge.operation": "get_thing"})
    return httpx.Response(status, json=BODY, headers={"x-request-id": "req-123"}, request=request)


def _build(cls: type[errors.RunbridgeError]) -> errors.RunbridgeError:
    """An instance made the way runbridge makes one of its kind, with every attribute a caller reads."""
    if issubclass(cls, errors.APIStatusError):
        return cls("GET /v1/things/7 answered 418", response=_response(418), body=BODY, attempts=2)
    if issubclass(cls, errors.UnexpectedStatus):
        return cls(299, b"surprise")
    if cls.__name__ == "RunFailedError":
        from runbridge.runs.types import Run, RunStatus

        return cls(Run(id="run-1", status=RunStatus("failed"), error={"code": "E42", "message": "no"}))  # type: ignore[call-arg]
    known: dict[str, Any] = {
        "response": _response(200),
        "request": _response(200).request,
        "operation": "get_thing",
        "field": "items[0].id",
        "attempts": 3,
        "status_code": 400,
        "body": BODY,
    }
    parameters = inspect.signature(cls.__init__).parameters
    keywords = {
        name: known.get(name, "value")
        for name, parameter in parameters.items()
        if parameter.kind is parameter.KEYWORD_ONLY and (name in known or parameter.default is parameter.empty)
    }
    return cls("something is wrong", **keywords)


def _observable(error: BaseException) -> dict[str, Any]:
    names = ("args", "message", "status_code", "body", "request_id", "attempts", "operation", "field", "code")
    seen = {name: getattr(error, name) for name in names if hasattr(error, name)}
    seen["str"] = str(error)
    seen["type"] = type(error)
    return seen


def test_the_walk_finds_the_whole_hierarchy() -> None:
    names = {cls.__name__ for cls in ERROR_CLASSES}
    assert {"APIStatusError", "UnauthorizedException", "AgentNotFoundOrForbiddenError", "InvalidArgumentError"} <= names
    assert len(ERROR_CLASSES) > 60


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda cls: f"{cls.__module__}.{cls.__qualname__}")
def test_every_error_survives_pickle_with_what_a_caller_reads(cls: type[errors.RunbridgeError]) -> None:
    error = _build(cls)
    restored = pickle.loads(pickle.dumps(error))  # noqa: S301 - bytes this test just made
    assert _observable(restored) == _observable(error)
    if isinstance(error, errors.APIStatusError):
        assert (restored.status_code, restored.body, restored.request_id) == (418, BODY, "req-123")
        assert restored.response is None  # the live response stays in the process that received it
    with pytest.raises(cls):
        raise restored


def test_a_token_refusal_pickles_as_both_its_status_class_and_token_error() -> None:
    from runbridge.runai.errors import ApiException, UnauthorizedException

    response = _response(401)
    refusal = errors.TokenError("token endpoint answered 401: bad secret", status_code=401, body=BODY)
    error = errors.as_token_error(refusal, ApiException.from_response(response))
    restored = pickle.loads(pickle.dumps(error))  # noqa: S301 - bytes this test just made
    assert isinstance(restored, UnauthorizedException)
    assert isinstance(restored, errors.TokenError)
    assert isinstance(restored, errors.AuthenticationError)
    assert (restored.status_code, restored.body, str(restored)) == (
        401,
        BODY,
        "token endpoint answered 401: bad secret",
    )
