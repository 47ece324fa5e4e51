from typing import Any

import httpx
from runbridge.paths import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_git_asset_by_id_comply_to_replica_type import GetGitAssetByIdComplyToReplicaType
from ...models.get_git_asset_by_id_comply_to_workload_type import GetGitAssetByIdComplyToWorkloadType
from ...models.git_asset import GitAsset
from ...types import UNSET, Response, Unset

OPERATION = "get_git_asset_by_id"
ROUTE = "GET /api/v1/asset/datasource/git/{asset_id}"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "401", "403", "404", "500", "503")


def _get_kwargs(
    asset_id: str,
    *,
    usage_info: bool | Unset = UNSET,
    comply_to_project: int | Unset = UNSET,
    comply_to_workload_type: GetGitAssetByIdComplyToWorkloadType | Unset = UNSET,
    status_info: bool | Unset = UNSET,
    comply_to_replica_type: GetGitAssetByIdComplyToReplicaType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["usageInfo"] = usage_info

    params["complyToProject"] = comply_to_project

    json_comply_to_workload_type: str | Unset = UNSET
    if not isinstance(comply_to_workload_type, Unset):
        json_comply_to_workload_type = comply_to_workload_type.value

    params["complyToWorkloadType"] = json_comply_to_workload_type

    params["statusInfo"] = status_info

    json_comply_to_replica_type: str | Unset = UNSET
    if not isinstance(comply_to_replica_type, Unset):
        json_comply_to_replica_type = comply_to_replica_type.value

    params["complyToReplicaType"] = json_comply_to_replica_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/api/v1/asset/datasource/git/{asset_id}".format(
            asset_id=path_segment("asset_id", asset_id),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | GitAsset | None:
    if response.status_code == 200:
        response_200 = GitAsset.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | GitAsset]:
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
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    usage_info: bool | Unset = UNSET,
    comply_to_project: int | Unset = UNSET,
    comply_to_workload_type: GetGitAssetByIdComplyToWorkloadType | Unset = UNSET,
    status_info: bool | Unset = UNSET,
    comply_to_replica_type: GetGitAssetByIdComplyToReplicaType | Unset = UNSET,
) -> Response[Error | GitAsset]:
    """Get one Git data source

    Args:
        asset_id (str):
        usage_info (bool | Unset):
        comply_to_project (int | Unset):
        comply_to_workload_type (GetGitAssetByIdComplyToWorkloadType | Unset):
        status_info (bool | Unset):
        comply_to_replica_type (GetGitAssetByIdComplyToReplicaType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GitAsset]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        usage_info=usage_info,
        comply_to_project=comply_to_project,
        comply_to_workload_type=comply_to_workload_type,
        status_info=status_info,
        comply_to_replica_type=comply_to_replica_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    usage_info: bool | Unset = UNSET,
    comply_to_project: int | Unset = UNSET,
    comply_to_workload_type: GetGitAssetByIdComplyToWorkloadType | Unset = UNSET,
    status_info: bool | Unset = UNSET,
    comply_to_replica_type: GetGitAssetByIdComplyToReplicaType | Unset = UNSET,
) -> Error | GitAsset | None:
    """Get one Git data source

    Args:
        asset_id (str):
        usage_info (bool | Unset):
        comply_to_project (int | Unset):
        comply_to_workload_type (GetGitAssetByIdComplyToWorkloadType | Unset):
        status_info (bool | Unset):
        comply_to_replica_type (GetGitAssetByIdComplyToReplicaType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GitAsset
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
        usage_info=usage_info,
        comply_to_project=comply_to_project,
        comply_to_workload_type=comply_to_workload_type,
        status_info=status_info,
        comply_to_replica_type=comply_to_replica_type,
    ).parsed


async def asyncio_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    usage_info: bool | Unset = UNSET,
    comply_to_project: int | Unset = UNSET,
    comply_to_workload_type: GetGitAssetByIdComplyToWorkloadType | Unset = UNSET,
    status_info: bool | Unset = UNSET,
    comply_to_replica_type: GetGitAssetByIdComplyToReplicaType | Unset = UNSET,
) -> Response[Error | GitAsset]:
    """Get one Git data source

    Args:
        asset_id (str):
        usage_info (bool | Unset):
        comply_to_project (int | Unset):
        comply_to_workload_type (GetGitAssetByIdComplyToWorkloadType | Unset):
        status_info (bool | Unset):
        comply_to_replica_type (GetGitAssetByIdComplyToReplicaType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GitAsset]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        usage_info=usage_info,
        comply_to_project=comply_to_project,
        comply_to_workload_type=comply_to_workload_type,
        status_info=status_info,
        comply_to_replica_type=comply_to_replica_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    usage_info: bool | Unset = UNSET,
    comply_to_project: int | Unset = UNSET,
    comply_to_workload_type: GetGitAssetByIdComplyToWorkloadType | Unset = UNSET,
    status_info: bool | Unset = UNSET,
    comply_to_replica_type: GetGitAssetByIdComplyToReplicaType | Unset = UNSET,
) -> Error | GitAsset | None:
    """Get one Git data source

    Args:
        asset_id (str):
        usage_info (bool | Unset):
        comply_to_project (int | Unset):
        comply_to_workload_type (GetGitAssetByIdComplyToWorkloadType | Unset):
        status_info (bool | Unset):
        comply_to_replica_type (GetGitAssetByIdComplyToReplicaType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GitAsset
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
            usage_info=usage_info,
            comply_to_project=comply_to_project,
            comply_to_workload_type=comply_to_workload_type,
            status_info=status_info,
            comply_to_replica_type=comply_to_replica_type,
        )
    ).parsed
