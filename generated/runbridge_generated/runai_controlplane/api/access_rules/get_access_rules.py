from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_rules_sort_filter_fields import AccessRulesSortFilterFields
from ...models.error import Error
from ...models.get_access_rules_response_200 import GetAccessRulesResponse200
from ...models.get_access_rules_sort_order import GetAccessRulesSortOrder
from ...types import UNSET, Response, Unset

OPERATION = "get_access_rules"
ROUTE = "GET /api/v1/authorization/access-rules"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "401", "403", "500", "503")


def _get_kwargs(
    *,
    subject_type: str | Unset = UNSET,
    subject_id_filter: str | Unset = UNSET,
    subject_ids: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    last_updated: str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    cluster_id: str | Unset = UNSET,
    scope_type: str | Unset = UNSET,
    scope_id: str | Unset = UNSET,
    role_id: int | Unset = UNSET,
    sort_order: GetAccessRulesSortOrder | Unset = GetAccessRulesSortOrder.ASC,
    sort_by: AccessRulesSortFilterFields | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subjectType"] = subject_type

    params["subjectIdFilter"] = subject_id_filter

    json_subject_ids: list[str] | Unset = UNSET
    if not isinstance(subject_ids, Unset):
        json_subject_ids = subject_ids

    params["subjectIds"] = json_subject_ids

    params["limit"] = limit

    params["offset"] = offset

    params["lastUpdated"] = last_updated

    params["includeDeleted"] = include_deleted

    params["clusterId"] = cluster_id

    params["scopeType"] = scope_type

    params["scopeId"] = scope_id

    params["roleId"] = role_id

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_filter_by: list[str] | Unset = UNSET
    if not isinstance(filter_by, Unset):
        json_filter_by = filter_by

    params["filterBy"] = json_filter_by

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/api/v1/authorization/access-rules",
        "params": params or None,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetAccessRulesResponse200 | None:
    if response.status_code == 200:
        response_200 = GetAccessRulesResponse200.from_dict(response.json())

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
) -> Response[Error | GetAccessRulesResponse200]:
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
    subject_type: str | Unset = UNSET,
    subject_id_filter: str | Unset = UNSET,
    subject_ids: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    last_updated: str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    cluster_id: str | Unset = UNSET,
    scope_type: str | Unset = UNSET,
    scope_id: str | Unset = UNSET,
    role_id: int | Unset = UNSET,
    sort_order: GetAccessRulesSortOrder | Unset = GetAccessRulesSortOrder.ASC,
    sort_by: AccessRulesSortFilterFields | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[Error | GetAccessRulesResponse200]:
    """List access rules

    Args:
        subject_type (str | Unset):
        subject_id_filter (str | Unset):
        subject_ids (list[str] | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):
        last_updated (str | Unset):
        include_deleted (bool | Unset):  Default: False.
        cluster_id (str | Unset):
        scope_type (str | Unset):
        scope_id (str | Unset):
        role_id (int | Unset):
        sort_order (GetAccessRulesSortOrder | Unset):  Default: GetAccessRulesSortOrder.ASC.
        sort_by (AccessRulesSortFilterFields | Unset):
        filter_by (list[str] | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetAccessRulesResponse200]
    """

    kwargs = _get_kwargs(
        subject_type=subject_type,
        subject_id_filter=subject_id_filter,
        subject_ids=subject_ids,
        limit=limit,
        offset=offset,
        last_updated=last_updated,
        include_deleted=include_deleted,
        cluster_id=cluster_id,
        scope_type=scope_type,
        scope_id=scope_id,
        role_id=role_id,
        sort_order=sort_order,
        sort_by=sort_by,
        filter_by=filter_by,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    subject_type: str | Unset = UNSET,
    subject_id_filter: str | Unset = UNSET,
    subject_ids: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    last_updated: str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    cluster_id: str | Unset = UNSET,
    scope_type: str | Unset = UNSET,
    scope_id: str | Unset = UNSET,
    role_id: int | Unset = UNSET,
    sort_order: GetAccessRulesSortOrder | Unset = GetAccessRulesSortOrder.ASC,
    sort_by: AccessRulesSortFilterFields | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Error | GetAccessRulesResponse200 | None:
    """List access rules

    Args:
        subject_type (str | Unset):
        subject_id_filter (str | Unset):
        subject_ids (list[str] | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):
        last_updated (str | Unset):
        include_deleted (bool | Unset):  Default: False.
        cluster_id (str | Unset):
        scope_type (str | Unset):
        scope_id (str | Unset):
        role_id (int | Unset):
        sort_order (GetAccessRulesSortOrder | Unset):  Default: GetAccessRulesSortOrder.ASC.
        sort_by (AccessRulesSortFilterFields | Unset):
        filter_by (list[str] | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetAccessRulesResponse200
    """

    return sync_detailed(
        client=client,
        subject_type=subject_type,
        subject_id_filter=subject_id_filter,
        subject_ids=subject_ids,
        limit=limit,
        offset=offset,
        last_updated=last_updated,
        include_deleted=include_deleted,
        cluster_id=cluster_id,
        scope_type=scope_type,
        scope_id=scope_id,
        role_id=role_id,
        sort_order=sort_order,
        sort_by=sort_by,
        filter_by=filter_by,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    subject_type: str | Unset = UNSET,
    subject_id_filter: str | Unset = UNSET,
    subject_ids: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    last_updated: str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    cluster_id: str | Unset = UNSET,
    scope_type: str | Unset = UNSET,
    scope_id: str | Unset = UNSET,
    role_id: int | Unset = UNSET,
    sort_order: GetAccessRulesSortOrder | Unset = GetAccessRulesSortOrder.ASC,
    sort_by: AccessRulesSortFilterFields | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[Error | GetAccessRulesResponse200]:
    """List access rules

    Args:
        subject_type (str | Unset):
        subject_id_filter (str | Unset):
        subject_ids (list[str] | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):
        last_updated (str | Unset):
        include_deleted (bool | Unset):  Default: False.
        cluster_id (str | Unset):
        scope_type (str | Unset):
        scope_id (str | Unset):
        role_id (int | Unset):
        sort_order (GetAccessRulesSortOrder | Unset):  Default: GetAccessRulesSortOrder.ASC.
        sort_by (AccessRulesSortFilterFields | Unset):
        filter_by (list[str] | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetAccessRulesResponse200]
    """

    kwargs = _get_kwargs(
        subject_type=subject_type,
        subject_id_filter=subject_id_filter,
        subject_ids=subject_ids,
        limit=limit,
        offset=offset,
        last_updated=last_updated,
        include_deleted=include_deleted,
        cluster_id=cluster_id,
        scope_type=scope_type,
        scope_id=scope_id,
        role_id=role_id,
        sort_order=sort_order,
        sort_by=sort_by,
        filter_by=filter_by,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    subject_type: str | Unset = UNSET,
    subject_id_filter: str | Unset = UNSET,
    subject_ids: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = UNSET,
    last_updated: str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    cluster_id: str | Unset = UNSET,
    scope_type: str | Unset = UNSET,
    scope_id: str | Unset = UNSET,
    role_id: int | Unset = UNSET,
    sort_order: GetAccessRulesSortOrder | Unset = GetAccessRulesSortOrder.ASC,
    sort_by: AccessRulesSortFilterFields | Unset = UNSET,
    filter_by: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Error | GetAccessRulesResponse200 | None:
    """List access rules

    Args:
        subject_type (str | Unset):
        subject_id_filter (str | Unset):
        subject_ids (list[str] | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):
        last_updated (str | Unset):
        include_deleted (bool | Unset):  Default: False.
        cluster_id (str | Unset):
        scope_type (str | Unset):
        scope_id (str | Unset):
        role_id (int | Unset):
        sort_order (GetAccessRulesSortOrder | Unset):  Default: GetAccessRulesSortOrder.ASC.
        sort_by (AccessRulesSortFilterFields | Unset):
        filter_by (list[str] | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetAccessRulesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            subject_type=subject_type,
            subject_id_filter=subject_id_filter,
            subject_ids=subject_ids,
            limit=limit,
            offset=offset,
            last_updated=last_updated,
            include_deleted=include_deleted,
            cluster_id=cluster_id,
            scope_type=scope_type,
            scope_id=scope_id,
            role_id=role_id,
            sort_order=sort_order,
            sort_by=sort_by,
            filter_by=filter_by,
            search=search,
        )
    ).parsed
