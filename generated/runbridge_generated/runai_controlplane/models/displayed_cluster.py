from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="DisplayedCluster")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "uuid",
        "tenantId",
        "name",
        "createdAt",
        "domain",
        "version",
        "status",
        "updatedAt",
        "deletedAt",
        "lastLiveness",
        "deleteRequestedAt",
    )
)


@_attrs_define
class DisplayedCluster:
    """
    Attributes:
        uuid (str):
        tenant_id (int):
        name (str):
        created_at (datetime.datetime):
        domain (None | str | Unset):
        version (None | str | Unset):
        status (ClusterDisplayedStatus | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        deleted_at (datetime.datetime | None | Unset):
        last_liveness (datetime.datetime | None | Unset):
        delete_requested_at (datetime.datetime | None | Unset):
    """

    uuid: str
    tenant_id: int
    name: str
    created_at: datetime.datetime
    domain: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    status: ClusterDisplayedStatus | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    last_liveness: datetime.datetime | None | Unset = UNSET
    delete_requested_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        tenant_id = self.tenant_id

        name = self.name

        created_at = self.created_at.isoformat()

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ClusterDisplayedStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        last_liveness: None | str | Unset
        if isinstance(self.last_liveness, Unset):
            last_liveness = UNSET
        elif isinstance(self.last_liveness, datetime.datetime):
            last_liveness = self.last_liveness.isoformat()
        else:
            last_liveness = self.last_liveness

        delete_requested_at: None | str | Unset
        if isinstance(self.delete_requested_at, Unset):
            delete_requested_at = UNSET
        elif isinstance(self.delete_requested_at, datetime.datetime):
            delete_requested_at = self.delete_requested_at.isoformat()
        else:
            delete_requested_at = self.delete_requested_at

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "uuid": uuid,
                "tenantId": tenant_id,
                "name": name,
                "createdAt": created_at,
            }
        )
        if domain is not UNSET:
            fields_["domain"] = domain
        if version is not UNSET:
            fields_["version"] = version
        if status is not UNSET:
            fields_["status"] = status
        if updated_at is not UNSET:
            fields_["updatedAt"] = updated_at
        if deleted_at is not UNSET:
            fields_["deletedAt"] = deleted_at
        if last_liveness is not UNSET:
            fields_["lastLiveness"] = last_liveness
        if delete_requested_at is not UNSET:
            fields_["deleteRequestedAt"] = delete_requested_at

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            uuid = data_["uuid"]
            if not isinstance(uuid, str):
                raise TypeError(f"expected str, got {type(uuid).__name__}")
        except Exception as error_:
            raise FieldError.at("uuid", data_, error_) from None
        try:
            tenant_id = data_["tenantId"]
            if not isinstance(tenant_id, int) or tenant_id is True or tenant_id is False:
                raise TypeError(f"expected int, got {type(tenant_id).__name__}")
        except Exception as error_:
            raise FieldError.at("tenantId", data_, error_) from None
        try:
            name = data_["name"]
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        try:
            created_at = datetime.datetime.fromisoformat(data_["createdAt"])

        except Exception as error_:
            raise FieldError.at("createdAt", data_, error_) from None
        try:
            _domain = data_.get("domain", UNSET)
            domain: None | str | Unset
            if _domain is None:
                domain = None
            elif isinstance(_domain, Unset):
                domain = UNSET
            elif isinstance(_domain, str):
                domain = _domain
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_domain).__name__}")

        except Exception as error_:
            raise FieldError.at("domain", data_, error_) from None
        try:
            _version = data_.get("version", UNSET)
            version: None | str | Unset
            if _version is None:
                version = None
            elif isinstance(_version, Unset):
                version = UNSET
            elif isinstance(_version, str):
                version = _version
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_version).__name__}")

        except Exception as error_:
            raise FieldError.at("version", data_, error_) from None
        try:
            _status = data_.get("status", UNSET)
            status: ClusterDisplayedStatus | None | Unset
            if _status is None:
                status = None
            elif isinstance(_status, Unset):
                status = UNSET
            elif isinstance(_status, dict):
                status_type_0 = ClusterDisplayedStatus.from_dict(_status)

                status = status_type_0

            else:
                raise TypeError(f"expected ClusterDisplayedStatus | None | Unset, got {type(_status).__name__}")

        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        try:
            _updated_at = data_.get("updatedAt", UNSET)
            updated_at: datetime.datetime | None | Unset
            if _updated_at is None:
                updated_at = None
            elif isinstance(_updated_at, Unset):
                updated_at = UNSET
            elif isinstance(_updated_at, str):
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

                updated_at = updated_at_type_0

            else:
                raise TypeError(f"expected datetime.datetime | None | Unset, got {type(_updated_at).__name__}")

        except Exception as error_:
            raise FieldError.at("updatedAt", data_, error_) from None
        try:
            _deleted_at = data_.get("deletedAt", UNSET)
            deleted_at: datetime.datetime | None | Unset
            if _deleted_at is None:
                deleted_at = None
            elif isinstance(_deleted_at, Unset):
                deleted_at = UNSET
            elif isinstance(_deleted_at, str):
                deleted_at_type_0 = datetime.datetime.fromisoformat(_deleted_at)

                deleted_at = deleted_at_type_0

            else:
                raise TypeError(f"expected datetime.datetime | None | Unset, got {type(_deleted_at).__name__}")

        except Exception as error_:
            raise FieldError.at("deletedAt", data_, error_) from None
        try:
            _last_liveness = data_.get("lastLiveness", UNSET)
            last_liveness: datetime.datetime | None | Unset
            if _last_liveness is None:
                last_liveness = None
            elif isinstance(_last_liveness, Unset):
                last_liveness = UNSET
            elif isinstance(_last_liveness, str):
                last_liveness_type_0 = datetime.datetime.fromisoformat(_last_liveness)

                last_liveness = last_liveness_type_0

            else:
                raise TypeError(f"expected datetime.datetime | None | Unset, got {type(_last_liveness).__name__}")

        except Exception as error_:
            raise FieldError.at("lastLiveness", data_, error_) from None
        try:
            _delete_requested_at = data_.get("deleteRequestedAt", UNSET)
            delete_requested_at: datetime.datetime | None | Unset
            if _delete_requested_at is None:
                delete_requested_at = None
            elif isinstance(_delete_requested_at, Unset):
                delete_requested_at = UNSET
            elif isinstance(_delete_requested_at, str):
                delete_requested_at_type_0 = datetime.datetime.fromisoformat(_delete_requested_at)

                delete_requested_at = delete_requested_at_type_0

            else:
                raise TypeError(f"expected datetime.datetime | None | Unset, got {type(_delete_requested_at).__name__}")

        except Exception as error_:
            raise FieldError.at("deleteRequestedAt", data_, error_) from None
        instance_ = cls_(
            uuid=uuid,
            tenant_id=tenant_id,
            name=name,
            created_at=created_at,
            domain=domain,
            version=version,
            status=status,
            updated_at=updated_at,
            deleted_at=deleted_at,
            last_liveness=last_liveness,
            delete_requested_at=delete_requested_at,
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
from ..models.cluster_displayed_status import ClusterDisplayedStatus  # noqa: E402
