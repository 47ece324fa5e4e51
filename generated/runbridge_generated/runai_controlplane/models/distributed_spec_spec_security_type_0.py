from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capability import Capability
from ..models.seccomp_profile_type import SeccompProfileType
from ..models.uid_gid_source import UidGidSource
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="DistributedSpecSpecSecurityType0")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "allowPrivilegeEscalation",
        "capabilities",
        "hostIpc",
        "hostNetwork",
        "readOnlyRootFilesystem",
        "runAsGid",
        "runAsNonRoot",
        "runAsUid",
        "seccompProfileType",
        "supplementalGroups",
        "uidGidSource",
    )
)


@_attrs_define
class DistributedSpecSpecSecurityType0:
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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if allow_privilege_escalation is not UNSET:
            fields_["allowPrivilegeEscalation"] = allow_privilege_escalation
        if capabilities is not UNSET:
            fields_["capabilities"] = capabilities
        if host_ipc is not UNSET:
            fields_["hostIpc"] = host_ipc
        if host_network is not UNSET:
            fields_["hostNetwork"] = host_network
        if read_only_root_filesystem is not UNSET:
            fields_["readOnlyRootFilesystem"] = read_only_root_filesystem
        if run_as_gid is not UNSET:
            fields_["runAsGid"] = run_as_gid
        if run_as_non_root is not UNSET:
            fields_["runAsNonRoot"] = run_as_non_root
        if run_as_uid is not UNSET:
            fields_["runAsUid"] = run_as_uid
        if seccomp_profile_type is not UNSET:
            fields_["seccompProfileType"] = seccomp_profile_type
        if supplemental_groups is not UNSET:
            fields_["supplementalGroups"] = supplemental_groups
        if uid_gid_source is not UNSET:
            fields_["uidGidSource"] = uid_gid_source

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        allow_privilege_escalation = data_.get("allowPrivilegeEscalation", UNSET)
        if (not isinstance(allow_privilege_escalation, bool)) and not isinstance(allow_privilege_escalation, Unset):
            raise FieldError.at(
                "allowPrivilegeEscalation",
                data_,
                TypeError(f"expected bool, got {type(allow_privilege_escalation).__name__}"),
            )
        try:
            _capabilities = data_.get("capabilities", UNSET)
            capabilities: list[Capability] | Unset = UNSET
            if _capabilities is not UNSET:
                if not isinstance(_capabilities, list):
                    raise TypeError(f"expected a list, got {type(_capabilities).__name__}")
                capabilities = []
                for componentsschemas_capabilities_item_index_, componentsschemas_capabilities_item_data in enumerate(
                    _capabilities
                ):
                    try:
                        componentsschemas_capabilities_item = Capability(componentsschemas_capabilities_item_data)

                    except Exception as error_:
                        raise FieldError.at(componentsschemas_capabilities_item_index_, _capabilities, error_) from None
                    capabilities.append(componentsschemas_capabilities_item)

        except Exception as error_:
            raise FieldError.at("capabilities", data_, error_) from None
        host_ipc = data_.get("hostIpc", UNSET)
        if (not isinstance(host_ipc, bool)) and not isinstance(host_ipc, Unset):
            raise FieldError.at("hostIpc", data_, TypeError(f"expected bool, got {type(host_ipc).__name__}"))
        host_network = data_.get("hostNetwork", UNSET)
        if (not isinstance(host_network, bool)) and not isinstance(host_network, Unset):
            raise FieldError.at("hostNetwork", data_, TypeError(f"expected bool, got {type(host_network).__name__}"))
        read_only_root_filesystem = data_.get("readOnlyRootFilesystem", UNSET)
        if (not isinstance(read_only_root_filesystem, bool)) and not isinstance(read_only_root_filesystem, Unset):
            raise FieldError.at(
                "readOnlyRootFilesystem",
                data_,
                TypeError(f"expected bool, got {type(read_only_root_filesystem).__name__}"),
            )
        run_as_gid = data_.get("runAsGid", UNSET)
        if (not isinstance(run_as_gid, int) or run_as_gid is True or run_as_gid is False) and not isinstance(
            run_as_gid, Unset
        ):
            raise FieldError.at("runAsGid", data_, TypeError(f"expected int, got {type(run_as_gid).__name__}"))
        run_as_non_root = data_.get("runAsNonRoot", UNSET)
        if (not isinstance(run_as_non_root, bool)) and not isinstance(run_as_non_root, Unset):
            raise FieldError.at(
                "runAsNonRoot", data_, TypeError(f"expected bool, got {type(run_as_non_root).__name__}")
            )
        run_as_uid = data_.get("runAsUid", UNSET)
        if (not isinstance(run_as_uid, int) or run_as_uid is True or run_as_uid is False) and not isinstance(
            run_as_uid, Unset
        ):
            raise FieldError.at("runAsUid", data_, TypeError(f"expected int, got {type(run_as_uid).__name__}"))
        try:
            _seccomp_profile_type = data_.get("seccompProfileType", UNSET)
            seccomp_profile_type: None | SeccompProfileType | Unset
            if _seccomp_profile_type is None:
                seccomp_profile_type = None
            elif isinstance(_seccomp_profile_type, Unset):
                seccomp_profile_type = UNSET
            elif isinstance(_seccomp_profile_type, str):
                seccomp_profile_type_type_0 = SeccompProfileType(_seccomp_profile_type)

                seccomp_profile_type = seccomp_profile_type_type_0

            else:
                raise TypeError(
                    f"expected None | SeccompProfileType | Unset, got {type(_seccomp_profile_type).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("seccompProfileType", data_, error_) from None
        supplemental_groups = data_.get("supplementalGroups", UNSET)
        if (not isinstance(supplemental_groups, str)) and not isinstance(supplemental_groups, Unset):
            raise FieldError.at(
                "supplementalGroups", data_, TypeError(f"expected str, got {type(supplemental_groups).__name__}")
            )
        try:
            _uid_gid_source = data_.get("uidGidSource", UNSET)
            uid_gid_source: None | UidGidSource | Unset
            if _uid_gid_source is None:
                uid_gid_source = None
            elif isinstance(_uid_gid_source, Unset):
                uid_gid_source = UNSET
            elif isinstance(_uid_gid_source, str):
                uid_gid_source_type_0 = UidGidSource(_uid_gid_source)

                uid_gid_source = uid_gid_source_type_0

            else:
                raise TypeError(f"expected None | UidGidSource | Unset, got {type(_uid_gid_source).__name__}")

        except Exception as error_:
            raise FieldError.at("uidGidSource", data_, error_) from None
        instance_ = cls_(
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
