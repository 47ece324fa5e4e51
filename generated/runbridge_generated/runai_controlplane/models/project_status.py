from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_phase import ProjectPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_status_additional_status_data_type_0 import ProjectStatusAdditionalStatusDataType0
    from ..models.quota_status import QuotaStatus
    from ..models.quota_status_node_pool import QuotaStatusNodePool


T = TypeVar("T", bound="ProjectStatus")


@_attrs_define
class ProjectStatus:
    """
    Attributes:
        namespace (None | str | Unset):
        phase (ProjectPhase | Unset):
        phase_message (None | str | Unset):
        last_updated_time (datetime.datetime | None | Unset):
        node_pool_quota_statuses (list[QuotaStatusNodePool] | Unset):
        quota_status (QuotaStatus | Unset):
        additional_status_data (None | ProjectStatusAdditionalStatusDataType0 | Unset):
    """

    namespace: None | str | Unset = UNSET
    phase: ProjectPhase | Unset = UNSET
    phase_message: None | str | Unset = UNSET
    last_updated_time: datetime.datetime | None | Unset = UNSET
    node_pool_quota_statuses: list[QuotaStatusNodePool] | Unset = UNSET
    quota_status: QuotaStatus | Unset = UNSET
    additional_status_data: None | ProjectStatusAdditionalStatusDataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_status_additional_status_data_type_0 import ProjectStatusAdditionalStatusDataType0  # noqa: PLC0415

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        phase_message: None | str | Unset
        if isinstance(self.phase_message, Unset):
            phase_message = UNSET
        else:
            phase_message = self.phase_message

        last_updated_time: None | str | Unset
        if isinstance(self.last_updated_time, Unset):
            last_updated_time = UNSET
        elif isinstance(self.last_updated_time, datetime.datetime):
            last_updated_time = self.last_updated_time.isoformat()
        else:
            last_updated_time = self.last_updated_time

        node_pool_quota_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.node_pool_quota_statuses, Unset):
            node_pool_quota_statuses = []
            for node_pool_quota_statuses_item_data in self.node_pool_quota_statuses:
                node_pool_quota_statuses_item = node_pool_quota_statuses_item_data.to_dict()
                node_pool_quota_statuses.append(node_pool_quota_statuses_item)

        quota_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quota_status, Unset):
            quota_status = self.quota_status.to_dict()

        additional_status_data: dict[str, Any] | None | Unset
        if isinstance(self.additional_status_data, Unset):
            additional_status_data = UNSET
        elif isinstance(self.additional_status_data, ProjectStatusAdditionalStatusDataType0):
            additional_status_data = self.additional_status_data.to_dict()
        else:
            additional_status_data = self.additional_status_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if phase is not UNSET:
            field_dict["phase"] = phase
        if phase_message is not UNSET:
            field_dict["phaseMessage"] = phase_message
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time
        if node_pool_quota_statuses is not UNSET:
            field_dict["nodePoolQuotaStatuses"] = node_pool_quota_statuses
        if quota_status is not UNSET:
            field_dict["quotaStatus"] = quota_status
        if additional_status_data is not UNSET:
            field_dict["additionalStatusData"] = additional_status_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_status_additional_status_data_type_0 import ProjectStatusAdditionalStatusDataType0  # noqa: PLC0415
        from ..models.quota_status import QuotaStatus  # noqa: PLC0415
        from ..models.quota_status_node_pool import QuotaStatusNodePool  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        _phase = d.pop("phase", UNSET)
        phase: ProjectPhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = ProjectPhase(_phase)

        def _parse_phase_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phase_message = _parse_phase_message(d.pop("phaseMessage", UNSET))

        def _parse_last_updated_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_updated_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_updated_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_updated_time = _parse_last_updated_time(d.pop("lastUpdatedTime", UNSET))

        _node_pool_quota_statuses = d.pop("nodePoolQuotaStatuses", UNSET)
        node_pool_quota_statuses: list[QuotaStatusNodePool] | Unset = UNSET
        if _node_pool_quota_statuses is not UNSET:
            node_pool_quota_statuses = []
            for node_pool_quota_statuses_item_data in _node_pool_quota_statuses:
                node_pool_quota_statuses_item = QuotaStatusNodePool.from_dict(node_pool_quota_statuses_item_data)

                node_pool_quota_statuses.append(node_pool_quota_statuses_item)

        _quota_status = d.pop("quotaStatus", UNSET)
        quota_status: QuotaStatus | Unset
        if isinstance(_quota_status, Unset):
            quota_status = UNSET
        else:
            quota_status = QuotaStatus.from_dict(_quota_status)

        def _parse_additional_status_data(data: object) -> None | ProjectStatusAdditionalStatusDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_status_data_type_0 = ProjectStatusAdditionalStatusDataType0.from_dict(data)

                return additional_status_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectStatusAdditionalStatusDataType0 | Unset, data)

        additional_status_data = _parse_additional_status_data(d.pop("additionalStatusData", UNSET))

        instance_ = cls(
            namespace=namespace,
            phase=phase,
            phase_message=phase_message,
            last_updated_time=last_updated_time,
            node_pool_quota_statuses=node_pool_quota_statuses,
            quota_status=quota_status,
            additional_status_data=additional_status_data,
        )

        instance_.additional_properties = d
        return instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
