from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capability import Capability
from ..models.image_pull_policy import ImagePullPolicy
from ..models.seccomp_profile_type import SeccompProfileType
from ..models.uid_gid_source import UidGidSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection import Connection
    from ..models.probes import Probes


T = TypeVar("T", bound="NonOverridableSpecFields")


@_attrs_define
class NonOverridableSpecFields:
    """
    Attributes:
        allow_privilege_escalation (bool | Unset):
        capabilities (list[Capability] | Unset):
        create_home_dir (bool | Unset):
        host_ipc (bool | Unset):
        host_network (bool | Unset):
        image (str | Unset):
        image_pull_policy (ImagePullPolicy | None | Unset):
        probes (None | Probes | Unset):
        read_only_root_filesystem (bool | Unset):
        run_as_non_root (bool | Unset):
        seccomp_profile_type (None | SeccompProfileType | Unset):
        stdin (bool | Unset):
        tty (bool | Unset):
        uid_gid_source (None | UidGidSource | Unset):
        working_dir (str | Unset):
        connections (list[Connection] | Unset):
        override_uid_gid_in_workspace (bool | Unset):  Default: False.
    """

    allow_privilege_escalation: bool | Unset = UNSET
    capabilities: list[Capability] | Unset = UNSET
    create_home_dir: bool | Unset = UNSET
    host_ipc: bool | Unset = UNSET
    host_network: bool | Unset = UNSET
    image: str | Unset = UNSET
    image_pull_policy: ImagePullPolicy | None | Unset = UNSET
    probes: None | Probes | Unset = UNSET
    read_only_root_filesystem: bool | Unset = UNSET
    run_as_non_root: bool | Unset = UNSET
    seccomp_profile_type: None | SeccompProfileType | Unset = UNSET
    stdin: bool | Unset = UNSET
    tty: bool | Unset = UNSET
    uid_gid_source: None | UidGidSource | Unset = UNSET
    working_dir: str | Unset = UNSET
    connections: list[Connection] | Unset = UNSET
    override_uid_gid_in_workspace: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.probes import Probes  # noqa: PLC0415

        allow_privilege_escalation = self.allow_privilege_escalation

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for componentsschemas_capabilities_item_data in self.capabilities:
                componentsschemas_capabilities_item = componentsschemas_capabilities_item_data.value
                capabilities.append(componentsschemas_capabilities_item)

        create_home_dir = self.create_home_dir

        host_ipc = self.host_ipc

        host_network = self.host_network

        image = self.image

        image_pull_policy: None | str | Unset
        if isinstance(self.image_pull_policy, Unset):
            image_pull_policy = UNSET
        elif isinstance(self.image_pull_policy, ImagePullPolicy):
            image_pull_policy = self.image_pull_policy.value
        else:
            image_pull_policy = self.image_pull_policy

        probes: dict[str, Any] | None | Unset
        if isinstance(self.probes, Unset):
            probes = UNSET
        elif isinstance(self.probes, Probes):
            probes = self.probes.to_dict()
        else:
            probes = self.probes

        read_only_root_filesystem = self.read_only_root_filesystem

        run_as_non_root = self.run_as_non_root

        seccomp_profile_type: None | str | Unset
        if isinstance(self.seccomp_profile_type, Unset):
            seccomp_profile_type = UNSET
        elif isinstance(self.seccomp_profile_type, SeccompProfileType):
            seccomp_profile_type = self.seccomp_profile_type.value
        else:
            seccomp_profile_type = self.seccomp_profile_type

        stdin = self.stdin

        tty = self.tty

        uid_gid_source: None | str | Unset
        if isinstance(self.uid_gid_source, Unset):
            uid_gid_source = UNSET
        elif isinstance(self.uid_gid_source, UidGidSource):
            uid_gid_source = self.uid_gid_source.value
        else:
            uid_gid_source = self.uid_gid_source

        working_dir = self.working_dir

        connections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connections, Unset):
            connections = []
            for connections_item_data in self.connections:
                connections_item = connections_item_data.to_dict()
                connections.append(connections_item)

        override_uid_gid_in_workspace = self.override_uid_gid_in_workspace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_privilege_escalation is not UNSET:
            field_dict["allowPrivilegeEscalation"] = allow_privilege_escalation
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if create_home_dir is not UNSET:
            field_dict["createHomeDir"] = create_home_dir
        if host_ipc is not UNSET:
            field_dict["hostIpc"] = host_ipc
        if host_network is not UNSET:
            field_dict["hostNetwork"] = host_network
        if image is not UNSET:
            field_dict["image"] = image
        if image_pull_policy is not UNSET:
            field_dict["imagePullPolicy"] = image_pull_policy
        if probes is not UNSET:
            field_dict["probes"] = probes
        if read_only_root_filesystem is not UNSET:
            field_dict["readOnlyRootFilesystem"] = read_only_root_filesystem
        if run_as_non_root is not UNSET:
            field_dict["runAsNonRoot"] = run_as_non_root
        if seccomp_profile_type is not UNSET:
            field_dict["seccompProfileType"] = seccomp_profile_type
        if stdin is not UNSET:
            field_dict["stdin"] = stdin
        if tty is not UNSET:
            field_dict["tty"] = tty
        if uid_gid_source is not UNSET:
            field_dict["uidGidSource"] = uid_gid_source
        if working_dir is not UNSET:
            field_dict["workingDir"] = working_dir
        if connections is not UNSET:
            field_dict["connections"] = connections
        if override_uid_gid_in_workspace is not UNSET:
            field_dict["overrideUidGidInWorkspace"] = override_uid_gid_in_workspace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connection import Connection  # noqa: PLC0415
        from ..models.probes import Probes  # noqa: PLC0415

        d = dict(src_dict)
        allow_privilege_escalation = d.pop("allowPrivilegeEscalation", UNSET)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: list[Capability] | Unset = UNSET
        if _capabilities is not UNSET:
            capabilities = []
            for componentsschemas_capabilities_item_data in _capabilities:
                componentsschemas_capabilities_item = Capability(componentsschemas_capabilities_item_data)

                capabilities.append(componentsschemas_capabilities_item)

        create_home_dir = d.pop("createHomeDir", UNSET)

        host_ipc = d.pop("hostIpc", UNSET)

        host_network = d.pop("hostNetwork", UNSET)

        image = d.pop("image", UNSET)

        def _parse_image_pull_policy(data: object) -> ImagePullPolicy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                image_pull_policy_type_0 = ImagePullPolicy(data)

                return image_pull_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImagePullPolicy | None | Unset, data)

        image_pull_policy = _parse_image_pull_policy(d.pop("imagePullPolicy", UNSET))

        def _parse_probes(data: object) -> None | Probes | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                probes_type_0 = Probes.from_dict(data)

                return probes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Probes | Unset, data)

        probes = _parse_probes(d.pop("probes", UNSET))

        read_only_root_filesystem = d.pop("readOnlyRootFilesystem", UNSET)

        run_as_non_root = d.pop("runAsNonRoot", UNSET)

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

        stdin = d.pop("stdin", UNSET)

        tty = d.pop("tty", UNSET)

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

        working_dir = d.pop("workingDir", UNSET)

        _connections = d.pop("connections", UNSET)
        connections: list[Connection] | Unset = UNSET
        if _connections is not UNSET:
            connections = []
            for connections_item_data in _connections:
                connections_item = Connection.from_dict(connections_item_data)

                connections.append(connections_item)

        override_uid_gid_in_workspace = d.pop("overrideUidGidInWorkspace", UNSET)

        instance_ = cls(
            allow_privilege_escalation=allow_privilege_escalation,
            capabilities=capabilities,
            create_home_dir=create_home_dir,
            host_ipc=host_ipc,
            host_network=host_network,
            image=image,
            image_pull_policy=image_pull_policy,
            probes=probes,
            read_only_root_filesystem=read_only_root_filesystem,
            run_as_non_root=run_as_non_root,
            seccomp_profile_type=seccomp_profile_type,
            stdin=stdin,
            tty=tty,
            uid_gid_source=uid_gid_source,
            working_dir=working_dir,
            connections=connections,
            override_uid_gid_in_workspace=override_uid_gid_in_workspace,
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
