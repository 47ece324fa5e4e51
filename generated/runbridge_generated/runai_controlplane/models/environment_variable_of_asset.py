from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment_variable_config_map import EnvironmentVariableConfigMap
    from ..models.environment_variable_credential import EnvironmentVariableCredential
    from ..models.environment_variable_pod_field_reference import EnvironmentVariablePodFieldReference


T = TypeVar("T", bound="EnvironmentVariableOfAsset")


@_attrs_define
class EnvironmentVariableOfAsset:
    """
    Attributes:
        name (None | str | Unset):
        value (None | str | Unset):
        credential (EnvironmentVariableCredential | None | Unset):
        config_map (EnvironmentVariableConfigMap | None | Unset):
        pod_field_ref (EnvironmentVariablePodFieldReference | None | Unset):
        exclude (bool | None | Unset):
        description (None | str | Unset):
    """

    name: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    credential: EnvironmentVariableCredential | None | Unset = UNSET
    config_map: EnvironmentVariableConfigMap | None | Unset = UNSET
    pod_field_ref: EnvironmentVariablePodFieldReference | None | Unset = UNSET
    exclude: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.environment_variable_config_map import EnvironmentVariableConfigMap  # noqa: PLC0415
        from ..models.environment_variable_credential import EnvironmentVariableCredential  # noqa: PLC0415
        from ..models.environment_variable_pod_field_reference import EnvironmentVariablePodFieldReference  # noqa: PLC0415

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

        credential: dict[str, Any] | None | Unset
        if isinstance(self.credential, Unset):
            credential = UNSET
        elif isinstance(self.credential, EnvironmentVariableCredential):
            credential = self.credential.to_dict()
        else:
            credential = self.credential

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if credential is not UNSET:
            field_dict["credential"] = credential
        if config_map is not UNSET:
            field_dict["configMap"] = config_map
        if pod_field_ref is not UNSET:
            field_dict["podFieldRef"] = pod_field_ref
        if exclude is not UNSET:
            field_dict["exclude"] = exclude
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment_variable_config_map import EnvironmentVariableConfigMap  # noqa: PLC0415
        from ..models.environment_variable_credential import EnvironmentVariableCredential  # noqa: PLC0415
        from ..models.environment_variable_pod_field_reference import EnvironmentVariablePodFieldReference  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_credential(data: object) -> EnvironmentVariableCredential | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credential_type_0 = EnvironmentVariableCredential.from_dict(data)

                return credential_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnvironmentVariableCredential | None | Unset, data)

        credential = _parse_credential(d.pop("credential", UNSET))

        def _parse_config_map(data: object) -> EnvironmentVariableConfigMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_map_type_0 = EnvironmentVariableConfigMap.from_dict(data)

                return config_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnvironmentVariableConfigMap | None | Unset, data)

        config_map = _parse_config_map(d.pop("configMap", UNSET))

        def _parse_pod_field_ref(data: object) -> EnvironmentVariablePodFieldReference | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pod_field_ref_type_0 = EnvironmentVariablePodFieldReference.from_dict(data)

                return pod_field_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnvironmentVariablePodFieldReference | None | Unset, data)

        pod_field_ref = _parse_pod_field_ref(d.pop("podFieldRef", UNSET))

        def _parse_exclude(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        exclude = _parse_exclude(d.pop("exclude", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        instance_ = cls(
            name=name,
            value=value,
            credential=credential,
            config_map=config_map,
            pod_field_ref=pod_field_ref,
            exclude=exclude,
            description=description,
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
