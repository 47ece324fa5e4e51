"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562): importing one endpoint must not import every model of the spec.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent_architecture import AgentArchitecture
    from .agent_run_request import AgentRunRequest
    from .agent_run_request_input_kwargs import AgentRunRequestInputKwargs
    from .agent_run_response import AgentRunResponse
    from .agent_stream_frame import AgentStreamFrame
    from .agent_stream_request import AgentStreamRequest
    from .agent_stream_request_input_kwargs import AgentStreamRequestInputKwargs
    from .architecture_response import ArchitectureResponse
    from .entrypoint import Entrypoint
    from .entrypoint_extractor_type_0 import EntrypointExtractorType0
    from .error_detail import ErrorDetail
    from .error_detail_details_type_0 import ErrorDetailDetailsType0
    from .health_response import HealthResponse
    from .http_error import HTTPError
    from .http_validation_error import HTTPValidationError
    from .validation_issue import ValidationIssue

_MODULE_OF: dict[str, str] = {
    "AgentArchitecture": ".agent_architecture",
    "AgentRunRequest": ".agent_run_request",
    "AgentRunRequestInputKwargs": ".agent_run_request_input_kwargs",
    "AgentRunResponse": ".agent_run_response",
    "AgentStreamFrame": ".agent_stream_frame",
    "AgentStreamRequest": ".agent_stream_request",
    "AgentStreamRequestInputKwargs": ".agent_stream_request_input_kwargs",
    "ArchitectureResponse": ".architecture_response",
    "Entrypoint": ".entrypoint",
    "EntrypointExtractorType0": ".entrypoint_extractor_type_0",
    "ErrorDetail": ".error_detail",
    "ErrorDetailDetailsType0": ".error_detail_details_type_0",
    "HealthResponse": ".health_response",
    "HTTPError": ".http_error",
    "HTTPValidationError": ".http_validation_error",
    "ValidationIssue": ".validation_issue",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "AgentArchitecture",
    "AgentRunRequest",
    "AgentRunRequestInputKwargs",
    "AgentRunResponse",
    "AgentStreamFrame",
    "AgentStreamRequest",
    "AgentStreamRequestInputKwargs",
    "ArchitectureResponse",
    "Entrypoint",
    "EntrypointExtractorType0",
    "ErrorDetail",
    "ErrorDetailDetailsType0",
    "HealthResponse",
    "HTTPError",
    "HTTPValidationError",
    "ValidationIssue",
)
