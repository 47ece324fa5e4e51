from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_info_status import NodeInfoStatus
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="Node")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "status",
        "nodePool",
        "createdAt",
        "name",
        "clusterUuid",
        "updatedAt",
        "conditions",
        "taints",
        "gpuInfo",
        "nvLinkDomainUid",
        "nvLinkCliqueId",
        "id",
    )
)


@_attrs_define
class Node:
    """
    Attributes:
        status (NodeInfoStatus):
        node_pool (str):
        created_at (datetime.datetime):
        name (str):
        cluster_uuid (str):
        updated_at (datetime.datetime):
        conditions (list[NodeStatusConditionDetails] | Unset):
        taints (list[NodeTaint] | Unset):
        gpu_info (GpuInfo | None | Unset):
        nv_link_domain_uid (None | str | Unset):
        nv_link_clique_id (None | str | Unset):
        id (str | Unset):
    """

    status: NodeInfoStatus
    node_pool: str
    created_at: datetime.datetime
    name: str
    cluster_uuid: str
    updated_at: datetime.datetime
    conditions: list[NodeStatusConditionDetails] | Unset = UNSET
    taints: list[NodeTaint] | Unset = UNSET
    gpu_info: GpuInfo | None | Unset = UNSET
    nv_link_domain_uid: None | str | Unset = UNSET
    nv_link_clique_id: None | str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        node_pool = self.node_pool

        created_at = self.created_at.isoformat()

        name = self.name

        cluster_uuid = self.cluster_uuid

        updated_at = self.updated_at.isoformat()

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        taints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taints, Unset):
            taints = []
            for taints_item_data in self.taints:
                taints_item = taints_item_data.to_dict()
                taints.append(taints_item)

        gpu_info: dict[str, Any] | None | Unset
        if isinstance(self.gpu_info, Unset):
            gpu_info = UNSET
        elif isinstance(self.gpu_info, GpuInfo):
            gpu_info = self.gpu_info.to_dict()
        else:
            gpu_info = self.gpu_info

        nv_link_domain_uid: None | str | Unset
        if isinstance(self.nv_link_domain_uid, Unset):
            nv_link_domain_uid = UNSET
        else:
            nv_link_domain_uid = self.nv_link_domain_uid

        nv_link_clique_id: None | str | Unset
        if isinstance(self.nv_link_clique_id, Unset):
            nv_link_clique_id = UNSET
        else:
            nv_link_clique_id = self.nv_link_clique_id

        id = self.id

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "status": status,
                "nodePool": node_pool,
                "createdAt": created_at,
                "name": name,
                "clusterUuid": cluster_uuid,
                "updatedAt": updated_at,
            }
        )
        if conditions is not UNSET:
            fields_["conditions"] = conditions
        if taints is not UNSET:
            fields_["taints"] = taints
        if gpu_info is not UNSET:
            fields_["gpuInfo"] = gpu_info
        if nv_link_domain_uid is not UNSET:
            fields_["nvLinkDomainUid"] = nv_link_domain_uid
        if nv_link_clique_id is not UNSET:
            fields_["nvLinkCliqueId"] = nv_link_clique_id
        if id is not UNSET:
            fields_["id"] = id

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            status = NodeInfoStatus(data_["status"])

        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        try:
            node_pool = data_["nodePool"]
            if not isinstance(node_pool, str):
                raise TypeError(f"expected str, got {type(node_pool).__name__}")
        except Exception as error_:
            raise FieldError.at("nodePool", data_, error_) from None
        try:
            created_at = datetime.datetime.fromisoformat(data_["createdAt"])

        except Exception as error_:
            raise FieldError.at("createdAt", data_, error_) from None
        try:
            name = data_["name"]
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        try:
            cluster_uuid = data_["clusterUuid"]
            if not isinstance(cluster_uuid, str):
                raise TypeError(f"expected str, got {type(cluster_uuid).__name__}")
        except Exception as error_:
            raise FieldError.at("clusterUuid", data_, error_) from None
        try:
            updated_at = datetime.datetime.fromisoformat(data_["updatedAt"])

        except Exception as error_:
            raise FieldError.at("updatedAt", data_, error_) from None
        try:
            _conditions = data_.get("conditions", UNSET)
            conditions: list[NodeStatusConditionDetails] | Unset = UNSET
            if _conditions is not UNSET:
                if not isinstance(_conditions, list):
                    raise TypeError(f"expected a list, got {type(_conditions).__name__}")
                conditions = []
                for conditions_item_index_, conditions_item_data in enumerate(_conditions):
                    try:
                        conditions_item = NodeStatusConditionDetails.from_dict(conditions_item_data)

                    except Exception as error_:
                        raise FieldError.at(conditions_item_index_, _conditions, error_) from None
                    conditions.append(conditions_item)

        except Exception as error_:
            raise FieldError.at("conditions", data_, error_) from None
        try:
            _taints = data_.get("taints", UNSET)
            taints: list[NodeTaint] | Unset = UNSET
            if _taints is not UNSET:
                if not isinstance(_taints, list):
                    raise TypeError(f"expected a list, got {type(_taints).__name__}")
                taints = []
                for taints_item_index_, taints_item_data in enumerate(_taints):
                    try:
                        taints_item = NodeTaint.from_dict(taints_item_data)

                    except Exception as error_:
                        raise FieldError.at(taints_item_index_, _taints, error_) from None
                    taints.append(taints_item)

        except Exception as error_:
            raise FieldError.at("taints", data_, error_) from None
        try:
            _gpu_info = data_.get("gpuInfo", UNSET)
            gpu_info: GpuInfo | None | Unset
            if _gpu_info is None:
                gpu_info = None
            elif isinstance(_gpu_info, Unset):
                gpu_info = UNSET
            elif isinstance(_gpu_info, dict):
                gpu_info_type_0 = GpuInfo.from_dict(_gpu_info)

                gpu_info = gpu_info_type_0

            else:
                raise TypeError(f"expected GpuInfo | None | Unset, got {type(_gpu_info).__name__}")

        except Exception as error_:
            raise FieldError.at("gpuInfo", data_, error_) from None
        try:
            _nv_link_domain_uid = data_.get("nvLinkDomainUid", UNSET)
            nv_link_domain_uid: None | str | Unset
            if _nv_link_domain_uid is None:
                nv_link_domain_uid = None
            elif isinstance(_nv_link_domain_uid, Unset):
                nv_link_domain_uid = UNSET
            elif isinstance(_nv_link_domain_uid, str):
                nv_link_domain_uid = _nv_link_domain_uid
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_nv_link_domain_uid).__name__}")

        except Exception as error_:
            raise FieldError.at("nvLinkDomainUid", data_, error_) from None
        try:
            _nv_link_clique_id = data_.get("nvLinkCliqueId", UNSET)
            nv_link_clique_id: None | str | Unset
            if _nv_link_clique_id is None:
                nv_link_clique_id = None
            elif isinstance(_nv_link_clique_id, Unset):
                nv_link_clique_id = UNSET
            elif isinstance(_nv_link_clique_id, str):
                nv_link_clique_id = _nv_link_clique_id
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_nv_link_clique_id).__name__}")

        except Exception as error_:
            raise FieldError.at("nvLinkCliqueId", data_, error_) from None
        id = data_.get("id", UNSET)
        if (not isinstance(id, str)) and not isinstance(id, Unset):
            raise FieldError.at("id", data_, TypeError(f"expected str, got {type(id).__name__}"))
        instance_ = cls_(
            status=status,
            node_pool=node_pool,
            created_at=created_at,
            name=name,
            cluster_uuid=cluster_uuid,
            updated_at=updated_at,
            conditions=conditions,
            taints=taints,
            gpu_info=gpu_info,
            nv_link_domain_uid=nv_link_domain_uid,
            nv_link_clique_id=nv_link_clique_id,
            id=id,
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
from ..models.gpu_info import GpuInfo  # noqa: E402
from ..models.node_status_condition_details import NodeStatusConditionDetails  # noqa: E402
from ..models.node_taint import NodeTaint  # noqa: E402
