from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.git_list_response import GitListResponse
from ...models.list_git_assets_comply_to_replica_type import ListGitAssetsComplyToReplicaType
from ...models.list_git_assets_comply_to_workload_type import ListGitAssetsComplyToWorkloadType
from ...types import UNSET, Response, Unset

OPERATION = "list_git_assets"
ROUTE = "GET /api/v1/asset/datasource/git"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "401", "403", "500", "503")


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    department_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    usage_info: bool | Unset = UNSET,
    comply_to_project: int | Unset = UNSET,
    comply_to_workload_type: ListGitAssetsComplyToWorkloadType | Unset = UNSET,
    status_info: bool | Unset = UNSET,
    asset_ids: str | Unset = UNSET,
    comply_to_replica_type: ListGitAssetsComplyToReplicaType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["scope"] = scope

    params["projectId"] = project_id

    params["departmentId"] = department_id

    params["clusterId"] = cluster_id

    params["usageInfo"] = usage_info

    params["complyToProject"] = comply_to_project

    json_comply_to_workload_type: str | Unset = UNSET
    if not isinstance(comply_to_workload_type, Unset):
        json_comply_to_workload_type = comply_to_workload_type.value

    params["complyToWorkloadType"] = json_comply_to_workload_type

    params["statusInfo"] = status_info

    params["assetIds"] = asset_ids

    json_comply_to_replica_type: str | Unset = UNSET
    if not isinstance(comply_to_replica_type, Unset):
        json_comply_to_replica_type = comply_to_replica_type.value

    params["complyToReplicaType"] = json_comply_to_replica_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/api/v1/asset/datasource/git",
        "params": params or None,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GitListResponse | None:
    if response.status_code == 200:
        response_200 = GitListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | GitListResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.response_validation_error(OPERATION, response, exc) from exc
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    department_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    usage_info: bool | Unset = UNSET,
    comply_to_project: int | Unset = UNSET,
    comply_to_workload_type: ListGitAssetsComplyToWorkloadType | Unset = UNSET,
    status_info: bool | Unset = UNSET,
    asset_ids: str | Unset = UNSET,
    comply_to_replica_type: ListGitAssetsComplyToReplicaType | Unset = UNSET,
) -> Response[Error | GitListResponse]:
    """List Git data sources

    Args:
        name (str | Unset):
        scope (str | Unset):
        project_id (int | Unset):
        department_id (str | Unset):
        cluster_id (str | Unset):
        usage_info (bool | Unset):
        comply_to_project (int | Unset):
        comply_to_workload_type (ListGitAssetsComplyToWorkloadType | Unset):
        status_info (bool | Unset):
        asset_ids (str | Unset):
        comply_to_replica_type (ListGitAssetsComplyToReplicaType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GitListResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        scope=scope,
        project_id=project_id,
        department_id=department_id,
        cluster_id=cluster_id,
        usage_info=usage_info,
        comply_to_project=comply_to_project,
        comply_to_workload_type=comply_to_workload_type,
        status_info=status_info,
        asset_ids=asset_ids,
        comply_to_replica_type=comply_to_replica_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    department_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    usage_info: bool | Unset = UNSET,
    comply_to_project: int | Unset = UNSET,
    comply_to_workload_type: ListGitAssetsComplyToWorkloadType | Unset = UNSET,
    status_info: bool | Unset = UNSET,
    asset_ids: str | Unset = UNSET,
    comply_to_replica_type: ListGitAssetsComplyToReplicaType | Unset = UNSET,
) -> Error | GitListResponse | None:
    """List Git data sources

    Args:
        name (str | Unset):
        scope (str | Unset):
        project_id (int | Unset):
        department_id (str | Unset):
        cluster_id (str | Unset):
        usage_info (bool | Unset):
        comply_to_project (int | Unset):
        comply_to_workload_type (ListGitAssetsComplyToWorkloadType | Unset):
        status_info (bool | Unset):
        asset_ids (str | Unset):
        comply_to_replica_type (ListGitAssetsComplyToReplicaType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GitListResponse
    """

    return sync_detailed(
        client=client,
        name=name,
        scope=scope,
        project_id=project_id,
        department_id=department_id,
        cluster_id=cluster_id,
        usage_info=usage_info,
        comply_to_project=comply_to_project,
        comply_to_workload_type=comply_to_workload_type,
        status_info=status_info,
        asset_ids=asset_ids,
        comply_to_replica_type=comply_to_replica_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    department_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    usage_info: bool | Unset = UNSET,
    comply_to_project: int | Unset = UNSET,
    comply_to_workload_type: ListGitAssetsComplyToWorkloadType | Unset = UNSET,
    status_info: bool | Unset = UNSET,
    asset_ids: str | Unset = UNSET,
    comply_to_replica_type: ListGitAssetsComplyToReplicaType | Unset = UNSET,
) -> Response[Error | GitListResponse]:
    """List Git data sources

    Args:
        name (str | Unset):
        scope (str | Unset):
        project_id (int | Unset):
        department_id (str | Unset):
        cluster_id (str | Unset):
        usage_info (bool | Unset):
        comply_to_project (int | Unset):
        comply_to_workload_type (ListGitAssetsComplyToWorkloadType | Unset):
        status_info (bool | Unset):
        asset_ids (str | Unset):
        comply_to_replica_type (ListGitAssetsComplyToReplicaType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GitListResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        scope=scope,
        project_id=project_id,
        department_id=department_id,
        cluster_id=cluster_id,
        usage_info=usage_info,
        comply_to_project=comply_to_project,
        comply_to_workload_type=comply_to_workload_type,
        status_info=status_info,
        asset_ids=asset_ids,
        comply_to_replica_type=comply_to_replica_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    department_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    usage_info: bool | Unset = UNSET,
    comply_to_project: int | Unset = UNSET,
    comply_to_workload_type: ListGitAssetsComplyToWorkloadType | Unset = UNSET,
    status_info: bool | Unset = UNSET,
    asset_ids: str | Unset = UNSET,
    comply_to_replica_type: ListGitAssetsComplyToReplicaType | Unset = UNSET,
) -> Error | GitListResponse | None:
    """List Git data sources

    Args:
        name (str | Unset):
        scope (str | Unset):
        project_id (int | Unset):
        department_id (str | Unset):
        cluster_id (str | Unset):
        usage_info (bool | Unset):
        comply_to_project (int | Unset):
        comply_to_workload_type (ListGitAssetsComplyToWorkloadType | Unset):
        status_info (bool | Unset):
        asset_ids (str | Unset):
        comply_to_replica_type (ListGitAssetsComplyToReplicaType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GitListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            scope=scope,
            project_id=project_id,
            department_id=department_id,
            cluster_id=cluster_id,
            usage_info=usage_info,
            comply_to_project=comply_to_project,
            comply_to_workload_type=comply_to_workload_type,
            status_info=status_info,
            asset_ids=asset_ids,
            comply_to_replica_type=comply_to_replica_type,
        )
    ).parsed
