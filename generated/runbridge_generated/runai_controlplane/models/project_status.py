from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_phase import ProjectPhase
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ProjectStatus")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "namespace",
        "phase",
        "phaseMessage",
        "lastUpdatedTime",
        "nodePoolQuotaStatuses",
        "quotaStatus",
        "additionalStatusData",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if namespace is not UNSET:
            fields_["namespace"] = namespace
        if phase is not UNSET:
            fields_["phase"] = phase
        if phase_message is not UNSET:
            fields_["phaseMessage"] = phase_message
        if last_updated_time is not UNSET:
            fields_["lastUpdatedTime"] = last_updated_time
        if node_pool_quota_statuses is not UNSET:
            fields_["nodePoolQuotaStatuses"] = node_pool_quota_statuses
        if quota_status is not UNSET:
            fields_["quotaStatus"] = quota_status
        if additional_status_data is not UNSET:
            fields_["additionalStatusData"] = additional_status_data

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _namespace = data_.get("namespace", UNSET)
            namespace: None | str | Unset
            if _namespace is None:
                namespace = None
            elif isinstance(_namespace, Unset):
                namespace = UNSET
            elif isinstance(_namespace, str):
                namespace = _namespace
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_namespace).__name__}")

        except Exception as error_:
            raise FieldError.at("namespace", data_, error_) from None
        try:
            _phase = data_.get("phase", UNSET)
            phase: ProjectPhase | Unset
            if isinstance(_phase, Unset):
                phase = UNSET
            else:
                phase = ProjectPhase(_phase)

        except Exception as error_:
            raise FieldError.at("phase", data_, error_) from None
        try:
            _phase_message = data_.get("phaseMessage", UNSET)
            phase_message: None | str | Unset
            if _phase_message is None:
                phase_message = None
            elif isinstance(_phase_message, Unset):
                phase_message = UNSET
            elif isinstance(_phase_message, str):
                phase_message = _phase_message
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_phase_message).__name__}")

        except Exception as error_:
            raise FieldError.at("phaseMessage", data_, error_) from None
        try:
            _last_updated_time = data_.get("lastUpdatedTime", UNSET)
            last_updated_time: datetime.datetime | None | Unset
            if _last_updated_time is None:
                last_updated_time = None
            elif isinstance(_last_updated_time, Unset):
                last_updated_time = UNSET
            elif isinstance(_last_updated_time, str):
                last_updated_time_type_0 = datetime.datetime.fromisoformat(_last_updated_time)

                last_updated_time = last_updated_time_type_0

            else:
                raise TypeError(f"expected datetime.datetime | None | Unset, got {type(_last_updated_time).__name__}")

        except Exception as error_:
            raise FieldError.at("lastUpdatedTime", data_, error_) from None
        try:
            _node_pool_quota_statuses = data_.get("nodePoolQuotaStatuses", UNSET)
            node_pool_quota_statuses: list[QuotaStatusNodePool] | Unset = UNSET
            if _node_pool_quota_statuses is not UNSET:
                if not isinstance(_node_pool_quota_statuses, list):
                    raise TypeError(f"expected a list, got {type(_node_pool_quota_statuses).__name__}")
                node_pool_quota_statuses = []
                for node_pool_quota_statuses_item_index_, node_pool_quota_statuses_item_data in enumerate(
                    _node_pool_quota_statuses
                ):
                    try:
                        node_pool_quota_statuses_item = QuotaStatusNodePool.from_dict(
                            node_pool_quota_statuses_item_data
                        )

                    except Exception as error_:
                        raise FieldError.at(
                            node_pool_quota_statuses_item_index_, _node_pool_quota_statuses, error_
                        ) from None
                    node_pool_quota_statuses.append(node_pool_quota_statuses_item)

        except Exception as error_:
            raise FieldError.at("nodePoolQuotaStatuses", data_, error_) from None
        try:
            _quota_status = data_.get("quotaStatus", UNSET)
            quota_status: QuotaStatus | Unset
            if isinstance(_quota_status, Unset):
                quota_status = UNSET
            else:
                quota_status = QuotaStatus.from_dict(_quota_status)

        except Exception as error_:
            raise FieldError.at("quotaStatus", data_, error_) from None
        try:
            _additional_status_data = data_.get("additionalStatusData", UNSET)
            additional_status_data: None | ProjectStatusAdditionalStatusDataType0 | Unset
            if _additional_status_data is None:
                additional_status_data = None
            elif isinstance(_additional_status_data, Unset):
                additional_status_data = UNSET
            elif isinstance(_additional_status_data, dict):
                additional_status_data_type_0 = ProjectStatusAdditionalStatusDataType0.from_dict(
                    _additional_status_data
                )

                additional_status_data = additional_status_data_type_0

            else:
                raise TypeError(
                    f"expected None | ProjectStatusAdditionalStatusDataType0 | Unset, got {type(_additional_status_data).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("additionalStatusData", data_, error_) from None
        instance_ = cls_(
            namespace=namespace,
            phase=phase,
            phase_message=phase_message,
            last_updated_time=last_updated_time,
            node_pool_quota_statuses=node_pool_quota_statuses,
            quota_status=quota_status,
            additional_status_data=additional_status_data,
        )

        if not _FIELDS.issuperset(data_):
            instance_.additional_properties = {key_: value_ for key_, value_ in data_.items() if key_ not in _FIELDS}
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


# Models in an import cycle with this one: imported after the class above is defined.
from ..models.project_status_additional_status_data_type_0 import ProjectStatusAdditionalStatusDataType0  # noqa: E402
from ..models.quota_status import QuotaStatus  # noqa: E402
from ..models.quota_status_node_pool import QuotaStatusNodePool  # noqa: E402
