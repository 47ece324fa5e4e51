"""The RunAgent sandbox conforms to openapi/runagent.yaml: schemathesis sends generated requests (valid and not)
to every operation and checks each answer's status code, content type, headers and body against the spec.

Kept quick (a few examples per operation); raise RUNBRIDGE_SCHEMA_EXAMPLES for a longer run. Half of the cases
target the built-in agents, so the generated requests reach the agents and not only the router's 404.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from runbridge.sandbox.runagent import AGENTS, create_app
from runbridge.sandbox.server import serve
from runbridge.sandbox.settings import SandboxSettings

pytestmark = pytest.mark.contract

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "runagent.yaml"
EXAMPLES = int(os.environ.get("RUNBRIDGE_SCHEMA_EXAMPLES", "25"))

schema = schemathesis.openapi.from_path(SPEC)


@pytest.fixture(scope="module")
def sandbox_url() -> Iterator[str]:
    with serve(create_app(SandboxSettings(stream_delay_ms=0))) as url:
        yield url


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_sandbox_conforms_to_the_spec(case: schemathesis.Case, sandbox_url: str) -> None:
    if case.path_parameters and len(case.path_parameters.get("agent_id", "")) % 2 == 0:
        case.path_parameters["agent_id"] = AGENTS[len(case.path_parameters["agent_id"]) % len(AGENTS)]
    case.call_and_validate(base_url=sandbox_url, timeout=30)
