"""`RunicornClient` and its asyncio twin `AsyncRunicornClient`, the clients of a Runicorn viewer, with `connect()`
and `aconnect()`.

Both clients run the same plans (_plans.py, driven by _driver.py), so each method here only does the I/O. httpx,
the transport and the generated client are imported by the first constructor (and each generated endpoint by its
first call), not by this module, so that `import runbridge.runicorn` stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Self, TypeVar

from runbridge._base_client import AsyncAPIClient, BaseClient, HttpT, SyncAPIClient
from runbridge._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, RUNICORN_BASE_URL
from runbridge.runicorn import _plans
from runbridge.runicorn._driver import Plan, run_async, run_sync
from runbridge.runicorn.artifacts import ArtifactsAPI, AsyncArtifactsAPI
from runbridge.runicorn.errors import areject_html, reject_html
from runbridge.runicorn.remote import AsyncRemoteAPI, RemoteAPI

if TYPE_CHECKING:
    import aiohttp
    import httpx
    from runbridge_generated.runicorn_viewer.client import Client

    from runbridge.transport import AsyncRunbridgeClient, Backend, RunbridgeClient

__all__ = ["DEFAULT_BASE_URL", "AsyncRunicornClient", "RunicornClient", "aconnect", "connect"]

# Where `runicorn viewer` listens unless told otherwise.
DEFAULT_BASE_URL = RUNICORN_BASE_URL

T = TypeVar("T")


def _generated_client(http: RunbridgeClient | AsyncRunbridgeClient, reject: Callable[[httpx.Response], Any]) -> Client:
    """The generated client for `http`, after giving `http` the hook that refuses HTML answers (`reject`)."""
    from runbridge_generated.runicorn_viewer.client import Client

    # No viewer endpoint answers HTML: the hook turns a web page into an error before anything parses it.
    http.event_hooks = {**http.event_hooks, "response": [*http.event_hooks["response"], reject]}
    return Client(base_url=http.client_options.base_url)


class _ViewerClient(BaseClient[HttpT]):
    """What both Runicorn clients add to the skeleton: the http client under its documented name `session`, the
    viewer's version, and `with_options` arguments checked as the constructor checks them."""

    _generated: Client
    _health: dict[str, Any] | None = None

    @property
    def session(self) -> HttpT:
        """The underlying httpx client (connection pool, retries, redacted logging); the same as `http`."""
        return self._http

    @property
    def viewer_version(self) -> str | None:
        """The viewer's version from its health check (None until the client has connected)."""
        version = (self._health or {}).get("version")
        return version if isinstance(version, str) else None

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """A client with another timeout and/or retry budget that shares this one's connection pool.

        The copy needs no closing of its own and stays usable while this client is open.
        """
        from runbridge.runicorn._options import check_overrides

        check_overrides(timeout, max_retries)
        return super().with_options(timeout=timeout, max_retries=max_retries)


