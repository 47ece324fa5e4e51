"""`api_retry(operation_name)`: retry a runner's call on transient failures only, sync or async.

Transient means what `runbridge.retry.is_transient` says: connection errors, timeouts, 408, 429 and 5xx, whether
raised as runbridge or httpx errors or by other libraries (requests, openai, ...), recognised by their status
code or class name. A 4xx (bad request, auth, not
found) is raised at once: sending the same request again cannot fix it. The policy is the decorator's own
`retry_config` when given, else the runner's (so `MyRunner(config, retry_config=RetryConfig(enabled=False))`
switches retries off), else `RetryConfig()`. Each try and retry is reported to the query's trace.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, ParamSpec, TypeVar, cast, overload

from runbridge._redact import redact_text
from runbridge.retry import RetryConfig, is_transient
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


def _should_retry(policy: RetryConfig, error: Exception, attempt: int) -> bool:
    return policy.enabled and attempt < policy.max_attempts and is_transient(error)


def _delay(policy: RetryConfig, error: Exception, attempt: int) -> float:
    response = getattr(error, "response", None)
    headers = getattr(response, "headers", None)
    return policy.delay(attempt - 1, headers if isinstance(headers, Mapping) else None)


def _note_failure(operation: str, policy: RetryConfig, error: Exception, attempt: int, delay: float) -> None:
    recorder = current_recorder()
    if recorder is not None:
        recorder.record_retry(operation, attempt, error, delay)
    logger.warning(
        "%s failed (%s: %s); retry %d of %d in %.2fs",
        operation,
        type(error).__name__,
        redact_text(str(error))[:300],
        attempt,
        policy.max_attempts - 1,
        delay,
    )


def _note_try(operation: str, attempt: int) -> None:
    recorder = current_recorder()
    if recorder is not None:
        recorder.record_try(operation, attempt)


def _mark_attempts(error: Exception, attempt: int) -> None:
    # runbridge errors carry `attempts`; setting it on others is harmless and tells the caller how hard we tried.
    try:
        if getattr(error, "attempts", None) is None or attempt > 1:
            error.attempts = attempt  # type: ignore[attr-defined]
    except AttributeError:  # exceptions with __slots__
        pass


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
    unchanged, with `.attempts` set to the number of tries made.
    """
    if callable(operation_name):  # used bare: @api_retry
        return api_retry("API call", retry_config=retry_config)(operation_name)
    name = operation_name

    def decorate(function: Callable[P, T]) -> Callable[P, T]:
        if inspect.iscoroutinefunction(function):
            async_function = cast(Callable[P, Awaitable[Any]], function)

            @functools.wraps(function)
            async def async_wrapper(*args: P.args, **kwargs: P.kwargs) -> Any:
                policy = _policy(retry_config, args)
                attempt = 1
                while True:
                    _note_try(name, attempt)
                    try:
                        return await async_function(*args, **kwargs)
                    except Exception as error:
                        if not _should_retry(policy, error, attempt):
                            _mark_attempts(error, attempt)
                            raise
                        delay = _delay(policy, error, attempt)
                        _note_failure(name, policy, error, attempt, delay)
                    await asyncio.sleep(delay)
                    attempt += 1

            return cast(Callable[P, T], async_wrapper)

        @functools.wraps(function)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
            policy = _policy(retry_config, args)
            attempt = 1
            while True:
                _note_try(name, attempt)
                try:
                    return function(*args, **kwargs)
                except Exception as error:
                    if not _should_retry(policy, error, attempt):
                        _mark_attempts(error, attempt)
                        raise
                    delay = _delay(policy, error, attempt)
                    _note_failure(name, policy, error, attempt, delay)
                time.sleep(delay)
                attempt += 1

        return wrapper

    return decorate
