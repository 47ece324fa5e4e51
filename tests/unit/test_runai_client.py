"""RunaiClient's category/group/operation tree, options(), deprecation warnings and argument handling.

Calls go through the real transport stack with an httpx.MockTransport underneath.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterator

import httpx
import pytest
from runbridge_generated.runai_controlplane._operations import OPERATIONS, TAG_GROUPS

from runbridge.runai import ApiClient, ApiValueError, Configuration, NotFoundException, RunaiClient, ThreadedApiClient
from runbridge.runai import client as client_module

BASE = "https://myorg.run.ai"
Handler = Callable[[httpx.Request], httpx.Response]
PROJECT = {
    "id": "7",
    "name": "team-a",
    "clusterId": "71f69d83-ba66-4822-adf5-55ce55efd210",
    "createdAt": "2026-01-01T00:00:00Z",
    "updatedAt": "2026-01-01T00:00:00Z",
    "description": "",
    "enforceRunaiScheduler": True,
    "parentId": "1",
    "resources": [],
    "status": {},
    "totalResources": {},
    "effective": {},
}


@pytest.fixture
def seen() -> list[httpx.Request]:
    return []


@pytest.fixture
def make_client(seen: list[httpx.Request]) -> Iterator[Callable[[Handler], RunaiClient]]:
    made: list[RunaiClient] = []

    def make(handler: Handler, *, cluster_id: str | None = None) -> RunaiClient:
        def record(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return handler(request)

        config = Configuration(bearer_token="static-token", runai_base_url=BASE, retry_enabled=False)
        client = RunaiClient(ApiClient(config, transport=httpx.MockTransport(record)), cluster_id=cluster_id)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def reply(status: int, body: object) -> httpx.Response:
    """A MockTransport answer with an unread body, as the network would deliver it."""
    content = json.dumps(body).encode()
    return httpx.Response(status, stream=httpx.ByteStream(content), headers={"content-type": "application/json"})


def test_snake_names() -> None:
    assert client_module.snake("NodePools") == "node_pools"
    assert client_module.snake("Access rules") == "access_rules"
    assert client_module.snake("Authentication and Authorization") == "authentication_and_authorization"
    assert client_module.snake("PVC") == "pvc"
    assert client_module.snake("S3") == "s3"


def test_tree_follows_tag_groups_and_tags(make_client: Callable[..., RunaiClient]) -> None:
    client = make_client(lambda request: reply(500, {"code": 500, "message": "unused"}))
    assert client.options() == sorted(client_module.snake(name) for name, _ in TAG_GROUPS)
    assert client.organizations.options() == ["clusters", "departments", "node_pools", "nodes", "projects"]
    assert client.organizations.projects.options() == [
        "count_projects",
        "create_project",
        "delete_project",
        "get_project",
        "get_projects",
        "patch_project_resources",
        "update_project",
    ]
    every_operation = {
        name
        for category in client.options(include_deprecated=True)
        for group in getattr(client, category).options(include_deprecated=True)
        for name in getattr(getattr(client, category), group).options(include_deprecated=True)
    }
    assert every_operation == {operation.name for operation in OPERATIONS.values()}


def test_deprecated_operations_are_hidden_unless_asked_for(make_client: Callable[..., RunaiClient]) -> None:
    client = make_client(lambda request: reply(500, {"code": 500, "message": "unused"}))
    auth = client.authentication_and_authorization
    assert "applications" not in auth.options()  # every operation of the group is deprecated
    assert "applications" in auth.options(include_deprecated=True)
    assert "get_node_pools" not in client.organizations.node_pools.options()
    assert "get_node_pools" in client.organizations.node_pools.options(include_deprecated=True)
    assert "app_token" not in auth.tokens.options()
    assert "options" not in auth.tokens.options()  # runapy listed options() itself


def test_unknown_names_raise_attribute_error_pointing_at_options(make_client: Callable[..., RunaiClient]) -> None:
    client = make_client(lambda request: reply(500, {"code": 500, "message": "unused"}))
    with pytest.raises(AttributeError, match="no category 'organisations'"):
        _ = client.organisations
    with pytest.raises(AttributeError, match="no group 'project'"):
        _ = client.organizations.project
    with pytest.raises(AttributeError, match="no operation 'list_projects'"):
        _ = client.organizations.projects.list_projects
    assert "projects" in dir(client.organizations)


def test_operation_returns_typed_model_and_sends_wire_names(
    make_client: Callable[..., RunaiClient], seen: list[httpx.Request]
) -> None:
    client = make_client(lambda request: reply(200, {"projects": [PROJECT], "next": 1}))
    result = client.organizations.projects.get_projects(filter_by=["name==team-a"], limit=1, offset=0)
    assert result.projects[0].name == "team-a"
    assert result.next_ == 1
    request = seen[-1]
    assert request.url.path == "/api/v1/org-unit/projects"
    assert request.url.params["filterBy"] == "name==team-a"
    assert request.url.params["limit"] == "1"
    assert request.headers["authorization"] == "Bearer static-token"


def test_path_values_are_url_encoded(make_client: Callable[..., RunaiClient], seen: list[httpx.Request]) -> None:
    client = make_client(lambda request: reply(200, PROJECT))
    client.organizations.projects.get_project("my project:x")
    assert seen[-1].url.raw_path == b"/api/v1/org-unit/projects/my%20project%3Ax"
    # A value that is not one segment is refused before sending, rather than quoted into a surprising route.
    with pytest.raises(ApiValueError, match="project_id"):
        client.organizations.projects.get_project("my_project/../x y")
    assert len(seen) == 1


def test_dict_body_is_converted_to_the_request_model(
    make_client: Callable[..., RunaiClient], seen: list[httpx.Request]
) -> None:
    client = make_client(lambda request: reply(201, PROJECT))
    body = {"name": "team-a", "clusterId": PROJECT["clusterId"], "resources": []}
    created = client.organizations.projects.create_project(body=body)
    assert created.id == "7"
    assert json.loads(seen[-1].content) == body
    assert seen[-1].method == "POST"


def test_cluster_id_fills_cluster_path_parameters(
    make_client: Callable[..., RunaiClient], seen: list[httpx.Request]
) -> None:
    client = make_client(lambda request: reply(200, {"count": 3}), cluster_id="c-123")
    assert client.organizations.nodes.count_nodes().count == 3
    assert seen[-1].url.path == "/api/v1/clusters/c-123/nodes/count"
    client.organizations.nodes.count_nodes(cluster_uuid="other")
    assert seen[-1].url.path == "/api/v1/clusters/other/nodes/count"


def test_error_status_raises_runapy_named_exception(make_client: Callable[..., RunaiClient]) -> None:
    client = make_client(lambda request: reply(404, {"code": 404, "message": "no project 9"}))
    with pytest.raises(NotFoundException, match="no project 9") as caught:
        client.organizations.projects.get_project("9")
    assert caught.value.status == 404


def test_deprecated_operation_warns_once(
    make_client: Callable[..., RunaiClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client_module, "_warned", set())
    client = make_client(lambda request: reply(200, []))
    applications = client.authentication_and_authorization.applications
    with pytest.warns(DeprecationWarning, match=r"applications\.get_applications \(GET /api/v1/apps\) is deprecated"):
        applications.get_applications()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        applications.get_applications()  # a second call stays quiet


def test_operation_metadata(make_client: Callable[..., RunaiClient]) -> None:
    client = make_client(lambda request: reply(500, {"code": 500, "message": "unused"}))
    operation = client.organizations.projects.get_project
    assert operation.__name__ == "get_project"
    assert operation.__doc__ == "Get one project"
    assert list(operation.__signature__.parameters) == ["project_id"]
    assert "GET /api/v1/org-unit/projects/{projectId}" in repr(operation)
    assert operation.deprecated is False


def test_submit_needs_a_threaded_client(make_client: Callable[..., RunaiClient]) -> None:
    client = make_client(lambda request: reply(200, {"count": 1}))
    with pytest.raises(TypeError, match="ThreadedApiClient"):
        client.organizations.projects.count_projects.submit()


def test_threaded_submit_returns_futures() -> None:
    config = Configuration(bearer_token="t", runai_base_url=BASE)
    transport = httpx.MockTransport(lambda request: reply(200, {"count": 2}))
    with RunaiClient(ThreadedApiClient(config, pool_size=3, transport=transport)) as client:
        futures = [client.organizations.projects.count_projects.submit() for _ in range(6)]
        assert [future.result().count for future in futures] == [2] * 6
        assert client.api_client.pool_size == 3  # type: ignore[attr-defined]


def test_seed_constructor_form_builds_an_api_client() -> None:
    client = RunaiClient(cluster_id="c-1", bearer_token="tok", runai_base_url=BASE)
    try:
        assert isinstance(client.api_client, ApiClient)
        assert client.cluster_id == "c-1"
        assert client.configuration.bearer_token == "tok"
    finally:
        client.close()
    with pytest.raises(TypeError, match="only accepted when no api_client"):
        RunaiClient(ApiClient(bearer_token="t", runai_base_url=BASE), bearer_token="t")


def test_transport_settings_reach_the_httpx_client(seen: list[httpx.Request]) -> None:
    config = Configuration(
        bearer_token="t",
        runai_base_url=BASE,
        proxy_server_name="internal.run.ai",
        retry_max_retries=5,
        retry_backoff_factor=0.25,
        pool_maxsize=6,
        timeout=12,
    )

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return reply(200, {"count": 1})

    with ApiClient(config, transport=httpx.MockTransport(answer)) as api:
        options = api.client_options
        assert options.retry.max_attempts == 6
        assert options.retry.backoff_factor == 0.25
        assert options.limits.max_connections == 6
        assert options.timeout.read == 12
        assert options.service == "runai"
        RunaiClient(api).organizations.projects.count_projects()
    assert seen[-1].extensions["sni_hostname"] == "internal.run.ai"
    assert seen[-1].headers["user-agent"].startswith("runbridge/")


def test_with_options_copies_the_client_onto_the_same_token_workers_and_server_name(seen: list[httpx.Request]) -> None:
    config = Configuration(
        bearer_token="t", runai_base_url=BASE, proxy_server_name="internal.run.ai", retry_max_retries=5
    )

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return reply(200, {"count": 4})

    with RunaiClient(
        ThreadedApiClient(config, pool_size=2, transport=httpx.MockTransport(answer)), cluster_id="c"
    ) as client:
        quick = client.with_options(timeout=2, max_retries=0)
        assert (quick.cluster_id, quick.api_client.timeout, quick.api_client.max_retries) == ("c", 2.0, 0)
        assert (client.api_client.timeout, client.api_client.max_retries) == (30.0, 5)
        assert quick.organizations.projects.count_projects.submit().result().count == 4
        quick.close()  # a copy leaves the workers and the connections to the original, which still works
        assert client.organizations.projects.count_projects.submit().result().count == 4
    assert [request.extensions["sni_hostname"] for request in seen] == ["internal.run.ai"] * 2


def test_enum_parameters_take_their_string_values(
    make_client: Callable[..., RunaiClient], seen: list[httpx.Request]
) -> None:
    client = make_client(lambda request: reply(200, {"projects": []}))
    client.organizations.projects.get_projects(sort_order="desc", sort_by="name")
    assert (seen[-1].url.params["sortOrder"], seen[-1].url.params["sortBy"]) == ("desc", "name")
    # A value this SDK does not know yet still goes out: a newer control plane may accept it.
    client.organizations.projects.get_projects(sort_by="gpuQuotaNextYear")
    assert seen[-1].url.params["sortBy"] == "gpuQuotaNextYear"


def test_body_dict_may_hold_values_taken_from_models(
    make_client: Callable[..., RunaiClient], seen: list[httpx.Request]
) -> None:
    import uuid

    client = make_client(lambda request: reply(201, PROJECT))
    cluster = uuid.UUID(str(PROJECT["clusterId"]))
    client.organizations.projects.create_project(body={"name": "team-b", "clusterId": cluster, "resources": []})
    assert json.loads(seen[-1].content)["clusterId"] == str(cluster)


def test_bad_body_is_a_clear_error_before_sending(
    make_client: Callable[..., RunaiClient], seen: list[httpx.Request]
) -> None:
    client = make_client(lambda request: reply(201, PROJECT))
    with pytest.raises(
        ApiValueError, match="create_project: body does not fit ProjectCreationRequest: name: required field is missing"
    ):
        client.organizations.projects.create_project(body={"clusterId": PROJECT["clusterId"], "resources": []})
    with pytest.raises(ApiValueError, match="body does not fit ProjectCreationRequest"):
        client.organizations.projects.create_project(
            body={"name": "x", "clusterId": PROJECT["clusterId"], "resources": 5}
        )
    assert seen == []