class RunicornClient(_ViewerClient["RunbridgeClient"], SyncAPIClient):
    """A client for the Runicorn viewer's REST API (`runicorn viewer`), with retries and typed errors.

    By default the constructor checks `/api/health` and raises ConnectionError when the viewer is not there,
    as the documented client does; pass `check_connection=False` to skip that. Use it as a context manager, or
    call `close()`. `transport` replaces the network layer (e.g. `httpx.MockTransport`); retries and error
    mapping still apply.
    """

    artifacts: ArtifactsAPI
    """Artifacts (Runicorn 0.5.x viewers; 0.6+ raise UnsupportedFeatureError)."""
    remote: RemoteAPI
    """Remote viewers over SSH."""

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        *,
        headers: Mapping[str, str] | None = None,
        verify: bool | str = True,
        check_connection: bool = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        from runbridge.runicorn._options import client_options

        self._start(client_options(base_url, timeout, max_retries, headers, verify), transport)
        if check_connection:
            try:
                self.health_check()
            except BaseException:
                self.close()
                raise

    def _bind(self, http: RunbridgeClient) -> None:
        self._generated = _generated_client(http, reject_html).set_httpx_client(http)
        self.artifacts = ArtifactsAPI(self._run)
        self.remote = RemoteAPI(self._run)

    def _run(self, plan: Plan[T]) -> T:
        return run_sync(plan, self._generated)

    # -- viewer status ---------------------------------------------------------------------------------------------

    def health_check(self) -> dict[str, Any]:
        """`/api/health`: status, version and storage root; raises ConnectionError when not healthy."""
        self._health = self._run(_plans.health(self.base_url))
        return self._health

    def check_status(self) -> dict[str, Any]:
        """Ask the viewer to re-check runs marked running (dead processes become failed)."""
        return self._run(_plans.check_status())

    def get_storage_stats(self) -> dict[str, Any]:
        """Disk usage of the viewer's storage root."""
        return self._run(_plans.storage_stats())

    def get_gpu_info(self) -> dict[str, Any]:
        """Current GPU telemetry (`available` is False where nvidia-smi is missing)."""
        return self._run(_plans.gpu_info())

    # -- experiments -------------------------------------------------------------------------------------------------

    def list_experiments(
        self,
        project: str | None = None,
        name: str | None = None,
        status: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> list[dict[str, Any]]:
        """Experiment records, newest first, filtered by project/name/status and paged (all on the client)."""
        return self._run(_plans.list_experiments(project, name, status, limit, offset))

    def list_runs(self, path: str | None = None, exact: bool = False) -> list[dict[str, Any]]:
        """The runs under `path` (whole-segment prefix, or exactly `path`), as experiment records."""
        return self._run(_plans.list_runs_under(path, exact))

    def get_experiment(self, run_id: str) -> dict[str, Any]:
        """One run with its assets and summary; NotFoundError when there is no such run."""
        return self._run(_plans.get_experiment(run_id))

    get_run = get_experiment

    def get_metrics(
        self, run_id: str, metric_names: Sequence[str] | None = None, limit: int | None = None
    ) -> dict[str, Any]:
        """`{"metrics": {name: [{"step", "value", "time", "stage"}, ...]}, "columns", "total", "sampled"}`.

        `limit` keeps at most that many points per metric, spread over the whole run (the viewer downsamples
        with LTTB when 100 <= limit <= 50000).
        """
        return self._run(_plans.get_metrics(run_id, metric_names, limit))

    def get_metrics_table(self, run_id: str, downsample: int | None = None) -> dict[str, Any]:
        """The viewer's own metric table: `{"columns", "rows", "total", "sampled"}`."""
        return self._run(_plans.get_metrics_table(run_id, downsample))

    def update_run(self, run_id: str, *, alias: str | None = None, tags: Sequence[str] | None = None) -> dict[str, Any]:
        """Set a run's alias and/or tags (alias='' clears the alias, tags=[] clears the tags)."""
        return self._run(_plans.update_run(run_id, alias, tags))

    def move_runs(self, run_ids: Sequence[str], target_path: str) -> dict[str, Any]:
        """File runs under another path."""
        return self._run(_plans.move(run_ids, target_path))

    def delete_runs(self, run_ids: Sequence[str]) -> dict[str, Any]:
        """Soft delete: move runs to the recycle bin (restore with `restore_runs`)."""
        return self._run(_plans.soft_delete(run_ids))

    def restore_runs(self, run_ids: Sequence[str]) -> dict[str, Any]:
        """Bring runs back from the recycle bin."""
        return self._run(_plans.restore(run_ids))

    def list_deleted_runs(self) -> list[dict[str, Any]]:
        """The runs in the recycle bin."""
        return self._run(_plans.recycle_bin())

    def empty_recycle_bin(self, *, confirm: bool = False) -> dict[str, Any]:
        """Delete every run in the recycle bin for good; needs confirm=True."""
        return self._run(_plans.empty_recycle_bin(confirm))

    def permanently_delete_run(self, run_id: str, *, dry_run: bool = False) -> dict[str, Any]:
        """Delete one run and the assets only it uses; `dry_run=True` reports what would go."""
        return self._run(_plans.permanently_delete(run_id, dry_run))

    def get_run_assets(self, run_id: str) -> dict[str, Any]:
        """The config, code, datasets, pretrained models and outputs recorded for a run (0.6+ viewers)."""
        return self._run(_plans.run_assets(run_id))

    def get_run_images(self, run_id: str) -> list[dict[str, Any]]:
        """The images a run logged."""
        return self._run(_plans.run_images(run_id))

    def get_environment(self, run_id: str) -> dict[str, Any]:
        """The environment captured when the run started (`available` is False when it was not captured)."""
        return self._run(_plans.run_environment(run_id))

    # -- paths -------------------------------------------------------------------------------------------------------

    def list_projects(self) -> list[str]:
        """The projects: first segments of the run paths."""
        return self._run(_plans.projects())

    def list_names(self, project: str) -> list[str]:
        """The experiment names in a project: second segments of its run paths."""
        return self._run(_plans.names(project))

    def list_paths(self, include_stats: bool = False) -> dict[str, Any]:
        """`{"paths", "tree"[, "stats"]}`: every path that holds runs."""
        return self._run(_plans.paths(include_stats))

    def get_path_tree(self) -> dict[str, Any]:
        """The paths as a nested mapping of segments."""
        return self._run(_plans.path_tree())

    def create_path(self, path: str) -> dict[str, Any]:
        """Create an empty path."""
        return self._run(_plans.create_path(path))

    def delete_path(self, path: str, *, exact: bool = False) -> dict[str, Any]:
        """Soft-delete every run under `path`."""
        return self._run(_plans.soft_delete_under(path, exact))

    def export_path(self, path: str, *, exact: bool = False) -> dict[str, Any]:
        """Summary and metadata of every run under `path`."""
        return self._run(_plans.export_path(path, exact))

    # -- configuration -----------------------------------------------------------------------------------------------

    def get_config(self) -> dict[str, Any]:
        """The viewer's configuration: storage root, config file, storage backend."""
        return self._run(_plans.get_config())

    def update_config(self, config: Mapping[str, Any]) -> dict[str, Any]:
        """Change `user_root_dir` (an absolute path; empty or relative paths are refused); returns the new config."""
        return self._run(_plans.update_config(config))

    def list_storage_candidates(self, scan_root: str | None = None, max_depth: int = 3) -> dict[str, Any]:
        """Directories under `scan_root` that look like Runicorn storage roots."""
        return self._run(_plans.storage_candidates(scan_root, max_depth))

    # -- export ------------------------------------------------------------------------------------------------------

    def export_experiment(self, run_id: str, format: str = "json", include_media: bool = False) -> bytes:
        """One run as bytes: "json" (run + metric rows), "csv" (metric rows) or "zip" (the run's directory)."""
        return self._run(_plans.export_experiment(run_id, format, include_media))


class AsyncRunicornClient(_ViewerClient["AsyncRunbridgeClient"], AsyncAPIClient):
    """The asyncio twin of RunicornClient (same arguments, results and errors; every call is awaited).

    Constructing it does no I/O: `async with AsyncRunicornClient(...)` (or `await client.connect()`) checks
    `/api/health` unless `check_connection=False`; `aconnect()` does both in one call. Close it with
    `await client.close()` or by leaving the `async with` block. `transport` replaces the network layer;
    `backend="aiohttp"` (the `runbridge[aiohttp]` extra) or `http_client=` (an aiohttp.ClientSession you own)
    sends over aiohttp's connection pool instead of httpx's.
    """

    artifacts: AsyncArtifactsAPI
    """Artifacts (Runicorn 0.5.x viewers; 0.6+ raise UnsupportedFeatureError)."""
    remote: AsyncRemoteAPI
    """Remote viewers over SSH."""

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        *,
        headers: Mapping[str, str] | None = None,
        verify: bool | str = True,
        check_connection: bool = True,
        transport: httpx.AsyncBaseTransport | None = None,
        backend: Backend = "httpx",
        http_client: aiohttp.ClientSession | None = None,
    ) -> None:
        from runbridge.runicorn._options import client_options

        self._check_connection = check_connection
        options = client_options(base_url, timeout, max_retries, headers, verify)
        self._start(options, transport, backend=backend, http_client=http_client)

    def _bind(self, http: AsyncRunbridgeClient) -> None:
        self._generated = _generated_client(http, areject_html).set_async_httpx_client(http)
        self.artifacts = AsyncArtifactsAPI(self._run)
        self.remote = AsyncRemoteAPI(self._run)

    async def _run(self, plan: Plan[T]) -> T:
        return await run_async(plan, self._generated)

    # -- lifecycle -----------------------------------------------------------------------------------------------

    async def connect(self) -> Self:
        """Check `/api/health`; ConnectionError when the viewer is not there or not healthy."""
        await self.health_check()
        return self

    async def __aenter__(self) -> Self:
        if self._check_connection:
            try:
                await self.connect()
            except BaseException:
                await self.close()
                raise
        return self

    # -- viewer status ---------------------------------------------------------------------------------------------

    async def health_check(self) -> dict[str, Any]:
        """`/api/health`: status, version and storage root; raises ConnectionError when not healthy."""
        self._health = await self._run(_plans.health(self.base_url))
        return self._health

    async def check_status(self) -> dict[str, Any]:
        """Ask the viewer to re-check runs marked running (dead processes become failed)."""
        return await self._run(_plans.check_status())

    async def get_storage_stats(self) -> dict[str, Any]:
        """Disk usage of the viewer's storage root."""
        return await self._run(_plans.storage_stats())

    async def get_gpu_info(self) -> dict[str, Any]:
        """Current GPU telemetry (`available` is False where nvidia-smi is missing)."""
        return await self._run(_plans.gpu_info())

    # -- experiments -------------------------------------------------------------------------------------------------

    async def list_experiments(
        self,
        project: str | None = None,
        name: str | None = None,
        status: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> list[dict[str, Any]]:
        """Experiment records, newest first, filtered by project/name/status and paged (all on the client)."""
        return await self._run(_plans.list_experiments(project, name, status, limit, offset))

    async def list_runs(self, path: str | None = None, exact: bool = False) -> list[dict[str, Any]]:
        """The runs under `path` (whole-segment prefix, or exactly `path`), as experiment records."""
        return await self._run(_plans.list_runs_under(path, exact))

    async def get_experiment(self, run_id: str) -> dict[str, Any]:
        """One run with its assets and summary; NotFoundError when there is no such run."""
        return await self._run(_plans.get_experiment(run_id))

    get_run = get_experiment

    async def get_metrics(
        self, run_id: str, metric_names: Sequence[str] | None = None, limit: int | None = None
    ) -> dict[str, Any]:
        """`{"metrics": {name: [{"step", "value", "time", "stage"}, ...]}, "columns", "total", "sampled"}`.

        `limit` keeps at most that many points per metric, spread over the whole run (the viewer downsamples
        with LTTB when 100 <= limit <= 50000).
        """
        return await self._run(_plans.get_metrics(run_id, metric_names, limit))

    async def get_metrics_table(self, run_id: str, downsample: int | None = None) -> dict[str, Any]:
        """The viewer's own metric table: `{"columns", "rows", "total", "sampled"}`."""
        return await self._run(_plans.get_metrics_table(run_id, downsample))

    async def update_run(
        self, run_id: str, *, alias: str | None = None, tags: Sequence[str] | None = None
    ) -> dict[str, Any]:
        """Set a run's alias and/or tags (alias='' clears the alias, tags=[] clears the tags)."""
        return await self._run(_plans.update_run(run_id, alias, tags))

    async def move_runs(self, run_ids: Sequence[str], target_path: str) -> dict[str, Any]:
        """File runs under another path."""
        return await self._run(_plans.move(run_ids, target_path))

    async def delete_runs(self, run_ids: Sequence[str]) -> dict[str, Any]:
        """Soft delete: move runs to the recycle bin (restore with `restore_runs`)."""
        return await self._run(_plans.soft_delete(run_ids))

    async def restore_runs(self, run_ids: Sequence[str]) -> dict[str, Any]:
        """Bring runs back from the recycle bin."""
        return await self._run(_plans.restore(run_ids))

    async def list_deleted_runs(self) -> list[dict[str, Any]]:
        """The runs in the recycle bin."""
        return await self._run(_plans.recycle_bin())

    async def empty_recycle_bin(self, *, confirm: bool = False) -> dict[str, Any]:
        """Delete every run in the recycle bin for good; needs confirm=True."""
        return await self._run(_plans.empty_recycle_bin(confirm))

    async def permanently_delete_run(self, run_id: str, *, dry_run: bool = False) -> dict[str, Any]:
        """Delete one run and the assets only it uses; `dry_run=True` reports what would go."""
        return await self._run(_plans.permanently_delete(run_id, dry_run))

    async def get_run_assets(self, run_id: str) -> dict[str, Any]:
        """The config, code, datasets, pretrained models and outputs recorded for a run (0.6+ viewers)."""
        return await self._run(_plans.run_assets(run_id))

    async def get_run_images(self, run_id: str) -> list[dict[str, Any]]:
        """The images a run logged."""
        return await self._run(_plans.run_images(run_id))

    async def get_environment(self, run_id: str) -> dict[str, Any]:
        """The environment captured when the run started (`available` is False when it was not captured)."""
        return await self._run(_plans.run_environment(run_id))

    # -- paths -------------------------------------------------------------------------------------------------------

    async def list_projects(self) -> list[str]:
        """The projects: first segments of the run paths."""
        return await self._run(_plans.projects())

    async def list_names(self, project: str) -> list[str]:
        """The experiment names in a project: second segments of its run paths."""
        return await self._run(_plans.names(project))

    async def list_paths(self, include_stats: bool = False) -> dict[str, Any]:
        """`{"paths", "tree"[, "stats"]}`: every path that holds runs."""
        return await self._run(_plans.paths(include_stats))

    async def get_path_tree(self) -> dict[str, Any]:
        """The paths as a nested mapping of segments."""
        return await self._run(_plans.path_tree())

    async def create_path(self, path: str) -> dict[str, Any]:
        """Create an empty path."""
        return await self._run(_plans.create_path(path))

    async def delete_path(self, path: str, *, exact: bool = False) -> dict[str, Any]:
        """Soft-delete every run under `path`."""
        return await self._run(_plans.soft_delete_under(path, exact))

    async def export_path(self, path: str, *, exact: bool = False) -> dict[str, Any]:
        """Summary and metadata of every run under `path`."""
        return await self._run(_plans.export_path(path, exact))

    # -- configuration -----------------------------------------------------------------------------------------------

    async def get_config(self) -> dict[str, Any]:
        """The viewer's configuration: storage root, config file, storage backend."""
        return await self._run(_plans.get_config())

    async def update_config(self, config: Mapping[str, Any]) -> dict[str, Any]:
        """Change `user_root_dir` (an absolute path; empty or relative paths are refused); returns the new config."""
        return await self._run(_plans.update_config(config))

    async def list_storage_candidates(self, scan_root: str | None = None, max_depth: int = 3) -> dict[str, Any]:
        """Directories under `scan_root` that look like Runicorn storage roots."""
        return await self._run(_plans.storage_candidates(scan_root, max_depth))

    # -- export ------------------------------------------------------------------------------------------------------

    async def export_experiment(self, run_id: str, format: str = "json", include_media: bool = False) -> bytes:
        """One run as bytes: "json" (run + metric rows), "csv" (metric rows) or "zip" (the run's directory)."""
        return await self._run(_plans.export_experiment(run_id, format, include_media))


def connect(
    base_url: str = DEFAULT_BASE_URL, timeout: float = DEFAULT_TIMEOUT, max_retries: int = DEFAULT_MAX_RETRIES
) -> RunicornClient:
    """Connect to a viewer: a RunicornClient that has checked `/api/health` (ConnectionError otherwise)."""
    return RunicornClient(base_url, timeout=timeout, max_retries=max_retries)


async def aconnect(
    base_url: str = DEFAULT_BASE_URL,
    timeout: float = DEFAULT_TIMEOUT,  # noqa: ASYNC109 - the per-request timeout, as in connect()
    max_retries: int = DEFAULT_MAX_RETRIES,
) -> AsyncRunicornClient:
    """Connect to a viewer: an AsyncRunicornClient that has checked `/api/health` (ConnectionError otherwise)."""
    client = AsyncRunicornClient(base_url, timeout=timeout, max_retries=max_retries)
    try:
        return await client.connect()
    except BaseException:
        await client.close()
        raise
