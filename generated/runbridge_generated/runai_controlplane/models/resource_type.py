from enum import StrEnum
from typing import Self


class ResourceType(StrEnum):
    ACCESS_KEYS = "access-keys"
    ACCESS_RULES = "access_rules"
    APPS = "apps"
    BRANDING_SETTINGS = "branding-settings"
    CLUSTER = "cluster"
    CLUSTER_CONFIG = "cluster-config"
    CM_VOLUME_ASSETS = "cm-volume-assets"
    COMPUTE_RESOURCES = "compute-resources"
    CREDENTIALS = "credentials"
    DASHBOARDS_ANALYTICS = "dashboards-analytics"
    DASHBOARDS_CONSUMPTION = "dashboards-consumption"
    DASHBOARDS_OVERVIEW = "dashboards-overview"
    DATAVOLUMES = "datavolumes"
    DEPARTMENT = "department"
    ENVIRONMENTS = "environments"
    EVENTS_HISTORY = "events-history"
    GIT_ASSETS = "git-assets"
    HOST_PATH_ASSETS = "host-path-assets"
    INFERENCES = "inferences"
    JOBS = "jobs"
    NETWORK_TOPOLOGIES = "network-topologies"
    NFS_ASSETS = "nfs-assets"
    NODEPOOLS = "nodepools"
    NODES = "nodes"
    POLICIES = "policies"
    PROJECT = "project"
    PVC_ASSETS = "pvc-assets"
    REGISTRIES = "registries"
    ROLES = "roles"
    S3_ASSETS = "s3-assets"
    SCRAPEABLE_METRICS = "scrapeable-metrics"
    SECRET_VOLUME_ASSETS = "secret-volume-assets"
    SECURITY_SETTINGS = "security-settings"
    SERVICE_ACCOUNT = "service-account"
    SETTINGS = "settings"
    STORAGE_CLASS_CONFIGURATION = "storage-class-configuration"
    TEMPLATES = "templates"
    TENANT = "tenant"
    TRAININGS = "trainings"
    USERS = "users"
    WORKLOADS = "workloads"
    WORKLOAD_PROPERTIES = "workload-properties"
    WORKSPACES = "workspaces"

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # A value the server added after this client was generated must not fail the whole response:
        # it becomes a pseudo-member that compares equal to the raw string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
