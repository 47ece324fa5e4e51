from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="DepartmentStatus")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("nodePoolQuotaStatuses", "quotaStatus"))


@_attrs_define
class DepartmentStatus:
    """
    Attributes:
        node_pool_quota_statuses (list[QuotaStatusNodePool] | Unset):
        quota_status (QuotaStatus | Unset):
    """

    node_pool_quota_statuses: list[QuotaStatusNodePool] | Unset = UNSET
    quota_status: QuotaStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_pool_quota_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.node_pool_quota_statuses, Unset):
            node_pool_quota_statuses = []
            for node_pool_quota_statuses_item_data in self.node_pool_quota_statuses:
                node_pool_quota_statuses_item = node_pool_quota_statuses_item_data.to_dict()
                node_pool_quota_statuses.append(node_pool_quota_statuses_item)

        quota_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quota_status, Unset):
            quota_status = self.quota_status.to_dict()

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if node_pool_quota_statuses is not UNSET:
            fields_["nodePoolQuotaStatuses"] = node_pool_quota_statuses
        if quota_status is not UNSET:
            fields_["quotaStatus"] = quota_status

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
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
        instance_ = cls_(
            node_pool_quota_statuses=node_pool_quota_statuses,
            quota_status=quota_status,
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
from ..models.quota_status import QuotaStatus  # noqa: E402
from ..models.quota_status_node_pool import QuotaStatusNodePool  # noqa: E402
