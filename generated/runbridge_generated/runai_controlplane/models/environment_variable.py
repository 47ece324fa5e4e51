from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="EnvironmentVariable")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("name", "value", "secret", "configMap", "podFieldRef", "userCredential", "exclude", "description")
)


@_attrs_define
class EnvironmentVariable:
    """
    Attributes:
        name (None | str | Unset):
        value (None | str | Unset):
        secret (EnvironmentVariableSecret | None | Unset):
        config_map (EnvironmentVariableConfigMap | None | Unset):
        pod_field_ref (EnvironmentVariablePodFieldReference | None | Unset):
        user_credential (EnvironmentVariableUserCredential | None | Unset):
        exclude (bool | None | Unset):
        description (None | str | Unset):
    """

    name: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    secret: EnvironmentVariableSecret | None | Unset = UNSET
    config_map: EnvironmentVariableConfigMap | None | Unset = UNSET
    pod_field_ref: EnvironmentVariablePodFieldReference | None | Unset = UNSET
    user_credential: EnvironmentVariableUserCredential | None | Unset = UNSET
    exclude: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        secret: dict[str, Any] | None | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        elif isinstance(self.secret, EnvironmentVariableSecret):
            secret = self.secret.to_dict()
        else:
            secret = self.secret

        config_map: dict[str, Any] | None | Unset
        if isinstance(self.config_map, Unset):
            config_map = UNSET
        elif isinstance(self.config_map, EnvironmentVariableConfigMap):
            config_map = self.config_map.to_dict()
        else:
            config_map = self.config_map

        pod_field_ref: dict[str, Any] | None | Unset
        if isinstance(self.pod_field_ref, Unset):
            pod_field_ref = UNSET
        elif isinstance(self.pod_field_ref, EnvironmentVariablePodFieldReference):
            pod_field_ref = self.pod_field_ref.to_dict()
        else:
            pod_field_ref = self.pod_field_ref

        user_credential: dict[str, Any] | None | Unset
        if isinstance(self.user_credential, Unset):
            user_credential = UNSET
        elif isinstance(self.user_credential, EnvironmentVariableUserCredential):
            user_credential = self.user_credential.to_dict()
        else:
            user_credential = self.user_credential

        exclude: bool | None | Unset
        if isinstance(self.exclude, Unset):
            exclude = UNSET
        else:
            exclude = self.exclude

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if name is not UNSET:
            fields_["name"] = name
        if value is not UNSET:
            fields_["value"] = value
        if secret is not UNSET:
            fields_["secret"] = secret
        if config_map is not UNSET:
            fields_["configMap"] = config_map
        if pod_field_ref is not UNSET:
            fields_["podFieldRef"] = pod_field_ref
        if user_credential is not UNSET:
            fields_["userCredential"] = user_credential
        if exclude is not UNSET:
            fields_["exclude"] = exclude
        if description is not UNSET:
            fields_["description"] = description

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _name = data_.get("name", UNSET)
            name: None | str | Unset
            if _name is None:
                name = None
            elif isinstance(_name, Unset):
                name = UNSET
            elif isinstance(_name, str):
                name = _name
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_name).__name__}")

        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        try:
            _value = data_.get("value", UNSET)
            value: None | str | Unset
            if _value is None:
                value = None
            elif isinstance(_value, Unset):
                value = UNSET
            elif isinstance(_value, str):
                value = _value
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_value).__name__}")

        except Exception as error_:
            raise FieldError.at("value", data_, error_) from None
        try:
            _secret = data_.get("secret", UNSET)
            secret: EnvironmentVariableSecret | None | Unset
            if _secret is None:
                secret = None
            elif isinstance(_secret, Unset):
                secret = UNSET
            elif isinstance(_secret, dict):
                secret_type_0 = EnvironmentVariableSecret.from_dict(_secret)

                secret = secret_type_0

            else:
                raise TypeError(f"expected EnvironmentVariableSecret | None | Unset, got {type(_secret).__name__}")

        except Exception as error_:
            raise FieldError.at("secret", data_, error_) from None
        try:
            _config_map = data_.get("configMap", UNSET)
            config_map: EnvironmentVariableConfigMap | None | Unset
            if _config_map is None:
                config_map = None
            elif isinstance(_config_map, Unset):
                config_map = UNSET
            elif isinstance(_config_map, dict):
                config_map_type_0 = EnvironmentVariableConfigMap.from_dict(_config_map)

                config_map = config_map_type_0

            else:
                raise TypeError(
                    f"expected EnvironmentVariableConfigMap | None | Unset, got {type(_config_map).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("configMap", data_, error_) from None
        try:
            _pod_field_ref = data_.get("podFieldRef", UNSET)
            pod_field_ref: EnvironmentVariablePodFieldReference | None | Unset
            if _pod_field_ref is None:
                pod_field_ref = None
            elif isinstance(_pod_field_ref, Unset):
                pod_field_ref = UNSET
            elif isinstance(_pod_field_ref, dict):
                pod_field_ref_type_0 = EnvironmentVariablePodFieldReference.from_dict(_pod_field_ref)

                pod_field_ref = pod_field_ref_type_0

            else:
                raise TypeError(
                    f"expected EnvironmentVariablePodFieldReference | None | Unset, got {type(_pod_field_ref).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("podFieldRef", data_, error_) from None
        try:
            _user_credential = data_.get("userCredential", UNSET)
            user_credential: EnvironmentVariableUserCredential | None | Unset
            if _user_credential is None:
                user_credential = None
            elif isinstance(_user_credential, Unset):
                user_credential = UNSET
            elif isinstance(_user_credential, dict):
                user_credential_type_0 = EnvironmentVariableUserCredential.from_dict(_user_credential)

                user_credential = user_credential_type_0

            else:
                raise TypeError(
                    f"expected EnvironmentVariableUserCredential | None | Unset, got {type(_user_credential).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("userCredential", data_, error_) from None
        try:
            _exclude = data_.get("exclude", UNSET)
            exclude: bool | None | Unset
            if _exclude is None:
                exclude = None
            elif isinstance(_exclude, Unset):
                exclude = UNSET
            elif isinstance(_exclude, bool):
                exclude = _exclude
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_exclude).__name__}")

        except Exception as error_:
            raise FieldError.at("exclude", data_, error_) from None
        try:
            _description = data_.get("description", UNSET)
            description: None | str | Unset
            if _description is None:
                description = None
            elif isinstance(_description, Unset):
                description = UNSET
            elif isinstance(_description, str):
                description = _description
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_description).__name__}")

        except Exception as error_:
            raise FieldError.at("description", data_, error_) from None
        instance_ = cls_(
            name=name,
            value=value,
            secret=secret,
            config_map=config_map,
            pod_field_ref=pod_field_ref,
            user_credential=user_credential,
            exclude=exclude,
            description=description,
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
from ..models.environment_variable_config_map import EnvironmentVariableConfigMap  # noqa: E402
from ..models.environment_variable_pod_field_reference import EnvironmentVariablePodFieldReference  # noqa: E402
from ..models.environment_variable_secret import EnvironmentVariableSecret  # noqa: E402
from ..models.environment_variable_user_credential import EnvironmentVariableUserCredential  # noqa: E402
