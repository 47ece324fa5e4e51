"""Clients for the RunAgent agent service: run an agent's entrypoints over REST, stream them over a WebSocket.

    from runbridge.runagent import RunAgentClient, RunAgentError

    with RunAgentClient("agent-123", base_url="http://127.0.0.1:8450") as client:
        print(client.run_generic({"query": "Hello"}))
        for chunk in client.run_generic_stream({"query": "Tell a story"}):
            print(chunk, end="")

The API is the one the service's documentation describes (`run_generic`, `run_generic_stream`,
`AsyncRunAgentClient`, the exception classes, `RUNAGENT_*` variables and `~/.runagent/config.json`); on the wire
it speaks the protocol of the real server (`runagent serve` 0.1.49): entrypoint tags `generic` and
`generic_stream`, the two-layer `data` encoding, and WebSocket streaming. See runbridge.runagent.config for
where settings come from and runbridge.runagent.errors for the exceptions.
"""

from runbridge.errors import ConfigError, InvalidArgumentError
from runbridge.runagent._client import AsyncRunAgentClient, RunAgentClient
from runbridge.runagent.errors import (
    AgentExecutionError,
    AgentNotFoundError,
    AgentNotFoundOrForbiddenError,
    AuthenticationError,
    InvalidResponseError,
    NetworkError,
    PermissionDeniedError,
    RateLimitError,
    RunAgentError,
    RunAgentStatusError,
    ServerError,
    StreamInterruptedError,
    TimeoutError,
    UnprocessableInputError,
    ValidationError,
)

__all__ = [
    "AgentExecutionError",
    "AgentNotFoundError",
    "AgentNotFoundOrForbiddenError",
    "AsyncRunAgentClient",
    "AuthenticationError",
    "ConfigError",
    "InvalidArgumentError",
    "InvalidResponseError",
    "NetworkError",
    "PermissionDeniedError",
    "RateLimitError",
    "RunAgentClient",
    "RunAgentError",
    "RunAgentStatusError",
    "ServerError",
    "StreamInterruptedError",
    "TimeoutError",
    "UnprocessableInputError",
    "ValidationError",
]
