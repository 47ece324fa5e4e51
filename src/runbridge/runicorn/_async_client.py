"""AsyncRunicornClient: the asyncio client for a Runicorn viewer, and `aconnect()`.

Every method has the same arguments, results and errors as on RunicornClient; both run the same plans.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
from runbridge_generated.runicorn_viewer.client import Client

from runbridge.runicorn import _plans
from runbridge.runicorn._base import DEFAULT_BASE_URL, ClientCore, add_response_hook, check_health
from runbridge.runicorn._driver import Plan, run_async
from runbridge.runicorn.artifacts import AsyncArtifactsAPI
from runbridge.runicorn.errors import areject_html
from runbridge.runicorn.remote import AsyncRemoteAPI
from runbridge.transport import AsyncRunbridgeClient, attach

__all__ = ["AsyncRunicornClient", "aconnect"]

T = TypeVar("T")


class AsyncRunicornClient(ClientCore):
    """The asyncio client for the Runicorn viewer's REST API.

    Constructing it does no I/O: `async with AsyncRunicornClient(...)` (or `await client.connect()`) checks
    `/api/health` unless `check_connection=False`; `aconnect()` does both in one call. Close it with
    `await client.aclose()` or by leaving the `async with` block. `transport` replaces the network layer.
    """

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = 30,
        max_retries: int = 3,
        *,
        headers: Mapping[str, str] | None = None,
        verify: bool | str = True,
        check_connection: bool = True,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(base_url, timeout, max_retries, headers, verify)
        self._check_connection = check_connection
        generated = Client(base_url=self._options.base_url)
        if transport is None:
            self._generated = attach(generated, self._options, asynchronous=True)
        else:
            self._generated = generated.set_async_httpx_client(AsyncRunbridgeClient(self._options, pool=transport))
        add_response_hook(self.session, areject_html)
        self.artifacts = AsyncArtifactsAPI(self._run)
        """Artifacts (Runicorn 0.5.x viewers; 0.6+ raise UnsupportedFeatureError)."""
        self.remote = AsyncRemoteAPI(self._run)
        """Remote viewers over SSH."""

    async def _run(self, plan: Plan[T]) -> T:
        return await run_async(plan, self._generated)

    @property
    def session(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient (connection pool, retries, redacted logging)."""
        session: httpx.AsyncClient = self._generated.get_async_httpx_client()
        return session

    def with_options(self, *, timeout: float | None = None, max_retries: int | None = None) -> AsyncRunicornClient:
        """A client with another timeout and/or retry budget that shares this one's connection pool.

        The copy needs no closing of its own and stays usable while this client is open.
        """
        clone = copy.copy(self)
        clone._retune(timeout, max_retries)
        session = self.session
        if not isinstance(session, AsyncRunbridgeClient):
            raise TypeError("with_options needs the client's own connection pool")
        http = session.with_options(timeout=clone.timeout, max_retries=clone.max_retries)
        add_response_hook(http, areject_html)
        clone._generated = Client(base_url=self.base_url).set_async_httpx_client(http)
        clone.artifacts = AsyncArtifactsAPI(clone._run)
        clone.remote = AsyncRemoteAPI(clone._run)
        return clone

    # -- lifecycle -----------------------------------------------------------------------------------------------

    async def connect(self) -> Self:
        """Check `/api/health`; ConnectionError when the viewer is not there or not healthy."""
        await self.health_check()
        return self

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self.session.aclose()

    close = aclose

    async def __aenter__(self) -> Self:
        if self._check_connection:
            try:
                await self.connect()
            except BaseException:
                await self.aclose()
                raise
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # -- viewer status ---------------------------------------------------------------------------------------------

    async def health_check(self) -> dict[str, Any]:
        """`/api/health`: status, version and storage root; raises ConnectionError when not healthy."""
        self._health = check_health(self.base_url, await self._run(_plans.health()))
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


async def aconnect(
    base_url: str = DEFAULT_BASE_URL,
    timeout: float = 30,  # noqa: ASYNC109 - the per-request timeout, as in connect()
    max_retries: int = 3,
) -> AsyncRunicornClient:
    """Connect to a viewer: an AsyncRunicornClient that has checked `/api/health` (ConnectionError otherwise)."""
    client = AsyncRunicornClient(base_url, timeout=timeout, max_retries=max_retries)
    try:
        return await client.connect()
    except BaseException:
        await client.aclose()
        raise
