from enum import StrEnum
from typing import Self


class AssetKind(StrEnum):
    ACCESSKEY = "accessKey"
    COMPUTE = "compute"
    CONFIG_MAP = "config-map"
    DATA_VOLUME = "data-volume"
    DOCKERREGISTRY = "dockerRegistry"
    ENVIRONMENT = "environment"
    GENERICSECRET = "genericSecret"
    GIT = "git"
    HOSTPATH = "hostPath"
    MODEL = "model"
    NFS = "nfs"
    NGCAPIKEY = "ngcApiKey"
    PASSWORD = "password"
    PVC = "pvc"
    REGISTRY = "registry"
    S3 = "s3"
    SECRET_VOLUME = "secret-volume"
    WORKLOAD_TEMPLATE = "workload-template"

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
