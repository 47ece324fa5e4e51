"""The error contract users write `except` clauses against, checked over loopback against the sandbox servers:
a rejected credential is an AuthenticationError for every client that has one, a path parameter that is not one
URL segment is refused before anything is sent, and the seeds' payload shapes are accepted or refused clearly."""

from __future__ import annotations

import asyncio
import json
import pickle
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import runbridge
from runbridge import runicorn
from runbridge.errors import InvalidArgumentError, TokenError
from runbridge.retry import RetryConfig
from runbridge.runagent import AsyncRunAgentClient, RunAgentClient
from runbridge.runagent import errors as runagent_errors
from runbridge.runai import ApiClient, ApiValueError, Configuration, RunaiClient, UnauthorizedException
from runbridge.runs import AsyncRunsClient, RunsClient
from runbridge.sandbox import runagent as runagent_sandbox
from runbridge.sandbox import runai as runai_sandbox
from runbridge.sandbox import runicorn as runicorn_sandbox
from runbridge.sandbox import runs as runs_sandbox
from runbridge.sandbox.server import serve
from runbridge.sandbox.settings import SandboxSettings
from runbridge.transport import capture
from tests.integration.faulty_server import FaultyServer, respond

WRONG_SECRET = "wrong-secret-5d1e7b"
FAST = RetryConfig(max_attempts=3, backoff_factor=0.01, max_backoff=0.02, jitter=False)
BAD_PATH_VALUES = ["", ".", "..", "a/b", "a\\b", "a?b", "a#b", "a%2Fb", "a%2fb", "a\nb", "a\x00b"]


@pytest.fixture(scope="module")
def urls() -> Iterator[dict[str, str]]:
    settings = SandboxSettings(stream_delay_ms=1)
    with (
        serve(runs_sandbox.create_app(settings)) as runs_url,
        serve(runai_sandbox.create_app(settings)) as runai_url,
        serve(runicorn_sandbox.create_app(settings)) as runicorn_url,
        serve(runagent_sandbox.create_app(settings, api_key="the-right-agent-key")) as runagent_url,
    ):
        yield {"runs": runs_url, "runai": runai_url, "runicorn": runicorn_url, "runagent": runagent_url}


def assert_no_secret(error: BaseException, secret: str) -> None:
    for text in (str(error), repr(error), json.dumps(getattr(error, "body", None), default=str)):
        assert secret not in text
    assert secret.encode() not in pickle.dumps(error)


# -- 1. a rejected credential ------------------------------------------------------------------------------------


def test_a_wrong_runs_api_key_is_an_authentication_error_and_a_token_error(urls: dict[str, str]) -> None:
    client = RunsClient(urls["runs"], api_key=WRONG_SECRET)
    with client, pytest.raises(runbridge.AuthenticationError) as caught:
        client.runs.retrieve("any")
    error = caught.value
    assert isinstance(error, TokenError)
    assert isinstance(error, runbridge.runs.AuthenticationError)
    assert error.status_code == 401
    assert isinstance(error.body, dict)  # the parsed body, not None
    assert "token endpoint" in str(error)
    assert_no_secret(error, WRONG_SECRET)


def test_a_wrong_runs_api_key_is_an_authentication_error_on_the_async_client_and_the_stream(
    urls: dict[str, str],
) -> None:
    async def attempt() -> None:
        async with AsyncRunsClient(urls["runs"], api_key=WRONG_SECRET) as client:
            events = await client.runs.stream("any")
            async for _ in events:
                pass

    with pytest.raises(runbridge.AuthenticationError) as caught:
        asyncio.run(attempt())
    assert isinstance(caught.value, TokenError)
    assert_no_secret(caught.value, WRONG_SECRET)


def test_a_wrong_runai_secret_is_unauthorized_exception_authentication_error_and_token_error(
    urls: dict[str, str],
) -> None:
    config = Configuration(
        client_id=runai_sandbox.SANDBOX_CLIENT_ID, client_secret=WRONG_SECRET, runai_base_url=urls["runai"]
    )
    with RunaiClient(ApiClient(config)) as client, pytest.raises(UnauthorizedException) as caught:
        client.organizations.projects.get_projects(limit=1)
    error = caught.value
    assert isinstance(error, runbridge.AuthenticationError)
    assert isinstance(error, TokenError)
    assert isinstance(error, runbridge.runai.TokenError)
    assert (error.status, error.status_code) == (401, 401)
    assert error.body is not None
    assert_no_secret(error, WRONG_SECRET)


def test_a_wrong_runagent_key_is_the_seeds_authentication_error(urls: dict[str, str]) -> None:
    agent = RunAgentClient("echo", api_key=WRONG_SECRET, base_url=urls["runagent"], max_retries=0)
    with agent, pytest.raises(runbridge.AuthenticationError) as caught:
        agent.run_generic({"message": "hi"})
    assert isinstance(caught.value, runagent_errors.AuthenticationError)
    assert caught.value.status_code == 401
    assert_no_secret(caught.value, WRONG_SECRET)


