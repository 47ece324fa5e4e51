"""`client.artifacts`: versioned artifacts, which only Runicorn 0.5.x viewers serve.

Runicorn 0.6 removed artifacts and 0.7 records per-run *assets* instead (`client.get_run_assets(run_id)`). On
those viewers every call here raises UnsupportedFeatureError naming the viewer version and that alternative,
rather than the HTML page (0.7.x) or bare 404 (0.6.x) the viewer answers.

Artifact ids are `name:vN` or `name:N` (a version), `name:ALIAS` (e.g. `name:latest`), or just `name` (latest).
The viewer lists versions oldest first; `list_versions` returns them newest first, so `versions[0]` is latest.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import attrs

from runbridge.runicorn import _records
from runbridge.runicorn._driver import Call, Endpoint, Plan, unset_none
from runbridge.runicorn._plans import check_count, check_run_id, check_text
from runbridge.runicorn.errors import (
    InvalidArgumentError,
)

if TYPE_CHECKING:
    from runbridge.runicorn._driver import AsyncRunner, SyncRunner


# Generated endpoints, imported on first call so that importing the client stays cheap.
get_artifact_lineage = Endpoint("artifacts.get_artifact_lineage")
get_artifact_stats = Endpoint("artifacts.get_artifact_stats")
get_artifact_version = Endpoint("artifacts.get_artifact_version")
list_artifact_files = Endpoint("artifacts.list_artifact_files")
list_artifact_versions = Endpoint("artifacts.list_artifact_versions")
list_artifacts = Endpoint("artifacts.list_artifacts")
list_run_artifacts = Endpoint("artifacts.list_run_artifacts")

__all__ = ["ArtifactRef", "ArtifactsAPI", "AsyncArtifactsAPI", "parse_artifact_id"]

_ARTIFACT_ID = re.compile(r"^(?P<name>[^:/]+)(?::(?P<ref>[^:/]+))?$")
_VERSION = re.compile(r"^v?(?P<number>\d+)$")


@attrs.frozen
class ArtifactRef:
    """A parsed artifact id: the name and either a version number or an alias."""

    name: str
    version: int | None = None
    alias: str | None = None

    def __str__(self) -> str:
        if self.version is not None:
            return f"{self.name}:v{self.version}"
        return f"{self.name}:{self.alias or 'latest'}"


def parse_artifact_id(artifact_id: object) -> ArtifactRef:
    """`"model:v3"` -> ArtifactRef("model", 3); `"model:prod"` -> alias "prod"; `"model"` -> alias "latest"."""
    if not isinstance(artifact_id, str):
        raise InvalidArgumentError(f"artifact id must be a string like 'name:v3', not {artifact_id!r}")
    match = _ARTIFACT_ID.match(artifact_id.strip())
    if match is None:
        raise InvalidArgumentError(f"artifact id {artifact_id!r} is not 'name', 'name:vN' or 'name:alias'")
    ref = match.group("ref")
    if ref is None:
        return ArtifactRef(match.group("name"), alias="latest")
    number = _VERSION.match(ref)
    if number is not None:
        return ArtifactRef(match.group("name"), version=int(number.group("number")))
    return ArtifactRef(match.group("name"), alias=ref)


def _check_type(type_: str | None) -> str | None:
    return check_text("type", type_)


def list_artifacts_plan(
    type_: str | None = None, limit: int | None = None, offset: int | None = None
) -> Plan[list[dict[str, Any]]]:
    type_ = _check_type(type_)
    limit, offset = check_count("limit", limit), check_count("offset", offset)
    items: list[dict[str, Any]] = yield Call(list_artifacts, {"type_": unset_none(type_)})
    return _records.page(items, limit=limit, offset=offset)


def list_versions_plan(name: str, type_: str | None = None) -> Plan[list[dict[str, Any]]]:
    name = str(check_text("name", name, optional=False))
    versions: list[dict[str, Any]] = yield (
        Call(list_artifact_versions, {"artifact_name": name, "type_": unset_none(_check_type(type_))})
    )
    return sorted(versions, key=lambda version: int(version.get("version") or 0), reverse=True)


def _resolve(ref: ArtifactRef, type_: str | None) -> Plan[int]:
    """The version number an ArtifactRef names; aliases are looked up in the artifact list."""
    if ref.version is not None:
        return ref.version
    items: list[dict[str, Any]] = yield Call(list_artifacts, {"type_": unset_none(type_)})
    for item in items:
        if item.get("name") != ref.name:
            continue
        aliases = item.get("aliases") or {}
        if ref.alias in aliases:
            return int(aliases[ref.alias])
        if ref.alias == "latest" and item.get("latest_version") is not None:
            return int(item["latest_version"])
        raise InvalidArgumentError(f"artifact {ref.name!r} has no alias {ref.alias!r}; aliases: {sorted(aliases)}")
    raise InvalidArgumentError(f"no artifact named {ref.name!r}" + (f" of type {type_!r}" if type_ else ""))


def get_artifact_plan(artifact_id: str, type_: str | None = None) -> Plan[dict[str, Any]]:
    ref = parse_artifact_id(artifact_id)
    type_ = _check_type(type_)
    version = yield from _resolve(ref, type_)
    detail: dict[str, Any] = yield (
        Call(get_artifact_version, {"artifact_name": ref.name, "version": version, "type_": unset_none(type_)})
    )
    detail.setdefault("id", f"{detail.get('name', ref.name)}:v{detail.get('version', version)}")
    return detail


def get_files_plan(artifact_id: str, type_: str | None = None) -> Plan[dict[str, Any]]:
    ref = parse_artifact_id(artifact_id)
    type_ = _check_type(type_)
    version = yield from _resolve(ref, type_)
    files: dict[str, Any] = yield (
        Call(list_artifact_files, {"artifact_name": ref.name, "version": version, "type_": unset_none(type_)})
    )
    return files


def get_lineage_plan(artifact_id: str, max_depth: int = 3, type_: str | None = None) -> Plan[dict[str, Any]]:
    ref = parse_artifact_id(artifact_id)
    type_ = _check_type(type_)
    depth = check_count("max_depth", max_depth)
    version = yield from _resolve(ref, type_)
    lineage: dict[str, Any] = yield (
        Call(
            get_artifact_lineage,
            {"artifact_name": ref.name, "version": version, "type_": unset_none(type_), "max_depth": unset_none(depth)},
        )
    )
    return lineage


def stats_plan() -> Plan[dict[str, Any]]:
    stats: dict[str, Any] = yield Call(get_artifact_stats)
    return stats


def run_artifacts_plan(run_id: str) -> Plan[dict[str, Any]]:
    result: dict[str, Any] = yield Call(list_run_artifacts, {"run_id": check_run_id(run_id)})
    return result


class ArtifactsAPI:
    """Artifact queries on a 0.5.x viewer (`client.artifacts`)."""

    def __init__(self, run: SyncRunner) -> None:
        self._run = run

    def list_artifacts(
        self, type: str | None = None, limit: int | None = None, offset: int | None = None
    ) -> list[dict[str, Any]]:
        """Every artifact (optionally of one type) with its latest version and aliases, paged on the client."""
        return self._run(list_artifacts_plan(type, limit, offset))

    def get_artifact(self, artifact_id: str, type: str | None = None) -> dict[str, Any]:
        """One version: `"name:vN"`, `"name:alias"` or `"name"` (latest)."""
        return self._run(get_artifact_plan(artifact_id, type))

    def list_versions(self, name: str, type: str | None = None) -> list[dict[str, Any]]:
        """Every version of an artifact, newest first."""
        return self._run(list_versions_plan(name, type))

    def get_artifact_files(self, artifact_id: str, type: str | None = None) -> dict[str, Any]:
        """The files and references of one version."""
        return self._run(get_files_plan(artifact_id, type))

    def get_artifact_lineage(self, artifact_id: str, max_depth: int = 3) -> dict[str, Any]:
        """The runs and artifacts one version came from: `{"root_artifact", "nodes", "edges"}`."""
        return self._run(get_lineage_plan(artifact_id, max_depth))

    def get_stats(self) -> dict[str, Any]:
        """Counts and sizes of the artifact store."""
        return self._run(stats_plan())

    def list_experiment_artifacts(self, run_id: str) -> dict[str, Any]:
        """`{"created": [...], "used": [...]}`: the artifacts a run produced and consumed."""
        return self._run(run_artifacts_plan(run_id))


class AsyncArtifactsAPI:
    """The asyncio twin of ArtifactsAPI (`async_client.artifacts`)."""

    def __init__(self, run: AsyncRunner) -> None:
        self._run = run

    async def list_artifacts(
        self, type: str | None = None, limit: int | None = None, offset: int | None = None
    ) -> list[dict[str, Any]]:
        """Every artifact (optionally of one type) with its latest version and aliases, paged on the client."""
        return await self._run(list_artifacts_plan(type, limit, offset))

    async def get_artifact(self, artifact_id: str, type: str | None = None) -> dict[str, Any]:
        """One version: `"name:vN"`, `"name:alias"` or `"name"` (latest)."""
        return await self._run(get_artifact_plan(artifact_id, type))

    async def list_versions(self, name: str, type: str | None = None) -> list[dict[str, Any]]:
        """Every version of an artifact, newest first."""
        return await self._run(list_versions_plan(name, type))

    async def get_artifact_files(self, artifact_id: str, type: str | None = None) -> dict[str, Any]:
        """The files and references of one version."""
        return await self._run(get_files_plan(artifact_id, type))

    async def get_artifact_lineage(self, artifact_id: str, max_depth: int = 3) -> dict[str, Any]:
        """The runs and artifacts one version came from."""
        return await self._run(get_lineage_plan(artifact_id, max_depth))

    async def get_stats(self) -> dict[str, Any]:
        """Counts and sizes of the artifact store."""
        return await self._run(stats_plan())

    async def list_experiment_artifacts(self, run_id: str) -> dict[str, Any]:
        """The artifacts a run produced and consumed."""
        return await self._run(run_artifacts_plan(run_id))
