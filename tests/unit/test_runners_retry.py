"""`api_retry`: transient failures are retried (sync and async), client errors and bugs are not."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from runbridge.errors import APIConnectionError, BadRequestError, InternalServerError, RateLimitError
from runbridge.runners import APIResponseData, APIRunner, BaseAPIRunner, RetryConfig, api_retry

NO_WAIT = RetryConfig(max_attempts=3, backoff_factor=0.0, jitter=False)


def status_error(cls: type[Any], status: int, headers: dict[str, str] | None = None) -> Any:
    request = httpx.Request("POST", "https://api.example.com/chat?api_key=sk-secret-value")
    response = httpx.Response(status, request=request, headers=headers or {"x-request-id": f"r{status}"})
    return cls(f"status {status}", response=response)


class ScriptedRunner(BaseAPIRunner):
    """Raises the scripted errors in turn, then answers."""

    def __init__(self, errors: list[BaseException], **kwargs: Any) -> None:
        super().__init__({}, **kwargs)
        self.errors = list(errors)
        self.calls = 0

    @api_retry("Scripted call")
    def execute(self, query: str, **kwargs: Any) -> APIResponseData:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return APIResponseData(query=query, actual_output="ok")


class AsyncScriptedRunner(ScriptedRunner):
    @api_retry("Async scripted call")
    async def aexecute(self, query: str, **kwargs: Any) -> APIResponseData:
        self.calls += 1
        await asyncio.sleep(0)
        if self.errors:
            raise self.errors.pop(0)
        return APIResponseData(query=query, actual_output="async ok")


@pytest.mark.parametrize(
    "error",
    [
        status_error(InternalServerError, 503),
        status_error(RateLimitError, 429, {"retry-after": "0"}),
        APIConnectionError("connection reset"),
        httpx.ConnectError("refused"),
        httpx.HTTPStatusError(
            "bad gateway",
            request=httpx.Request("GET", "https://x"),
            response=httpx.Response(502, request=httpx.Request("GET", "https://x")),
        ),
        TimeoutError("slow"),
    ],
    ids=["503", "429", "connection", "httpx-connect", "httpx-502", "timeout"],
)
def test_transient_failures_are_retried(error: BaseException) -> None:
    runner = ScriptedRunner([error], retry_config=NO_WAIT)
    assert runner.execute("q").actual_output == "ok"
    assert runner.calls == 2


@pytest.mark.parametrize(
    "error",
    [status_error(BadRequestError, 400), ValueError("a bug in the runner"), KeyError("choices")],
    ids=["400", "value-error", "key-error"],
)
def test_non_transient_failures_are_raised_at_once(error: BaseException) -> None:
    runner = ScriptedRunner([error], retry_config=NO_WAIT)
    with pytest.raises(type(error)):
        runner.execute("q")
    assert runner.calls == 1


def test_gives_up_after_max_attempts_and_reports_them() -> None:
    errors = [status_error(InternalServerError, 500) for _ in range(5)]
    runner = ScriptedRunner(errors, retry_config=NO_WAIT)
    with pytest.raises(InternalServerError) as caught:
        runner.execute("q")
    assert runner.calls == 3
    assert caught.value.attempts == 3


def test_disabled_retry_config_means_one_try() -> None:
    runner = ScriptedRunner([status_error(InternalServerError, 503)], retry_config=RetryConfig(enabled=False))
    with pytest.raises(InternalServerError):
        runner.execute("q")
    assert runner.calls == 1


def test_async_methods_are_retried_too() -> None:
    runner = AsyncScriptedRunner([APIConnectionError("reset"), APIConnectionError("reset")], retry_config=NO_WAIT)
    result = asyncio.run(runner.aexecute("q"))
    assert result.actual_output == "async ok"
    assert runner.calls == 3


def test_registry_trace_records_retries_without_secrets() -> None:
    shared: dict[str, ScriptedRunner] = {}

    class Traced(ScriptedRunner):
        def __init__(self, config: dict[str, Any], **kwargs: Any) -> None:
            super().__init__([status_error(InternalServerError, 503)], **kwargs)
            shared["runner"] = self

    APIRunner.register("unit_traced")(Traced)
    try:
        result = APIRunner(retry_config=NO_WAIT).execute("unit_traced", "q")
    finally:
        APIRunner.unregister("unit_traced")

    assert result.trace["attempts"] == 2
    retry = result.trace["retries"][0]
    assert retry["operation"] == "Scripted call"
    assert retry["error"]["status_code"] == 503
    assert retry["error"]["request_id"] == "r503"
    assert result.trace["status_codes"] == [503]
    assert "sk-secret-value" not in str(result.trace)


def test_failed_batch_item_keeps_the_typed_error_and_attempts() -> None:
    class AlwaysDown(BaseAPIRunner):
        @api_retry("Down call")
        def execute(self, query: str, **kwargs: Any) -> APIResponseData:
            raise status_error(InternalServerError, 500)

    runner = AlwaysDown({}, retry_config=NO_WAIT, show_progress=False)
    (result,) = asyncio.run(runner.execute_batch(["q"]))
    assert result.status == "failed"
    assert isinstance(result.error, InternalServerError)
    assert result.trace["attempts"] == 3
    assert result.trace["error"]["type"] == "InternalServerError"
    assert "sk-secret-value" not in result.to_json()


def test_bare_decorator_and_explicit_policy() -> None:
    calls = []

    @api_retry
    def bare() -> str:
        calls.append(1)
        if len(calls) < 2:
            raise APIConnectionError("reset")
        return "done"

    @api_retry("explicit", retry_config=RetryConfig(max_attempts=1))
    def single() -> str:
        raise APIConnectionError("reset")

    assert bare() == "done"
    with pytest.raises(APIConnectionError):
        single()


class APITimeoutError(Exception):
    """Shaped like openai.APITimeoutError (matched by name, no import)."""


class VendorStatusError(Exception):
    """Shaped like openai.APIStatusError: a `status_code` attribute."""

    def __init__(self, status_code: int) -> None:
        super().__init__(f"status {status_code}")
        self.status_code = status_code


@pytest.mark.parametrize(
    ("error", "retried"),
    [
        (APITimeoutError("timed out"), True),
        (VendorStatusError(429), True),
        (VendorStatusError(529), True),
        (VendorStatusError(401), False),
        (VendorStatusError(404), False),
    ],
    ids=["vendor-timeout", "vendor-429", "vendor-529", "vendor-401", "vendor-404"],
)
def test_other_sdks_errors_are_classified_too(error: BaseException, retried: bool) -> None:
    runner = ScriptedRunner([error], retry_config=NO_WAIT)
    if retried:
        assert runner.execute("q").actual_output == "ok"
        assert runner.calls == 2
    else:
        with pytest.raises(type(error)):
            runner.execute("q")
        assert runner.calls == 1
