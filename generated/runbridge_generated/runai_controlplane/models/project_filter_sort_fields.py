from enum import StrEnum
from typing import Self


class ProjectFilterSortFields(StrEnum):
    AVGGPUALLOCATION24H = "avgGpuAllocation24h"
    AVGGPUALLOCATION30D = "avgGpuAllocation30d"
    AVGGPUALLOCATION7D = "avgGpuAllocation7d"
    AVGGPUMEMORYUTILIZATION24H = "avgGpuMemoryUtilization24h"
    AVGGPUMEMORYUTILIZATION30D = "avgGpuMemoryUtilization30d"
    AVGGPUMEMORYUTILIZATION7D = "avgGpuMemoryUtilization7d"
    AVGGPUUTILIZATION24H = "avgGpuUtilization24h"
    AVGGPUUTILIZATION30D = "avgGpuUtilization30d"
    AVGGPUUTILIZATION7D = "avgGpuUtilization7d"
    CLUSTERID = "clusterId"
    CREATEDAT = "createdAt"
    DEPARTMENTID = "departmentId"
    GPUALLOCATED = "gpuAllocated"
    NAME = "name"
    PARENTID = "parentId"
    PARENTNAME = "parentName"
    PHASE = "phase"
    TOTALGPUQUOTA = "totalGpuQuota"

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
