from enum import StrEnum
from typing import Self


class GetWorkloadsSortBy(StrEnum):
    AIAPPLICATIONID = "aiApplicationId"
    AIAPPLICATIONNAME = "aiApplicationName"
    ALLOCATEDGPU = "allocatedGPU"
    CATEGORY = "category"
    CLUSTERID = "clusterId"
    COMPLETEDAT = "completedAt"
    CREATEDAT = "createdAt"
    DELETEDAT = "deletedAt"
    DEPARTMENTID = "departmentId"
    DEPARTMENTNAME = "departmentName"
    DISTRIBUTEDFRAMEWORK = "distributedFramework"
    GUARANTEEDRUNTIMEENDSAT = "guaranteedRuntimeEndsAt"
    IDLEALLOCATEDGPUS = "idleAllocatedGpus"
    IDLEGPUS = "idleGpus"
    NAME = "name"
    NODEPOOL = "nodepool"
    PHASE = "phase"
    PHASEUPDATEDAT = "phaseUpdatedAt"
    PRIORITY = "priority"
    PRIORITYCLASSNAME = "priorityClassName"
    PROJECTID = "projectId"
    PROJECTNAME = "projectName"
    SUBMITTEDBY = "submittedBy"
    TOTALPENDINGTIMESECONDS = "totalPendingTimeSeconds"
    TOTALRUNNINGTIMESECONDS = "totalRunningTimeSeconds"
    TYPE = "type"

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
