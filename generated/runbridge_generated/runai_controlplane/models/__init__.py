"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562): importing one endpoint must not import every model of the spec.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_key import AccessKey
    from .access_key_creation_request import AccessKeyCreationRequest
    from .access_key_creation_spec import AccessKeyCreationSpec
    from .access_key_list_response import AccessKeyListResponse
    from .access_key_spec import AccessKeySpec
    from .access_rule import AccessRule
    from .access_rule_by_id import AccessRuleById
    from .access_rule_creation_fields import AccessRuleCreationFields
    from .access_rule_metadata_fields import AccessRuleMetadataFields
    from .access_rule_phase import AccessRulePhase
    from .access_rule_status_response import AccessRuleStatusResponse
    from .access_rules_sort_filter_fields import AccessRulesSortFilterFields
    from .action import Action
    from .actions_support import ActionsSupport
    from .activation_replicas_field import ActivationReplicasField
    from .aggregated_resources import AggregatedResources
    from .aggregated_resources_memory import AggregatedResourcesMemory
    from .aggregated_resources_node_pool import AggregatedResourcesNodePool
    from .annotation import Annotation
    from .app_token_request import AppTokenRequest
    from .app_token_response import AppTokenResponse
    from .application import Application
    from .application_creation_request import ApplicationCreationRequest
    from .application_post_response import ApplicationPostResponse
    from .asset_cluster_status_info import AssetClusterStatusInfo
    from .asset_cluster_status_issue import AssetClusterStatusIssue
    from .asset_cluster_status_issue_enum import AssetClusterStatusIssueEnum
    from .asset_creation_fields import AssetCreationFields
    from .asset_creation_request import AssetCreationRequest
    from .asset_datasource_ref import AssetDatasourceRef
    from .asset_kind import AssetKind
    from .asset_meta import AssetMeta
    from .asset_read_only_fields import AssetReadOnlyFields
    from .asset_ref import AssetRef
    from .asset_sync_status_enum import AssetSyncStatusEnum
    from .asset_updatable_fields import AssetUpdatableFields
    from .asset_usage_info import AssetUsageInfo
    from .assets_usage_ref import AssetsUsageRef
    from .assigned_resources import AssignedResources
    from .authorization_type import AuthorizationType
    from .auto_scaling import AutoScaling
    from .auto_scaling_common_fields import AutoScalingCommonFields
    from .auto_scaling_field import AutoScalingField
    from .auto_scaling_metric_field import AutoScalingMetricField
    from .auto_scaling_metric_fields import AutoScalingMetricFields
    from .capability import Capability
    from .claim_info import ClaimInfo
    from .clean_pod_policy import CleanPodPolicy
    from .cluster_creation_request import ClusterCreationRequest
    from .cluster_dependencies_status import ClusterDependenciesStatus
    from .cluster_dependencies_status_optional import ClusterDependenciesStatusOptional
    from .cluster_dependencies_status_required import ClusterDependenciesStatusRequired
    from .cluster_dependency_status import ClusterDependencyStatus
    from .cluster_dependency_status_components import ClusterDependencyStatusComponents
    from .cluster_displayed_status import ClusterDisplayedStatus
    from .cluster_info_1 import ClusterInfo1
    from .cluster_reported_config import ClusterReportedConfig
    from .cluster_reported_status import ClusterReportedStatus
    from .cluster_reported_status_conditions_item import ClusterReportedStatusConditionsItem
    from .cluster_reported_status_conditions_item_status import ClusterReportedStatusConditionsItemStatus
    from .cluster_reported_status_operands import ClusterReportedStatusOperands
    from .cluster_reported_status_operands_additional_property import ClusterReportedStatusOperandsAdditionalProperty
    from .cluster_reported_status_platform_type_0 import ClusterReportedStatusPlatformType0
    from .cluster_reported_status_platform_type_0_type_type_1 import ClusterReportedStatusPlatformType0TypeType1
    from .cluster_reported_status_platform_type_0_type_type_2_type_1 import (
        ClusterReportedStatusPlatformType0TypeType2Type1,
    )
    from .cluster_reported_status_platform_type_0_type_type_3_type_1 import (
        ClusterReportedStatusPlatformType0TypeType3Type1,
    )
    from .cluster_resource_info import ClusterResourceInfo
    from .cluster_state import ClusterState
    from .cluster_update_request import ClusterUpdateRequest
    from .compliance_info import ComplianceInfo
    from .compliance_info_reason import ComplianceInfoReason
    from .compliance_issues_v2 import ComplianceIssuesV2
    from .compliance_issues_v2_compliance_issues_item import ComplianceIssuesV2ComplianceIssuesItem
    from .compute_asset import ComputeAsset
    from .compute_asset_spec import ComputeAssetSpec
    from .compute_creation_request import ComputeCreationRequest
    from .compute_list_response import ComputeListResponse
    from .concurrency_hard_limit_field import ConcurrencyHardLimitField
    from .condition_1 import Condition1
    from .config_map_instance import ConfigMapInstance
    from .config_map_volume import ConfigMapVolume
    from .connection import Connection
    from .connection_1 import Connection1
    from .connection_1_authorization_type import Connection1AuthorizationType
    from .count_access_rules_response_200 import CountAccessRulesResponse200
    from .count_me_access_rules_response_200 import CountMeAccessRulesResponse200
    from .count_nodepools_response_200 import CountNodepoolsResponse200
    from .count_nodes_response_200 import CountNodesResponse200
    from .count_response import CountResponse
    from .count_tenant_nodes_response_200 import CountTenantNodesResponse200
    from .count_users_response_200 import CountUsersResponse200
    from .count_workloads_response_200 import CountWorkloadsResponse200
    from .credentials_list_response import CredentialsListResponse
    from .credentials_list_response_asset_spec import CredentialsListResponseAssetSpec
    from .credentials_list_response_entry import CredentialsListResponseEntry
    from .data_department_fields import DataDepartmentFields
    from .data_source_overrides import DataSourceOverrides
    from .data_updatable_department_fields import DataUpdatableDepartmentFields
    from .data_updatable_fields import DataUpdatableFields
    from .data_volume import DataVolume
    from .data_volume_instance import DataVolumeInstance
    from .datasource import Datasource
    from .department import Department
    from .department_2 import Department2
    from .department_common_fields import DepartmentCommonFields
    from .department_creation_request import DepartmentCreationRequest
    from .department_filter_sort_fields import DepartmentFilterSortFields
    from .department_for_list import DepartmentForList
    from .department_for_list_status_type_0 import DepartmentForListStatusType0
    from .department_project_child import DepartmentProjectChild
    from .department_project_parent import DepartmentProjectParent
    from .department_status import DepartmentStatus
    from .department_update_request import DepartmentUpdateRequest
    from .deserved_resource import DeservedResource
    from .displayed_cluster import DisplayedCluster
    from .distributed_creation_request import DistributedCreationRequest
    from .distributed_framework import DistributedFramework
    from .distributed_spec import DistributedSpec
    from .distributed_spec_spec import DistributedSpecSpec
    from .distributed_spec_spec_compute_type_0 import DistributedSpecSpecComputeType0
    from .distributed_spec_spec_security_type_0 import DistributedSpecSpecSecurityType0
    from .distributed_spec_spec_storage_type_0 import DistributedSpecSpecStorageType0
    from .distributed_workload import DistributedWorkload
    from .docker_registry_creation_spec import DockerRegistryCreationSpec
    from .docker_registry_spec import DockerRegistrySpec
    from .empty_dir import EmptyDir
    from .empty_dir_instance import EmptyDirInstance
    from .encryption_key_id import EncryptionKeyId
    from .enrichment_data_fields import EnrichmentDataFields
    from .environment import Environment
    from .environment_asset import EnvironmentAsset
    from .environment_asset_ref import EnvironmentAssetRef
    from .environment_asset_spec import EnvironmentAssetSpec
    from .environment_creation_request import EnvironmentCreationRequest
    from .environment_list_response import EnvironmentListResponse
    from .environment_variable import EnvironmentVariable
    from .environment_variable_config_map import EnvironmentVariableConfigMap
    from .environment_variable_credential import EnvironmentVariableCredential
    from .environment_variable_of_asset import EnvironmentVariableOfAsset
    from .environment_variable_pod_field_reference import EnvironmentVariablePodFieldReference
    from .environment_variable_secret import EnvironmentVariableSecret
    from .environment_variable_user_credential import EnvironmentVariableUserCredential
    from .error import Error
    from .error_1 import Error1
    from .exclude_field import ExcludeField
    from .exposed_url import ExposedUrl
    from .extended_resource import ExtendedResource
    from .external_tool_info import ExternalToolInfo
    from .external_tool_type import ExternalToolType
    from .external_url_info import ExternalUrlInfo
    from .generic_secret_creation_spec import GenericSecretCreationSpec
    from .generic_secret_spec import GenericSecretSpec
    from .get_access_rules_response_200 import GetAccessRulesResponse200
    from .get_access_rules_sort_order import GetAccessRulesSortOrder
    from .get_cluster_by_uuid_verbosity import GetClusterByUuidVerbosity
    from .get_clusters_verbosity import GetClustersVerbosity
    from .get_compute_asset_by_id_comply_to_replica_type import GetComputeAssetByIdComplyToReplicaType
    from .get_compute_asset_by_id_comply_to_workload_type import GetComputeAssetByIdComplyToWorkloadType
    from .get_departments_response_200 import GetDepartmentsResponse200
    from .get_departments_sort_order import GetDepartmentsSortOrder
    from .get_environment_asset_by_id_comply_to_replica_type import GetEnvironmentAssetByIdComplyToReplicaType
    from .get_environment_asset_by_id_comply_to_workload_type import GetEnvironmentAssetByIdComplyToWorkloadType
    from .get_git_asset_by_id_comply_to_replica_type import GetGitAssetByIdComplyToReplicaType
    from .get_git_asset_by_id_comply_to_workload_type import GetGitAssetByIdComplyToWorkloadType
    from .get_nodepools_response_200 import GetNodepoolsResponse200
    from .get_nodepools_sort_order import GetNodepoolsSortOrder
    from .get_nodes_sort_order import GetNodesSortOrder
    from .get_projects_response_200 import GetProjectsResponse200
    from .get_projects_sort_order import GetProjectsSortOrder
    from .get_pvc_asset_by_id_comply_to_replica_type import GetPvcAssetByIdComplyToReplicaType
    from .get_pvc_asset_by_id_comply_to_workload_type import GetPvcAssetByIdComplyToWorkloadType
    from .get_s3_asset_by_id_comply_to_replica_type import GetS3AssetByIdComplyToReplicaType
    from .get_s3_asset_by_id_comply_to_workload_type import GetS3AssetByIdComplyToWorkloadType
    from .get_tenant_nodes_sort_order import GetTenantNodesSortOrder
    from .get_users_sort_order import GetUsersSortOrder
    from .get_workloads_response_200 import GetWorkloadsResponse200
    from .get_workloads_sort_by import GetWorkloadsSortBy
    from .get_workloads_sort_order import GetWorkloadsSortOrder
    from .git_asset import GitAsset
    from .git_asset_spec import GitAssetSpec
    from .git_authentication_method import GitAuthenticationMethod
    from .git_common import GitCommon
    from .git_creation_request import GitCreationRequest
    from .git_credential_id import GitCredentialId
    from .git_instance import GitInstance
    from .git_list_response import GitListResponse
    from .git_password import GitPassword
    from .git_password_asset import GitPasswordAsset
    from .git_secret_ref import GitSecretRef
    from .gpu_info import GpuInfo
    from .gpu_request_type import GpuRequestType
    from .gpu_resource_optimization import GPUResourceOptimization
    from .grant_token_v2_body import GrantTokenV2Body
    from .grant_token_v2_body_grant_type import GrantTokenV2BodyGrantType
    from .host_path import HostPath
    from .host_path_instance import HostPathInstance
    from .host_path_mount_propagation import HostPathMountPropagation
    from .http_response import HttpResponse
    from .image_pull_policy import ImagePullPolicy
    from .image_pull_secret import ImagePullSecret
    from .inference_1 import Inference1
    from .inference_creation_request import InferenceCreationRequest
    from .inference_fields import InferenceFields
    from .inference_spec import InferenceSpec
    from .inference_spec_spec import InferenceSpecSpec
    from .inference_spec_spec_compute_type_0 import InferenceSpecSpecComputeType0
    from .inference_spec_spec_security_type_0 import InferenceSpecSpecSecurityType0
    from .inference_spec_spec_storage_type_0 import InferenceSpecSpecStorageType0
    from .inferences_max_replicas_field import InferencesMaxReplicasField
    from .inferences_min_replicas_field import InferencesMinReplicasField
    from .initial_replicas_field import InitialReplicasField
    from .initialization_timeout_field import InitializationTimeoutField
    from .internal_connection_type import InternalConnectionType
    from .internal_tool_info import InternalToolInfo
    from .internal_tool_type import InternalToolType
    from .jobs_node_affinity import JobsNodeAffinity
    from .key_value_pair import KeyValuePair
    from .kubernetes_permissions import KubernetesPermissions
    from .label import Label
    from .list_compute_assets_comply_to_replica_type import ListComputeAssetsComplyToReplicaType
    from .list_compute_assets_comply_to_workload_type import ListComputeAssetsComplyToWorkloadType
    from .list_environment_assets_comply_to_replica_type import ListEnvironmentAssetsComplyToReplicaType
    from .list_environment_assets_comply_to_workload_type import ListEnvironmentAssetsComplyToWorkloadType
    from .list_git_assets_comply_to_replica_type import ListGitAssetsComplyToReplicaType
    from .list_git_assets_comply_to_workload_type import ListGitAssetsComplyToWorkloadType
    from .list_pvc_assets_comply_to_replica_type import ListPvcAssetsComplyToReplicaType
    from .list_pvc_assets_comply_to_workload_type import ListPvcAssetsComplyToWorkloadType
    from .list_s3_assets_comply_to_replica_type import ListS3AssetsComplyToReplicaType
    from .list_s3_assets_comply_to_workload_type import ListS3AssetsComplyToWorkloadType
    from .master_spec import MasterSpec
    from .master_spec_compute_type_0 import MasterSpecComputeType0
    from .master_spec_security_type_0 import MasterSpecSecurityType0
    from .master_spec_storage_type_0 import MasterSpecStorageType0
    from .match_expression import MatchExpression
    from .match_expression_operator import MatchExpressionOperator
    from .me_access_rule import MeAccessRule
    from .me_access_rules_response import MeAccessRulesResponse
    from .me_access_rules_response_access_rules import MeAccessRulesResponseAccessRules
    from .metric_threshold_field import MetricThresholdField
    from .metric_threshold_percentage_field import MetricThresholdPercentageField
    from .mpi_launcher_creation_policy import MpiLauncherCreationPolicy
    from .nfs import Nfs
    from .nfs_instance import NfsInstance
    from .ngc_api_key_creation_spec import NgcApiKeyCreationSpec
    from .ngc_api_key_spec import NgcApiKeySpec
    from .node import Node
    from .node_additional_fields import NodeAdditionalFields
    from .node_additional_read_fields import NodeAdditionalReadFields
    from .node_affinity import NodeAffinity
    from .node_affinity_affinity_type import NodeAffinityAffinityType
    from .node_affinity_required import NodeAffinityRequired
    from .node_filter_sort_fields import NodeFilterSortFields
    from .node_info import NodeInfo
    from .node_info_status import NodeInfoStatus
    from .node_list import NodeList
    from .node_pool_1 import NodePool1
    from .node_pool_1_status import NodePool1Status
    from .node_pool_assigned_resources import NodePoolAssignedResources
    from .node_pool_assigned_resources_create import NodePoolAssignedResourcesCreate
    from .node_pool_create_request import NodePoolCreateRequest
    from .node_pool_quota_status import NodePoolQuotaStatus
    from .node_pool_resources import NodePoolResources
    from .node_port_info import NodePortInfo
    from .node_selector_term import NodeSelectorTerm
    from .node_status_condition_details import NodeStatusConditionDetails
    from .node_taint import NodeTaint
    from .node_taint_effect import NodeTaintEffect
    from .node_type_for_project import NodeTypeForProject
    from .node_types_per_workload import NodeTypesPerWorkload
    from .node_types_per_workload_names_type_0 import NodeTypesPerWorkloadNamesType0
    from .nodepool import Nodepool
    from .nodepool_calculated_fields import NodepoolCalculatedFields
    from .nodepool_condition_details import NodepoolConditionDetails
    from .nodepool_condition_details_status import NodepoolConditionDetailsStatus
    from .nodepool_create_fields import NodepoolCreateFields
    from .nodepool_create_fields_placement_strategy import NodepoolCreateFieldsPlacementStrategy
    from .nodepool_create_response_fields import NodepoolCreateResponseFields
    from .nodepool_create_response_fields_placement_strategy import NodepoolCreateResponseFieldsPlacementStrategy
    from .nodepool_gpu_network_acceleration_detection import NodepoolGPUNetworkAccelerationDetection
    from .nodepool_phase import NodepoolPhase
    from .nodepool_sort_filter_fields import NodepoolSortFilterFields
    from .nodepool_sync_fields import NodepoolSyncFields
    from .nodepool_sync_fields_status import NodepoolSyncFieldsStatus
    from .nodepool_sync_update_fields import NodepoolSyncUpdateFields
    from .nodepool_sync_update_fields_placement_strategy import NodepoolSyncUpdateFieldsPlacementStrategy
    from .nodepool_update_fields import NodepoolUpdateFields
    from .nodepool_update_fields_placement_strategy import NodepoolUpdateFieldsPlacementStrategy
    from .non_null_resource import NonNullResource
    from .non_overridable_spec_fields import NonOverridableSpecFields
    from .o_auth_2_error import OAuth2Error
    from .o_auth_2_error_error import OAuth2ErrorError
    from .o_auth_2_token_response import OAuth2TokenResponse
    from .org_type import OrgType
    from .overridable_spec_fields import OverridableSpecFields
    from .overtime_data import OvertimeData
    from .overtime_range_data import OvertimeRangeData
    from .password_creation_spec import PasswordCreationSpec
    from .password_spec import PasswordSpec
    from .pending_scheduling_message import PendingSchedulingMessage
    from .permission import Permission
    from .phase import Phase
    from .phase_reason import PhaseReason
    from .placement_strategy import PlacementStrategy
    from .placement_strategy_1 import PlacementStrategy1
    from .placement_strategy_1_cpu import PlacementStrategy1Cpu
    from .placement_strategy_1_gpu import PlacementStrategy1Gpu
    from .pod_affinity import PodAffinity
    from .pod_affinity_type import PodAffinityType
    from .policy_rule_enum import PolicyRuleEnum
    from .port import Port
    from .port_service_type import PortServiceType
    from .preemptibility import Preemptibility
    from .probe import Probe
    from .probe_handler import ProbeHandler
    from .probe_handler_http_get import ProbeHandlerHttpGet
    from .probe_handler_scheme import ProbeHandlerScheme
    from .probes import Probes
    from .project import Project
    from .project_2 import Project2
    from .project_common_fields import ProjectCommonFields
    from .project_creation_request import ProjectCreationRequest
    from .project_effective import ProjectEffective
    from .project_filter_sort_fields import ProjectFilterSortFields
    from .project_phase import ProjectPhase
    from .project_status import ProjectStatus
    from .project_status_1 import ProjectStatus1
    from .project_status_additional_status_data_type_0 import ProjectStatusAdditionalStatusDataType0
    from .project_update_request import ProjectUpdateRequest
    from .pvc import Pvc
    from .pvc_access_modes import PvcAccessModes
    from .pvc_added_attr_value import PvcAddedAttrValue
    from .pvc_asset import PVCAsset
    from .pvc_asset_spec import PVCAssetSpec
    from .pvc_creation_request import PVCCreationRequest
    from .pvc_fields_non_updatable import PvcFieldsNonUpdatable
    from .pvc_fields_updatable import PvcFieldsUpdatable
    from .pvc_instance import PvcInstance
    from .pvc_list_response import PVCListResponse
    from .pvc_volume_mode import PvcVolumeMode
    from .quota_status import QuotaStatus
    from .quota_status_node_pool import QuotaStatusNodePool
    from .quota_status_resource import QuotaStatusResource
    from .quota_status_resource_list import QuotaStatusResourceList
    from .related_url import RelatedUrl
    from .replica_type import ReplicaType
    from .request_resource_cores import RequestResourceCores
    from .request_resource_quantity import RequestResourceQuantity
    from .requested_pods import RequestedPods
    from .resource import Resource
    from .resource_1 import Resource1
    from .resource_permissions import ResourcePermissions
    from .resource_type import ResourceType
    from .resource_type_group_id import ResourceTypeGroupId
    from .resources import Resources
    from .resources_memory_type_0 import ResourcesMemoryType0
    from .resources_node_pool_type_0 import ResourcesNodePoolType0
    from .resources_nullable import ResourcesNullable
    from .resources_nullable_memory_type_0 import ResourcesNullableMemoryType0
    from .resources_nullable_node_pool_type_0 import ResourcesNullableNodePoolType0
    from .restart_policy import RestartPolicy
    from .role_v1 import RoleV1
    from .s3_access_key import S3AccessKey
    from .s3_access_key_asset import S3AccessKeyAsset
    from .s3_asset import S3Asset
    from .s3_asset_spec import S3AssetSpec
    from .s3_common import S3Common
    from .s3_creation_request import S3CreationRequest
    from .s3_instance import S3Instance
    from .s3_list_response import S3ListResponse
    from .scale_down_delay_field import ScaleDownDelayField
    from .scale_to_zero_retention_field import ScaleToZeroRetentionField
    from .scheduling_configuration import SchedulingConfiguration
    from .scheduling_configuration_placement_strategy import SchedulingConfigurationPlacementStrategy
    from .scheduling_rules import SchedulingRules
    from .scope import Scope
    from .scope_type import ScopeType
    from .seccomp_profile_type import SeccompProfileType
    from .secret_5 import Secret5
    from .secret_fields_non_updatable import SecretFieldsNonUpdatable
    from .secret_fields_updatable import SecretFieldsUpdatable
    from .secret_instance_2 import SecretInstance2
    from .serving_configuration import ServingConfiguration
    from .serving_configuration_field import ServingConfigurationField
    from .serving_port import ServingPort
    from .serving_port_access import ServingPortAccess
    from .serving_port_access_authorization_type_enum import ServingPortAccessAuthorizationTypeEnum
    from .serving_port_container_and_protocol import ServingPortContainerAndProtocol
    from .serving_port_info import ServingPortInfo
    from .serving_port_info_protocol_type_1 import ServingPortInfoProtocolType1
    from .serving_port_info_protocol_type_2_type_1 import ServingPortInfoProtocolType2Type1
    from .serving_port_info_protocol_type_3_type_1 import ServingPortInfoProtocolType3Type1
    from .serving_port_protocol import ServingPortProtocol
    from .source import Source
    from .source_api import SourceApi
    from .storage_instance_name import StorageInstanceName
    from .subject_type import SubjectType
    from .submission_error_v2 import SubmissionErrorV2
    from .submit_with_template_id import SubmitWithTemplateId
    from .token_request import TokenRequest
    from .token_request_grant_type_enum import TokenRequestGrantTypeEnum
    from .token_response import TokenResponse
    from .toleration import Toleration
    from .toleration_effect import TolerationEffect
    from .toleration_operator import TolerationOperator
    from .tool_type import ToolType
    from .total_resources import TotalResources
    from .training_1 import Training1
    from .training_creation_request import TrainingCreationRequest
    from .training_spec import TrainingSpec
    from .training_spec_spec import TrainingSpecSpec
    from .training_spec_spec_compute_type_0 import TrainingSpecSpecComputeType0
    from .training_spec_spec_security_type_0 import TrainingSpecSpecSecurityType0
    from .training_spec_spec_storage_type_0 import TrainingSpecSpecStorageType0
    from .uid_gid_source import UidGidSource
    from .units import Units
    from .usage_times_info import UsageTimesInfo
    from .user_2 import User2
    from .user_creation_request_1 import UserCreationRequest1
    from .user_post_response import UserPostResponse
    from .users_filter_sort_fields import UsersFilterSortFields
    from .verbosity import Verbosity
    from .workload import Workload
    from .workload_additional_fields import WorkloadAdditionalFields
    from .workload_allocated_resources import WorkloadAllocatedResources
    from .workload_children_ids_item import WorkloadChildrenIdsItem
    from .workload_creation_meta import WorkloadCreationMeta
    from .workload_desired_phase import WorkloadDesiredPhase
    from .workload_detailed import WorkloadDetailed
    from .workload_environment_variables import WorkloadEnvironmentVariables
    from .workload_meta_1 import WorkloadMeta1
    from .workload_ref_and_status import WorkloadRefAndStatus
    from .workload_request_resources import WorkloadRequestResources
    from .workload_supported_types import WorkloadSupportedTypes
    from .workload_supported_types_dist_framework_type_1 import WorkloadSupportedTypesDistFrameworkType1
    from .workload_supported_types_dist_framework_type_2_type_1 import WorkloadSupportedTypesDistFrameworkType2Type1
    from .workload_supported_types_dist_framework_type_3_type_1 import WorkloadSupportedTypesDistFrameworkType3Type1
    from .workload_topology_type_0 import WorkloadTopologyType0
    from .workloads_extended_resource import WorkloadsExtendedResource
    from .workspace_1 import Workspace1
    from .workspace_creation_request import WorkspaceCreationRequest
    from .workspace_spec import WorkspaceSpec
    from .workspace_spec_spec import WorkspaceSpecSpec
    from .workspace_spec_spec_compute_type_0 import WorkspaceSpecSpecComputeType0
    from .workspace_spec_spec_security_type_0 import WorkspaceSpecSpecSecurityType0
    from .workspace_spec_spec_storage_type_0 import WorkspaceSpecSpecStorageType0

