"""runbridge: one typed SDK for four run services, plus a registry that runs queries against any of them.

    from runbridge.runicorn import connect          # experiment viewer
    from runbridge.runai import RunaiClient         # cluster control plane
    from runbridge.runs import RunsClient           # runs / interactions service
    from runbridge.runagent import RunAgentClient   # agent service
    from runbridge.runners import APIRunner         # runner registry

Service packages are imported on first use, so `import runbridge` stays cheap.
"""

from runbridge._version import __version__
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
    SpecError,
    StreamInterruptedError,
    TokenError,
    UnexpectedStatus,
    UnprocessableEntityError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RunbridgeError",
    "SpecError",
    "StreamInterruptedError",
    "TokenError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "__version__",
]
