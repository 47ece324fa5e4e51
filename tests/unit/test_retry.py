"""The retry policy (its parameters, delays and what it calls transient) and the one retry engine."""

from __future__ import annotations

import ast
import asyncio
import email.utils
import ssl
from collections.abc import Callable, Mapping
from pathlib import Path

import attrs
import httpx
import pytest

from runbridge import retry
from runbridge.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ConfigError,
    StreamInterruptedError,
)
from runbridge.retry import (
    FINAL,
    RETRYABLE_STATUS,
    Judgement,
    RetryClock,
    RetryConfig,
    Retrying,
    is_certificate_failure,
    is_transient,
    retry_after_seconds,
)

NOW = 1_800_000_000.0


def test_defaults_are_safe() -> None:
    config = RetryConfig()
    assert (config.enabled, config.max_attempts, config.backoff_factor, config.max_backoff) == (True, 3, 0.5, 8.0)
    assert config.jitter
    assert config.max_retry_after == 60.0
    assert config.max_retries == 2
    assert RetryConfig.none().max_retries == 0


@pytest.mark.parametrize("field", ["max_attempts", "backoff_factor", "max_backoff", "max_retry_after"])
def test_negative_parameters_are_rejected(field: str) -> None:
    with pytest.raises(ValueError, match=field):
        RetryConfig(**{field: -1})  # type: ignore[arg-type]


def test_with_max_retries() -> None:
    assert RetryConfig().with_max_retries(5).max_attempts == 6
    assert RetryConfig().with_max_retries(0).enabled is False
    assert RetryConfig.none().with_max_retries(2).max_retries == 2  # asking by number switches retries on
    for bad in (-1, 1.5, True):
        with pytest.raises(ValueError, match="max_retries"):
            RetryConfig().with_max_retries(bad)  # type: ignore[arg-type]


def test_backoff_without_jitter_doubles_up_to_the_cap() -> None:
    config = RetryConfig(backoff_factor=0.5, max_backoff=3.0, jitter=False)
    assert [config.backoff(n) for n in range(5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert config.backoff(10_000) == 3.0  # no float overflow however many attempts


def test_jitter_only_shortens_by_up_to_a_quarter() -> None:
    config = RetryConfig(backoff_factor=1.0, max_backoff=100.0)
    delays = [config.backoff(2) for _ in range(200)]
    assert all(3.0 <= delay <= 4.0 for delay in delays)
    assert len(set(delays)) > 1


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": " 1.5 "}, 1.5),
        ({"retry-after": "-4"}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "nan", "retry-after": "9"}, 9.0),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after": "soon"}, None),
        ({"retry-after": ""}, None),
        ({}, None),
        ({"retry-after": email.utils.formatdate(NOW + 30, usegmt=True)}, 30.0),
        ({"retry-after": email.utils.formatdate(NOW - 30, usegmt=True)}, 0.0),
        ({"retry-after": "Wed, 15 Jan 2027 08:00:00"}, None),  # no zone: read as UTC, not local time
    ],
)
def test_retry_after_parsing(headers: dict[str, str], expected: float | None) -> None:
    value = retry_after_seconds(headers, now=NOW)
    if headers.get("retry-after") == "Wed, 15 Jan 2027 08:00:00":
        assert value is not None
        assert value == email.utils.parsedate_to_datetime("Fri, 15 Jan 2027 08:00:00 +0000").timestamp() - NOW
        return
    assert value == expected


def test_delay_prefers_the_server_and_caps_it() -> None:
    config = RetryConfig(jitter=False, max_retry_after=10.0)
    assert config.delay(0, {"retry-after": "4"}) == 4.0
    assert config.delay(0, {"retry-after": "4000"}) == 10.0
    assert config.delay(1, {}) == 1.0
    assert config.delay(1, {"retry-after": "garbage"}) == 1.0


def _status_error(code: int) -> APIStatusError:
    request = httpx.Request("GET", "http://127.0.0.1/")
    return APIStatusError.from_response(httpx.Response(code, request=request))


