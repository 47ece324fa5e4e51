"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562): importing one endpoint must not import every model of the spec.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .artifact_detail import ArtifactDetail
    from .artifact_detail_metadata import ArtifactDetailMetadata
    from .artifact_file import ArtifactFile
    from .artifact_files import ArtifactFiles
    from .artifact_files_references_item import ArtifactFilesReferencesItem
    from .artifact_lineage import ArtifactLineage
    from .artifact_stats import ArtifactStats
    from .artifact_stats_by_type import ArtifactStatsByType
    from .artifact_stats_by_type_additional_property import ArtifactStatsByTypeAdditionalProperty
    from .artifact_summary import ArtifactSummary
    from .artifact_summary_aliases import ArtifactSummaryAliases
    from .artifact_version import ArtifactVersion
    from .asset_ref import AssetRef
    from .deleted_run import DeletedRun
    from .disconnect_request import DisconnectRequest
    from .empty_recycle_bin_request import EmptyRecycleBinRequest
    from .empty_recycle_bin_result import EmptyRecycleBinResult
    from .error_detail import ErrorDetail
    from .failed_run import FailedRun
    from .gpu_telemetry import GpuTelemetry
    from .health import Health
    from .health_cache import HealthCache
    from .host_key_confirmation_error import HostKeyConfirmationError
    from .host_key_problem import HostKeyProblem
    from .host_key_problem_host_key import HostKeyProblemHostKey
    from .http_validation_error import HTTPValidationError
    from .lineage_edge import LineageEdge
    from .lineage_node import LineageNode
    from .lineage_node_metadata import LineageNodeMetadata
    from .metrics_table import MetricsTable
    from .metrics_table_rows_item import MetricsTableRowsItem
    from .move_runs_payload import MoveRunsPayload
    from .move_runs_result import MoveRunsResult
    from .moved_run import MovedRun
    from .name_list import NameList
    from .ok_message import OkMessage
    from .path_create_result import PathCreateResult
    from .path_export import PathExport
    from .path_export_run import PathExportRun
    from .path_export_run_meta import PathExportRunMeta
    from .path_export_run_summary import PathExportRunSummary
    from .path_list import PathList
    from .path_list_stats import PathListStats
    from .path_request import PathRequest
    from .path_soft_delete_result import PathSoftDeleteResult
    from .path_stats import PathStats
    from .path_tree import PathTree
    from .path_tree_result import PathTreeResult
    from .permanent_delete_result import PermanentDeleteResult
    from .project_list import ProjectList
    from .recycle_bin import RecycleBin
    from .remote_connect_result import RemoteConnectResult
    from .remote_connection import RemoteConnection
    from .remote_sessions import RemoteSessions
    from .remote_status import RemoteStatus
    from .remote_viewer_session import RemoteViewerSession
    from .remote_viewer_sessions import RemoteViewerSessions
    from .remote_viewer_start_request import RemoteViewerStartRequest
    from .remote_viewer_start_result import RemoteViewerStartResult
    from .restore_result import RestoreResult
    from .restore_result_results import RestoreResultResults
    from .run_artifact_ref import RunArtifactRef
    from .run_artifacts import RunArtifacts
    from .run_assets import RunAssets
    from .run_assets_info import RunAssetsInfo
    from .run_assets_info_code import RunAssetsInfoCode
    from .run_assets_info_config import RunAssetsInfoConfig
    from .run_assets_info_datasets_item import RunAssetsInfoDatasetsItem
    from .run_assets_info_outputs_item import RunAssetsInfoOutputsItem
    from .run_assets_info_pretrained_item import RunAssetsInfoPretrainedItem
    from .run_detail import RunDetail
    from .run_environment import RunEnvironment
    from .run_ids_request import RunIdsRequest
    from .run_images import RunImages
    from .run_images_images_item import RunImagesImagesItem
    from .run_list_item import RunListItem
    from .run_outcome import RunOutcome
    from .run_status import RunStatus
    from .run_summary import RunSummary
    from .run_update_payload import RunUpdatePayload
    from .run_update_result import RunUpdateResult
    from .runs_usage import RunsUsage
    from .size_info import SizeInfo
    from .soft_delete_result import SoftDeleteResult
    from .soft_delete_result_results import SoftDeleteResultResults
    from .ssh_connect_request import SSHConnectRequest
    from .status_check_result import StatusCheckResult
    from .stop_viewer_request import StopViewerRequest
    from .storage_backend import StorageBackend
    from .storage_candidate import StorageCandidate
    from .storage_candidates import StorageCandidates
    from .storage_stats import StorageStats
    from .storage_stats_archive import StorageStatsArchive
    from .user_root_dir_request import UserRootDirRequest
    from .user_root_dir_result import UserRootDirResult
    from .validation_error import ValidationError
    from .validation_error_ctx import ValidationErrorCtx
    from .viewer_config import ViewerConfig

