"""The runs sandbox conforms to openapi/runs.yaml: schemathesis sends generated requests to every operation and
checks each answer's status code, content type, headers and body against the spec.

Kept quick (a few examples per operation); `make fuzz` style long runs can raise RUNBRIDGE_SCHEMA_EXAMPLES.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import CheckFunction
from schemathesis.specs.openapi.checks import negative_data_rejection

from runbridge.sandbox import tokens
from runbridge.sandbox.runs import create_app
from runbridge.sandbox.server import serve
from runbridge.sandbox.settings import SandboxSettings

pytestmark = pytest.mark.contract

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "runs.yaml"
EXAMPLES = int(os.environ.get("RUNBRIDGE_SCHEMA_EXAMPLES", "8"))

schema = schemathesis.openapi.from_path(SPEC)


@pytest.fixture(scope="module")
def sandbox_url() -> Iterator[str]:
    with serve(create_app(SandboxSettings(stream_delay_ms=0))) as url:
        yield url


def _credentials(path: str) -> dict[str, str]:
    """The token endpoint takes an API key; every other operation a JWT the sandbox issued."""
    if path == "/token/issue":
        return {"Authorization": "Bearer sk-schemathesis-01"}
    return {"Authorization": f"Bearer {tokens.issue('schemathesis', 300)}"}


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_sandbox_conforms_to_the_spec(case: schemathesis.Case[Any], sandbox_url: str) -> None:
    # A query string carries only text: a "negative" array item such as null or -1.5 arrives as the valid
    # strings "null" and "-1.5", so "invalid data was accepted" is only meaningful for JSON bodies.
    excluded: list[CheckFunction] = [] if case.method == "POST" else [negative_data_rejection]
    case.call_and_validate(base_url=sandbox_url, headers=_credentials(case.path), excluded_checks=excluded, timeout=30)
