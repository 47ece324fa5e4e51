"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562): importing one endpoint must not import every model of the spec.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .compute_run_facet_payload import ComputeRunFacetPayload
    from .environment_ref import EnvironmentRef
    from .error_body import ErrorBody
    from .facet_bucket import FacetBucket
    from .facet_spec import FacetSpec
    from .facet_spec_field import FacetSpecField
    from .filter_field import FilterField
    from .filter_option import FilterOption
    from .find_payload import FindPayload
    from .find_payload_query import FindPayloadQuery
    from .found_run import FoundRun
    from .found_run_parameters import FoundRunParameters
    from .interaction_ref import InteractionRef
    from .issue_token_request import IssueTokenRequest
    from .issue_token_request_type import IssueTokenRequestType
    from .issue_token_response import IssueTokenResponse
    from .named_ref import NamedRef
    from .run import Run
    from .run_config import RunConfig
    from .run_create_payload import RunCreatePayload
    from .run_create_payload_data import RunCreatePayloadData
    from .run_created import RunCreated
    from .run_error import RunError
    from .run_facets import RunFacets
    from .run_parameters import RunParameters
    from .run_result_schema import RunResultSchema
    from .run_search_payload import RunSearchPayload
    from .run_search_query import RunSearchQuery
    from .run_source import RunSource
    from .run_status import RunStatus
    from .token_use import TokenUse

_MODULE_OF: dict[str, str] = {
    "ComputeRunFacetPayload": ".compute_run_facet_payload",
    "EnvironmentRef": ".environment_ref",
    "ErrorBody": ".error_body",
    "FacetBucket": ".facet_bucket",
    "FacetSpec": ".facet_spec",
    "FacetSpecField": ".facet_spec_field",
    "FilterField": ".filter_field",
    "FilterOption": ".filter_option",
    "FindPayload": ".find_payload",
    "FindPayloadQuery": ".find_payload_query",
    "FoundRun": ".found_run",
    "FoundRunParameters": ".found_run_parameters",
    "InteractionRef": ".interaction_ref",
    "IssueTokenRequest": ".issue_token_request",
    "IssueTokenRequestType": ".issue_token_request_type",
    "IssueTokenResponse": ".issue_token_response",
    "NamedRef": ".named_ref",
    "Run": ".run",
    "RunConfig": ".run_config",
    "RunCreatePayload": ".run_create_payload",
    "RunCreatePayloadData": ".run_create_payload_data",
    "RunCreated": ".run_created",
    "RunError": ".run_error",
    "RunFacets": ".run_facets",
    "RunParameters": ".run_parameters",
    "RunResultSchema": ".run_result_schema",
    "RunSearchPayload": ".run_search_payload",
    "RunSearchQuery": ".run_search_query",
    "RunSource": ".run_source",
    "RunStatus": ".run_status",
    "TokenUse": ".token_use",
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
    "ComputeRunFacetPayload",
    "EnvironmentRef",
    "ErrorBody",
    "FacetBucket",
    "FacetSpec",
    "FacetSpecField",
    "FilterField",
    "FilterOption",
    "FindPayload",
    "FindPayloadQuery",
    "FoundRun",
    "FoundRunParameters",
    "InteractionRef",
    "IssueTokenRequest",
    "IssueTokenRequestType",
    "IssueTokenResponse",
    "NamedRef",
    "Run",
    "RunConfig",
    "RunCreated",
    "RunCreatePayload",
    "RunCreatePayloadData",
    "RunError",
    "RunFacets",
    "RunParameters",
    "RunResultSchema",
    "RunSearchPayload",
    "RunSearchQuery",
    "RunSource",
    "RunStatus",
    "TokenUse",
)
