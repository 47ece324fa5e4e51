from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="CredentialsListResponseAssetSpec")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("accessKey", "password", "dockerRegistry", "genericSecret", "ngcApiKey"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if access_key is not UNSET:
            fields_["accessKey"] = access_key
        if password is not UNSET:
            fields_["password"] = password
        if docker_registry is not UNSET:
            fields_["dockerRegistry"] = docker_registry
        if generic_secret is not UNSET:
            fields_["genericSecret"] = generic_secret
        if ngc_api_key is not UNSET:
            fields_["ngcApiKey"] = ngc_api_key

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _access_key = data_.get("accessKey", UNSET)
            access_key: AccessKeySpec | Unset
            if isinstance(_access_key, Unset):
                access_key = UNSET
            else:
                access_key = AccessKeySpec.from_dict(_access_key)

        except Exception as error_:
            raise FieldError.at("accessKey", data_, error_) from None
        try:
            _password = data_.get("password", UNSET)
            password: PasswordSpec | Unset
            if isinstance(_password, Unset):
                password = UNSET
            else:
                password = PasswordSpec.from_dict(_password)

        except Exception as error_:
            raise FieldError.at("password", data_, error_) from None
        try:
            _docker_registry = data_.get("dockerRegistry", UNSET)
            docker_registry: DockerRegistrySpec | Unset
            if isinstance(_docker_registry, Unset):
                docker_registry = UNSET
            else:
                docker_registry = DockerRegistrySpec.from_dict(_docker_registry)

        except Exception as error_:
            raise FieldError.at("dockerRegistry", data_, error_) from None
        try:
            _generic_secret = data_.get("genericSecret", UNSET)
            generic_secret: GenericSecretSpec | Unset
            if isinstance(_generic_secret, Unset):
                generic_secret = UNSET
            else:
                generic_secret = GenericSecretSpec.from_dict(_generic_secret)

        except Exception as error_:
            raise FieldError.at("genericSecret", data_, error_) from None
        try:
            _ngc_api_key = data_.get("ngcApiKey", UNSET)
            ngc_api_key: NgcApiKeySpec | Unset
            if isinstance(_ngc_api_key, Unset):
                ngc_api_key = UNSET
            else:
                ngc_api_key = NgcApiKeySpec.from_dict(_ngc_api_key)

        except Exception as error_:
            raise FieldError.at("ngcApiKey", data_, error_) from None
        instance_ = cls_(
            access_key=access_key,
            password=password,
            docker_registry=docker_registry,
            generic_secret=generic_secret,
            ngc_api_key=ngc_api_key,
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
from ..models.access_key_spec import AccessKeySpec  # noqa: E402
from ..models.docker_registry_spec import DockerRegistrySpec  # noqa: E402
from ..models.generic_secret_spec import GenericSecretSpec  # noqa: E402
from ..models.ngc_api_key_spec import NgcApiKeySpec  # noqa: E402
from ..models.password_spec import PasswordSpec  # noqa: E402
