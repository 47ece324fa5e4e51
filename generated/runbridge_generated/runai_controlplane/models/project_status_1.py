from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ProjectStatus1")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("namespace", "message", "quotaStatuses"))


@_attrs_define
class ProjectStatus1:
    """
    Attributes:
        namespace (str | Unset):
        message (str | Unset):
        quota_statuses (list[NodePoolQuotaStatus] | Unset):
    """

    namespace: str | Unset = UNSET
    message: str | Unset = UNSET
    quota_statuses: list[NodePoolQuotaStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        message = self.message

        quota_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quota_statuses, Unset):
            quota_statuses = []
            for componentsschemas_node_pools_quota_statuses_item_data in self.quota_statuses:
                componentsschemas_node_pools_quota_statuses_item = (
                    componentsschemas_node_pools_quota_statuses_item_data.to_dict()
                )
                quota_statuses.append(componentsschemas_node_pools_quota_statuses_item)

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if namespace is not UNSET:
            fields_["namespace"] = namespace
        if message is not UNSET:
            fields_["message"] = message
        if quota_statuses is not UNSET:
            fields_["quotaStatuses"] = quota_statuses

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        namespace = data_.get("namespace", UNSET)
        if (not isinstance(namespace, str)) and not isinstance(namespace, Unset):
            raise FieldError.at("namespace", data_, TypeError(f"expected str, got {type(namespace).__name__}"))
        message = data_.get("message", UNSET)
        if (not isinstance(message, str)) and not isinstance(message, Unset):
            raise FieldError.at("message", data_, TypeError(f"expected str, got {type(message).__name__}"))
        try:
            _quota_statuses = data_.get("quotaStatuses", UNSET)
            quota_statuses: list[NodePoolQuotaStatus] | Unset = UNSET
            if _quota_statuses is not UNSET:
                if not isinstance(_quota_statuses, list):
                    raise TypeError(f"expected a list, got {type(_quota_statuses).__name__}")
                quota_statuses = []
                for (
                    componentsschemas_node_pools_quota_statuses_item_index_,
                    componentsschemas_node_pools_quota_statuses_item_data,
                ) in enumerate(_quota_statuses):
                    try:
                        componentsschemas_node_pools_quota_statuses_item = NodePoolQuotaStatus.from_dict(
                            componentsschemas_node_pools_quota_statuses_item_data
                        )

                    except Exception as error_:
                        raise FieldError.at(
                            componentsschemas_node_pools_quota_statuses_item_index_, _quota_statuses, error_
                        ) from None
                    quota_statuses.append(componentsschemas_node_pools_quota_statuses_item)

        except Exception as error_:
            raise FieldError.at("quotaStatuses", data_, error_) from None
        instance_ = cls_(
            namespace=namespace,
            message=message,
            quota_statuses=quota_statuses,
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
from ..models.node_pool_quota_status import NodePoolQuotaStatus  # noqa: E402