_MODULE_OF: dict[str, str] = {
    "AccessKey": ".access_key",
    "AccessKeyCreationRequest": ".access_key_creation_request",
    "AccessKeyCreationSpec": ".access_key_creation_spec",
    "AccessKeyListResponse": ".access_key_list_response",
    "AccessKeySpec": ".access_key_spec",
    "AccessRule": ".access_rule",
    "AccessRuleById": ".access_rule_by_id",
    "AccessRuleCreationFields": ".access_rule_creation_fields",
    "AccessRuleMetadataFields": ".access_rule_metadata_fields",
    "AccessRulePhase": ".access_rule_phase",
    "AccessRuleStatusResponse": ".access_rule_status_response",
    "AccessRulesSortFilterFields": ".access_rules_sort_filter_fields",
    "Action": ".action",
    "ActionsSupport": ".actions_support",
    "ActivationReplicasField": ".activation_replicas_field",
    "AggregatedResources": ".aggregated_resources",
    "AggregatedResourcesMemory": ".aggregated_resources_memory",
    "AggregatedResourcesNodePool": ".aggregated_resources_node_pool",
    "Annotation": ".annotation",
    "AppTokenRequest": ".app_token_request",
    "AppTokenResponse": ".app_token_response",
    "Application": ".application",
    "ApplicationCreationRequest": ".application_creation_request",
    "ApplicationPostResponse": ".application_post_response",
    "AssetClusterStatusInfo": ".asset_cluster_status_info",
    "AssetClusterStatusIssue": ".asset_cluster_status_issue",
    "AssetClusterStatusIssueEnum": ".asset_cluster_status_issue_enum",
    "AssetCreationFields": ".asset_creation_fields",
    "AssetCreationRequest": ".asset_creation_request",
    "AssetDatasourceRef": ".asset_datasource_ref",
    "AssetKind": ".asset_kind",
    "AssetMeta": ".asset_meta",
    "AssetReadOnlyFields": ".asset_read_only_fields",
    "AssetRef": ".asset_ref",
    "AssetSyncStatusEnum": ".asset_sync_status_enum",
    "AssetUpdatableFields": ".asset_updatable_fields",
    "AssetUsageInfo": ".asset_usage_info",
    "AssetsUsageRef": ".assets_usage_ref",
    "AssignedResources": ".assigned_resources",
    "AuthorizationType": ".authorization_type",
    "AutoScaling": ".auto_scaling",
    "AutoScalingCommonFields": ".auto_scaling_common_fields",
    "AutoScalingField": ".auto_scaling_field",
    "AutoScalingMetricField": ".auto_scaling_metric_field",
    "AutoScalingMetricFields": ".auto_scaling_metric_fields",
    "Capability": ".capability",
    "ClaimInfo": ".claim_info",
    "CleanPodPolicy": ".clean_pod_policy",
    "ClusterCreationRequest": ".cluster_creation_request",
    "ClusterDependenciesStatus": ".cluster_dependencies_status",
    "ClusterDependenciesStatusOptional": ".cluster_dependencies_status_optional",
    "ClusterDependenciesStatusRequired": ".cluster_dependencies_status_required",
    "ClusterDependencyStatus": ".cluster_dependency_status",
    "ClusterDependencyStatusComponents": ".cluster_dependency_status_components",
    "ClusterDisplayedStatus": ".cluster_displayed_status",
    "ClusterInfo1": ".cluster_info_1",
    "ClusterReportedConfig": ".cluster_reported_config",
    "ClusterReportedStatus": ".cluster_reported_status",
    "ClusterReportedStatusConditionsItem": ".cluster_reported_status_conditions_item",
    "ClusterReportedStatusConditionsItemStatus": ".cluster_reported_status_conditions_item_status",
    "ClusterReportedStatusOperands": ".cluster_reported_status_operands",
    "ClusterReportedStatusOperandsAdditionalProperty": ".cluster_reported_status_operands_additional_property",
    "ClusterReportedStatusPlatformType0": ".cluster_reported_status_platform_type_0",
    "ClusterReportedStatusPlatformType0TypeType1": ".cluster_reported_status_platform_type_0_type_type_1",
    "ClusterReportedStatusPlatformType0TypeType2Type1": ".cluster_reported_status_platform_type_0_type_type_2_type_1",
    "ClusterReportedStatusPlatformType0TypeType3Type1": ".cluster_reported_status_platform_type_0_type_type_3_type_1",
    "ClusterResourceInfo": ".cluster_resource_info",
    "ClusterState": ".cluster_state",
    "ClusterUpdateRequest": ".cluster_update_request",
    "ComplianceInfo": ".compliance_info",
    "ComplianceInfoReason": ".compliance_info_reason",
    "ComplianceIssuesV2": ".compliance_issues_v2",
    "ComplianceIssuesV2ComplianceIssuesItem": ".compliance_issues_v2_compliance_issues_item",
    "ComputeAsset": ".compute_asset",
    "ComputeAssetSpec": ".compute_asset_spec",
    "ComputeCreationRequest": ".compute_creation_request",
    "ComputeListResponse": ".compute_list_response",
    "ConcurrencyHardLimitField": ".concurrency_hard_limit_field",
    "Condition1": ".condition_1",
    "ConfigMapInstance": ".config_map_instance",
    "ConfigMapVolume": ".config_map_volume",
    "Connection": ".connection",
    "Connection1": ".connection_1",
    "Connection1AuthorizationType": ".connection_1_authorization_type",
    "CountAccessRulesResponse200": ".count_access_rules_response_200",
    "CountMeAccessRulesResponse200": ".count_me_access_rules_response_200",
    "CountNodepoolsResponse200": ".count_nodepools_response_200",
    "CountNodesResponse200": ".count_nodes_response_200",
    "CountResponse": ".count_response",
    "CountTenantNodesResponse200": ".count_tenant_nodes_response_200",
    "CountUsersResponse200": ".count_users_response_200",
    "CountWorkloadsResponse200": ".count_workloads_response_200",
    "CredentialsListResponse": ".credentials_list_response",
    "CredentialsListResponseAssetSpec": ".credentials_list_response_asset_spec",
    "CredentialsListResponseEntry": ".credentials_list_response_entry",
    "DataDepartmentFields": ".data_department_fields",
    "DataSourceOverrides": ".data_source_overrides",
    "DataUpdatableDepartmentFields": ".data_updatable_department_fields",
    "DataUpdatableFields": ".data_updatable_fields",
    "DataVolume": ".data_volume",
    "DataVolumeInstance": ".data_volume_instance",
    "Datasource": ".datasource",
    "Department": ".department",
    "Department2": ".department_2",
    "DepartmentCommonFields": ".department_common_fields",
    "DepartmentCreationRequest": ".department_creation_request",
    "DepartmentFilterSortFields": ".department_filter_sort_fields",
    "DepartmentForList": ".department_for_list",
    "DepartmentForListStatusType0": ".department_for_list_status_type_0",
    "DepartmentProjectChild": ".department_project_child",
    "DepartmentProjectParent": ".department_project_parent",
    "DepartmentStatus": ".department_status",
    "DepartmentUpdateRequest": ".department_update_request",
    "DeservedResource": ".deserved_resource",
    "DisplayedCluster": ".displayed_cluster",
    "DistributedCreationRequest": ".distributed_creation_request",
    "DistributedFramework": ".distributed_framework",
    "DistributedSpec": ".distributed_spec",
    "DistributedSpecSpec": ".distributed_spec_spec",
    "DistributedSpecSpecComputeType0": ".distributed_spec_spec_compute_type_0",
    "DistributedSpecSpecSecurityType0": ".distributed_spec_spec_security_type_0",
    "DistributedSpecSpecStorageType0": ".distributed_spec_spec_storage_type_0",
    "DistributedWorkload": ".distributed_workload",
    "DockerRegistryCreationSpec": ".docker_registry_creation_spec",
    "DockerRegistrySpec": ".docker_registry_spec",
    "EmptyDir": ".empty_dir",
    "EmptyDirInstance": ".empty_dir_instance",
    "EncryptionKeyId": ".encryption_key_id",
    "EnrichmentDataFields": ".enrichment_data_fields",
    "Environment": ".environment",
    "EnvironmentAsset": ".environment_asset",
    "EnvironmentAssetRef": ".environment_asset_ref",
    "EnvironmentAssetSpec": ".environment_asset_spec",
    "EnvironmentCreationRequest": ".environment_creation_request",
    "EnvironmentListResponse": ".environment_list_response",
    "EnvironmentVariable": ".environment_variable",
    "EnvironmentVariableConfigMap": ".environment_variable_config_map",
    "EnvironmentVariableCredential": ".environment_variable_credential",
    "EnvironmentVariableOfAsset": ".environment_variable_of_asset",
    "EnvironmentVariablePodFieldReference": ".environment_variable_pod_field_reference",
    "EnvironmentVariableSecret": ".environment_variable_secret",
    "EnvironmentVariableUserCredential": ".environment_variable_user_credential",
    "Error": ".error",
    "Error1": ".error_1",
    "ExcludeField": ".exclude_field",
    "ExposedUrl": ".exposed_url",
    "ExtendedResource": ".extended_resource",
    "ExternalToolInfo": ".external_tool_info",
    "ExternalToolType": ".external_tool_type",
    "ExternalUrlInfo": ".external_url_info",
    "GenericSecretCreationSpec": ".generic_secret_creation_spec",
    "GenericSecretSpec": ".generic_secret_spec",
    "GetAccessRulesResponse200": ".get_access_rules_response_200",
    "GetAccessRulesSortOrder": ".get_access_rules_sort_order",
    "GetClusterByUuidVerbosity": ".get_cluster_by_uuid_verbosity",
    "GetClustersVerbosity": ".get_clusters_verbosity",
    "GetComputeAssetByIdComplyToReplicaType": ".get_compute_asset_by_id_comply_to_replica_type",
    "GetComputeAssetByIdComplyToWorkloadType": ".get_compute_asset_by_id_comply_to_workload_type",
    "GetDepartmentsResponse200": ".get_departments_response_200",
    "GetDepartmentsSortOrder": ".get_departments_sort_order",
    "GetEnvironmentAssetByIdComplyToReplicaType": ".get_environment_asset_by_id_comply_to_replica_type",
    "GetEnvironmentAssetByIdComplyToWorkloadType": ".get_environment_asset_by_id_comply_to_workload_type",
    "GetGitAssetByIdComplyToReplicaType": ".get_git_asset_by_id_comply_to_replica_type",
    "GetGitAssetByIdComplyToWorkloadType": ".get_git_asset_by_id_comply_to_workload_type",
    "GetNodepoolsResponse200": ".get_nodepools_response_200",
    "GetNodepoolsSortOrder": ".get_nodepools_sort_order",
    "GetNodesSortOrder": ".get_nodes_sort_order",
    "GetProjectsResponse200": ".get_projects_response_200",
    "GetProjectsSortOrder": ".get_projects_sort_order",
    "GetPvcAssetByIdComplyToReplicaType": ".get_pvc_asset_by_id_comply_to_replica_type",
    "GetPvcAssetByIdComplyToWorkloadType": ".get_pvc_asset_by_id_comply_to_workload_type",
    "GetS3AssetByIdComplyToReplicaType": ".get_s3_asset_by_id_comply_to_replica_type",
    "GetS3AssetByIdComplyToWorkloadType": ".get_s3_asset_by_id_comply_to_workload_type",
    "GetTenantNodesSortOrder": ".get_tenant_nodes_sort_order",
    "GetUsersSortOrder": ".get_users_sort_order",
    "GetWorkloadsResponse200": ".get_workloads_response_200",
    "GetWorkloadsSortBy": ".get_workloads_sort_by",
    "GetWorkloadsSortOrder": ".get_workloads_sort_order",
    "GitAsset": ".git_asset",
    "GitAssetSpec": ".git_asset_spec",
    "GitAuthenticationMethod": ".git_authentication_method",
    "GitCommon": ".git_common",
    "GitCreationRequest": ".git_creation_request",
    "GitCredentialId": ".git_credential_id",
    "GitInstance": ".git_instance",
    "GitListResponse": ".git_list_response",
    "GitPassword": ".git_password",
    "GitPasswordAsset": ".git_password_asset",
    "GitSecretRef": ".git_secret_ref",
    "GpuInfo": ".gpu_info",
    "GpuRequestType": ".gpu_request_type",
    "GPUResourceOptimization": ".gpu_resource_optimization",
    "GrantTokenV2Body": ".grant_token_v2_body",
    "GrantTokenV2BodyGrantType": ".grant_token_v2_body_grant_type",
    "HostPath": ".host_path",
    "HostPathInstance": ".host_path_instance",
    "HostPathMountPropagation": ".host_path_mount_propagation",
    "HttpResponse": ".http_response",
    "ImagePullPolicy": ".image_pull_policy",
    "ImagePullSecret": ".image_pull_secret",
    "Inference1": ".inference_1",
    "InferenceCreationRequest": ".inference_creation_request",
    "InferenceFields": ".inference_fields",
    "InferenceSpec": ".inference_spec",
    "InferenceSpecSpec": ".inference_spec_spec",
    "InferenceSpecSpecComputeType0": ".inference_spec_spec_compute_type_0",
    "InferenceSpecSpecSecurityType0": ".inference_spec_spec_security_type_0",
    "InferenceSpecSpecStorageType0": ".inference_spec_spec_storage_type_0",
    "InferencesMaxReplicasField": ".inferences_max_replicas_field",
    "InferencesMinReplicasField": ".inferences_min_replicas_field",
    "InitialReplicasField": ".initial_replicas_field",
    "InitializationTimeoutField": ".initialization_timeout_field",
    "InternalConnectionType": ".internal_connection_type",
    "InternalToolInfo": ".internal_tool_info",
    "InternalToolType": ".internal_tool_type",
    "JobsNodeAffinity": ".jobs_node_affinity",
    "KeyValuePair": ".key_value_pair",
    "KubernetesPermissions": ".kubernetes_permissions",
    "Label": ".label",
    "ListComputeAssetsComplyToReplicaType": ".list_compute_assets_comply_to_replica_type",
    "ListComputeAssetsComplyToWorkloadType": ".list_compute_assets_comply_to_workload_type",
    "ListEnvironmentAssetsComplyToReplicaType": ".list_environment_assets_comply_to_replica_type",
    "ListEnvironmentAssetsComplyToWorkloadType": ".list_environment_assets_comply_to_workload_type",
    "ListGitAssetsComplyToReplicaType": ".list_git_assets_comply_to_replica_type",
    "ListGitAssetsComplyToWorkloadType": ".list_git_assets_comply_to_workload_type",
    "ListPvcAssetsComplyToReplicaType": ".list_pvc_assets_comply_to_replica_type",
    "ListPvcAssetsComplyToWorkloadType": ".list_pvc_assets_comply_to_workload_type",
    "ListS3AssetsComplyToReplicaType": ".list_s3_assets_comply_to_replica_type",
    "ListS3AssetsComplyToWorkloadType": ".list_s3_assets_comply_to_workload_type",
    "MasterSpec": ".master_spec",
    "MasterSpecComputeType0": ".master_spec_compute_type_0",
    "MasterSpecSecurityType0": ".master_spec_security_type_0",
    "MasterSpecStorageType0": ".master_spec_storage_type_0",
    "MatchExpression": ".match_expression",
    "MatchExpressionOperator": ".match_expression_operator",
    "MeAccessRule": ".me_access_rule",
    "MeAccessRulesResponse": ".me_access_rules_response",
    "MeAccessRulesResponseAccessRules": ".me_access_rules_response_access_rules",
    "MetricThresholdField": ".metric_threshold_field",
    "MetricThresholdPercentageField": ".metric_threshold_percentage_field",
    "MpiLauncherCreationPolicy": ".mpi_launcher_creation_policy",
    "Nfs": ".nfs",
    "NfsInstance": ".nfs_instance",
    "NgcApiKeyCreationSpec": ".ngc_api_key_creation_spec",
    "NgcApiKeySpec": ".ngc_api_key_spec",
    "Node": ".node",
    "NodeAdditionalFields": ".node_additional_fields",
    "NodeAdditionalReadFields": ".node_additional_read_fields",
    "NodeAffinity": ".node_affinity",
    "NodeAffinityAffinityType": ".node_affinity_affinity_type",
    "NodeAffinityRequired": ".node_affinity_required",
    "NodeFilterSortFields": ".node_filter_sort_fields",
    "NodeInfo": ".node_info",
    "NodeInfoStatus": ".node_info_status",
    "NodeList": ".node_list",
    "NodePool1": ".node_pool_1",
    "NodePool1Status": ".node_pool_1_status",
    "NodePoolAssignedResources": ".node_pool_assigned_resources",
    "NodePoolAssignedResourcesCreate": ".node_pool_assigned_resources_create",
    "NodePoolCreateRequest": ".node_pool_create_request",
    "NodePoolQuotaStatus": ".node_pool_quota_status",
    "NodePoolResources": ".node_pool_resources",
    "NodePortInfo": ".node_port_info",
    "NodeSelectorTerm": ".node_selector_term",
    "NodeStatusConditionDetails": ".node_status_condition_details",
    "NodeTaint": ".node_taint",
    "NodeTaintEffect": ".node_taint_effect",
    "NodeTypeForProject": ".node_type_for_project",
    "NodeTypesPerWorkload": ".node_types_per_workload",
    "NodeTypesPerWorkloadNamesType0": ".node_types_per_workload_names_type_0",
    "Nodepool": ".nodepool",
    "NodepoolCalculatedFields": ".nodepool_calculated_fields",
    "NodepoolConditionDetails": ".nodepool_condition_details",
    "NodepoolConditionDetailsStatus": ".nodepool_condition_details_status",
    "NodepoolCreateFields": ".nodepool_create_fields",
    "NodepoolCreateFieldsPlacementStrategy": ".nodepool_create_fields_placement_strategy",
    "NodepoolCreateResponseFields": ".nodepool_create_response_fields",
    "NodepoolCreateResponseFieldsPlacementStrategy": ".nodepool_create_response_fields_placement_strategy",
    "NodepoolGPUNetworkAccelerationDetection": ".nodepool_gpu_network_acceleration_detection",
    "NodepoolPhase": ".nodepool_phase",
    "NodepoolSortFilterFields": ".nodepool_sort_filter_fields",
    "NodepoolSyncFields": ".nodepool_sync_fields",
    "NodepoolSyncFieldsStatus": ".nodepool_sync_fields_status",
    "NodepoolSyncUpdateFields": ".nodepool_sync_update_fields",
    "NodepoolSyncUpdateFieldsPlacementStrategy": ".nodepool_sync_update_fields_placement_strategy",
    "NodepoolUpdateFields": ".nodepool_update_fields",
    "NodepoolUpdateFieldsPlacementStrategy": ".nodepool_update_fields_placement_strategy",
    "NonNullResource": ".non_null_resource",
    "NonOverridableSpecFields": ".non_overridable_spec_fields",
    "OAuth2Error": ".o_auth_2_error",
    "OAuth2ErrorError": ".o_auth_2_error_error",
    "OAuth2TokenResponse": ".o_auth_2_token_response",
    "OrgType": ".org_type",
    "OverridableSpecFields": ".overridable_spec_fields",
    "OvertimeData": ".overtime_data",
    "OvertimeRangeData": ".overtime_range_data",
    "PasswordCreationSpec": ".password_creation_spec",
    "PasswordSpec": ".password_spec",
    "PendingSchedulingMessage": ".pending_scheduling_message",
    "Permission": ".permission",
    "Phase": ".phase",
    "PhaseReason": ".phase_reason",
    "PlacementStrategy": ".placement_strategy",
    "PlacementStrategy1": ".placement_strategy_1",
    "PlacementStrategy1Cpu": ".placement_strategy_1_cpu",
    "PlacementStrategy1Gpu": ".placement_strategy_1_gpu",
    "PodAffinity": ".pod_affinity",
    "PodAffinityType": ".pod_affinity_type",
    "PolicyRuleEnum": ".policy_rule_enum",
    "Port": ".port",
    "PortServiceType": ".port_service_type",
    "Preemptibility": ".preemptibility",
    "Probe": ".probe",
    "ProbeHandler": ".probe_handler",
    "ProbeHandlerHttpGet": ".probe_handler_http_get",
    "ProbeHandlerScheme": ".probe_handler_scheme",
    "Probes": ".probes",
    "Project": ".project",
    "Project2": ".project_2",
    "ProjectCommonFields": ".project_common_fields",
    "ProjectCreationRequest": ".project_creation_request",
    "ProjectEffective": ".project_effective",
    "ProjectFilterSortFields": ".project_filter_sort_fields",
    "ProjectPhase": ".project_phase",
    "ProjectStatus": ".project_status",
    "ProjectStatus1": ".project_status_1",
    "ProjectStatusAdditionalStatusDataType0": ".project_status_additional_status_data_type_0",
    "ProjectUpdateRequest": ".project_update_request",
    "Pvc": ".pvc",
    "PvcAccessModes": ".pvc_access_modes",
    "PvcAddedAttrValue": ".pvc_added_attr_value",
    "PVCAsset": ".pvc_asset",
    "PVCAssetSpec": ".pvc_asset_spec",
    "PVCCreationRequest": ".pvc_creation_request",
    "PvcFieldsNonUpdatable": ".pvc_fields_non_updatable",
    "PvcFieldsUpdatable": ".pvc_fields_updatable",
    "PvcInstance": ".pvc_instance",
    "PVCListResponse": ".pvc_list_response",
    "PvcVolumeMode": ".pvc_volume_mode",
    "QuotaStatus": ".quota_status",
    "QuotaStatusNodePool": ".quota_status_node_pool",
    "QuotaStatusResource": ".quota_status_resource",
    "QuotaStatusResourceList": ".quota_status_resource_list",
    "RelatedUrl": ".related_url",
    "ReplicaType": ".replica_type",
    "RequestResourceCores": ".request_resource_cores",
    "RequestResourceQuantity": ".request_resource_quantity",
    "RequestedPods": ".requested_pods",
    "Resource": ".resource",
    "Resource1": ".resource_1",
    "ResourcePermissions": ".resource_permissions",
    "ResourceType": ".resource_type",
    "ResourceTypeGroupId": ".resource_type_group_id",
    "Resources": ".resources",
    "ResourcesMemoryType0": ".resources_memory_type_0",
    "ResourcesNodePoolType0": ".resources_node_pool_type_0",
    "ResourcesNullable": ".resources_nullable",
    "ResourcesNullableMemoryType0": ".resources_nullable_memory_type_0",
    "ResourcesNullableNodePoolType0": ".resources_nullable_node_pool_type_0",
    "RestartPolicy": ".restart_policy",
    "RoleV1": ".role_v1",
    "S3AccessKey": ".s3_access_key",
    "S3AccessKeyAsset": ".s3_access_key_asset",
    "S3Asset": ".s3_asset",
    "S3AssetSpec": ".s3_asset_spec",
    "S3Common": ".s3_common",
    "S3CreationRequest": ".s3_creation_request",
    "S3Instance": ".s3_instance",
    "S3ListResponse": ".s3_list_response",
    "ScaleDownDelayField": ".scale_down_delay_field",
    "ScaleToZeroRetentionField": ".scale_to_zero_retention_field",
    "SchedulingConfiguration": ".scheduling_configuration",
    "SchedulingConfigurationPlacementStrategy": ".scheduling_configuration_placement_strategy",
    "SchedulingRules": ".scheduling_rules",
    "Scope": ".scope",
    "ScopeType": ".scope_type",
    "SeccompProfileType": ".seccomp_profile_type",
    "Secret5": ".secret_5",
    "SecretFieldsNonUpdatable": ".secret_fields_non_updatable",
    "SecretFieldsUpdatable": ".secret_fields_updatable",
    "SecretInstance2": ".secret_instance_2",
    "ServingConfiguration": ".serving_configuration",
    "ServingConfigurationField": ".serving_configuration_field",
    "ServingPort": ".serving_port",
    "ServingPortAccess": ".serving_port_access",
    "ServingPortAccessAuthorizationTypeEnum": ".serving_port_access_authorization_type_enum",
    "ServingPortContainerAndProtocol": ".serving_port_container_and_protocol",
    "ServingPortInfo": ".serving_port_info",
    "ServingPortInfoProtocolType1": ".serving_port_info_protocol_type_1",
    "ServingPortInfoProtocolType2Type1": ".serving_port_info_protocol_type_2_type_1",
    "ServingPortInfoProtocolType3Type1": ".serving_port_info_protocol_type_3_type_1",
    "ServingPortProtocol": ".serving_port_protocol",
    "Source": ".source",
    "SourceApi": ".source_api",
    "StorageInstanceName": ".storage_instance_name",
    "SubjectType": ".subject_type",
    "SubmissionErrorV2": ".submission_error_v2",
    "SubmitWithTemplateId": ".submit_with_template_id",
    "TokenRequest": ".token_request",
    "TokenRequestGrantTypeEnum": ".token_request_grant_type_enum",
    "TokenResponse": ".token_response",
    "Toleration": ".toleration",
    "TolerationEffect": ".toleration_effect",
    "TolerationOperator": ".toleration_operator",
    "ToolType": ".tool_type",
    "TotalResources": ".total_resources",
    "Training1": ".training_1",
    "TrainingCreationRequest": ".training_creation_request",
    "TrainingSpec": ".training_spec",
    "TrainingSpecSpec": ".training_spec_spec",
    "TrainingSpecSpecComputeType0": ".training_spec_spec_compute_type_0",
    "TrainingSpecSpecSecurityType0": ".training_spec_spec_security_type_0",
    "TrainingSpecSpecStorageType0": ".training_spec_spec_storage_type_0",
    "UidGidSource": ".uid_gid_source",
    "Units": ".units",
    "UsageTimesInfo": ".usage_times_info",
    "User2": ".user_2",
    "UserCreationRequest1": ".user_creation_request_1",
    "UserPostResponse": ".user_post_response",
    "UsersFilterSortFields": ".users_filter_sort_fields",
    "Verbosity": ".verbosity",
    "Workload": ".workload",
    "WorkloadAdditionalFields": ".workload_additional_fields",
    "WorkloadAllocatedResources": ".workload_allocated_resources",
    "WorkloadChildrenIdsItem": ".workload_children_ids_item",
    "WorkloadCreationMeta": ".workload_creation_meta",
    "WorkloadDesiredPhase": ".workload_desired_phase",
    "WorkloadDetailed": ".workload_detailed",
    "WorkloadEnvironmentVariables": ".workload_environment_variables",
    "WorkloadMeta1": ".workload_meta_1",
    "WorkloadRefAndStatus": ".workload_ref_and_status",
    "WorkloadRequestResources": ".workload_request_resources",
    "WorkloadSupportedTypes": ".workload_supported_types",
    "WorkloadSupportedTypesDistFrameworkType1": ".workload_supported_types_dist_framework_type_1",
    "WorkloadSupportedTypesDistFrameworkType2Type1": ".workload_supported_types_dist_framework_type_2_type_1",
    "WorkloadSupportedTypesDistFrameworkType3Type1": ".workload_supported_types_dist_framework_type_3_type_1",
    "WorkloadTopologyType0": ".workload_topology_type_0",
    "WorkloadsExtendedResource": ".workloads_extended_resource",
    "Workspace1": ".workspace_1",
    "WorkspaceCreationRequest": ".workspace_creation_request",
    "WorkspaceSpec": ".workspace_spec",
    "WorkspaceSpecSpec": ".workspace_spec_spec",
    "WorkspaceSpecSpecComputeType0": ".workspace_spec_spec_compute_type_0",
    "WorkspaceSpecSpecSecurityType0": ".workspace_spec_spec_security_type_0",
    "WorkspaceSpecSpecStorageType0": ".workspace_spec_spec_storage_type_0",
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
    "AccessKey",
    "AccessKeyCreationRequest",
    "AccessKeyCreationSpec",
    "AccessKeyListResponse",
    "AccessKeySpec",
    "AccessRule",
    "AccessRuleById",
    "AccessRuleCreationFields",
    "AccessRuleMetadataFields",
    "AccessRulePhase",
    "AccessRulesSortFilterFields",
    "AccessRuleStatusResponse",
    "Action",
    "ActionsSupport",
    "ActivationReplicasField",
    "AggregatedResources",
    "AggregatedResourcesMemory",
    "AggregatedResourcesNodePool",
    "Annotation",
    "Application",
    "ApplicationCreationRequest",
    "ApplicationPostResponse",
    "AppTokenRequest",
    "AppTokenResponse",
    "AssetClusterStatusInfo",
    "AssetClusterStatusIssue",
    "AssetClusterStatusIssueEnum",
    "AssetCreationFields",
    "AssetCreationRequest",
    "AssetDatasourceRef",
    "AssetKind",
    "AssetMeta",
    "AssetReadOnlyFields",
    "AssetRef",
    "AssetsUsageRef",
    "AssetSyncStatusEnum",
    "AssetUpdatableFields",
    "AssetUsageInfo",
    "AssignedResources",
    "AuthorizationType",
    "AutoScaling",
    "AutoScalingCommonFields",
    "AutoScalingField",
    "AutoScalingMetricField",
    "AutoScalingMetricFields",
    "Capability",
    "ClaimInfo",
    "CleanPodPolicy",
    "ClusterCreationRequest",
    "ClusterDependenciesStatus",
    "ClusterDependenciesStatusOptional",
    "ClusterDependenciesStatusRequired",
    "ClusterDependencyStatus",
    "ClusterDependencyStatusComponents",
    "ClusterDisplayedStatus",
    "ClusterInfo1",
    "ClusterReportedConfig",
    "ClusterReportedStatus",
    "ClusterReportedStatusConditionsItem",
    "ClusterReportedStatusConditionsItemStatus",
    "ClusterReportedStatusOperands",
    "ClusterReportedStatusOperandsAdditionalProperty",
    "ClusterReportedStatusPlatformType0",
    "ClusterReportedStatusPlatformType0TypeType1",
    "ClusterReportedStatusPlatformType0TypeType2Type1",
    "ClusterReportedStatusPlatformType0TypeType3Type1",
    "ClusterResourceInfo",
    "ClusterState",
    "ClusterUpdateRequest",
    "ComplianceInfo",
    "ComplianceInfoReason",
    "ComplianceIssuesV2",
    "ComplianceIssuesV2ComplianceIssuesItem",
    "ComputeAsset",
    "ComputeAssetSpec",
    "ComputeCreationRequest",
    "ComputeListResponse",
    "ConcurrencyHardLimitField",
    "Condition1",
    "ConfigMapInstance",
    "ConfigMapVolume",
    "Connection",
    "Connection1",
    "Connection1AuthorizationType",
    "CountAccessRulesResponse200",
    "CountMeAccessRulesResponse200",
    "CountNodepoolsResponse200",
    "CountNodesResponse200",
    "CountResponse",
    "CountTenantNodesResponse200",
    "CountUsersResponse200",
    "CountWorkloadsResponse200",
    "CredentialsListResponse",
    "CredentialsListResponseAssetSpec",
    "CredentialsListResponseEntry",
    "DataDepartmentFields",
    "Datasource",
    "DataSourceOverrides",
    "DataUpdatableDepartmentFields",
    "DataUpdatableFields",
    "DataVolume",
    "DataVolumeInstance",
    "Department",
    "Department2",
    "DepartmentCommonFields",
    "DepartmentCreationRequest",
    "DepartmentFilterSortFields",
    "DepartmentForList",
    "DepartmentForListStatusType0",
    "DepartmentProjectChild",
    "DepartmentProjectParent",
    "DepartmentStatus",
    "DepartmentUpdateRequest",
    "DeservedResource",
    "DisplayedCluster",
    "DistributedCreationRequest",
    "DistributedFramework",
    "DistributedSpec",
    "DistributedSpecSpec",
    "DistributedSpecSpecComputeType0",
    "DistributedSpecSpecSecurityType0",
    "DistributedSpecSpecStorageType0",
    "DistributedWorkload",
    "DockerRegistryCreationSpec",
    "DockerRegistrySpec",
    "EmptyDir",
    "EmptyDirInstance",
    "EncryptionKeyId",
    "EnrichmentDataFields",
    "Environment",
    "EnvironmentAsset",
    "EnvironmentAssetRef",
    "EnvironmentAssetSpec",
    "EnvironmentCreationRequest",
    "EnvironmentListResponse",
    "EnvironmentVariable",
    "EnvironmentVariableConfigMap",
    "EnvironmentVariableCredential",
    "EnvironmentVariableOfAsset",
    "EnvironmentVariablePodFieldReference",
    "EnvironmentVariableSecret",
    "EnvironmentVariableUserCredential",
    "Error",
    "Error1",
    "ExcludeField",
    "ExposedUrl",
    "ExtendedResource",
    "ExternalToolInfo",
    "ExternalToolType",
    "ExternalUrlInfo",
    "GenericSecretCreationSpec",
    "GenericSecretSpec",
    "GetAccessRulesResponse200",
    "GetAccessRulesSortOrder",
    "GetClusterByUuidVerbosity",
    "GetClustersVerbosity",
    "GetComputeAssetByIdComplyToReplicaType",
    "GetComputeAssetByIdComplyToWorkloadType",
    "GetDepartmentsResponse200",
    "GetDepartmentsSortOrder",
    "GetEnvironmentAssetByIdComplyToReplicaType",
    "GetEnvironmentAssetByIdComplyToWorkloadType",
    "GetGitAssetByIdComplyToReplicaType",
    "GetGitAssetByIdComplyToWorkloadType",
    "GetNodepoolsResponse200",
    "GetNodepoolsSortOrder",
    "GetNodesSortOrder",
    "GetProjectsResponse200",
    "GetProjectsSortOrder",
    "GetPvcAssetByIdComplyToReplicaType",
    "GetPvcAssetByIdComplyToWorkloadType",
    "GetS3AssetByIdComplyToReplicaType",
    "GetS3AssetByIdComplyToWorkloadType",
    "GetTenantNodesSortOrder",
    "GetUsersSortOrder",
    "GetWorkloadsResponse200",
    "GetWorkloadsSortBy",
    "GetWorkloadsSortOrder",
    "GitAsset",
    "GitAssetSpec",
    "GitAuthenticationMethod",
    "GitCommon",
    "GitCreationRequest",
    "GitCredentialId",
    "GitInstance",
    "GitListResponse",
    "GitPassword",
    "GitPasswordAsset",
    "GitSecretRef",
    "GpuInfo",
    "GpuRequestType",
    "GPUResourceOptimization",
    "GrantTokenV2Body",
    "GrantTokenV2BodyGrantType",
    "HostPath",
    "HostPathInstance",
    "HostPathMountPropagation",
    "HttpResponse",
    "ImagePullPolicy",
    "ImagePullSecret",
    "Inference1",
    "InferenceCreationRequest",
    "InferenceFields",
    "InferencesMaxReplicasField",
    "InferencesMinReplicasField",
    "InferenceSpec",
    "InferenceSpecSpec",
    "InferenceSpecSpecComputeType0",
    "InferenceSpecSpecSecurityType0",
    "InferenceSpecSpecStorageType0",
    "InitializationTimeoutField",
    "InitialReplicasField",
    "InternalConnectionType",
    "InternalToolInfo",
    "InternalToolType",
    "JobsNodeAffinity",
    "KeyValuePair",
    "KubernetesPermissions",
    "Label",
    "ListComputeAssetsComplyToReplicaType",
    "ListComputeAssetsComplyToWorkloadType",
    "ListEnvironmentAssetsComplyToReplicaType",
    "ListEnvironmentAssetsComplyToWorkloadType",
    "ListGitAssetsComplyToReplicaType",
    "ListGitAssetsComplyToWorkloadType",
    "ListPvcAssetsComplyToReplicaType",
    "ListPvcAssetsComplyToWorkloadType",
    "ListS3AssetsComplyToReplicaType",
    "ListS3AssetsComplyToWorkloadType",
    "MasterSpec",
    "MasterSpecComputeType0",
    "MasterSpecSecurityType0",
    "MasterSpecStorageType0",
    "MatchExpression",
    "MatchExpressionOperator",
    "MeAccessRule",
    "MeAccessRulesResponse",
    "MeAccessRulesResponseAccessRules",
    "MetricThresholdField",
    "MetricThresholdPercentageField",
    "MpiLauncherCreationPolicy",
    "Nfs",
    "NfsInstance",
    "NgcApiKeyCreationSpec",
    "NgcApiKeySpec",
    "Node",
    "NodeAdditionalFields",
    "NodeAdditionalReadFields",
    "NodeAffinity",
    "NodeAffinityAffinityType",
    "NodeAffinityRequired",
    "NodeFilterSortFields",
    "NodeInfo",
    "NodeInfoStatus",
    "NodeList",
    "Nodepool",
    "NodePool1",
    "NodePool1Status",
    "NodePoolAssignedResources",
    "NodePoolAssignedResourcesCreate",
    "NodepoolCalculatedFields",
    "NodepoolConditionDetails",
    "NodepoolConditionDetailsStatus",
    "NodepoolCreateFields",
    "NodepoolCreateFieldsPlacementStrategy",
    "NodePoolCreateRequest",
    "NodepoolCreateResponseFields",
    "NodepoolCreateResponseFieldsPlacementStrategy",
    "NodepoolGPUNetworkAccelerationDetection",
    "NodepoolPhase",
    "NodePoolQuotaStatus",
    "NodePoolResources",
    "NodepoolSortFilterFields",
    "NodepoolSyncFields",
    "NodepoolSyncFieldsStatus",
    "NodepoolSyncUpdateFields",
    "NodepoolSyncUpdateFieldsPlacementStrategy",
    "NodepoolUpdateFields",
    "NodepoolUpdateFieldsPlacementStrategy",
    "NodePortInfo",
    "NodeSelectorTerm",
    "NodeStatusConditionDetails",
    "NodeTaint",
    "NodeTaintEffect",
    "NodeTypeForProject",
    "NodeTypesPerWorkload",
    "NodeTypesPerWorkloadNamesType0",
    "NonNullResource",
    "NonOverridableSpecFields",
    "OAuth2Error",
    "OAuth2ErrorError",
    "OAuth2TokenResponse",
    "OrgType",
    "OverridableSpecFields",
    "OvertimeData",
    "OvertimeRangeData",
    "PasswordCreationSpec",
    "PasswordSpec",
    "PendingSchedulingMessage",
    "Permission",
    "Phase",
    "PhaseReason",
    "PlacementStrategy",
    "PlacementStrategy1",
    "PlacementStrategy1Cpu",
    "PlacementStrategy1Gpu",
    "PodAffinity",
    "PodAffinityType",
    "PolicyRuleEnum",
    "Port",
    "PortServiceType",
    "Preemptibility",
    "Probe",
    "ProbeHandler",
    "ProbeHandlerHttpGet",
    "ProbeHandlerScheme",
    "Probes",
    "Project",
    "Project2",
    "ProjectCommonFields",
    "ProjectCreationRequest",
    "ProjectEffective",
    "ProjectFilterSortFields",
    "ProjectPhase",
    "ProjectStatus",
    "ProjectStatus1",
    "ProjectStatusAdditionalStatusDataType0",
    "ProjectUpdateRequest",
    "Pvc",
    "PvcAccessModes",
    "PvcAddedAttrValue",
    "PVCAsset",
    "PVCAssetSpec",
    "PVCCreationRequest",
    "PvcFieldsNonUpdatable",
    "PvcFieldsUpdatable",
    "PvcInstance",
    "PVCListResponse",
    "PvcVolumeMode",
    "QuotaStatus",
    "QuotaStatusNodePool",
    "QuotaStatusResource",
    "QuotaStatusResourceList",
    "RelatedUrl",
    "ReplicaType",
    "RequestedPods",
    "RequestResourceCores",
    "RequestResourceQuantity",
    "Resource",
    "Resource1",
    "ResourcePermissions",
    "Resources",
    "ResourcesMemoryType0",
    "ResourcesNodePoolType0",
    "ResourcesNullable",
    "ResourcesNullableMemoryType0",
    "ResourcesNullableNodePoolType0",
    "ResourceType",
    "ResourceTypeGroupId",
    "RestartPolicy",
    "RoleV1",
    "S3AccessKey",
    "S3AccessKeyAsset",
    "S3Asset",
    "S3AssetSpec",
    "S3Common",
    "S3CreationRequest",
    "S3Instance",
    "S3ListResponse",
    "ScaleDownDelayField",
    "ScaleToZeroRetentionField",
    "SchedulingConfiguration",
    "SchedulingConfigurationPlacementStrategy",
    "SchedulingRules",
    "Scope",
    "ScopeType",
    "SeccompProfileType",
    "Secret5",
    "SecretFieldsNonUpdatable",
    "SecretFieldsUpdatable",
    "SecretInstance2",
    "ServingConfiguration",
    "ServingConfigurationField",
    "ServingPort",
    "ServingPortAccess",
    "ServingPortAccessAuthorizationTypeEnum",
    "ServingPortContainerAndProtocol",
    "ServingPortInfo",
    "ServingPortInfoProtocolType1",
    "ServingPortInfoProtocolType2Type1",
    "ServingPortInfoProtocolType3Type1",
    "ServingPortProtocol",
    "Source",
    "SourceApi",
    "StorageInstanceName",
    "SubjectType",
    "SubmissionErrorV2",
    "SubmitWithTemplateId",
    "TokenRequest",
    "TokenRequestGrantTypeEnum",
    "TokenResponse",
    "Toleration",
    "TolerationEffect",
    "TolerationOperator",
    "ToolType",
    "TotalResources",
    "Training1",
    "TrainingCreationRequest",
    "TrainingSpec",
    "TrainingSpecSpec",
    "TrainingSpecSpecComputeType0",
    "TrainingSpecSpecSecurityType0",
    "TrainingSpecSpecStorageType0",
    "UidGidSource",
    "Units",
    "UsageTimesInfo",
    "User2",
    "UserCreationRequest1",
    "UserPostResponse",
    "UsersFilterSortFields",
    "Verbosity",
    "Workload",
    "WorkloadAdditionalFields",
    "WorkloadAllocatedResources",
    "WorkloadChildrenIdsItem",
    "WorkloadCreationMeta",
    "WorkloadDesiredPhase",
    "WorkloadDetailed",
    "WorkloadEnvironmentVariables",
    "WorkloadMeta1",
    "WorkloadRefAndStatus",
    "WorkloadRequestResources",
    "WorkloadsExtendedResource",
    "WorkloadSupportedTypes",
    "WorkloadSupportedTypesDistFrameworkType1",
    "WorkloadSupportedTypesDistFrameworkType2Type1",
    "WorkloadSupportedTypesDistFrameworkType3Type1",
    "WorkloadTopologyType0",
    "Workspace1",
    "WorkspaceCreationRequest",
    "WorkspaceSpec",
    "WorkspaceSpecSpec",
    "WorkspaceSpecSpecComputeType0",
    "WorkspaceSpecSpecSecurityType0",
    "WorkspaceSpecSpecStorageType0",
)
