from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capability import Capability
from ..models.image_pull_policy import ImagePullPolicy
from ..models.seccomp_profile_type import SeccompProfileType
from ..models.uid_gid_source import UidGidSource
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="EnvironmentAssetSpec")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "args",
        "command",
        "environmentVariables",
        "runAsGid",
        "runAsUid",
        "supplementalGroups",
        "allowPrivilegeEscalation",
        "capabilities",
        "createHomeDir",
        "hostIpc",
        "hostNetwork",
        "image",
        "imagePullPolicy",
        "probes",
        "readOnlyRootFilesystem",
        "runAsNonRoot",
        "seccompProfileType",
        "stdin",
        "tty",
        "uidGidSource",
        "workingDir",
        "connections",
        "overrideUidGidInWorkspace",
    )
)


@_attrs_define
class EnvironmentAssetSpec:
    """
    Attributes:
        args (str | Unset):
        command (str | Unset):
        environment_variables (list[EnvironmentVariableOfAsset | None] | Unset):
        run_as_gid (int | Unset):
        run_as_uid (int | Unset):
        supplemental_groups (str | Unset):
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

    args: str | Unset = UNSET
    command: str | Unset = UNSET
    environment_variables: list[EnvironmentVariableOfAsset | None] | Unset = UNSET
    run_as_gid: int | Unset = UNSET
    run_as_uid: int | Unset = UNSET
    supplemental_groups: str | Unset = UNSET
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
        args = self.args

        command = self.command

        environment_variables: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = []
            for componentsschemas_environment_variables_of_asset_item_data in self.environment_variables:
                componentsschemas_environment_variables_of_asset_item: dict[str, Any] | None
                if isinstance(componentsschemas_environment_variables_of_asset_item_data, EnvironmentVariableOfAsset):
                    componentsschemas_environment_variables_of_asset_item = (
                        componentsschemas_environment_variables_of_asset_item_data.to_dict()
                    )
                else:
                    componentsschemas_environment_variables_of_asset_item = (
                        componentsschemas_environment_variables_of_asset_item_data
                    )
                environment_variables.append(componentsschemas_environment_variables_of_asset_item)

        run_as_gid = self.run_as_gid

        run_as_uid = self.run_as_uid

        supplemental_groups = self.supplemental_groups

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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if args is not UNSET:
            fields_["args"] = args
        if command is not UNSET:
            fields_["command"] = command
        if environment_variables is not UNSET:
            fields_["environmentVariables"] = environment_variables
        if run_as_gid is not UNSET:
            fields_["runAsGid"] = run_as_gid
        if run_as_uid is not UNSET:
            fields_["runAsUid"] = run_as_uid
        if supplemental_groups is not UNSET:
            fields_["supplementalGroups"] = supplemental_groups
        if allow_privilege_escalation is not UNSET:
            fields_["allowPrivilegeEscalation"] = allow_privilege_escalation
        if capabilities is not UNSET:
            fields_["capabilities"] = capabilities
        if create_home_dir is not UNSET:
            fields_["createHomeDir"] = create_home_dir
        if host_ipc is not UNSET:
            fields_["hostIpc"] = host_ipc
        if host_network is not UNSET:
            fields_["hostNetwork"] = host_network
        if image is not UNSET:
            fields_["image"] = image
        if image_pull_policy is not UNSET:
            fields_["imagePullPolicy"] = image_pull_policy
        if probes is not UNSET:
            fields_["probes"] = probes
        if read_only_root_filesystem is not UNSET:
            fields_["readOnlyRootFilesystem"] = read_only_root_filesystem
        if run_as_non_root is not UNSET:
            fields_["runAsNonRoot"] = run_as_non_root
        if seccomp_profile_type is not UNSET:
            fields_["seccompProfileType"] = seccomp_profile_type
        if stdin is not UNSET:
            fields_["stdin"] = stdin
        if tty is not UNSET:
            fields_["tty"] = tty
        if uid_gid_source is not UNSET:
            fields_["uidGidSource"] = uid_gid_source
        if working_dir is not UNSET:
            fields_["workingDir"] = working_dir
        if connections is not UNSET:
            fields_["connections"] = connections
        if override_uid_gid_in_workspace is not UNSET:
            fields_["overrideUidGidInWorkspace"] = override_uid_gid_in_workspace

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        args = data_.get("args", UNSET)
        if (not isinstance(args, str)) and not isinstance(args, Unset):
            raise FieldError.at("args", data_, TypeError(f"expected str, got {type(args).__name__}"))
        command = data_.get("command", UNSET)
        if (not isinstance(command, str)) and not isinstance(command, Unset):
            raise FieldError.at("command", data_, TypeError(f"expected str, got {type(command).__name__}"))
        try:
            _environment_variables = data_.get("environmentVariables", UNSET)
            environment_variables: list[EnvironmentVariableOfAsset | None] | Unset = UNSET
            if _environment_variables is not UNSET:
                if not isinstance(_environment_variables, list):
                    raise TypeError(f"expected a list, got {type(_environment_variables).__name__}")
                environment_variables = []
                for (
                    componentsschemas_environment_variables_of_asset_item_index_,
                    componentsschemas_environment_variables_of_asset_item_data,
                ) in enumerate(_environment_variables):
                    try:
                        _componentsschemas_environment_variables_of_asset_item = (
                            componentsschemas_environment_variables_of_asset_item_data
                        )
                        componentsschemas_environment_variables_of_asset_item: EnvironmentVariableOfAsset | None
                        if _componentsschemas_environment_variables_of_asset_item is None:
                            componentsschemas_environment_variables_of_asset_item = None
                        elif isinstance(_componentsschemas_environment_variables_of_asset_item, dict):
                            componentsschemas_environment_variables_of_asset_item_type_0 = (
                                EnvironmentVariableOfAsset.from_dict(
                                    _componentsschemas_environment_variables_of_asset_item
                                )
                            )

                            componentsschemas_environment_variables_of_asset_item = (
                                componentsschemas_environment_variables_of_asset_item_type_0
                            )

                        else:
                            raise TypeError(
                                f"expected EnvironmentVariableOfAsset | None, got {type(_componentsschemas_environment_variables_of_asset_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(
                            componentsschemas_environment_variables_of_asset_item_index_, _environment_variables, error_
                        ) from None
                    environment_variables.append(componentsschemas_environment_variables_of_asset_item)

        except Exception as error_:
            raise FieldError.at("environmentVariables", data_, error_) from None
        run_as_gid = data_.get("runAsGid", UNSET)
        if (not isinstance(run_as_gid, int) or run_as_gid is True or run_as_gid is False) and not isinstance(
            run_as_gid, Unset
        ):
            raise FieldError.at("runAsGid", data_, TypeError(f"expected int, got {type(run_as_gid).__name__}"))
        run_as_uid = data_.get("runAsUid", UNSET)
        if (not isinstance(run_as_uid, int) or run_as_uid is True or run_as_uid is False) and not isinstance(
            run_as_uid, Unset
        ):
            raise FieldError.at("runAsUid", data_, TypeError(f"expected int, got {type(run_as_uid).__name__}"))
        supplemental_groups = data_.get("supplementalGroups", UNSET)
        if (not isinstance(supplemental_groups, str)) and not isinstance(supplemental_groups, Unset):
            raise FieldError.at(
                "supplementalGroups", data_, TypeError(f"expected str, got {type(supplemental_groups).__name__}")
            )
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
        create_home_dir = data_.get("createHomeDir", UNSET)
        if (not isinstance(create_home_dir, bool)) and not isinstance(create_home_dir, Unset):
            raise FieldError.at(
                "createHomeDir", data_, TypeError(f"expected bool, got {type(create_home_dir).__name__}")
            )
        host_ipc = data_.get("hostIpc", UNSET)
        if (not isinstance(host_ipc, bool)) and not isinstance(host_ipc, Unset):
            raise FieldError.at("hostIpc", data_, TypeError(f"expected bool, got {type(host_ipc).__name__}"))
        host_network = data_.get("hostNetwork", UNSET)
        if (not isinstance(host_network, bool)) and not isinstance(host_network, Unset):
            raise FieldError.at("hostNetwork", data_, TypeError(f"expected bool, got {type(host_network).__name__}"))
        image = data_.get("image", UNSET)
        if (not isinstance(image, str)) and not isinstance(image, Unset):
            raise FieldError.at("image", data_, TypeError(f"expected str, got {type(image).__name__}"))
        try:
            _image_pull_policy = data_.get("imagePullPolicy", UNSET)
            image_pull_policy: ImagePullPolicy | None | Unset
            if _image_pull_policy is None:
                image_pull_policy = None
            elif isinstance(_image_pull_policy, Unset):
                image_pull_policy = UNSET
            elif isinstance(_image_pull_policy, str):
                image_pull_policy_type_0 = ImagePullPolicy(_image_pull_policy)

                image_pull_policy = image_pull_policy_type_0

            else:
                raise TypeError(f"expected ImagePullPolicy | None | Unset, got {type(_image_pull_policy).__name__}")

        except Exception as error_:
            raise FieldError.at("imagePullPolicy", data_, error_) from None
        try:
            _probes = data_.get("probes", UNSET)
            probes: None | Probes | Unset
            if _probes is None:
                probes = None
            elif isinstance(_probes, Unset):
                probes = UNSET
            elif isinstance(_probes, dict):
                probes_type_0 = Probes.from_dict(_probes)

                probes = probes_type_0

            else:
                raise TypeError(f"expected None | Probes | Unset, got {type(_probes).__name__}")

        except Exception as error_:
            raise FieldError.at("probes", data_, error_) from None
        read_only_root_filesystem = data_.get("readOnlyRootFilesystem", UNSET)
        if (not isinstance(read_only_root_filesystem, bool)) and not isinstance(read_only_root_filesystem, Unset):
            raise FieldError.at(
                "readOnlyRootFilesystem",
                data_,
                TypeError(f"expected bool, got {type(read_only_root_filesystem).__name__}"),
            )
        run_as_non_root = data_.get("runAsNonRoot", UNSET)
        if (not isinstance(run_as_non_root, bool)) and not isinstance(run_as_non_root, Unset):
            raise FieldError.at(
                "runAsNonRoot", data_, TypeError(f"expected bool, got {type(run_as_non_root).__name__}")
            )
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
        stdin = data_.get("stdin", UNSET)
        if (not isinstance(stdin, bool)) and not isinstance(stdin, Unset):
            raise FieldError.at("stdin", data_, TypeError(f"expected bool, got {type(stdin).__name__}"))
        tty = data_.get("tty", UNSET)
        if (not isinstance(tty, bool)) and not isinstance(tty, Unset):
            raise FieldError.at("tty", data_, TypeError(f"expected bool, got {type(tty).__name__}"))
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
        working_dir = data_.get("workingDir", UNSET)
        if (not isinstance(working_dir, str)) and not isinstance(working_dir, Unset):
            raise FieldError.at("workingDir", data_, TypeError(f"expected str, got {type(working_dir).__name__}"))
        try:
            _connections = data_.get("connections", UNSET)
            connections: list[Connection] | Unset = UNSET
            if _connections is not UNSET:
                if not isinstance(_connections, list):
                    raise TypeError(f"expected a list, got {type(_connections).__name__}")
                connections = []
                for connections_item_index_, connections_item_data in enumerate(_connections):
                    try:
                        connections_item = Connection.from_dict(connections_item_data)

                    except Exception as error_:
                        raise FieldError.at(connections_item_index_, _connections, error_) from None
                    connections.append(connections_item)

        except Exception as error_:
            raise FieldError.at("connections", data_, error_) from None
        override_uid_gid_in_workspace = data_.get("overrideUidGidInWorkspace", UNSET)
        if (not isinstance(override_uid_gid_in_workspace, bool)) and not isinstance(
            override_uid_gid_in_workspace, Unset
        ):
            raise FieldError.at(
                "overrideUidGidInWorkspace",
                data_,
                TypeError(f"expected bool, got {type(override_uid_gid_in_workspace).__name__}"),
            )
        instance_ = cls_(
            args=args,
            command=command,
            environment_variables=environment_variables,
            run_as_gid=run_as_gid,
            run_as_uid=run_as_uid,
            supplemental_groups=supplemental_groups,
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
from ..models.connection import Connection  # noqa: E402
from ..models.environment_variable_of_asset import EnvironmentVariableOfAsset  # noqa: E402
from ..models.probes import Probes  # noqa: E402
