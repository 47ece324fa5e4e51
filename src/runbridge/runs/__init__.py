"""The runs/interactions service: list, inspect, create, stream, search and execute interaction runs.

    from runbridge.runs import RunsClient

    with RunsClient("https://api.vertesia.io/api/v1", api_key="sk-...") as client:
        for run in client.runs.list(status="completed", limit=50):
            print(run.id, run.interaction, run.status)
        run = client.runs.execute("summarize", {"text": "..."}, on_chunk=lambda text: print(text, end=""))

`AsyncRunsClient` is the asyncio twin. Errors are runbridge's (`NotFoundError`, `AuthenticationError`,
`StreamInterruptedError`, ...), plus `RunFailedError` from `execute`.
"""

from runbridge.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigError,
    NotFoundError,
    RunbridgeError,
    StreamInterruptedError,
    TokenError,
)
from runbridge.runs._async_client import AsyncRunsClient
from runbridge.runs._async_resources import AsyncRuns, AsyncRunStream
from runbridge.runs._client import RunsClient
from runbridge.runs._errors import RunFailedError
from runbridge.runs._options import DEFAULT_API_VERSION, DEFAULT_BASE_URL
from runbridge.runs._resources import Runs, RunStream
from runbridge.runs._wire import default_token_url
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
    "APIStatusError",
    "APITimeoutError",
    "AsyncRunStream",
    "AsyncRuns",
    "AsyncRunsClient",
    "AuthenticationError",
    "ConfigError",
    "FacetBucket",
    "FilterOption",
    "NotFoundError",
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
    "default_token_url",
]