@pytest.mark.parametrize(
    ("status", "expected"),
    [(401, runbridge.AuthenticationError), (403, runbridge.PermissionDeniedError)],
)
def test_a_token_endpoint_refusal_is_the_status_error_with_the_parsed_body(
    status: int, expected: type[Exception]
) -> None:
    echoed = {"error": "invalid_client", "error_description": f"unknown secret {WRONG_SECRET}"}
    with FaultyServer() as server:
        server.script("POST /api/v2/token", respond(status, echoed))
        config = Configuration(client_id="app", client_secret=WRONG_SECRET, runai_base_url=server.base_url)
        with RunaiClient(ApiClient(config)) as client, pytest.raises(expected) as caught:
            client.organizations.projects.get_projects(limit=1)
        assert server.hits["POST /api/v2/token"] == 1  # a refusal is final: not retried
    error = caught.value
    assert isinstance(error, TokenError)
    assert error.status_code == status  # type: ignore[attr-defined]
    assert error.body["error"] == "invalid_client"  # type: ignore[attr-defined]
    assert_no_secret(error, WRONG_SECRET)


def test_a_token_endpoint_that_answers_503_is_retried_then_a_server_error() -> None:
    with FaultyServer() as server:
        server.script("POST /api/v2/token", respond(503, {"message": "down"}, headers={"retry-after": "0"}))
        config = Configuration(
            client_id="app",
            client_secret=WRONG_SECRET,
            runai_base_url=server.base_url,
            retry_max_retries=2,
            retry_backoff_factor=0.01,
        )
        with RunaiClient(ApiClient(config)) as client, pytest.raises(runbridge.InternalServerError) as caught:
            client.organizations.projects.get_projects(limit=1)
        assert server.hits["POST /api/v2/token"] == 3
    assert isinstance(caught.value, TokenError)
    assert caught.value.attempts == 3


def test_a_token_endpoint_that_is_down_is_a_connection_error() -> None:
    with FaultyServer() as server:
        url = server.base_url
    config = Configuration(client_id="app", client_secret=WRONG_SECRET, runai_base_url=url, retry_max_retries=1)
    with RunaiClient(ApiClient(config)) as client, pytest.raises(runbridge.APIConnectionError) as caught:
        client.organizations.projects.get_projects(limit=1)
    assert_no_secret(caught.value, WRONG_SECRET)


# -- 3. path parameters --------------------------------------------------------------------------------------------


def no_request_is_sent(call: Callable[[], Any], error: type[Exception] = InvalidArgumentError) -> Exception:
    with capture() as exchanges, pytest.raises(error) as caught:
        call()
    assert exchanges == []
    return caught.value


@pytest.mark.parametrize("value", BAD_PATH_VALUES)
def test_runicorn_refuses_a_run_id_that_is_not_one_path_segment(urls: dict[str, str], value: str) -> None:
    with runicorn.connect(urls["runicorn"]) as client:
        for call in (
            lambda: client.get_experiment(value),
            lambda: client.get_metrics(value),
            lambda: client.update_run(value, tags=["x"]),
            lambda: client.permanently_delete_run(value, dry_run=True),
        ):
            error = no_request_is_sent(call, runicorn.InvalidArgumentError)
            assert isinstance(error, runbridge.InvalidArgumentError)
            assert isinstance(error, ValueError)


@pytest.mark.parametrize("value", BAD_PATH_VALUES)
def test_runs_refuses_a_run_id_that_is_not_one_path_segment(urls: dict[str, str], value: str) -> None:
    with RunsClient(urls["runs"], api_key="sk-contract") as client:
        expected = runbridge.ConfigError if not value.strip() else InvalidArgumentError
        no_request_is_sent(lambda: client.runs.retrieve(value), expected)
        no_request_is_sent(lambda: list(client.runs.stream(value)), expected)


@pytest.mark.parametrize("value", BAD_PATH_VALUES)
def test_runai_refuses_a_path_parameter_that_is_not_one_segment(urls: dict[str, str], value: str) -> None:
    config = Configuration(
        client_id=runai_sandbox.SANDBOX_CLIENT_ID,
        client_secret=runai_sandbox.SANDBOX_CLIENT_SECRET,
        runai_base_url=urls["runai"],
    )
    with RunaiClient(ApiClient(config)) as client:
        error = no_request_is_sent(lambda: client.organizations.projects.get_project(project_id=value), ApiValueError)
        assert "project_id" in str(error)
        assert isinstance(error, runbridge.InvalidArgumentError)
        no_request_is_sent(lambda: client.organizations.projects.get_project(value), ApiValueError)


@pytest.mark.parametrize("value", [value for value in BAD_PATH_VALUES if value.strip()])
def test_runagent_refuses_an_agent_id_that_is_not_one_path_segment(urls: dict[str, str], value: str) -> None:
    no_request_is_sent(lambda: RunAgentClient(value, base_url=urls["runagent"]))
    no_request_is_sent(lambda: AsyncRunAgentClient(value, base_url=urls["runagent"]))


def test_a_good_id_with_reserved_characters_is_still_quoted_and_reaches_its_route(urls: dict[str, str]) -> None:
    client = RunsClient(urls["runs"], api_key="sk-contract")
    with client, capture() as exchanges, pytest.raises(runbridge.NotFoundError):
        client.runs.retrieve("a b:c@d")
    assert exchanges[-1].url.endswith("/runs/a%20b%3Ac%40d")


