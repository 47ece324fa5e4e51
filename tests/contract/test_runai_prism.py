"""Every operation of openapi/runai.yaml, sent by RunaiClient, against a Prism mock of the spec.

Prism validates each request against the spec (a violation is a 422, which the client raises as
UnprocessableEntityException naming the operation) and answers with data built from the spec, which the
generated models must parse. Arguments are built from the spec itself: required path and query parameters
from their schemas, and a minimal valid request body for each operation that takes one (given as a dict, so
the facade's dict-to-model conversion is exercised too). Both Prism's example answers and its randomly
generated ones are tried.
"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from runbridge_generated.runai_controlplane._operations import OPERATIONS

from runbridge.codegen.specs import load_document
from runbridge.errors import APIResponseValidationError
from runbridge.runai import ApiClient, ApiException, AsyncApiClient, Configuration, RunaiClient
from runbridge.runai.client import snake

pytestmark = pytest.mark.contract

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "runai.yaml"
SPEC: dict[str, Any] = load_document(SPEC_PATH)
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
PARAMETERS: dict[str, Any] = SPEC["components"]["parameters"]


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = SPEC["components"][section][name]
    return node


def _merged(schema: dict[str, Any]) -> dict[str, Any]:
    schema = _resolve(schema)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return _merged(next(option for option in schema[key] if _resolve(option).get("type") != "null"))
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in [*schema["allOf"], {k: v for k, v in schema.items() if k != "allOf"}]:
            part = _merged(part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return merged
    return schema


def minimal(schema: dict[str, Any]) -> Any:
    """The smallest instance of `schema`: required properties only, example values where the spec has them."""
    schema = _merged(schema)
    types = schema.get("type")
    kind = next((t for t in types if t != "null"), None) if isinstance(types, list) else types
    examples = schema.get("examples") or []
    if "enum" in schema:
        return next(value for value in schema["enum"] if value is not None)
    if kind == "object" or "properties" in schema:
        whole = next((e for e in examples if isinstance(e, dict)), None)
        if whole is not None:
            return whole
        return {name: minimal(schema["properties"].get(name, {})) for name in schema.get("required", [])}
    if kind == "array":
        return [minimal(schema.get("items", {})) for _ in range(schema.get("minItems", 0))]
    if kind in ("integer", "number"):
        value = next((e for e in examples if isinstance(e, int | float) and not isinstance(e, bool)), None)
        return value if value is not None else schema.get("minimum", 1)
    if kind == "boolean":
        return False
    value = next((e for e in examples if isinstance(e, str)), None)
    if value is not None:
        return value
    return {"uuid": "71f69d83-ba66-4822-adf5-55ce55efd210", "date-time": "2026-01-01T00:00:00Z"}.get(
        schema.get("format", ""), "example-name"
    )


def arguments(route: str) -> tuple[list[Any], dict[str, Any]]:
    method, path = route.split(" ", 1)
    item = SPEC["paths"][path]
    operation = item[method.lower()]
    # An operation's parameter overrides the path item's parameter of the same name and location.
    by_key = {
        (p["name"], p["in"]): p for p in map(_resolve, [*item.get("parameters", []), *operation.get("parameters", [])])
    }
    parameters = list(by_key.values())
    args = [minimal(p["schema"]) for p in parameters if p["in"] == "path"]
    kwargs = {snake(p["name"]): minimal(p["schema"]) for p in parameters if p["in"] == "query" and p.get("required")}
    body = operation.get("requestBody")
    if body is not None:
        content = next(iter(body["content"].values()))
        kwargs["body"] = minimal(content["schema"])
    return [str(value) for value in args], kwargs


@pytest.fixture(scope="module", params=[False, True], ids=["examples", "dynamic"])
def prism(request: pytest.FixtureRequest, prism_mock: Callable[[str, bool], str]) -> tuple[str, bool]:
    """The mock's URL, and whether it makes up random data instead of building answers from the examples."""
    return prism_mock("runai", request.param), request.param