@pytest.mark.parametrize("code", sorted(RETRYABLE_STATUS))
def test_retryable_statuses_are_transient(code: int) -> None:
    assert is_transient(_status_error(code))
    response = httpx.Response(code, request=httpx.Request("GET", "http://x/"))
    assert is_transient(httpx.HTTPStatusError("x", request=response.request, response=response))


@pytest.mark.parametrize("code", [400, 401, 403, 404, 409, 422, 501])
def test_client_errors_are_not_transient(code: int) -> None:
    assert not is_transient(_status_error(code))


@pytest.mark.parametrize(
    "error",
    [
        APIConnectionError(),
        APITimeoutError(),
        StreamInterruptedError("cut"),
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("gone"),
        TimeoutError(),
        ConnectionResetError(),
    ],
)
def test_connection_failures_are_transient(error: BaseException) -> None:
    assert is_transient(error)


@pytest.mark.parametrize(
    "error",
    [
        ValueError("bug"),
        KeyError("k"),
        ConfigError("bad"),
        BadRequestError("bad", status_code=400),
        httpx.UnsupportedProtocol("ftp://"),
    ],
)
def test_other_failures_are_not_transient(error: BaseException) -> None:
    assert not is_transient(error)


def test_certificate_failures_are_never_transient() -> None:
    cause = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] self-signed certificate")
    wrapped = httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
    error = APIConnectionError("https failed")
    error.__cause__ = cause
    assert is_certificate_failure(error)
    assert not is_transient(error)
    assert not is_transient(wrapped)


def test_the_policy_is_a_frozen_value() -> None:
    config = RetryConfig()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        config.max_attempts = 9  # type: ignore[misc]
    assert "max_attempts=3" in repr(config)


class _ForeignStatusError(Exception):
    """Shaped like openai's APIStatusError / requests' HTTPError: a status code, on itself or its response."""

    def __init__(self, status: int, *, on_response: bool = False) -> None:
        super().__init__(f"status {status}")
        if on_response:
            self.response = type("Response", (), {"status_code": status})()
        else:
            self.status_code = status


class APITimeoutError(Exception):  # named like openai's, unrelated to runbridge's
    pass


class Timeout(Exception):  # named like requests'
    pass


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (_ForeignStatusError(503), True),
        (_ForeignStatusError(429, on_response=True), True),
        (_ForeignStatusError(404), False),
        (_ForeignStatusError(401, on_response=True), False),
        (APITimeoutError("read timed out"), True),
        (Timeout("connect timed out"), True),
        (Timeout("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"), False),
        (RuntimeError("boom"), False),
    ],
)
def test_other_libraries_errors_are_classified_by_shape(error: BaseException, expected: bool) -> None:
    assert is_transient(error) is expected


# -- the engine ------------------------------------------------------------------------------------------------


class FakeClock(RetryClock):
    """Time that moves only when the engine waits (or a try says it took a while)."""

    def __init__(self) -> None:
        self.time = 0.0
        self.waits: list[float] = []

    def now(self) -> float:
        return self.time

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.time += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


class Busy(Exception):
    """A failure the tests' judge calls retryable, with the headers a server might send."""

    def __init__(self, headers: Mapping[str, str] | None = None) -> None:
        super().__init__("busy")
        self.headers = headers


def judge(outcome: object) -> Judgement:
    if isinstance(outcome, Busy):
        return Judgement(retry=True, headers=outcome.headers)
    if outcome == "busy":
        return Judgement(retry=True)
    return FINAL


POLICY = RetryConfig(max_attempts=3, backoff_factor=0.5, jitter=False)


def failing(times: int, error: Callable[[], Exception] = Busy) -> tuple[list[int], Callable[[int], str]]:
    """An attempt that fails `times` times, then answers "ok"; and the list of the try numbers it saw."""
    numbers: list[int] = []

    def attempt(number: int) -> str:
        numbers.append(number)
        if len(numbers) <= times:
            raise error()
        return "ok"

    return numbers, attempt


