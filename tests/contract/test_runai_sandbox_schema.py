"""The Run:ai sandbox conforms to openapi/runai.yaml: schemathesis sends generated requests to every operation
and checks each answer's status code, content type and body against the spec.

Kept quick (a few examples per operation); set RUNBRIDGE_SCHEMA_EXAMPLES for a longer run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from runbridge.sandbox import tokens
from runbridge.sandbox.runai import create_app
from runbridge.sandbox.server import serve
from runbridge.sandbox.settings import SandboxSettings

pytestmark = pytest.mark.contract

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "runai.yaml"
EXAMPLES = int(os.environ.get("RUNBRIDGE_SCHEMA_EXAMPLES", "5"))
TOKEN_PATHS = {"/api/v1/token", "/api/v2/token", "/v1/k8s/auth/oauth/apptoken"}

schema = schemathesis.openapi.from_path(SPEC)
# Responses are what this test checks: the sandbox validates the fields it uses, not every schema constraint of
# the vendor's request bodies, so schema-violating requests (negative mode) are not generated.
schema.config.generation.update(modes=[GenerationMode.POSITIVE])
# The coverage phase walks every boundary of the vendor's large request schemas (minutes per run); the fuzzing
# and example phases keep this a quick check.
schema.config.phases.update(phases=["examples", "fuzzing"])


@pytest.fixture(scope="module")
def sandbox_url() -> Iterator[str]:
    with serve(create_app(SandboxSettings())) as url:
        yield url


def _credentials(path: str) -> dict[str, str]:
    """Token endpoints take credentials in the body; every other operation a JWT the sandbox issued."""
    if path in TOKEN_PATHS:
        return {}
    return {"Authorization": f"Bearer {tokens.issue('schemathesis', 300)}"}


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_sandbox_conforms_to_the_spec(case: schemathesis.Case, sandbox_url: str) -> None:
    # A valid request may still be refused for its content (unknown credentials, a duplicate name, an unknown
    # role): the sandbox answers those with a documented 4xx, which is checked, but not required to be 2xx.
    case.call_and_validate(
        base_url=sandbox_url,
        headers=_credentials(case.path),
        timeout=30,
        excluded_checks=[positive_data_acceptance],
    )