@pytest.fixture(scope="module")
def prism_url(prism: tuple[str, bool]) -> str:
    return prism[0]


def _invented_invalid_data(error: ApiException, dynamic: bool) -> bool:
    """Prism's random generator cuts recursive schemas (a project's `parent.parent.parent`, a cluster's
    dependency tree) into objects that break its own response check; that 500 says nothing about the client,
    as long as no violation concerns the request."""
    violations = (error.headers or {}).get("sl-violations", "")
    return dynamic and error.status == 500 and '"response"' in violations and '"request"' not in violations


@pytest.fixture(scope="module")
def client(prism_url: str) -> Iterator[RunaiClient]:
    # Prism answers 5xx/429 only when asked to, so retries would only hide a contract problem.
    config = Configuration(bearer_token="contract-token", runai_base_url=prism_url, retry_enabled=False)
    with RunaiClient(ApiClient(config)) as runai:
        yield runai


def _call(runai: RunaiClient, route: str) -> Any:
    operation = OPERATIONS[route]
    for category in runai.options(include_deprecated=True):
        for group in getattr(runai, category).options(include_deprecated=True):
            found = getattr(getattr(runai, category), group)
            if operation.name in found.options(include_deprecated=True):
                args, kwargs = arguments(route)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)
                    return getattr(found, operation.name).detailed(*args, **kwargs)
    raise AssertionError(f"{route} is not reachable through the client tree")


def _breaks_the_spec(route: str, body: Any) -> bool:
    """Whether `body` is invalid against the route's documented 2xx JSON schema (Prism passes some such bodies:
    it does not check deep inside the recursive schemas it cuts short)."""
    import jsonschema

    operation = SPEC["paths"][OPERATIONS[route].path][OPERATIONS[route].method.lower()]
    for code, response in operation["responses"].items():
        content = _resolve(response).get("content", {}).get("application/json")
        if code.startswith("2") and content is not None:
            document = {**content["schema"], "components": SPEC["components"]}
            return not jsonschema.Draft202012Validator(document).is_valid(body)
    return False


@pytest.mark.parametrize("route", sorted(OPERATIONS))
def test_every_operation_is_accepted_and_parsed(client: RunaiClient, prism: tuple[str, bool], route: str) -> None:
    try:
        response = _call(client, route)
    except ApiException as error:
        if _invented_invalid_data(error, prism[1]):
            pytest.skip(f"Prism invented data that breaks its own response check: {str(error)[:120]}")
        raise
    except APIResponseValidationError as error:
        # Parsing is strict: a body that breaks the spec is an error naming the field, never a half-parsed model.
        if prism[1] and _breaks_the_spec(route, error.response.json()):
            pytest.skip(f"Prism invented data that breaks the spec, rejected at {error.field}")
        raise
    assert 200 <= int(response.status_code) < 300
    schema = next(
        (
            r
            for code, r in SPEC["paths"][OPERATIONS[route].path][OPERATIONS[route].method.lower()]["responses"].items()
            if code.startswith("2")
        ),
    )
    if "content" in _resolve(schema):
        assert response.parsed is not None, f"{route}: a documented body was not parsed"


def test_async_client_against_the_mock(prism_url: str) -> None:
    async def scenario() -> int:
        config = Configuration(bearer_token="contract-token", runai_base_url=prism_url, retry_enabled=False)
        async with RunaiClient(AsyncApiClient(config)) as runai:
            pages = await asyncio.gather(
                runai.workloads.workloads.count_workloads(),
                runai.organizations.node_pools.get_nodepools(limit=5),
                runai.workload_assets.compute.list_compute_assets(),
                runai.authentication_and_authorization.tokens.grant_token(
                    body={"grantType": "client_credentials", "clientID": "id", "clientSecret": "secret"}
                ),
            )
            return len(pages)

    assert asyncio.run(scenario()) == 4
