from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capability import Capability
from ..models.seccomp_profile_type import SeccompProfileType
from ..models.uid_gid_source import UidGidSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="MasterSpecSecurityType0")


@_attrs_define
class MasterSpecSecurityType0:
    """
    Attributes:
        allow_privilege_escalation (bool | Unset):
        capabilities (list[Capability] | Unset):
        host_ipc (bool | Unset):
        host_network (bool | Unset):
        read_only_root_filesystem (bool | Unset):
        run_as_gid (int | Unset):
        run_as_non_root (bool | Unset):
        run_as_uid (int | Unset):
        seccomp_profile_type (None | SeccompProfileType | Unset):
        supplemental_groups (str | Unset):
        uid_gid_source (None | UidGidSource | Unset):
    """

    allow_privilege_escalation: bool | Unset = UNSET
    capabilities: list[Capability] | Unset = UNSET
    host_ipc: bool | Unset = UNSET
    host_network: bool | Unset = UNSET
    read_only_root_filesystem: bool | Unset = UNSET
    run_as_gid: int | Unset = UNSET
    run_as_non_root: bool | Unset = UNSET
    run_as_uid: int | Unset = UNSET
    seccomp_profile_type: None | SeccompProfileType | Unset = UNSET
    supplemental_groups: str | Unset = UNSET
    uid_gid_source: None | UidGidSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_privilege_escalation = self.allow_privilege_escalation

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for componentsschemas_capabilities_item_data in self.capabilities:
                componentsschemas_capabilities_item = componentsschemas_capabilities_item_data.value
                capabilities.append(componentsschemas_capabilities_item)

        host_ipc = self.host_ipc

        host_network = self.host_network

        read_only_root_filesystem = self.read_only_root_filesystem

        run_as_gid = self.run_as_gid

        run_as_non_root = self.run_as_non_root

        run_as_uid = self.run_as_uid

        seccomp_profile_type: None | str | Unset
        if isinstance(self.seccomp_profile_type, Unset):
            seccomp_profile_type = UNSET
        elif isinstance(self.seccomp_profile_type, SeccompProfileType):
            seccomp_profile_type = self.seccomp_profile_type.value
        else:
            seccomp_profile_type = self.seccomp_profile_type

        supplemental_groups = self.supplemental_groups

        uid_gid_source: None | str | Unset
        if isinstance(self.uid_gid_source, Unset):
            uid_gid_source = UNSET
        elif isinstance(self.uid_gid_source, UidGidSource):
            uid_gid_source = self.uid_gid_source.value
        else:
            uid_gid_source = self.uid_gid_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_privilege_escalation is not UNSET:
            field_dict["allowPrivilegeEscalation"] = allow_privilege_escalation
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if host_ipc is not UNSET:
            field_dict["hostIpc"] = host_ipc
        if host_network is not UNSET:
            field_dict["hostNetwork"] = host_network
        if read_only_root_filesystem is not UNSET:
            field_dict["readOnlyRootFilesystem"] = read_only_root_filesystem
        if run_as_gid is not UNSET:
            field_dict["runAsGid"] = run_as_gid
        if run_as_non_root is not UNSET:
            field_dict["runAsNonRoot"] = run_as_non_root
        if run_as_uid is not UNSET:
            field_dict["runAsUid"] = run_as_uid
        if seccomp_profile_type is not UNSET:
            field_dict["seccompProfileType"] = seccomp_profile_type
        if supplemental_groups is not UNSET:
            field_dict["supplementalGroups"] = supplemental_groups
        if uid_gid_source is not UNSET:
            field_dict["uidGidSource"] = uid_gid_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_privilege_escalation = d.pop("allowPrivilegeEscalation", UNSET)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: list[Capability] | Unset = UNSET
        if _capabilities is not UNSET:
            capabilities = []
            for componentsschemas_capabilities_item_data in _capabilities:
                componentsschemas_capabilities_item = Capability(componentsschemas_capabilities_item_data)

                capabilities.append(componentsschemas_capabilities_item)

        host_ipc = d.pop("hostIpc", UNSET)

        host_network = d.pop("hostNetwork", UNSET)

        read_only_root_filesystem = d.pop("readOnlyRootFilesystem", UNSET)

        run_as_gid = d.pop("runAsGid", UNSET)

        run_as_non_root = d.pop("runAsNonRoot", UNSET)

        run_as_uid = d.pop("runAsUid", UNSET)

        def _parse_seccomp_profile_type(data: object) -> None | SeccompProfileType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                seccomp_profile_type_type_0 = SeccompProfileType(data)

                return seccomp_profile_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SeccompProfileType | Unset, data)

        seccomp_profile_type = _parse_seccomp_profile_type(d.pop("seccompProfileType", UNSET))

        supplemental_groups = d.pop("supplementalGroups", UNSET)

        def _parse_uid_gid_source(data: object) -> None | UidGidSource | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uid_gid_source_type_0 = UidGidSource(data)

                return uid_gid_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UidGidSource | Unset, data)

        uid_gid_source = _parse_uid_gid_source(d.pop("uidGidSource", UNSET))

        instance_ = cls(
            allow_privilege_escalation=allow_privilege_escalation,
            capabilities=capabilities,
            host_ipc=host_ipc,
            host_network=host_network,
            read_only_root_filesystem=read_only_root_filesystem,
            run_as_gid=run_as_gid,
            run_as_non_root=run_as_non_root,
            run_as_uid=run_as_uid,
            seccomp_profile_type=seccomp_profile_type,
            supplemental_groups=supplemental_groups,
            uid_gid_source=uid_gid_source,
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
