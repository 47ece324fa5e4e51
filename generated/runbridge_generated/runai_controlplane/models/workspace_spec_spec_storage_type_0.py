from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_map_instance import ConfigMapInstance
    from ..models.data_volume_instance import DataVolumeInstance
    from ..models.empty_dir_instance import EmptyDirInstance
    from ..models.git_instance import GitInstance
    from ..models.host_path_instance import HostPathInstance
    from ..models.nfs_instance import NfsInstance
    from ..models.pvc_instance import PvcInstance
    from ..models.s3_instance import S3Instance
    from ..models.secret_instance_2 import SecretInstance2


T = TypeVar("T", bound="WorkspaceSpecSpecStorageType0")


@_attrs_define
class WorkspaceSpecSpecStorageType0:
    """
    Attributes:
        config_map_volume (list[ConfigMapInstance | None] | Unset):
        data_volume (list[DataVolumeInstance | None] | Unset):
        empty_dir_volume (list[EmptyDirInstance | None] | Unset):
        git (list[GitInstance | None] | Unset):
        host_path (list[HostPathInstance | None] | Unset):
        nfs (list[NfsInstance | None] | Unset):
        pvc (list[None | PvcInstance] | Unset):
        s3 (list[None | S3Instance] | Unset):
        secret_volume (list[None | SecretInstance2] | Unset):
    """

    config_map_volume: list[ConfigMapInstance | None] | Unset = UNSET
    data_volume: list[DataVolumeInstance | None] | Unset = UNSET
    empty_dir_volume: list[EmptyDirInstance | None] | Unset = UNSET
    git: list[GitInstance | None] | Unset = UNSET
    host_path: list[HostPathInstance | None] | Unset = UNSET
    nfs: list[NfsInstance | None] | Unset = UNSET
    pvc: list[None | PvcInstance] | Unset = UNSET
    s3: list[None | S3Instance] | Unset = UNSET
    secret_volume: list[None | SecretInstance2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.config_map_instance import ConfigMapInstance  # noqa: PLC0415
        from ..models.data_volume_instance import DataVolumeInstance  # noqa: PLC0415
        from ..models.empty_dir_instance import EmptyDirInstance  # noqa: PLC0415
        from ..models.git_instance import GitInstance  # noqa: PLC0415
        from ..models.host_path_instance import HostPathInstance  # noqa: PLC0415
        from ..models.nfs_instance import NfsInstance  # noqa: PLC0415
        from ..models.pvc_instance import PvcInstance  # noqa: PLC0415
        from ..models.s3_instance import S3Instance  # noqa: PLC0415
        from ..models.secret_instance_2 import SecretInstance2  # noqa: PLC0415

        config_map_volume: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.config_map_volume, Unset):
            config_map_volume = []
            for componentsschemas_config_map_items_item_data in self.config_map_volume:
                componentsschemas_config_map_items_item: dict[str, Any] | None
                if isinstance(componentsschemas_config_map_items_item_data, ConfigMapInstance):
                    componentsschemas_config_map_items_item = componentsschemas_config_map_items_item_data.to_dict()
                else:
                    componentsschemas_config_map_items_item = componentsschemas_config_map_items_item_data
                config_map_volume.append(componentsschemas_config_map_items_item)

        data_volume: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.data_volume, Unset):
            data_volume = []
            for componentsschemas_data_volume_items_item_data in self.data_volume:
                componentsschemas_data_volume_items_item: dict[str, Any] | None
                if isinstance(componentsschemas_data_volume_items_item_data, DataVolumeInstance):
                    componentsschemas_data_volume_items_item = componentsschemas_data_volume_items_item_data.to_dict()
                else:
                    componentsschemas_data_volume_items_item = componentsschemas_data_volume_items_item_data
                data_volume.append(componentsschemas_data_volume_items_item)

        empty_dir_volume: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.empty_dir_volume, Unset):
            empty_dir_volume = []
            for componentsschemas_empty_dir_items_item_data in self.empty_dir_volume:
                componentsschemas_empty_dir_items_item: dict[str, Any] | None
                if isinstance(componentsschemas_empty_dir_items_item_data, EmptyDirInstance):
                    componentsschemas_empty_dir_items_item = componentsschemas_empty_dir_items_item_data.to_dict()
                else:
                    componentsschemas_empty_dir_items_item = componentsschemas_empty_dir_items_item_data
                empty_dir_volume.append(componentsschemas_empty_dir_items_item)

        git: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.git, Unset):
            git = []
            for componentsschemas_git_items_item_data in self.git:
                componentsschemas_git_items_item: dict[str, Any] | None
                if isinstance(componentsschemas_git_items_item_data, GitInstance):
                    componentsschemas_git_items_item = componentsschemas_git_items_item_data.to_dict()
                else:
                    componentsschemas_git_items_item = componentsschemas_git_items_item_data
                git.append(componentsschemas_git_items_item)

        host_path: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.host_path, Unset):
            host_path = []
            for componentsschemas_host_path_items_item_data in self.host_path:
                componentsschemas_host_path_items_item: dict[str, Any] | None
                if isinstance(componentsschemas_host_path_items_item_data, HostPathInstance):
                    componentsschemas_host_path_items_item = componentsschemas_host_path_items_item_data.to_dict()
                else:
                    componentsschemas_host_path_items_item = componentsschemas_host_path_items_item_data
                host_path.append(componentsschemas_host_path_items_item)

        nfs: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.nfs, Unset):
            nfs = []
            for componentsschemas_nfs_items_item_data in self.nfs:
                componentsschemas_nfs_items_item: dict[str, Any] | None
                if isinstance(componentsschemas_nfs_items_item_data, NfsInstance):
                    componentsschemas_nfs_items_item = componentsschemas_nfs_items_item_data.to_dict()
                else:
                    componentsschemas_nfs_items_item = componentsschemas_nfs_items_item_data
                nfs.append(componentsschemas_nfs_items_item)

        pvc: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.pvc, Unset):
            pvc = []
            for componentsschemas_pvc_items_item_data in self.pvc:
                componentsschemas_pvc_items_item: dict[str, Any] | None
                if isinstance(componentsschemas_pvc_items_item_data, PvcInstance):
                    componentsschemas_pvc_items_item = componentsschemas_pvc_items_item_data.to_dict()
                else:
                    componentsschemas_pvc_items_item = componentsschemas_pvc_items_item_data
                pvc.append(componentsschemas_pvc_items_item)

        s3: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.s3, Unset):
            s3 = []
            for componentsschemas_s3_items_item_data in self.s3:
                componentsschemas_s3_items_item: dict[str, Any] | None
                if isinstance(componentsschemas_s3_items_item_data, S3Instance):
                    componentsschemas_s3_items_item = componentsschemas_s3_items_item_data.to_dict()
                else:
                    componentsschemas_s3_items_item = componentsschemas_s3_items_item_data
                s3.append(componentsschemas_s3_items_item)

        secret_volume: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.secret_volume, Unset):
            secret_volume = []
            for componentsschemas_secret_items_1_item_data in self.secret_volume:
                componentsschemas_secret_items_1_item: dict[str, Any] | None
                if isinstance(componentsschemas_secret_items_1_item_data, SecretInstance2):
                    componentsschemas_secret_items_1_item = componentsschemas_secret_items_1_item_data.to_dict()
                else:
                    componentsschemas_secret_items_1_item = componentsschemas_secret_items_1_item_data
                secret_volume.append(componentsschemas_secret_items_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config_map_volume is not UNSET:
            field_dict["configMapVolume"] = config_map_volume
        if data_volume is not UNSET:
            field_dict["dataVolume"] = data_volume
        if empty_dir_volume is not UNSET:
            field_dict["emptyDirVolume"] = empty_dir_volume
        if git is not UNSET:
            field_dict["git"] = git
        if host_path is not UNSET:
            field_dict["hostPath"] = host_path
        if nfs is not UNSET:
            field_dict["nfs"] = nfs
        if pvc is not UNSET:
            field_dict["pvc"] = pvc
        if s3 is not UNSET:
            field_dict["s3"] = s3
        if secret_volume is not UNSET:
            field_dict["secretVolume"] = secret_volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.config_map_instance import ConfigMapInstance  # noqa: PLC0415
        from ..models.data_volume_instance import DataVolumeInstance  # noqa: PLC0415
        from ..models.empty_dir_instance import EmptyDirInstance  # noqa: PLC0415
        from ..models.git_instance import GitInstance  # noqa: PLC0415
        from ..models.host_path_instance import HostPathInstance  # noqa: PLC0415
        from ..models.nfs_instance import NfsInstance  # noqa: PLC0415
        from ..models.pvc_instance import PvcInstance  # noqa: PLC0415
        from ..models.s3_instance import S3Instance  # noqa: PLC0415
        from ..models.secret_instance_2 import SecretInstance2  # noqa: PLC0415

        d = dict(src_dict)
        _config_map_volume = d.pop("configMapVolume", UNSET)
        config_map_volume: list[ConfigMapInstance | None] | Unset = UNSET
        if _config_map_volume is not UNSET:
            config_map_volume = []
            for componentsschemas_config_map_items_item_data in _config_map_volume:

                def _parse_componentsschemas_config_map_items_item(data: object) -> ConfigMapInstance | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_config_map_items_item_type_0 = ConfigMapInstance.from_dict(data)

                        return componentsschemas_config_map_items_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(ConfigMapInstance | None, data)

                componentsschemas_config_map_items_item = _parse_componentsschemas_config_map_items_item(
                    componentsschemas_config_map_items_item_data
                )

                config_map_volume.append(componentsschemas_config_map_items_item)

        _data_volume = d.pop("dataVolume", UNSET)
        data_volume: list[DataVolumeInstance | None] | Unset = UNSET
        if _data_volume is not UNSET:
            data_volume = []
            for componentsschemas_data_volume_items_item_data in _data_volume:

                def _parse_componentsschemas_data_volume_items_item(data: object) -> DataVolumeInstance | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_data_volume_items_item_type_0 = DataVolumeInstance.from_dict(data)

                        return componentsschemas_data_volume_items_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(DataVolumeInstance | None, data)

                componentsschemas_data_volume_items_item = _parse_componentsschemas_data_volume_items_item(
                    componentsschemas_data_volume_items_item_data
                )

                data_volume.append(componentsschemas_data_volume_items_item)

        _empty_dir_volume = d.pop("emptyDirVolume", UNSET)
        empty_dir_volume: list[EmptyDirInstance | None] | Unset = UNSET
        if _empty_dir_volume is not UNSET:
            empty_dir_volume = []
            for componentsschemas_empty_dir_items_item_data in _empty_dir_volume:

                def _parse_componentsschemas_empty_dir_items_item(data: object) -> EmptyDirInstance | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_empty_dir_items_item_type_0 = EmptyDirInstance.from_dict(data)

                        return componentsschemas_empty_dir_items_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(EmptyDirInstance | None, data)

                componentsschemas_empty_dir_items_item = _parse_componentsschemas_empty_dir_items_item(
                    componentsschemas_empty_dir_items_item_data
                )

                empty_dir_volume.append(componentsschemas_empty_dir_items_item)

        _git = d.pop("git", UNSET)
        git: list[GitInstance | None] | Unset = UNSET
        if _git is not UNSET:
            git = []
            for componentsschemas_git_items_item_data in _git:

                def _parse_componentsschemas_git_items_item(data: object) -> GitInstance | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_git_items_item_type_0 = GitInstance.from_dict(data)

                        return componentsschemas_git_items_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(GitInstance | None, data)

                componentsschemas_git_items_item = _parse_componentsschemas_git_items_item(
                    componentsschemas_git_items_item_data
                )

                git.append(componentsschemas_git_items_item)

        _host_path = d.pop("hostPath", UNSET)
        host_path: list[HostPathInstance | None] | Unset = UNSET
        if _host_path is not UNSET:
            host_path = []
            for componentsschemas_host_path_items_item_data in _host_path:

                def _parse_componentsschemas_host_path_items_item(data: object) -> HostPathInstance | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_host_path_items_item_type_0 = HostPathInstance.from_dict(data)

                        return componentsschemas_host_path_items_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(HostPathInstance | None, data)

                componentsschemas_host_path_items_item = _parse_componentsschemas_host_path_items_item(
                    componentsschemas_host_path_items_item_data
                )

                host_path.append(componentsschemas_host_path_items_item)

        _nfs = d.pop("nfs", UNSET)
        nfs: list[NfsInstance | None] | Unset = UNSET
        if _nfs is not UNSET:
            nfs = []
            for componentsschemas_nfs_items_item_data in _nfs:

                def _parse_componentsschemas_nfs_items_item(data: object) -> NfsInstance | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_nfs_items_item_type_0 = NfsInstance.from_dict(data)

                        return componentsschemas_nfs_items_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(NfsInstance | None, data)

                componentsschemas_nfs_items_item = _parse_componentsschemas_nfs_items_item(
                    componentsschemas_nfs_items_item_data
                )

                nfs.append(componentsschemas_nfs_items_item)

        _pvc = d.pop("pvc", UNSET)
        pvc: list[None | PvcInstance] | Unset = UNSET
        if _pvc is not UNSET:
            pvc = []
            for componentsschemas_pvc_items_item_data in _pvc:

                def _parse_componentsschemas_pvc_items_item(data: object) -> None | PvcInstance:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_pvc_items_item_type_0 = PvcInstance.from_dict(data)

                        return componentsschemas_pvc_items_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | PvcInstance, data)

                componentsschemas_pvc_items_item = _parse_componentsschemas_pvc_items_item(
                    componentsschemas_pvc_items_item_data
                )

                pvc.append(componentsschemas_pvc_items_item)

        _s3 = d.pop("s3", UNSET)
        s3: list[None | S3Instance] | Unset = UNSET
        if _s3 is not UNSET:
            s3 = []
            for componentsschemas_s3_items_item_data in _s3:

                def _parse_componentsschemas_s3_items_item(data: object) -> None | S3Instance:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_s3_items_item_type_0 = S3Instance.from_dict(data)

                        return componentsschemas_s3_items_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | S3Instance, data)

                componentsschemas_s3_items_item = _parse_componentsschemas_s3_items_item(
                    componentsschemas_s3_items_item_data
                )

                s3.append(componentsschemas_s3_items_item)

        _secret_volume = d.pop("secretVolume", UNSET)
        secret_volume: list[None | SecretInstance2] | Unset = UNSET
        if _secret_volume is not UNSET:
            secret_volume = []
            for componentsschemas_secret_items_1_item_data in _secret_volume:

                def _parse_componentsschemas_secret_items_1_item(data: object) -> None | SecretInstance2:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_secret_items_1_item_type_0 = SecretInstance2.from_dict(data)

                        return componentsschemas_secret_items_1_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | SecretInstance2, data)

                componentsschemas_secret_items_1_item = _parse_componentsschemas_secret_items_1_item(
                    componentsschemas_secret_items_1_item_data
                )

                secret_volume.append(componentsschemas_secret_items_1_item)

        instance_ = cls(
            config_map_volume=config_map_volume,
            data_volume=data_volume,
            empty_dir_volume=empty_dir_volume,
            git=git,
            host_path=host_path,
            nfs=nfs,
            pvc=pvc,
            s3=s3,
            secret_volume=secret_volume,
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
