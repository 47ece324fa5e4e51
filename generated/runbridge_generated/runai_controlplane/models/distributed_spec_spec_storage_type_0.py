from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="DistributedSpecSpecStorageType0")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("configMapVolume", "dataVolume", "emptyDirVolume", "git", "hostPath", "nfs", "pvc", "s3", "secretVolume")
)


@_attrs_define
class DistributedSpecSpecStorageType0:
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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if config_map_volume is not UNSET:
            fields_["configMapVolume"] = config_map_volume
        if data_volume is not UNSET:
            fields_["dataVolume"] = data_volume
        if empty_dir_volume is not UNSET:
            fields_["emptyDirVolume"] = empty_dir_volume
        if git is not UNSET:
            fields_["git"] = git
        if host_path is not UNSET:
            fields_["hostPath"] = host_path
        if nfs is not UNSET:
            fields_["nfs"] = nfs
        if pvc is not UNSET:
            fields_["pvc"] = pvc
        if s3 is not UNSET:
            fields_["s3"] = s3
        if secret_volume is not UNSET:
            fields_["secretVolume"] = secret_volume

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _config_map_volume = data_.get("configMapVolume", UNSET)
            config_map_volume: list[ConfigMapInstance | None] | Unset = UNSET
            if _config_map_volume is not UNSET:
                if not isinstance(_config_map_volume, list):
                    raise TypeError(f"expected a list, got {type(_config_map_volume).__name__}")
                config_map_volume = []
                for (
                    componentsschemas_config_map_items_item_index_,
                    componentsschemas_config_map_items_item_data,
                ) in enumerate(_config_map_volume):
                    try:
                        _componentsschemas_config_map_items_item = componentsschemas_config_map_items_item_data
                        componentsschemas_config_map_items_item: ConfigMapInstance | None
                        if _componentsschemas_config_map_items_item is None:
                            componentsschemas_config_map_items_item = None
                        elif isinstance(_componentsschemas_config_map_items_item, dict):
                            componentsschemas_config_map_items_item_type_0 = ConfigMapInstance.from_dict(
                                _componentsschemas_config_map_items_item
                            )

                            componentsschemas_config_map_items_item = componentsschemas_config_map_items_item_type_0

                        else:
                            raise TypeError(
                                f"expected ConfigMapInstance | None, got {type(_componentsschemas_config_map_items_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(
                            componentsschemas_config_map_items_item_index_, _config_map_volume, error_
                        ) from None
                    config_map_volume.append(componentsschemas_config_map_items_item)

        except Exception as error_:
            raise FieldError.at("configMapVolume", data_, error_) from None
        try:
            _data_volume = data_.get("dataVolume", UNSET)
            data_volume: list[DataVolumeInstance | None] | Unset = UNSET
            if _data_volume is not UNSET:
                if not isinstance(_data_volume, list):
                    raise TypeError(f"expected a list, got {type(_data_volume).__name__}")
                data_volume = []
                for (
                    componentsschemas_data_volume_items_item_index_,
                    componentsschemas_data_volume_items_item_data,
                ) in enumerate(_data_volume):
                    try:
                        _componentsschemas_data_volume_items_item = componentsschemas_data_volume_items_item_data
                        componentsschemas_data_volume_items_item: DataVolumeInstance | None
                        if _componentsschemas_data_volume_items_item is None:
                            componentsschemas_data_volume_items_item = None
                        elif isinstance(_componentsschemas_data_volume_items_item, dict):
                            componentsschemas_data_volume_items_item_type_0 = DataVolumeInstance.from_dict(
                                _componentsschemas_data_volume_items_item
                            )

                            componentsschemas_data_volume_items_item = componentsschemas_data_volume_items_item_type_0

                        else:
                            raise TypeError(
                                f"expected DataVolumeInstance | None, got {type(_componentsschemas_data_volume_items_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(
                            componentsschemas_data_volume_items_item_index_, _data_volume, error_
                        ) from None
                    data_volume.append(componentsschemas_data_volume_items_item)

        except Exception as error_:
            raise FieldError.at("dataVolume", data_, error_) from None
        try:
            _empty_dir_volume = data_.get("emptyDirVolume", UNSET)
            empty_dir_volume: list[EmptyDirInstance | None] | Unset = UNSET
            if _empty_dir_volume is not UNSET:
                if not isinstance(_empty_dir_volume, list):
                    raise TypeError(f"expected a list, got {type(_empty_dir_volume).__name__}")
                empty_dir_volume = []
                for (
                    componentsschemas_empty_dir_items_item_index_,
                    componentsschemas_empty_dir_items_item_data,
                ) in enumerate(_empty_dir_volume):
                    try:
                        _componentsschemas_empty_dir_items_item = componentsschemas_empty_dir_items_item_data
                        componentsschemas_empty_dir_items_item: EmptyDirInstance | None
                        if _componentsschemas_empty_dir_items_item is None:
                            componentsschemas_empty_dir_items_item = None
                        elif isinstance(_componentsschemas_empty_dir_items_item, dict):
                            componentsschemas_empty_dir_items_item_type_0 = EmptyDirInstance.from_dict(
                                _componentsschemas_empty_dir_items_item
                            )

                            componentsschemas_empty_dir_items_item = componentsschemas_empty_dir_items_item_type_0

                        else:
                            raise TypeError(
                                f"expected EmptyDirInstance | None, got {type(_componentsschemas_empty_dir_items_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(
                            componentsschemas_empty_dir_items_item_index_, _empty_dir_volume, error_
                        ) from None
                    empty_dir_volume.append(componentsschemas_empty_dir_items_item)

        except Exception as error_:
            raise FieldError.at("emptyDirVolume", data_, error_) from None
        try:
            _git = data_.get("git", UNSET)
            git: list[GitInstance | None] | Unset = UNSET
            if _git is not UNSET:
                if not isinstance(_git, list):
                    raise TypeError(f"expected a list, got {type(_git).__name__}")
                git = []
                for componentsschemas_git_items_item_index_, componentsschemas_git_items_item_data in enumerate(_git):
                    try:
                        _componentsschemas_git_items_item = componentsschemas_git_items_item_data
                        componentsschemas_git_items_item: GitInstance | None
                        if _componentsschemas_git_items_item is None:
                            componentsschemas_git_items_item = None
                        elif isinstance(_componentsschemas_git_items_item, dict):
                            componentsschemas_git_items_item_type_0 = GitInstance.from_dict(
                                _componentsschemas_git_items_item
                            )

                            componentsschemas_git_items_item = componentsschemas_git_items_item_type_0

                        else:
                            raise TypeError(
                                f"expected GitInstance | None, got {type(_componentsschemas_git_items_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(componentsschemas_git_items_item_index_, _git, error_) from None
                    git.append(componentsschemas_git_items_item)

        except Exception as error_:
            raise FieldError.at("git", data_, error_) from None
        try:
            _host_path = data_.get("hostPath", UNSET)
            host_path: list[HostPathInstance | None] | Unset = UNSET
            if _host_path is not UNSET:
                if not isinstance(_host_path, list):
                    raise TypeError(f"expected a list, got {type(_host_path).__name__}")
                host_path = []
                for (
                    componentsschemas_host_path_items_item_index_,
                    componentsschemas_host_path_items_item_data,
                ) in enumerate(_host_path):
                    try:
                        _componentsschemas_host_path_items_item = componentsschemas_host_path_items_item_data
                        componentsschemas_host_path_items_item: HostPathInstance | None
                        if _componentsschemas_host_path_items_item is None:
                            componentsschemas_host_path_items_item = None
                        elif isinstance(_componentsschemas_host_path_items_item, dict):
                            componentsschemas_host_path_items_item_type_0 = HostPathInstance.from_dict(
                                _componentsschemas_host_path_items_item
                            )

                            componentsschemas_host_path_items_item = componentsschemas_host_path_items_item_type_0

                        else:
                            raise TypeError(
                                f"expected HostPathInstance | None, got {type(_componentsschemas_host_path_items_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(componentsschemas_host_path_items_item_index_, _host_path, error_) from None
                    host_path.append(componentsschemas_host_path_items_item)

        except Exception as error_:
            raise FieldError.at("hostPath", data_, error_) from None
        try:
            _nfs = data_.get("nfs", UNSET)
            nfs: list[NfsInstance | None] | Unset = UNSET
            if _nfs is not UNSET:
                if not isinstance(_nfs, list):
                    raise TypeError(f"expected a list, got {type(_nfs).__name__}")
                nfs = []
                for componentsschemas_nfs_items_item_index_, componentsschemas_nfs_items_item_data in enumerate(_nfs):
                    try:
                        _componentsschemas_nfs_items_item = componentsschemas_nfs_items_item_data
                        componentsschemas_nfs_items_item: NfsInstance | None
                        if _componentsschemas_nfs_items_item is None:
                            componentsschemas_nfs_items_item = None
                        elif isinstance(_componentsschemas_nfs_items_item, dict):
                            componentsschemas_nfs_items_item_type_0 = NfsInstance.from_dict(
                                _componentsschemas_nfs_items_item
                            )

                            componentsschemas_nfs_items_item = componentsschemas_nfs_items_item_type_0

                        else:
                            raise TypeError(
                                f"expected NfsInstance | None, got {type(_componentsschemas_nfs_items_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(componentsschemas_nfs_items_item_index_, _nfs, error_) from None
                    nfs.append(componentsschemas_nfs_items_item)

        except Exception as error_:
            raise FieldError.at("nfs", data_, error_) from None
        try:
            _pvc = data_.get("pvc", UNSET)
            pvc: list[None | PvcInstance] | Unset = UNSET
            if _pvc is not UNSET:
                if not isinstance(_pvc, list):
                    raise TypeError(f"expected a list, got {type(_pvc).__name__}")
                pvc = []
                for componentsschemas_pvc_items_item_index_, componentsschemas_pvc_items_item_data in enumerate(_pvc):
                    try:
                        _componentsschemas_pvc_items_item = componentsschemas_pvc_items_item_data
                        componentsschemas_pvc_items_item: None | PvcInstance
                        if _componentsschemas_pvc_items_item is None:
                            componentsschemas_pvc_items_item = None
                        elif isinstance(_componentsschemas_pvc_items_item, dict):
                            componentsschemas_pvc_items_item_type_0 = PvcInstance.from_dict(
                                _componentsschemas_pvc_items_item
                            )

                            componentsschemas_pvc_items_item = componentsschemas_pvc_items_item_type_0

                        else:
                            raise TypeError(
                                f"expected None | PvcInstance, got {type(_componentsschemas_pvc_items_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(componentsschemas_pvc_items_item_index_, _pvc, error_) from None
                    pvc.append(componentsschemas_pvc_items_item)

        except Exception as error_:
            raise FieldError.at("pvc", data_, error_) from None
        try:
            _s3 = data_.get("s3", UNSET)
            s3: list[None | S3Instance] | Unset = UNSET
            if _s3 is not UNSET:
                if not isinstance(_s3, list):
                    raise TypeError(f"expected a list, got {type(_s3).__name__}")
                s3 = []
                for componentsschemas_s3_items_item_index_, componentsschemas_s3_items_item_data in enumerate(_s3):
                    try:
                        _componentsschemas_s3_items_item = componentsschemas_s3_items_item_data
                        componentsschemas_s3_items_item: None | S3Instance
                        if _componentsschemas_s3_items_item is None:
                            componentsschemas_s3_items_item = None
                        elif isinstance(_componentsschemas_s3_items_item, dict):
                            componentsschemas_s3_items_item_type_0 = S3Instance.from_dict(
                                _componentsschemas_s3_items_item
                            )

                            componentsschemas_s3_items_item = componentsschemas_s3_items_item_type_0

                        else:
                            raise TypeError(
                                f"expected None | S3Instance, got {type(_componentsschemas_s3_items_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(componentsschemas_s3_items_item_index_, _s3, error_) from None
                    s3.append(componentsschemas_s3_items_item)

        except Exception as error_:
            raise FieldError.at("s3", data_, error_) from None
        try:
            _secret_volume = data_.get("secretVolume", UNSET)
            secret_volume: list[None | SecretInstance2] | Unset = UNSET
            if _secret_volume is not UNSET:
                if not isinstance(_secret_volume, list):
                    raise TypeError(f"expected a list, got {type(_secret_volume).__name__}")
                secret_volume = []
                for (
                    componentsschemas_secret_items_1_item_index_,
                    componentsschemas_secret_items_1_item_data,
                ) in enumerate(_secret_volume):
                    try:
                        _componentsschemas_secret_items_1_item = componentsschemas_secret_items_1_item_data
                        componentsschemas_secret_items_1_item: None | SecretInstance2
                        if _componentsschemas_secret_items_1_item is None:
                            componentsschemas_secret_items_1_item = None
                        elif isinstance(_componentsschemas_secret_items_1_item, dict):
                            componentsschemas_secret_items_1_item_type_0 = SecretInstance2.from_dict(
                                _componentsschemas_secret_items_1_item
                            )

                            componentsschemas_secret_items_1_item = componentsschemas_secret_items_1_item_type_0

                        else:
                            raise TypeError(
                                f"expected None | SecretInstance2, got {type(_componentsschemas_secret_items_1_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(
                            componentsschemas_secret_items_1_item_index_, _secret_volume, error_
                        ) from None
                    secret_volume.append(componentsschemas_secret_items_1_item)

        except Exception as error_:
            raise FieldError.at("secretVolume", data_, error_) from None
        instance_ = cls_(
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
from ..models.config_map_instance import ConfigMapInstance  # noqa: E402
from ..models.data_volume_instance import DataVolumeInstance  # noqa: E402
from ..models.empty_dir_instance import EmptyDirInstance  # noqa: E402
from ..models.git_instance import GitInstance  # noqa: E402
from ..models.host_path_instance import HostPathInstance  # noqa: E402
from ..models.nfs_instance import NfsInstance  # noqa: E402
from ..models.pvc_instance import PvcInstance  # noqa: E402
from ..models.s3_instance import S3Instance  # noqa: E402
from ..models.secret_instance_2 import SecretInstance2  # noqa: E402
