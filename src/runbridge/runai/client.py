"""`RunaiClient`: `client.<category>.<group>.<operation>(...)`, built from the spec's x-tagGroups and tags.

The tree is read from the generated `_operations` index, so it always matches `openapi/runai.yaml`:
categories are the x-tagGroups (`organizations`, `workloads`, ...), groups are their tags (`projects`,
`node_pools`, ...), operations are the snake-cased operationIds (`get_projects`, `create_training1`, ...).
Nothing is imported until an operation is called.

An operation returns the typed model from `runbridge_generated.runai_controlplane.models` (None when the
control plane answers without a body). A request body may be given as that model or as a plain dict with
the API's camelCase keys. With an `AsyncApiClient` every operation is a coroutine; with a
`ThreadedApiClient`, `operation.submit(...)` returns a `concurrent.futures.Future`.

Deprecated operations are hidden by `options()` unless `include_deprecated=True`, and warn once per process
(DeprecationWarning) the first time they are called.
"""

from __future__ import annotations

import functools
import inspect
import re
import threading
import typing
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from runbridge.paths import path_problem
from runbridge.runai._client import ApiClient, AsyncApiClient, ThreadedApiClient, operation_module
from runbridge.runai.errors import ApiValueError

if TYPE_CHECKING:
    import concurrent.futures

    import httpx
    from runbridge_generated.runai_controlplane._operations import Operation

    from runbridge.runai.configuration import Configuration

__all__ = ["Category", "Group", "OperationCall", "RunaiClient"]

_CLUSTER_PARAMETERS = ("cluster_uuid", "cluster_id")
_PATH_PARAMETER = re.compile(r"\{([^}/]+)\}")
_warned: set[str] = set()
_warned_lock = threading.Lock()


