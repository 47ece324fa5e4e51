"""RunicornClient: the blocking client for a Runicorn viewer, and `connect()`."""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
from runbridge_generated.runicorn_viewer.client import Client

from runbridge.runicorn import _plans
from runbridge.runicorn._base import DEFAULT_BASE_URL, ClientCore, add_response_hook, check_health
from runbridge.runicorn._driver import Plan, run_sync
from runbridge.runicorn.artifacts import ArtifactsAPI
from runbridge.runicorn.errors import reject_html
from runbridge.runicorn.remote import RemoteAPI
from runbridge.transport import RunbridgeClient, attach

__all__ = ["RunicornClient", "connect"]

T = TypeVar("T")


class RunicornClient(ClientCore):
    """A client for the Runicorn viewer's REST API (`runicorn viewer`), with retries and typed errors.

    By default the constructor checks `/api/health` and raises ConnectionError when the viewer is not there,
    as the documented client does; pass `check_connection=False` to skip that. Use it as a context manager, or
    call `close()`. `transport` replaces the network layer (e.g. `httpx.MockTransport`); retries and error
    mapping still apply.
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
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(base_url, timeout, max_retries, headers, verify)
        generated = Client(base_url=self._options.base_url)
        if transport is None:
            self._generated = attach(generated, self._options)
        else:  # a custom transport (e.g. httpx.MockTransport in tests) still gets retries and error mapping
            self._generated = generated.set_httpx_client(RunbridgeClient(self._options, pool=transport))
        add_response_hook(self.session, reject_html)
        self.artifacts = ArtifactsAPI(self._run)
        """Artifacts (Runicorn 0.5.x viewers; 0.6+ raise UnsupportedFeatureError)."""
        self.remote = RemoteAPI(self._run)
        """Remote viewers over SSH."""
        if check_connection:
            try:
                self.health_check()
            except BaseException:
                self.close()
                raise

    def _run(self, plan: Plan[T]) -> T:
        return run_sync(plan, self._generated)

    @property
    def session(self) -> httpx.Client:
        """The underlying httpx.Client (connection pool, retries, redacted logging)."""
        session: httpx.Client = self._generated.get_httpx_client()
        return session

    def with_options(self, *, timeout: float | None = None, max_retries: int | None = None) -> RunicornClient:
        """A client with another timeout and/or retry budget that shares this one's connection pool.

        The copy needs no closing of its own and stays usable while this client is open.
        """
        clone = copy.copy(self)
        clone._retune(timeout, max_retries)
        session = self.session
        if not isinstance(session, RunbridgeClient):
            raise TypeError("with_options needs the client's own connection pool")
        http = session.with_options(timeout=clone.timeout, max_retries=clone.max_retries)
        add_response_hook(http, reject_html)
        clone._generated = Client(base_url=self.base_url).set_httpx_client(http)
        clone.artifacts = ArtifactsAPI(clone._run)
        clone.remote = RemoteAPI(clone._run)
        return clone

    # -- lifecycle -----------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool."""
        self.session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- viewer status ---------------------------------------------------------------------------------------------

    def health_check(self) -> dict[str, Any]:
        """`/api/health`: status, version and storage root; raises ConnectionError when not healthy."""
        self._health = check_health(self.base_url, self._run(_plans.health()))
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


def connect(base_url: str = DEFAULT_BASE_URL, timeout: float = 30, max_retries: int = 3) -> RunicornClient:
    """Connect to a viewer: a RunicornClient that has checked `/api/health` (ConnectionError otherwise)."""
    return RunicornClient(base_url, timeout=timeout, max_retries=max_retries)
