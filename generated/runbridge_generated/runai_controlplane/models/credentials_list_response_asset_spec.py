from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_key_spec import AccessKeySpec
    from ..models.docker_registry_spec import DockerRegistrySpec
    from ..models.generic_secret_spec import GenericSecretSpec
    from ..models.ngc_api_key_spec import NgcApiKeySpec
    from ..models.password_spec import PasswordSpec


T = TypeVar("T", bound="CredentialsListResponseAssetSpec")


@_attrs_define
class CredentialsListResponseAssetSpec:
    """
    Attributes:
        access_key (AccessKeySpec | Unset):
        password (PasswordSpec | Unset):
        docker_registry (DockerRegistrySpec | Unset):
        generic_secret (GenericSecretSpec | Unset):
        ngc_api_key (NgcApiKeySpec | Unset):
    """

    access_key: AccessKeySpec | Unset = UNSET
    password: PasswordSpec | Unset = UNSET
    docker_registry: DockerRegistrySpec | Unset = UNSET
    generic_secret: GenericSecretSpec | Unset = UNSET
    ngc_api_key: NgcApiKeySpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_key, Unset):
            access_key = self.access_key.to_dict()

        password: dict[str, Any] | Unset = UNSET
        if not isinstance(self.password, Unset):
            password = self.password.to_dict()

        docker_registry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.docker_registry, Unset):
            docker_registry = self.docker_registry.to_dict()

        generic_secret: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generic_secret, Unset):
            generic_secret = self.generic_secret.to_dict()

        ngc_api_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ngc_api_key, Unset):
            ngc_api_key = self.ngc_api_key.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key is not UNSET:
            field_dict["accessKey"] = access_key
        if password is not UNSET:
            field_dict["password"] = password
        if docker_registry is not UNSET:
            field_dict["dockerRegistry"] = docker_registry
        if generic_secret is not UNSET:
            field_dict["genericSecret"] = generic_secret
        if ngc_api_key is not UNSET:
            field_dict["ngcApiKey"] = ngc_api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_key_spec import AccessKeySpec  # noqa: PLC0415
        from ..models.docker_registry_spec import DockerRegistrySpec  # noqa: PLC0415
        from ..models.generic_secret_spec import GenericSecretSpec  # noqa: PLC0415
        from ..models.ngc_api_key_spec import NgcApiKeySpec  # noqa: PLC0415
        from ..models.password_spec import PasswordSpec  # noqa: PLC0415

        d = dict(src_dict)
        _access_key = d.pop("accessKey", UNSET)
        access_key: AccessKeySpec | Unset
        if isinstance(_access_key, Unset):
            access_key = UNSET
        else:
            access_key = AccessKeySpec.from_dict(_access_key)

        _password = d.pop("password", UNSET)
        password: PasswordSpec | Unset
        if isinstance(_password, Unset):
            password = UNSET
        else:
            password = PasswordSpec.from_dict(_password)

        _docker_registry = d.pop("dockerRegistry", UNSET)
        docker_registry: DockerRegistrySpec | Unset
        if isinstance(_docker_registry, Unset):
            docker_registry = UNSET
        else:
            docker_registry = DockerRegistrySpec.from_dict(_docker_registry)

        _generic_secret = d.pop("genericSecret", UNSET)
        generic_secret: GenericSecretSpec | Unset
        if isinstance(_generic_secret, Unset):
            generic_secret = UNSET
        else:
            generic_secret = GenericSecretSpec.from_dict(_generic_secret)

        _ngc_api_key = d.pop("ngcApiKey", UNSET)
        ngc_api_key: NgcApiKeySpec | Unset
        if isinstance(_ngc_api_key, Unset):
            ngc_api_key = UNSET
        else:
            ngc_api_key = NgcApiKeySpec.from_dict(_ngc_api_key)

        instance_ = cls(
            access_key=access_key,
            password=password,
            docker_registry=docker_registry,
            generic_secret=generic_secret,
            ngc_api_key=ngc_api_key,
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