def snake(name: str) -> str:
    """`NodePools` -> `node_pools`, `Access rules` -> `access_rules`, `AI Applications` -> `ai_applications`."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name.strip())
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def _warn_deprecated(qualified: str, route: str) -> None:
    with _warned_lock:
        if qualified in _warned:
            return
        _warned.add(qualified)
    warnings.warn(
        f"{qualified} ({route}) is deprecated by Run:ai and may be removed from the control plane",
        DeprecationWarning,
        stacklevel=4,
    )


@functools.cache
def _converters(module_name: str) -> dict[str, Any]:
    """Parameters that accept friendlier values: enum parameters take their string value, `body` takes a dict."""
    import enum
    import importlib

    module = importlib.import_module(module_name)
    converters: dict[str, Any] = {}
    for name, hint in typing.get_type_hints(module.sync_detailed).items():
        for candidate in typing.get_args(hint) or (hint,):
            is_enum = isinstance(candidate, type) and issubclass(candidate, enum.Enum)
            if is_enum or (name == "body" and hasattr(candidate, "from_dict")):
                converters[name] = candidate
    return converters


def _convert(operation: str, name: str, value: Any, target: Any) -> Any:
    import enum

    if isinstance(target, type) and issubclass(target, enum.Enum):
        if isinstance(value, str) and not isinstance(value, target):
            try:
                return target(value)
            except ValueError:
                allowed = ", ".join(repr(member.value) for member in target)
                raise ApiValueError(f"{operation}: {name}={value!r} is not one of {allowed}") from None
        return value
    if isinstance(value, Mapping):
        try:
            return target.from_dict(_jsonable(value))
        except (TypeError, ValueError, AttributeError) as exc:  # from_dict's FieldError names the field path
            raise ApiValueError(f"{operation}: {name} does not fit {target.__name__}: {exc}") from None
    return value


def _jsonable(value: Any) -> Any:
    """A dict body as it would arrive over the wire, so values taken from response models (UUIDs, datetimes,
    enums, models) can be put into a request dict as they are."""
    import datetime
    import enum
    import uuid

    if isinstance(value, Mapping):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return value.to_dict()
    return value


def _items(where: str, page: Any) -> list[Any]:
    """The items of one page: the response itself when it is a list, else its one list-valued field."""
    if isinstance(page, list):
        return page
    import attrs

    if attrs.has(type(page)):
        lists = [
            value
            for field in attrs.fields(type(page))
            if field.name != "additional_properties" and isinstance(value := getattr(page, field.name), list)
        ]
        if len(lists) == 1:
            return lists[0]
    raise TypeError(f"{where}: cannot tell which field of {type(page).__name__} holds the page's items")


class OperationCall:
    """One operation bound to a client: call it, `.detailed(...)` it, or `.submit(...)` it (threaded client)."""

    def __init__(self, client: RunaiClient, group: str, operation: Operation) -> None:
        self._client = client
        self._group = group
        self.operation = operation
        self.__name__ = operation.name
        self.__qualname__ = f"{group}.{operation.name}"
        self.__doc__ = operation.summary  # the full docstring is the generated module's (see `__signature__`)

    @property
    def deprecated(self) -> bool:
        return self.operation.deprecated

    @property
    def __signature__(self) -> inspect.Signature:
        signature = inspect.signature(operation_module(self.operation).sync_detailed)
        return signature.replace(parameters=[p for p in signature.parameters.values() if p.name != "client"])

    def _prepare(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
        if self.operation.deprecated:
            _warn_deprecated(f"{self._group}.{self.operation.name}", f"{self.operation.method} {self.operation.path}")
        # Paths name parameters as the API does (`{clusterUuid}`); the generated keyword is snake_case.
        path_names = [snake(found) for found in _PATH_PARAMETER.findall(self.operation.path)]
        cluster_id = self._client.cluster_id
        if cluster_id is not None and not args:
            for name in path_names:
                if name in _CLUSTER_PARAMETERS and name not in kwargs:
                    kwargs[name] = cluster_id
        # The generated layer applies the same rule; checked here first to raise runapy's ApiValueError.
        for name, value in [*zip(path_names, args, strict=False), *((n, kwargs[n]) for n in path_names if n in kwargs)]:
            problem = path_problem(str(value))
            if problem is not None:
                raise ApiValueError(f"{self.operation.name}: path parameter {name}={value!r} {problem}")
        converters = _converters(f"runbridge_generated.runai_controlplane.{self.operation.module}")
        for name, target in converters.items():
            if name in kwargs:
                kwargs[name] = _convert(self.operation.name, name, kwargs[name], target)
        return kwargs

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Run the operation; returns its typed result (a coroutine with an AsyncApiClient)."""
        return self._client.api_client.call(self.operation, args, self._prepare(args, kwargs))

    def detailed(self, *args: Any, **kwargs: Any) -> Any:
        """Run the operation; returns the generated `Response` with `status_code`, `headers` and `parsed`."""
        return self._client.api_client.call_detailed(self.operation, args, self._prepare(args, kwargs))

    def paginate(self, *args: Any, page_size: int = 50, max_items: int | None = None, **kwargs: Any) -> Any:
        """Every item of a list operation that takes `offset`/`limit`, fetched page by page.

        Returns an iterator (an async iterator with an AsyncApiClient). `max_items` stops early; `offset` in
        `kwargs` is where to start. Stops on a short page, as the control plane's lists end.
        """
        from runbridge.pagination import aiter_offset, iter_offset

        parameters = self.__signature__.parameters
        if "offset" not in parameters or "limit" not in parameters:
            raise TypeError(f"{self.__qualname__} does not take offset/limit, so it cannot be paginated")
        start = kwargs.pop("offset", 0)
        kwargs.pop("limit", None)
        api_client = self._client.api_client
        prepared = self._prepare(args, kwargs)
        if isinstance(api_client, AsyncApiClient):

            async def afetch(offset: int, limit: int) -> list[Any]:
                page = await api_client.call(self.operation, args, {**prepared, "offset": offset, "limit": limit})
                return _items(self.__qualname__, page)

            return aiter_offset(afetch, page_size=page_size, start=start, limit=max_items)

        def fetch(offset: int, limit: int) -> list[Any]:
            page = api_client.call(self.operation, args, {**prepared, "offset": offset, "limit": limit})
            return _items(self.__qualname__, page)

        return iter_offset(fetch, page_size=page_size, start=start, limit=max_items)

    def submit(self, *args: Any, **kwargs: Any) -> concurrent.futures.Future[Any]:
        """Run the operation on a ThreadedApiClient's worker pool."""
        api_client = self._client.api_client
        if not isinstance(api_client, ThreadedApiClient):
            raise TypeError("submit() needs a ThreadedApiClient; call the operation directly instead")
        prepared = self._prepare(args, kwargs)
        return api_client.submit(api_client.call, self.operation, args, prepared)

    def __repr__(self) -> str:
        flag = ", deprecated" if self.operation.deprecated else ""
        return f"<operation {self.__qualname__}: {self.operation.method} {self.operation.path}{flag}>"


class Group:
    """The operations of one tag, e.g. `client.organizations.projects`."""

    def __init__(self, client: RunaiClient, name: str, operations: dict[str, Operation]) -> None:
        self._client = client
        self._name = name
        self._operations = operations

    def options(self, include_deprecated: bool = False) -> list[str]:
        """The operation names, sorted; deprecated ones only if asked for."""
        return sorted(
            name for name, operation in self._operations.items() if include_deprecated or not operation.deprecated
        )

    @property
    def all_deprecated(self) -> bool:
        return all(operation.deprecated for operation in self._operations.values())

    def __getattr__(self, name: str) -> OperationCall:
        operations = self.__dict__.get("_operations", {})
        if name not in operations:
            raise AttributeError(f"group {self.__dict__.get('_name')!r} has no operation {name!r}; see .options()")
        return OperationCall(self._client, self._name, operations[name])

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *self._operations})

    def __repr__(self) -> str:
        return f"<group {self._name}: {', '.join(self.options(include_deprecated=True))}>"


