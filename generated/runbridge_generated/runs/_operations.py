"""Index of the operations in this spec, written by runbridge's generation pipeline. Do not edit."""

from typing import NamedTuple


class Operation(NamedTuple):
    """One operation of the spec and the generated module that calls it."""

    name: str
    method: str
    path: str
    module: str
    tags: tuple[str, ...]
    deprecated: bool
    idempotent: bool
    summary: str


OPERATIONS: dict[str, Operation] = {
    "POST /token/issue": Operation(
        "issue_token",
        "POST",
        "/token/issue",
        "api.auth.issue_token",
        ("auth",),
        False,
        True,
        "Trade an API key for a short-lived JWT",
    ),
    "GET /runs": Operation(
        "list_runs",
        "GET",
        "/runs",
        "api.runs.list_runs",
        ("runs",),
        False,
        True,
        "List runs, most recently updated first",
    ),
    "POST /runs": Operation(
        "create_run", "POST", "/runs", "api.runs.create_run", ("runs",), False, False, "Execute an interaction"
    ),
    "POST /runs/facets": Operation(
        "compute_run_facets",
        "POST",
        "/runs/facets",
        "api.runs.compute_run_facets",
        ("runs",),
        False,
        True,
        "Count runs per value of a few fields",
    ),
    "POST /runs/search": Operation(
        "search_runs",
        "POST",
        "/runs/search",
        "api.runs.search_runs",
        ("runs",),
        False,
        True,
        "Search runs by field values, text and date range",
    ),
    "POST /runs/find": Operation(
        "find_runs",
        "POST",
        "/runs/find",
        "api.runs.find_runs",
        ("runs",),
        False,
        True,
        "Find runs with a MongoDB-style query and a projection",
    ),
    "GET /runs/filter-options/{field}": Operation(
        "get_run_filter_options",
        "GET",
        "/runs/filter-options/{field}",
        "api.runs.get_run_filter_options",
        ("runs",),
        False,
        True,
        "The values a list filter can take, with how many runs have each",
    ),
    "GET /runs/{id}": Operation(
        "get_run", "GET", "/runs/{id}", "api.runs.get_run", ("runs",), False, True, "Retrieve one run"
    ),
    "GET /runs/{id}/stream": Operation(
        "stream_run",
        "GET",
        "/runs/{id}/stream",
        "api.runs.stream_run",
        ("runs",),
        False,
        True,
        "Follow a run's output as server-sent events",
    ),
}

TAG_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = ()

# As the generated modules tag their requests (`runbridge.route`): path parameters in snake_case.
IDEMPOTENT_ROUTES: frozenset[str] = frozenset(
    {
        "GET /runs",
        "GET /runs/filter-options/{field}",
        "GET /runs/{id}",
        "GET /runs/{id}/stream",
        "POST /runs/facets",
        "POST /runs/find",
        "POST /runs/search",
        "POST /token/issue",
    }
)