_MODULE_OF: dict[str, str] = {
    "ArtifactDetail": ".artifact_detail",
    "ArtifactDetailMetadata": ".artifact_detail_metadata",
    "ArtifactFile": ".artifact_file",
    "ArtifactFiles": ".artifact_files",
    "ArtifactFilesReferencesItem": ".artifact_files_references_item",
    "ArtifactLineage": ".artifact_lineage",
    "ArtifactStats": ".artifact_stats",
    "ArtifactStatsByType": ".artifact_stats_by_type",
    "ArtifactStatsByTypeAdditionalProperty": ".artifact_stats_by_type_additional_property",
    "ArtifactSummary": ".artifact_summary",
    "ArtifactSummaryAliases": ".artifact_summary_aliases",
    "ArtifactVersion": ".artifact_version",
    "AssetRef": ".asset_ref",
    "DeletedRun": ".deleted_run",
    "DisconnectRequest": ".disconnect_request",
    "EmptyRecycleBinRequest": ".empty_recycle_bin_request",
    "EmptyRecycleBinResult": ".empty_recycle_bin_result",
    "ErrorDetail": ".error_detail",
    "FailedRun": ".failed_run",
    "GpuTelemetry": ".gpu_telemetry",
    "Health": ".health",
    "HealthCache": ".health_cache",
    "HostKeyConfirmationError": ".host_key_confirmation_error",
    "HostKeyProblem": ".host_key_problem",
    "HostKeyProblemHostKey": ".host_key_problem_host_key",
    "HTTPValidationError": ".http_validation_error",
    "LineageEdge": ".lineage_edge",
    "LineageNode": ".lineage_node",
    "LineageNodeMetadata": ".lineage_node_metadata",
    "MetricsTable": ".metrics_table",
    "MetricsTableRowsItem": ".metrics_table_rows_item",
    "MoveRunsPayload": ".move_runs_payload",
    "MoveRunsResult": ".move_runs_result",
    "MovedRun": ".moved_run",
    "NameList": ".name_list",
    "OkMessage": ".ok_message",
    "PathCreateResult": ".path_create_result",
    "PathExport": ".path_export",
    "PathExportRun": ".path_export_run",
    "PathExportRunMeta": ".path_export_run_meta",
    "PathExportRunSummary": ".path_export_run_summary",
    "PathList": ".path_list",
    "PathListStats": ".path_list_stats",
    "PathRequest": ".path_request",
    "PathSoftDeleteResult": ".path_soft_delete_result",
    "PathStats": ".path_stats",
    "PathTree": ".path_tree",
    "PathTreeResult": ".path_tree_result",
    "PermanentDeleteResult": ".permanent_delete_result",
    "ProjectList": ".project_list",
    "RecycleBin": ".recycle_bin",
    "RemoteConnectResult": ".remote_connect_result",
    "RemoteConnection": ".remote_connection",
    "RemoteSessions": ".remote_sessions",
    "RemoteStatus": ".remote_status",
    "RemoteViewerSession": ".remote_viewer_session",
    "RemoteViewerSessions": ".remote_viewer_sessions",
    "RemoteViewerStartRequest": ".remote_viewer_start_request",
    "RemoteViewerStartResult": ".remote_viewer_start_result",
    "RestoreResult": ".restore_result",
    "RestoreResultResults": ".restore_result_results",
    "RunArtifactRef": ".run_artifact_ref",
    "RunArtifacts": ".run_artifacts",
    "RunAssets": ".run_assets",
    "RunAssetsInfo": ".run_assets_info",
    "RunAssetsInfoCode": ".run_assets_info_code",
    "RunAssetsInfoConfig": ".run_assets_info_config",
    "RunAssetsInfoDatasetsItem": ".run_assets_info_datasets_item",
    "RunAssetsInfoOutputsItem": ".run_assets_info_outputs_item",
    "RunAssetsInfoPretrainedItem": ".run_assets_info_pretrained_item",
    "RunDetail": ".run_detail",
    "RunEnvironment": ".run_environment",
    "RunIdsRequest": ".run_ids_request",
    "RunImages": ".run_images",
    "RunImagesImagesItem": ".run_images_images_item",
    "RunListItem": ".run_list_item",
    "RunOutcome": ".run_outcome",
    "RunStatus": ".run_status",
    "RunSummary": ".run_summary",
    "RunUpdatePayload": ".run_update_payload",
    "RunUpdateResult": ".run_update_result",
    "RunsUsage": ".runs_usage",
    "SizeInfo": ".size_info",
    "SoftDeleteResult": ".soft_delete_result",
    "SoftDeleteResultResults": ".soft_delete_result_results",
    "SSHConnectRequest": ".ssh_connect_request",
    "StatusCheckResult": ".status_check_result",
    "StopViewerRequest": ".stop_viewer_request",
    "StorageBackend": ".storage_backend",
    "StorageCandidate": ".storage_candidate",
    "StorageCandidates": ".storage_candidates",
    "StorageStats": ".storage_stats",
    "StorageStatsArchive": ".storage_stats_archive",
    "UserRootDirRequest": ".user_root_dir_request",
    "UserRootDirResult": ".user_root_dir_result",
    "ValidationError": ".validation_error",
    "ValidationErrorCtx": ".validation_error_ctx",
    "ViewerConfig": ".viewer_config",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "ArtifactDetail",
    "ArtifactDetailMetadata",
    "ArtifactFile",
    "ArtifactFiles",
    "ArtifactFilesReferencesItem",
    "ArtifactLineage",
    "ArtifactStats",
    "ArtifactStatsByType",
    "ArtifactStatsByTypeAdditionalProperty",
    "ArtifactSummary",
    "ArtifactSummaryAliases",
    "ArtifactVersion",
    "AssetRef",
    "DeletedRun",
    "DisconnectRequest",
    "EmptyRecycleBinRequest",
    "EmptyRecycleBinResult",
    "ErrorDetail",
    "FailedRun",
    "GpuTelemetry",
    "Health",
    "HealthCache",
    "HostKeyConfirmationError",
    "HostKeyProblem",
    "HostKeyProblemHostKey",
    "HTTPValidationError",
    "LineageEdge",
    "LineageNode",
    "LineageNodeMetadata",
    "MetricsTable",
    "MetricsTableRowsItem",
    "MovedRun",
    "MoveRunsPayload",
    "MoveRunsResult",
    "NameList",
    "OkMessage",
    "PathCreateResult",
    "PathExport",
    "PathExportRun",
    "PathExportRunMeta",
    "PathExportRunSummary",
    "PathList",
    "PathListStats",
    "PathRequest",
    "PathSoftDeleteResult",
    "PathStats",
    "PathTree",
    "PathTreeResult",
    "PermanentDeleteResult",
    "ProjectList",
    "RecycleBin",
    "RemoteConnection",
    "RemoteConnectResult",
    "RemoteSessions",
    "RemoteStatus",
    "RemoteViewerSession",
    "RemoteViewerSessions",
    "RemoteViewerStartRequest",
    "RemoteViewerStartResult",
    "RestoreResult",
    "RestoreResultResults",
    "RunArtifactRef",
    "RunArtifacts",
    "RunAssets",
    "RunAssetsInfo",
    "RunAssetsInfoCode",
    "RunAssetsInfoConfig",
    "RunAssetsInfoDatasetsItem",
    "RunAssetsInfoOutputsItem",
    "RunAssetsInfoPretrainedItem",
    "RunDetail",
    "RunEnvironment",
    "RunIdsRequest",
    "RunImages",
    "RunImagesImagesItem",
    "RunListItem",
    "RunOutcome",
    "RunStatus",
    "RunSummary",
    "RunsUsage",
    "RunUpdatePayload",
    "RunUpdateResult",
    "SizeInfo",
    "SoftDeleteResult",
    "SoftDeleteResultResults",
    "SSHConnectRequest",
    "StatusCheckResult",
    "StopViewerRequest",
    "StorageBackend",
    "StorageCandidate",
    "StorageCandidates",
    "StorageStats",
    "StorageStatsArchive",
    "UserRootDirRequest",
    "UserRootDirResult",
    "ValidationError",
    "ValidationErrorCtx",
    "ViewerConfig",
)
