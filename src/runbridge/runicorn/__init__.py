"""Client for the Runicorn experiment viewer (`runicorn viewer`): the documented `runicorn.api` surface, working
against the real viewer's REST API (0.7.x, and the artifact endpoints of 0.5.x).

    from runbridge import runicorn

    with runicorn.connect("http://127.0.0.1:23300") as client:
        for exp in client.list_experiments(project="cv", status="finished"):
            metrics = client.get_metrics(exp["id"], metric_names=["val_acc"])
            print(exp["name"], max(p["value"] for p in metrics["metrics"]["val_acc"]))
"""

from runbridge.errors import ConfigError
from runbridge.runicorn._client import DEFAULT_BASE_URL, AsyncRunicornClient, RunicornClient, aconnect, connect
from runbridge.runicorn.artifacts import ArtifactsAPI, AsyncArtifactsAPI
from runbridge.runicorn.errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ConnectionError,
    HostKeyConfirmationRequiredError,
    InvalidArgumentError,
    NotAnAPIResponseError,
    NotFoundError,
    NotImplementedByViewerError,
    PermissionDeniedError,
    RateLimitError,
    ResponseError,
    RunicornAPIError,
    RunicornStatusError,
    ServerError,
    TimeoutError,
    UnprocessableEntityError,
    UnsafeConfigError,
    UnsupportedFeatureError,
)
from runbridge.runicorn.remote import AsyncRemoteAPI, RemoteAPI

__all__ = [
    "DEFAULT_BASE_URL",
    "ArtifactsAPI",
    "AsyncArtifactsAPI",
    "AsyncRemoteAPI",
    "AsyncRunicornClient",
    "AuthenticationError",
    "BadRequestError",
    "ConfigError",
    "ConflictError",
    "ConnectionError",
    "HostKeyConfirmationRequiredError",
    "InvalidArgumentError",
    "NotAnAPIResponseError",
    "NotFoundError",
    "NotImplementedByViewerError",
    "PermissionDeniedError",
    "RateLimitError",
    "RemoteAPI",
    "ResponseError",
    "RunicornAPIError",
    "RunicornClient",
    "RunicornStatusError",
    "ServerError",
    "TimeoutError",
    "UnprocessableEntityError",
    "UnsafeConfigError",
    "UnsupportedFeatureError",
    "aconnect",
    "connect",
]
