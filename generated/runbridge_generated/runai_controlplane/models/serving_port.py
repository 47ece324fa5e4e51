from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.serving_port_access_authorization_type_enum import ServingPortAccessAuthorizationTypeEnum
from ..models.serving_port_protocol import ServingPortProtocol
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServingPort")


@_attrs_define
class ServingPort:
    """
    Attributes:
        container (int | None | Unset):
        protocol (None | ServingPortProtocol | Unset):
        authorization_type (None | ServingPortAccessAuthorizationTypeEnum | Unset):
        authorized_users (list[str] | None | Unset):
        authorized_groups (list[str] | None | Unset):
        cluster_local_access_only (bool | None | Unset):
    """

    container: int | None | Unset = UNSET
    protocol: None | ServingPortProtocol | Unset = UNSET
    authorization_type: None | ServingPortAccessAuthorizationTypeEnum | Unset = UNSET
    authorized_users: list[str] | None | Unset = UNSET
    authorized_groups: list[str] | None | Unset = UNSET
    cluster_local_access_only: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container: int | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        else:
            container = self.container

        protocol: None | str | Unset
        if isinstance(self.protocol, Unset):
            protocol = UNSET
        elif isinstance(self.protocol, ServingPortProtocol):
            protocol = self.protocol.value
        else:
            protocol = self.protocol

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if container is not UNSET:
            field_dict["container"] = container
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if authorization_type is not UNSET:
            field_dict["authorizationType"] = authorization_type
        if authorized_users is not UNSET:
            field_dict["authorizedUsers"] = authorized_users
        if authorized_groups is not UNSET:
            field_dict["authorizedGroups"] = authorized_groups
        if cluster_local_access_only is not UNSET:
            field_dict["clusterLocalAccessOnly"] = cluster_local_access_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_container(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        container = _parse_container(d.pop("container", UNSET))

        def _parse_protocol(data: object) -> None | ServingPortProtocol | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                protocol_type_0 = ServingPortProtocol(data)

                return protocol_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServingPortProtocol | Unset, data)

        protocol = _parse_protocol(d.pop("protocol", UNSET))

        def _parse_authorization_type(data: object) -> None | ServingPortAccessAuthorizationTypeEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authorization_type_type_0 = ServingPortAccessAuthorizationTypeEnum(data)

                return authorization_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServingPortAccessAuthorizationTypeEnum | Unset, data)

        authorization_type = _parse_authorization_type(d.pop("authorizationType", UNSET))

        def _parse_authorized_users(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                authorized_users_type_0 = cast(list[str], data)

                return authorized_users_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        authorized_users = _parse_authorized_users(d.pop("authorizedUsers", UNSET))

        def _parse_authorized_groups(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                authorized_groups_type_0 = cast(list[str], data)

                return authorized_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        authorized_groups = _parse_authorized_groups(d.pop("authorizedGroups", UNSET))

        def _parse_cluster_local_access_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cluster_local_access_only = _parse_cluster_local_access_only(d.pop("clusterLocalAccessOnly", UNSET))

        instance_ = cls(
            container=container,
            protocol=protocol,
            authorization_type=authorization_type,
            authorized_users=authorized_users,
            authorized_groups=authorized_groups,
            cluster_local_access_only=cluster_local_access_only,
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
