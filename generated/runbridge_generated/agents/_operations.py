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
    "GET /api/v1/health": Operation(
        "health_check", "GET", "/api/v1/health", "api.health.health_check", ("health",), False, True, "Server liveness"
    ),
    "GET /api/v1/agents/{agent_id}/architecture": Operation(
        "get_agent_architecture",
        "GET",
        "/api/v1/agents/{agent_id}/architecture",
        "api.agents.get_agent_architecture",
        ("agents",),
        False,
        True,
        "The agent's entrypoints",
    ),
    "POST /api/v1/agents/{agent_id}/run": Operation(
        "run_agent",
        "POST",
        "/api/v1/agents/{agent_id}/run",
        "api.agents.run_agent",
        ("agents",),
        False,
        False,
        "Run one non-streaming entrypoint",
    ),
}

TAG_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = ()

# As the generated modules tag their requests (`runbridge.route`): path parameters in snake_case.
IDEMPOTENT_ROUTES: frozenset[str] = frozenset({"GET /api/v1/agents/{agent_id}/architecture", "GET /api/v1/health"})