def test_the_engine_retries_until_success_waiting_as_the_policy_says() -> None:
    clock = FakeClock()
    retries: list[tuple[int, float]] = []
    numbers, attempt = failing(2)
    engine = Retrying(POLICY, judge, clock=clock, on_retry=lambda _outcome, n, delay: retries.append((n, delay)))
    assert engine.call(attempt) == "ok"
    assert numbers == [1, 2, 3]
    assert clock.waits == [0.5, 1.0]
    assert retries == [(1, 0.5), (2, 1.0)]


def test_the_engine_stops_at_max_attempts_and_counts_them_on_the_error() -> None:
    clock = FakeClock()
    numbers, attempt = failing(10)
    with pytest.raises(Busy) as caught:
        Retrying(POLICY, judge, clock=clock).call(attempt)
    assert numbers == [1, 2, 3]
    assert caught.value.attempts == 3  # type: ignore[attr-defined]
    assert Retrying(RetryConfig.none(), judge).max_attempts == 1


def test_a_failure_judged_final_is_raised_at_once() -> None:
    numbers, attempt = failing(1, error=lambda: ValueError("a bug"))
    with pytest.raises(ValueError, match="a bug"):
        Retrying(POLICY, judge, clock=FakeClock()).call(attempt)
    assert numbers == [1]


def test_a_result_judged_retryable_is_returned_when_the_budget_ends() -> None:
    clock = FakeClock()
    tries: list[int] = []

    def attempt(number: int) -> str:
        tries.append(number)
        return "busy"  # like a 503 response: the engine hands the last one back

    assert Retrying(POLICY, judge, clock=clock).call(attempt) == "busy"
    assert tries == [1, 2, 3]


def test_no_retry_starts_that_could_not_start_before_the_total_deadline() -> None:
    clock = FakeClock()
    policy = RetryConfig(max_attempts=10, backoff_factor=2.0, max_backoff=100.0, jitter=False, timeout=5.0)
    numbers: list[int] = []

    def attempt(number: int) -> str:
        numbers.append(number)
        clock.time += 1.0  # each try takes a second
        raise Busy()

    with pytest.raises(Busy) as caught:
        Retrying(policy, judge, clock=clock).call(attempt)
    # try 1 ends at 1 s, waits 2 s, try 2 ends at 4 s; a 4 s wait would end past the 5 s deadline.
    assert clock.waits == [2.0]
    assert numbers == [1, 2]
    assert caught.value.attempts == 2  # type: ignore[attr-defined]


def test_retry_after_has_one_rule_honoured_and_capped() -> None:
    clock = FakeClock()
    policy = RetryConfig(max_attempts=3, jitter=False, max_retry_after=10.0)
    answers = iter([Busy({"retry-after": "3600"}), Busy({"retry-after": "2"})])

    def attempt(_number: int) -> str:
        error = next(answers, None)
        if error is not None:
            raise error
        return "ok"

    assert Retrying(policy, judge, clock=clock).call(attempt) == "ok"
    assert clock.waits == [10.0, 2.0]


def test_nested_operations_share_one_budget_and_count_every_send() -> None:
    clock = FakeClock()
    outer_tries: list[int] = []
    sends, inner_attempt = failing(100)

    def outer_attempt(number: int) -> str:
        outer_tries.append(number)
        return Retrying(POLICY, judge, clock=clock).call(inner_attempt)

    with pytest.raises(Busy) as caught:
        Retrying(POLICY, judge, clock=clock).call(outer_attempt)
    assert len(sends) == POLICY.max_attempts  # not 3 x 3
    assert outer_tries == [1]
    assert caught.value.attempts == 3  # type: ignore[attr-defined]
    assert clock.waits == [0.5, 1.0]


