from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.serving_port_access_authorization_type_enum import ServingPortAccessAuthorizationTypeEnum
from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="ServingPortAccess")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("authorizationType", "authorizedUsers", "authorizedGroups", "clusterLocalAccessOnly")
)


@_attrs_define
class ServingPortAccess:
    """
    Attributes:
        authorization_type (None | ServingPortAccessAuthorizationTypeEnum | Unset):
        authorized_users (list[str] | None | Unset):
        authorized_groups (list[str] | None | Unset):
        cluster_local_access_only (bool | None | Unset):
    """

    authorization_type: None | ServingPortAccessAuthorizationTypeEnum | Unset = UNSET
    authorized_users: list[str] | None | Unset = UNSET
    authorized_groups: list[str] | None | Unset = UNSET
    cluster_local_access_only: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authorization_type: None | str | Unset
        if isinstance(self.authorization_type, Unset):
            authorization_type = UNSET
        elif isinstance(self.authorization_type, ServingPortAccessAuthorizationTypeEnum):
            authorization_type = self.authorization_type.value
        else:
            authorization_type = self.authorization_type

        authorized_users: list[str] | None | Unset
        if isinstance(self.authorized_users, Unset):
            authorized_users = UNSET
        elif isinstance(self.authorized_users, list):
            authorized_users = self.authorized_users

        else:
            authorized_users = self.authorized_users

        authorized_groups: list[str] | None | Unset
        if isinstance(self.authorized_groups, Unset):
            authorized_groups = UNSET
        elif isinstance(self.authorized_groups, list):
            authorized_groups = self.authorized_groups

        else:
            authorized_groups = self.authorized_groups

        cluster_local_access_only: bool | None | Unset
        if isinstance(self.cluster_local_access_only, Unset):
            cluster_local_access_only = UNSET
        else:
            cluster_local_access_only = self.cluster_local_access_only

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if authorization_type is not UNSET:
            fields_["authorizationType"] = authorization_type
        if authorized_users is not UNSET:
            fields_["authorizedUsers"] = authorized_users
        if authorized_groups is not UNSET:
            fields_["authorizedGroups"] = authorized_groups
        if cluster_local_access_only is not UNSET:
            fields_["clusterLocalAccessOnly"] = cluster_local_access_only

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _authorization_type = data_.get("authorizationType", UNSET)
            authorization_type: None | ServingPortAccessAuthorizationTypeEnum | Unset
            if _authorization_type is None:
                authorization_type = None
            elif isinstance(_authorization_type, Unset):
                authorization_type = UNSET
            elif isinstance(_authorization_type, str):
                authorization_type_type_0 = ServingPortAccessAuthorizationTypeEnum(_authorization_type)

                authorization_type = authorization_type_type_0

            else:
                raise TypeError(
                    f"expected None | ServingPortAccessAuthorizationTypeEnum | Unset, got {type(_authorization_type).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("authorizationType", data_, error_) from None
        try:
            _authorized_users = data_.get("authorizedUsers", UNSET)
            authorized_users: list[str] | None | Unset
            if _authorized_users is None:
                authorized_users = None
            elif isinstance(_authorized_users, Unset):
                authorized_users = UNSET
            elif isinstance(_authorized_users, list):
                authorized_users_type_0 = cast_(list[str], checked_scalars_(_authorized_users, str))

                authorized_users = authorized_users_type_0

            else:
                raise TypeError(f"expected list[str] | None | Unset, got {type(_authorized_users).__name__}")

        except Exception as error_:
            raise FieldError.at("authorizedUsers", data_, error_) from None
        try:
            _authorized_groups = data_.get("authorizedGroups", UNSET)
            authorized_groups: list[str] | None | Unset
            if _authorized_groups is None:
                authorized_groups = None
            elif isinstance(_authorized_groups, Unset):
                authorized_groups = UNSET
            elif isinstance(_authorized_groups, list):
                authorized_groups_type_0 = cast_(list[str], checked_scalars_(_authorized_groups, str))

                authorized_groups = authorized_groups_type_0

            else:
                raise TypeError(f"expected list[str] | None | Unset, got {type(_authorized_groups).__name__}")

        except Exception as error_:
            raise FieldError.at("authorizedGroups", data_, error_) from None
        try:
            _cluster_local_access_only = data_.get("clusterLocalAccessOnly", UNSET)
            cluster_local_access_only: bool | None | Unset
            if _cluster_local_access_only is None:
                cluster_local_access_only = None
            elif isinstance(_cluster_local_access_only, Unset):
                cluster_local_access_only = UNSET
            elif isinstance(_cluster_local_access_only, bool):
                cluster_local_access_only = _cluster_local_access_only
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_cluster_local_access_only).__name__}")

        except Exception as error_:
            raise FieldError.at("clusterLocalAccessOnly", data_, error_) from None
        instance_ = cls_(
            authorization_type=authorization_type,
            authorized_users=authorized_users,
            authorized_groups=authorized_groups,
            cluster_local_access_only=cluster_local_access_only,
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