class Category:
    """One x-tagGroup, e.g. `client.organizations`: its groups are attributes."""

    def __init__(self, client: RunaiClient, name: str, groups: dict[str, dict[str, Operation]]) -> None:
        self._client = client
        self._name = name
        self._groups = groups

    def options(self, include_deprecated: bool = False) -> list[str]:
        """The group names, sorted; a group whose operations are all deprecated only if asked for."""
        return sorted(
            name
            for name, operations in self._groups.items()
            if include_deprecated or not all(operation.deprecated for operation in operations.values())
        )

    def __getattr__(self, name: str) -> Group:
        groups = self.__dict__.get("_groups", {})
        if name not in groups:
            raise AttributeError(f"category {self.__dict__.get('_name')!r} has no group {name!r}; see .options()")
        return Group(self._client, f"{self._name}.{name}", groups[name])

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *self._groups})

    def __repr__(self) -> str:
        return f"<category {self._name}: {', '.join(self.options(include_deprecated=True))}>"


@functools.cache
def _tree() -> dict[str, dict[str, dict[str, Operation]]]:
    """category -> group -> operation name -> Operation, from the generated index."""
    from runbridge_generated.runai_controlplane._operations import OPERATIONS, TAG_GROUPS

    tree: dict[str, dict[str, dict[str, Operation]]] = {}
    for category, tags in TAG_GROUPS:
        groups = tree.setdefault(snake(category), {})
        for tag in tags:
            groups[snake(tag)] = {
                operation.name: operation
                for operation in OPERATIONS.values()
                if operation.tags and operation.tags[0] == tag
            }
    return tree


class RunaiClient:
    """The Run:ai control-plane API as `client.<category>.<group>.<operation>(...)`.

    Either wrap an api client — `RunaiClient(ApiClient(config))`, `ThreadedApiClient` or `AsyncApiClient` — or
    pass the configuration directly, as runapy's README shows:
    `RunaiClient(cluster_id=..., bearer_token=..., runai_base_url=...)` (an `ApiClient` is built for you).
    `cluster_id` is filled in for any operation whose path needs `cluster_uuid` / `cluster_id` when the call
    does not give one.
    """

    def __init__(
        self,
        api_client: ApiClient | AsyncApiClient | None = None,
        *,
        cluster_id: str | None = None,
        **configuration: Any,
    ) -> None:
        if api_client is None:
            api_client = ApiClient(**configuration)
        elif configuration:
            raise TypeError("configuration keywords are only accepted when no api_client is given")
        if not isinstance(api_client, ApiClient | AsyncApiClient):
            raise TypeError(
                f"api_client must be an ApiClient, ThreadedApiClient or AsyncApiClient, not {type(api_client).__name__}"
            )
        self.api_client = api_client
        self.cluster_id = cluster_id
        self._tree = _tree()

    @property
    def configuration(self) -> Configuration:
        return self.api_client.configuration

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """The same tree on a copy of the api client with another timeout or retry budget; the copy shares the
        original's connections, token and workers, and needs no closing of its own."""
        return type(self)(
            self.api_client.with_options(timeout=timeout, max_retries=max_retries), cluster_id=self.cluster_id
        )

    def options(self, include_deprecated: bool = False) -> list[str]:
        """The category names, sorted; a category with only deprecated operations only if asked for."""
        return sorted(
            name
            for name, groups in self._tree.items()
            if include_deprecated or any(not op.deprecated for ops in groups.values() for op in ops.values())
        )

    def __getattr__(self, name: str) -> Category:
        tree = self.__dict__.get("_tree", {})
        if name not in tree:
            raise AttributeError(f"RunaiClient has no category {name!r}; see .options()")
        return Category(self, name, tree[name])

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *self._tree})

    def close(self) -> Any:
        """Close the api client (a coroutine for an AsyncApiClient)."""
        return self.api_client.close()

    def __enter__(self) -> Self:
        if isinstance(self.api_client, AsyncApiClient):
            raise TypeError("use `async with` for a RunaiClient around an AsyncApiClient")
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.api_client.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if isinstance(self.api_client, AsyncApiClient):
            await self.api_client.close()
        else:
            self.api_client.close()

    def __repr__(self) -> str:
        return f"RunaiClient({self.api_client!r}, cluster_id={self.cluster_id!r})"
