from enum import StrEnum
from typing import Self


class ClusterReportedStatusPlatformType0TypeType1(StrEnum):
    AKS = "aks"
    EKS = "eks"
    GKE = "gke"
    OPENSHIFT = "openshift"
    RKE = "rke"
    VANILLA = "vanilla"

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
