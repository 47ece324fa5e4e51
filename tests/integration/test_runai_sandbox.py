"""The Run:ai client against the sandbox control plane over loopback: all three client kinds, real tokens."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from runbridge import retry
from runbridge.errors import TokenError
from runbridge.runai import (
    ApiClient,
    AsyncApiClient,
    CLIv2Config,
    ConflictException,
    NotFoundException,
    RunaiClient,
    ThreadedApiClient,
    UnauthorizedException,
)
from runbridge.runai import client as client_module
from runbridge.sandbox.runai import CLUSTER_UUID, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from tests.clock import ManualClock

from .runai_sandbox import RunningSandbox, on_clock, running


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with running() as live:
        yield live


@pytest.fixture
def client(sandbox: RunningSandbox) -> Iterator[RunaiClient]:
    with RunaiClient(ApiClient(sandbox.configuration())) as runai:
        yield runai


def test_projects_crud_with_typed_models(client: RunaiClient) -> None:
    projects = client.organizations.projects
    created = projects.create_project(body={"name": "crud-project", "clusterId": CLUSTER_UUID, "resources": []})
    assert created.name == "crud-project"
    assert projects.get_project(created.id).name == "crud-project"
    with pytest.raises(ConflictException):
        projects.create_project(body={"name": "crud-project", "clusterId": CLUSTER_UUID, "resources": []})
    updated = projects.update_project(created.id, body={"resources": [], "description": "now described"})
    assert updated.description == "now described"
    projects.delete_project(created.id)
    with pytest.raises(NotFoundException):
        projects.get_project(created.id)


def test_filter_sort_and_pagination(client: RunaiClient) -> None:
    projects = client.organizations.projects
    first = projects.get_projects(limit=2, sort_by="name")
    assert [project.name for project in first.projects] == ["nlp", "team-a"]
    assert first.next_ == 2
    second = projects.get_projects(limit=2, offset=2, sort_by="name")
    assert [project.name for project in second.projects] == ["team-b", "vision"]
    assert [p.name for p in projects.get_projects(filter_by=["name=^team"]).projects] == ["team-a", "team-b"]
    assert projects.count_projects(filter_by=["name=@a"]).count == 2
    descending = projects.get_projects(sort_by="name", sort_order="desc").projects
    assert descending[0].name == "vision"


def test_organization_units(client: RunaiClient) -> None:
    organizations = client.organizations
    assert [str(cluster.uuid) for cluster in organizations.clusters.get_clusters()] == [CLUSTER_UUID]
    assert str(organizations.clusters.get_cluster_by_uuid(CLUSTER_UUID).uuid) == CLUSTER_UUID
    assert organizations.departments.get_departments().departments[0].name == "research"
    nodes = organizations.nodes.get_tenant_nodes(filter_by=["nodePool==a100"]).nodes
    assert [node.name for node in nodes] == ["worker-3"]
    assert organizations.nodes.count_tenant_nodes().count == 3
    pool = organizations.node_pools.create_nodepool(
        body={"name": "h100", "labelKey": "gpu", "labelValue": "h100", "clusterId": CLUSTER_UUID}
    )
    assert organizations.node_pools.get_nodepool(pool.id).label_value == "h100"
    organizations.node_pools.delete_nodepool(pool.id)


def test_workload_lifecycle(client: RunaiClient) -> None:
    workloads = client.workloads
    training = workloads.trainings.create_training1(
        body={"name": "resnet", "projectId": "2", "clusterId": CLUSTER_UUID}
    )
    summary = workloads.workloads.get_workload(training.workload_id)
    assert summary.name == "resnet"
    assert summary.type_ == "Training"
    accepted = workloads.trainings.suspend_training(training.workload_id)
    assert accepted.code == 202
    listed = workloads.workloads.get_workloads(filter_by=["name==resnet"]).workloads
    assert [item.phase for item in listed] == ["Stopped"]
    workloads.trainings.delete_training(training.workload_id)
    with pytest.raises(NotFoundException):
        workloads.trainings.get_training(training.workload_id)


def test_assets_and_access(client: RunaiClient) -> None:
    compute = client.workload_assets.compute
    asset = compute.create_compute_asset(body={"meta": {"name": "one-gpu", "scope": "tenant"}, "spec": {}})
    assert compute.get_compute_asset_by_id(asset.meta.id).meta.name == "one-gpu"
    assert [entry.meta.name for entry in compute.list_compute_assets().entries] == ["one-gpu"]
    rules = client.authentication_and_authorization.access_rules.get_access_rules()
    assert rules.total_records >= 1
    me = client.authentication_and_authorization.me.get_me_access_rules()
    assert me.access_rules.access_rules[0].subject_id == SANDBOX_CLIENT_ID


def test_v1_json_token_endpoint(sandbox: RunningSandbox) -> None:
    with RunaiClient(ApiClient(sandbox.configuration(token_endpoint="v1"))) as runai:
        assert runai.organizations.projects.count_projects().count >= 4
        assert runai.api_client.token_requests == 1


def test_wrong_secret_is_a_token_error_without_the_secret(sandbox: RunningSandbox) -> None:
    config = sandbox.configuration(client_secret="definitely-wrong-secret", retry_enabled=False)
    with RunaiClient(ApiClient(config)) as runai, pytest.raises(TokenError) as caught:
        runai.organizations.projects.count_projects()
    assert "401" in str(caught.value)
    assert "definitely-wrong-secret" not in str(caught.value)


def test_expired_bearer_token_is_rejected(sandbox: RunningSandbox) -> None:
    from runbridge.sandbox import tokens

    expired = tokens.issue("someone", ttl=-1)
    with RunaiClient(ApiClient(sandbox.configuration(bearer_token=expired))) as runai:
        with pytest.raises(UnauthorizedException):
            runai.organizations.projects.get_projects()
        assert runai.api_client.token_requests == 0


def test_token_refresh_across_expiry_with_100_threads() -> None:
    # Margin 0: the token is used for its whole life; the clock stands still during each burst.
    clock = ManualClock()
    with running(token_ttl=6, clock=clock) as live:
        config = live.configuration(token_refresh_margin=0, pool_maxsize=32)
        with RunaiClient(ThreadedApiClient(config, pool_size=16)) as runai:
            on_clock(runai.api_client, clock)
            count = runai.organizations.projects.count_projects

            def burst() -> list[int]:
                barrier = threading.Barrier(100)
                results: list[int] = []
                lock = threading.Lock()

                def call() -> None:
                    barrier.wait()
                    value = count().count
                    with lock:
                        results.append(value)

                threads = [threading.Thread(target=call) for _ in range(100)]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
                return results

            assert len(burst()) == 100
            assert (runai.api_client.token_requests, live.token_requests) == (1, 1)
            clock.advance(6.2)  # the token expires
            assert len(burst()) == 100
            assert (runai.api_client.token_requests, live.token_requests) == (2, 2)


def test_expired_token_without_auto_refresh_is_replaced_after_one_401() -> None:
    clock = ManualClock()
    with (
        running(token_ttl=1, clock=clock) as live,
        RunaiClient(ApiClient(live.configuration(auto_refresh_token=False))) as runai,
    ):
        on_clock(runai.api_client, clock)
        runai.organizations.projects.count_projects()
        clock.advance(1.2)
        assert runai.organizations.projects.count_projects().count >= 4
        assert live.token_requests == 2


def test_async_client_refreshes_once_across_expiry() -> None:
    clock = ManualClock()

    async def scenario(live: RunningSandbox) -> tuple[int, int]:
        config = live.configuration(token_refresh_margin=0)
        async with RunaiClient(AsyncApiClient(config)) as runai:
            on_clock(runai.api_client, clock)
            get = runai.organizations.projects.get_projects
            first = await asyncio.gather(*(get(limit=1) for _ in range(50)))
            assert all(page.projects for page in first)
            after_first = runai.api_client.token_requests
            clock.advance(4.2)
            await asyncio.gather(*(get(limit=1) for _ in range(50)))
            return after_first, runai.api_client.token_requests

    with running(token_ttl=4, clock=clock) as live:
        assert asyncio.run(scenario(live)) == (1, 2)
        assert live.token_requests == 2


def test_async_create_sends_a_json_object(sandbox: RunningSandbox) -> None:
    async def scenario() -> str:
        async with RunaiClient(AsyncApiClient(sandbox.configuration())) as runai:
            created = await runai.organizations.departments.create_department(
                body={"name": "async-dept", "clusterId": CLUSTER_UUID, "resources": []}
            )
            fetched = await runai.organizations.departments.get_department(created.id)
            return str(fetched.name)

    assert asyncio.run(scenario()) == "async-dept"


def test_deprecated_operations_warn_once_and_work(sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_module, "_warned", set())
    with RunaiClient(ApiClient(sandbox.configuration())) as runai:
        applications = runai.authentication_and_authorization.applications
        assert "applications" not in runai.authentication_and_authorization.options()
        with pytest.warns(DeprecationWarning, match="create_application"):
            created = applications.create_application(body={"name": "legacy-app"})
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            with pytest.raises(ConflictException):
                applications.create_application(body={"name": "legacy-app"})
        # The application's credentials work on the legacy token endpoint too.
        with pytest.warns(DeprecationWarning, match="app_token"):
            token = runai.authentication_and_authorization.tokens.app_token(
                body={"id": created.id, "name": created.name, "secret": created.secret}
            )
        assert token.access_token.count(".") == 2
        with pytest.warns(DeprecationWarning, match="get_node_pools"):
            pools = runai.organizations.node_pools.get_node_pools(CLUSTER_UUID)
        assert {pool.name for pool in pools} >= {"default", "a100"}
        # The legacy per-cluster listing shows the same projects in the old shape.
        runai.cluster_id = CLUSTER_UUID
        with pytest.warns(DeprecationWarning, match="get_projects_deprecated"):
            legacy = runai.organizations.projects.get_projects_deprecated()
        current = runai.organizations.projects.get_projects().projects
        assert sorted(project.name for project in legacy) == sorted(project.name for project in current)
        with pytest.warns(DeprecationWarning, match="get_project_deprecated"):
            one = runai.organizations.projects.get_project_deprecated(id=legacy[0].id)
        assert one.namespace.startswith("runai-")
        with pytest.warns(DeprecationWarning, match="get_departments_deprecated"):
            departments = runai.organizations.departments.get_departments_deprecated()
        assert "research" in [department.name for department in departments]


def test_cliv2_login_directory_end_to_end(sandbox: RunningSandbox, tmp_path: Path) -> None:
    token = httpx.post(
        sandbox.base_url + "/api/v1/token",
        json={"grantType": "client_credentials", "clientID": SANDBOX_CLIENT_ID, "clientSecret": SANDBOX_CLIENT_SECRET},
    ).json()["accessToken"]
    login = tmp_path / ".runai"
    login.mkdir()
    (login / "authentication.json").write_text(
        json.dumps({"accessToken": base64.urlsafe_b64encode(token.encode()).decode()})
    )
    (login / "config.json").write_text(
        json.dumps({"control_plane": {"url": sandbox.base_url}, "cluster": {"uuid": CLUSTER_UUID}})
    )
    cli = CLIv2Config(cliv2_config_path=str(login))
    with RunaiClient(
        cluster_id=cli.cluster_uuid, bearer_token=cli.token, runai_base_url=cli.control_plane_url
    ) as runai:
        # cluster_uuid comes from cluster_id
        assert runai.organizations.nodes.count_nodes().count == 3
        assert runai.api_client.token_requests == 0


def test_debug_logging_redacts_the_token(sandbox: RunningSandbox, caplog: pytest.LogCaptureFixture) -> None:
    from runbridge import _logging

    caplog.set_level(logging.DEBUG, logger="runbridge")
    try:
        with RunaiClient(ApiClient(sandbox.configuration(debug=True))) as runai:
            runai.organizations.projects.count_projects()
            token = runai.api_client.auth.token.value  # type: ignore[attr-defined]
    finally:
        _logging.disable()
    assert "/api/v1/org-unit/projects/count" in caplog.text
    assert token not in caplog.text
    assert SANDBOX_CLIENT_SECRET not in caplog.text


@pytest.mark.slow
def test_transient_503_is_retried(sandbox: RunningSandbox) -> None:
    # The sandbox's 503 says Retry-After: 1; only the number of attempts matters here, not the waits.
    with retry.testing(), RunaiClient(ApiClient(sandbox.configuration(retry_backoff_factor=0.01))) as runai:
        response = runai.organizations.projects.count_projects.detailed()
        assert response.status_code == 200
        runai.api_client.http.headers["x-sandbox-fault"] = "503"  # type: ignore[union-attr]
        from runbridge.runai import ServiceException

        with pytest.raises(ServiceException) as caught:
            runai.organizations.projects.count_projects()
        assert caught.value.attempts == 4  # one call and retry_max_retries=3 retries


def test_paginate_walks_every_page(client: RunaiClient) -> None:
    names = [
        project.name for project in client.organizations.projects.get_projects.paginate(page_size=2, sort_by="name")
    ]
    assert names == sorted(names)
    assert {"nlp", "team-a", "team-b", "vision"} <= set(names)
    first_three = list(client.organizations.nodes.get_tenant_nodes.paginate(page_size=1, max_items=3))
    assert [node.name for node in first_three] == ["worker-1", "worker-2", "worker-3"]
    with pytest.raises(TypeError, match="cannot be paginated"):
        client.organizations.clusters.get_clusters.paginate()


def test_async_paginate(sandbox: RunningSandbox) -> None:
    async def scenario() -> list[str]:
        async with RunaiClient(AsyncApiClient(sandbox.configuration())) as runai:
            pages = runai.organizations.node_pools.get_nodepools.paginate(page_size=1)
            return [pool.name async for pool in pages]

    assert {"default", "a100"} <= set(asyncio.run(scenario()))


def test_v1_token_keys_are_case_insensitive_like_the_control_plane(sandbox: RunningSandbox) -> None:
    # runapy sends the legacy grant with `AppId`/`AppSecret`; the Go server accepts any key case.
    legacy = {"grantType": "app_token", "AppId": SANDBOX_CLIENT_ID, "AppSecret": SANDBOX_CLIENT_SECRET}
    answer = httpx.post(sandbox.base_url + "/api/v1/token", json=legacy)
    assert answer.status_code == 200
    assert answer.json()["expiresIn"] > 0
    wrong = httpx.post(sandbox.base_url + "/api/v1/token", json={**legacy, "AppSecret": "nope"})
    assert wrong.status_code == 400