# -- 4. the seeds' payload shapes -----------------------------------------------------------------------------------


def test_runs_search_takes_the_seeds_query_object(urls: dict[str, str]) -> None:
    with RunsClient(urls["runs"] + "/api/v1", api_key="sk-contract") as client:
        by_keyword = [run.id for run in client.runs.search(status="failed", limit=20)]
        by_seed_shape = [run.id for run in client.runs.search(query={"status": "failed"}, limit=20)]
        full_text = list(client.runs.search(query="no run says this", limit=5))
    assert by_keyword
    assert by_seed_shape == by_keyword
    assert full_text == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda runs: list(runs.search(query={"status": 3})), "'status' must be a string"),
        (lambda runs: list(runs.search(query={"colour": "red"})), "unknown search field"),
        (lambda runs: list(runs.search(where={"status": "failed"}, query={"status": "x"})), "not both"),
        (lambda runs: list(runs.search(tags=[1, 2])), "tags must be a non-empty string or a list"),
        (lambda runs: list(runs.search(is_root="yes")), "'is_root' must be True or False"),
        (lambda runs: runs.facets([{"name": "statuses"}]), "{'name': ..., 'field': ...}"),
        (lambda runs: runs.facets([3]), "neither a field nor"),
        (lambda runs: runs.facets({"statuses": ["status"]}), "{name: field}"),
        (lambda runs: runs.find({"query": {"status": "failed"}, "limit": 1}, limit=2), "given both"),
        (lambda runs: runs.find({"status": "failed"}, limit=-1), "limit must be a non-negative integer"),
        (lambda runs: runs.find({"status": "failed"}, select=[1]), "select must be"),
    ],
)
def test_runs_payloads_of_the_wrong_shape_are_a_config_error_naming_the_expected_one(
    urls: dict[str, str], call: Callable[[Any], Any], message: str
) -> None:
    client = RunsClient(urls["runs"], api_key="sk-contract")
    expected = pytest.raises(runbridge.ConfigError, match=re.escape(message))
    with client, capture() as exchanges, expected:
        call(client.runs)
    assert [exchange for exchange in exchanges if exchange.operation != "token"] == []


def test_runs_facets_take_the_seeds_list_of_name_and_field(urls: dict[str, str]) -> None:
    seed_facets = [{"name": "statuses", "field": "status"}, {"name": "models", "field": "modelId"}]
    with RunsClient(urls["runs"], api_key="sk-contract") as client:
        from_seed = client.runs.facets(seed_facets)
        from_mapping = client.runs.facets({"statuses": "status", "models": "modelId"})
    assert from_seed == from_mapping
    assert sum(bucket.count for bucket in from_seed["statuses"]) > 0


def test_runs_find_takes_the_seeds_whole_payload(urls: dict[str, str]) -> None:
    payload = {"query": {"status": "failed"}, "limit": 3, "select": "id status"}
    with RunsClient(urls["runs"], api_key="sk-contract") as client:
        from_payload = client.runs.find(payload)
        from_arguments = client.runs.find({"status": "failed"}, limit=3, select=["id", "status"])
    assert from_payload == from_arguments
    assert from_payload
    assert all(set(found) <= {"id", "status"} and found["status"] == "failed" for found in from_payload)


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"my_chatbot": {"api_url": "https://x", "api_key": "k"}}, "no runner is registered as 'my_chatbot'"),
        ({"http": "https://x"}, "http"),
        ({"http": {"url": "https://x", "api_key": "k"}}, "unknown key 'api_key'"),
        ({"openai_chat": {}}, "model"),
        (["http"], "expected a mapping"),
    ],
)
def test_registry_configs_of_the_wrong_shape_are_a_config_error(config: Any, message: str) -> None:
    from runbridge.runners import APIRunner

    with pytest.raises(runbridge.ConfigError, match=message):
        APIRunner(config=config)


def test_the_registry_takes_the_seeds_config_for_a_registered_runner() -> None:
    from runbridge.runners import APIRunner, BaseAPIRunner
    from runbridge.runners.response import APIResponseData

    @APIRunner.register("seed_chatbot")
    class SeedChatbot(BaseAPIRunner):
        def __init__(self, config: dict[str, Any], **kwargs: Any) -> None:
            super().__init__(config, **kwargs)
            self.api_url = config.get("api_url")

        def execute(self, query: str, **kwargs: Any) -> APIResponseData:
            return APIResponseData(query=query, actual_output=f"{self.api_url}: {query}")

    try:
        runner = APIRunner(config={"seed_chatbot": {"api_url": "https://api.example.com/chat", "api_key": "k"}})
        assert runner.execute("seed_chatbot", "hi").actual_output == "https://api.example.com/chat: hi"
        with pytest.raises(LookupError, match="no runner is registered as 'nope'") as unknown:
            runner.execute("nope", "hi")
        assert isinstance(unknown.value, runbridge.RunbridgeError)
    finally:
        APIRunner.unregister("seed_chatbot")
