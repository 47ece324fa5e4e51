"""Run:ai control-plane client: runapy's interface on runbridge's typed, generated client.

    from runbridge.runai import ApiClient, Configuration, RunaiClient

    config = Configuration(client_id="...", client_secret="...", runai_base_url="https://myorg.run.ai")
    with RunaiClient(ApiClient(config)) as client:
        projects = client.organizations.projects.get_projects(limit=10).projects

`ThreadedApiClient` and `AsyncApiClient` are the thread-pool and asyncio variants; `CLIv2Config` reads the
login of the Run:ai CLI. The runapy module paths also work: `runbridge.runai.configuration.Configuration`,
`runbridge.runai.api_client.ApiClient`, `runbridge.runai.client.RunaiClient`, `runbridge.runai.cliv2.CLIv2Config`.
"""

from runbridge.runai.api_client import ApiClient, AsyncApiClient, ThreadedApiClient
from runbridge.runai.client import RunaiClient
from runbridge.runai.cliv2 import CLIv2Config
from runbridge.runai.configuration import Configuration
from runbridge.runai.errors import (
    APIConnectionError,
    ApiException,
    APIResponseValidationError,
    APITimeoutError,
    ApiValueError,
    BadRequestException,
    ConfigError,
    ConflictException,
    ForbiddenException,
    InvalidArgumentError,
    NotFoundException,
    ServiceException,
    TokenError,
    TooManyRequestsException,
    UnauthorizedException,
    UnexpectedStatus,
    UnprocessableEntityException,
)

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APITimeoutError",
    "ApiClient",
    "ApiException",
    "ApiValueError",
    "AsyncApiClient",
    "BadRequestException",
    "CLIv2Config",
    "ConfigError",
    "Configuration",
    "ConflictException",
    "ForbiddenException",
    "InvalidArgumentError",
    "NotFoundException",
    "RunaiClient",
    "ServiceException",
    "ThreadedApiClient",
    "TokenError",
    "TooManyRequestsException",
    "UnauthorizedException",
    "UnexpectedStatus",
    "UnprocessableEntityException",
]
