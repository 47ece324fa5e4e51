"""`api_retry(operation_name)`: retry a runner's call on transient failures only, sync or async.

Transient means what `runbridge.retry.is_transient` says: connection errors, timeouts, 408, 429 and 5xx, whether
raised as runbridge or httpx errors or by other libraries (requests, openai, ...), recognised by their status
code or class name. A 4xx (bad request, auth, not
found) is raised at once: sending the same request again cannot fix it. The policy is the decorator's own
`retry_config` when given, else the runner's (so `MyRunner(config, retry_config=RetryConfig(enabled=False))`
switches retries off), else `RetryConfig()`. Each try and retry is reported to the query's trace.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, ParamSpec, TypeVar, cast, overload

from runbridge._redact import redact_text
from runbridge.retry import FINAL, Judgement, RetryConfig, Retrying, is_transient
from runbridge.runners.tracing import current_recorder

__all__ = ["RetryConfig", "api_retry"]

logger = logging.getLogger("runbridge.runners")

P = ParamSpec("P")
T = TypeVar("T")


def _policy(explicit: RetryConfig | None, args: tuple[Any, ...]) -> RetryConfig:
    if explicit is not None:
        return explicit
    if args:
        runner_policy = getattr(args[0], "retry_config", None)
        if isinstance(runner_policy, RetryConfig):
            return runner_policy
    return RetryConfig()


def _judge(outcome: object) -> Judgement:
    if not isinstance(outcome, Exception) or not is_transient(outcome):
        return FINAL
    headers = getattr(getattr(outcome, "response", None), "headers", None)
    return Judgement(retry=True, headers=headers if isinstance(headers, Mapping) else None)


def _retrying(operation: str, policy: RetryConfig) -> Retrying[Any]:
    def on_retry(outcome: object, attempt: int, delay: float) -> None:
        assert isinstance(outcome, Exception)  # results are never retried
        recorder = current_recorder()
        if recorder is not None:
            recorder.record_retry(operation, attempt, outcome, delay)
        logger.warning(
            "%s failed (%s: %s); retry %d of %d in %.2fs",
            operation,
            type(outcome).__name__,
            redact_text(str(outcome))[:300],
            attempt,
            policy.max_attempts - 1,
            delay,
        )

    return Retrying(policy, _judge, on_retry=on_retry)


def _note_try(operation: str, attempt: int) -> None:
    recorder = current_recorder()
    if recorder is not None:
        recorder.record_try(operation, attempt)


@overload
def api_retry(
    operation_name: str, *, retry_config: RetryConfig | None = None
) -> Callable[[Callable[P, T]], Callable[P, T]]: ...


@overload
def api_retry(operation_name: Callable[P, T], *, retry_config: RetryConfig | None = None) -> Callable[P, T]: ...


def api_retry(
    operation_name: str | Callable[P, T] = "API call", *, retry_config: RetryConfig | None = None
) -> Callable[[Callable[P, T]], Callable[P, T]] | Callable[P, T]:
    """Decorate a function or method (sync or async) so transient failures are retried with backoff.

        @api_retry("Chatbot API call")
        def execute(self, query: str, **kwargs) -> APIResponseData: ...

    The wait honours a response's Retry-After. Non-transient errors and the last failure are re-raised
    unchanged, with `.attempts` set to the number of sends made. Retrying clients called inside share this
    decorator's budget (runbridge.retry), so a call that keeps failing is sent at most `max_attempts` times.
    """
    if callable(operation_name):  # used bare: @api_retry
        return api_retry("API call", retry_config=retry_config)(operation_name)
    name = operation_name

    def decorate(function: Callable[P, T]) -> Callable[P, T]:
        if inspect.iscoroutinefunction(function):
            async_function = cast(Callable[P, Awaitable[Any]], function)

            @functools.wraps(function)
            async def async_wrapper(*args: P.args, **kwargs: P.kwargs) -> Any:
                async def attempt(number: int) -> Any:
                    _note_try(name, number)
                    return await async_function(*args, **kwargs)

                return await _retrying(name, _policy(retry_config, args)).acall(attempt)

            return cast(Callable[P, T], async_wrapper)

        @functools.wraps(function)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
            def attempt(number: int) -> T:
                _note_try(name, number)
                return function(*args, **kwargs)

            return cast(T, _retrying(name, _policy(retry_config, args)).call(attempt))

        return wrapper

    return decorate
