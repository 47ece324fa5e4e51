"""The knobs every sandbox server shares: latency, faults, rate limits and token lifetimes."""

from __future__ import annotations

import time
from collections.abc import Callable

import attrs


@attrs.frozen
class SandboxSettings:
    """How the sandbox servers behave; the defaults are a fast, well-behaved service.

    Fault injection can also be chosen per request with the `x-sandbox-fault` header (see faults.py).
    """

    latency_ms: float = attrs.field(default=0.0, validator=attrs.validators.ge(0))
    error_rate: float = attrs.field(default=0.0, validator=[attrs.validators.ge(0), attrs.validators.le(1)])
    rate_limit: float | None = attrs.field(default=None)  # requests per second per server; None = unlimited
    token_ttl: float = attrs.field(default=300.0, validator=attrs.validators.gt(0))
    stream_delay_ms: float = attrs.field(default=40.0, validator=attrs.validators.ge(0))  # pacing of SSE/WS chunks
    # What tokens are issued and checked against (epoch seconds): a test moves it forward instead of waiting.
    clock: Callable[[], float] = attrs.field(default=time.time, eq=False, repr=False)