def test_an_operation_after_a_nested_one_succeeded_keeps_the_budget_left() -> None:
    clock = FakeClock()
    first_sends, first = failing(1)
    second_sends, second = failing(100)

    def operation(_number: int) -> str:
        Retrying(POLICY, judge, clock=clock).call(first)  # one retry used
        return Retrying(POLICY, judge, clock=clock).call(second)

    with pytest.raises(Busy) as caught:
        Retrying(POLICY, judge, clock=clock).call(operation)
    assert (len(first_sends), len(second_sends)) == (2, 2)  # one retry left for the second call
    assert caught.value.attempts == 4  # type: ignore[attr-defined]


def test_the_async_shell_drives_the_same_engine() -> None:
    clock = FakeClock()
    numbers: list[int] = []

    async def attempt(number: int) -> str:
        numbers.append(number)
        await asyncio.sleep(0)
        if number < 3:
            raise Busy()
        return "ok"

    async def nested(_number: int) -> str:
        return await Retrying(POLICY, judge, clock=clock).acall(attempt)

    assert asyncio.run(Retrying(POLICY, judge, clock=clock).acall(nested)) == "ok"
    assert numbers == [1, 2, 3]
    assert clock.waits == [0.5, 1.0]


def test_testing_makes_every_wait_instant_and_lists_the_waits() -> None:
    slow = RetryConfig(max_attempts=3, backoff_factor=100.0, max_backoff=1000.0, jitter=False, timeout=None)
    with retry.testing() as waits:
        assert Retrying(slow, judge).call(failing(2)[1]) == "ok"
        assert asyncio.run(Retrying(slow, judge).acall(_awaitable(failing(2)[1]))) == "ok"
    assert waits == [100.0, 200.0, 100.0, 200.0]
    # The clock moves on as if it had waited, so the total deadline still holds.
    with retry.testing() as waits, pytest.raises(Busy):
        Retrying(attrs.evolve(slow, timeout=150.0), judge).call(failing(5)[1])
    assert waits == [100.0]


def _awaitable(attempt: Callable[[int], str]) -> Callable[[int], asyncio.Future[str]]:
    async def run(number: int) -> str:
        return attempt(number)

    return run  # type: ignore[return-value]


def test_the_total_deadline_is_positive_or_none() -> None:
    assert RetryConfig().timeout == 300.0
    assert RetryConfig(timeout=None).timeout is None
    for bad in (0, -1.0):
        with pytest.raises(ValueError, match="timeout"):
            RetryConfig(timeout=bad)


def _loops_that_wait_between_tries() -> list[str]:
    """Every loop in src/runbridge that both catches exceptions and sleeps: the shape of a retry loop."""
    package = Path(retry.__file__).parent
    found: list[str] = []

    def visit(node: ast.AST, where: list[str], module: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                visit(child, [*where, child.name], module)
                continue
            if isinstance(child, ast.While | ast.For | ast.AsyncFor):
                inside = list(ast.walk(child))
                catches = any(isinstance(item, ast.Try) for item in inside)
                sleeps = any(
                    isinstance(item, ast.Call)
                    and "sleep"
                    in (item.func.attr if isinstance(item.func, ast.Attribute) else getattr(item.func, "id", ""))
                    for item in inside
                )
                if catches and sleeps:
                    found.append(f"{module}:{'.'.join(where)}")
            visit(child, where, module)

    for path in sorted(package.rglob("*.py")):
        module = ".".join(path.relative_to(package.parent).with_suffix("").parts)
        visit(ast.parse(path.read_text(encoding="utf-8")), [], module)
    return found


def test_every_retry_runs_on_the_one_engine() -> None:
    assert sorted(_loops_that_wait_between_tries()) == [
        "runbridge.retry:Retrying.acall",  # the engine's two thin shells, async
        "runbridge.retry:Retrying.call",  # and sync
        # Resuming a broken event stream after the last chunk received: a reconnect budget that restarts
        # with each chunk of progress, not a retry of a failed call.
        "runbridge.runs._runs:AsyncRuns._follow",
        "runbridge.runs._runs:Runs._follow",
    ]
