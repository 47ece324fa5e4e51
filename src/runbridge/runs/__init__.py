"""The runs/interactions service: list, inspect, create, stream, search and execute interaction runs.

    from runbridge.runs import RunsClient

    with RunsClient("https://api.vertesia.io/api/v1", api_key="sk-...") as client:
        for run in client.runs.list(status="completed", limit=50):
            print(run.id, run.interaction, run.status)
        run = client.runs.execute("summarize", {"text": "..."}, on_chunk=lambda text: print(text, end=""))

`AsyncRunsClient` is the asyncio twin. Errors are runbridge's (`NotFoundError`, `AuthenticationError`,
`StreamInterruptedError`, ...), plus `RunFailedError` from `execute`. Importing this package does not import
httpx or the generated client: the first client constructed does, and the resource classes are loaded when
first named.
"""

from typing import TYPE_CHECKING, Any

from runbridge._constants import RUNS_API_VERSION as DEFAULT_API_VERSION
from runbridge._constants import RUNS_BASE_URL as DEFAULT_BASE_URL
from runbridge.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigError,
    ConflictError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RunbridgeError,
    StreamInterruptedError,
    TokenError,
    UnexpectedStatus,
    UnprocessableEntityError,
)
from runbridge.runs._client import AsyncRunsClient, RunsClient
from runbridge.runs.errors import RunFailedError
from runbridge.runs.types import (
    FacetBucket,
    FilterOption,
    Ref,
    Run,
    RunChunk,
    RunClosed,
    RunEvent,
    RunFacets,
    RunStatus,
)

__all__ = [
    "DEFAULT_API_VERSION",
    "DEFAULT_BASE_URL",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncRunStream",
    "AsyncRuns",
    "AsyncRunsClient",
    "AuthenticationError",
    "BadRequestError",
    "ConfigError",
    "ConflictError",
    "FacetBucket",
    "FilterOption",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "Ref",
    "Run",
    "RunChunk",
    "RunClosed",
    "RunEvent",
    "RunFacets",
    "RunFailedError",
    "RunStatus",
    "RunStream",
    "RunbridgeError",
    "Runs",
    "RunsClient",
    "StreamInterruptedError",
    "TokenError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "default_token_url",
]

# Loaded on first use (PEP 562): they import httpx and the generated client, which a constructor does anyway.
_LAZY = {
    "AsyncRunStream": "runbridge.runs._runs",
    "AsyncRuns": "runbridge.runs._runs",
    "RunStream": "runbridge.runs._runs",
    "Runs": "runbridge.runs._runs",
    "default_token_url": "runbridge.runs._wire",
}

if TYPE_CHECKING:
    from runbridge.runs._runs import AsyncRuns, AsyncRunStream, Runs, RunStream
    from runbridge.runs._wire import default_token_url


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'runbridge.runs' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
