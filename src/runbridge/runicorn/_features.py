"""Tell "this viewer version has no such endpoint" apart from "no such run", and say what to use instead.

Viewer versions differ: artifacts exist only in 0.5.x; paths, run assets, alias/tags updates, zip export and
storage statistics arrived in 0.6/0.7. A viewer that lacks an endpoint answers in one of three ways, none of
which names the problem:

    0.7.x   200 with its web UI (HTML) for an unknown GET /api/... path
    0.5.x   404 {"detail": "Not Found"} - FastAPI's route-level 404, unlike "Run not found" from a real route
    any     405 {"detail": "Method Not Allowed"} when the path exists with other methods (PATCH /api/runs/{id})

For the operations listed in HINTS (those some released version lacks) the driver turns these answers into
UnsupportedFeatureError with the hint; for every other operation they stay NotAnAPIResponseError / NotFoundError.
"""

from __future__ import annotations

from runbridge.runicorn.errors import (
    NotAnAPIResponseError,
    RunicornAPIError,
    RunicornStatusError,
    UnsupportedFeatureError,
)

__all__ = ["is_missing_endpoint", "unsupported"]

_ARTIFACTS = ("artifacts", "they exist only in 0.5.x viewers; 0.6+ record run assets instead (get_run_assets)")
_PATHS = ("run paths", "0.5.x viewers file runs by project and name: use list_projects(), list_names()")
_NEWER = "added in Runicorn 0.6/0.7"

# operation name -> (feature, what to do instead)
HINTS: dict[str, tuple[str, str]] = {
    "list_artifacts": _ARTIFACTS,
    "get_artifact_stats": _ARTIFACTS,
    "list_artifact_versions": _ARTIFACTS,
    "get_artifact_version": _ARTIFACTS,
    "list_artifact_files": _ARTIFACTS,
    "get_artifact_lineage": _ARTIFACTS,
    "list_run_artifacts": _ARTIFACTS,
    "get_run_assets": ("run assets", "0.5.x viewers keep versioned artifacts instead (client.artifacts)"),
    "get_run_images": ("the run image list", _NEWER),
    "update_run": ("alias and tag updates", _NEWER),
    "move_runs": ("moving runs", _NEWER),
    "permanently_delete_run": ("permanent deletion of one run", _NEWER),
    "list_paths": _PATHS,
    "get_path_tree": _PATHS,
    "list_runs_by_path": _PATHS,
    "create_path": _PATHS,
    "soft_delete_path": _PATHS,
    "export_path": _PATHS,
    "list_storage_candidates": ("storage candidates", _NEWER),
    "export_runs_zip": ("zip export", "use export_experiment(run_id, format='json') or 'csv'"),
    "get_storage_stats": ("storage statistics", _NEWER),
}


def is_missing_endpoint(operation: str, exc: RunicornAPIError) -> bool:
    """Whether an error means the viewer lacks this version-dependent endpoint, rather than no such resource.

    Only operations that some viewer versions lack (HINTS) qualify; for the rest the original error stands.
    """
    if operation not in HINTS:
        return False
    if isinstance(exc, NotAnAPIResponseError):
        return True
    if isinstance(exc, RunicornStatusError) and exc.status_code in (404, 405):
        return exc.detail in ("Not Found", "Method Not Allowed")
    return False


def unsupported(operation: str, version: str | None, cause: RunicornAPIError) -> UnsupportedFeatureError:
    """The error to raise instead of `cause`, naming the viewer version and the alternative."""
    feature, hint = HINTS[operation]
    error = UnsupportedFeatureError(
        f"this Runicorn viewer ({version or 'unknown version'}) has no {feature}: {hint}",
        feature=feature,
        viewer_version=version,
    )
    error.__cause__ = cause
    return error
