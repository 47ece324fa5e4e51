from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment_variable_of_asset import EnvironmentVariableOfAsset


T = TypeVar("T", bound="OverridableSpecFields")


@_attrs_define
class OverridableSpecFields:
    """
    Attributes:
        args (str | Unset):
        command (str | Unset):
        environment_variables (list[EnvironmentVariableOfAsset | None] | Unset):
        run_as_gid (int | Unset):
        run_as_uid (int | Unset):
        supplemental_groups (str | Unset):
    """

    args: str | Unset = UNSET
    command: str | Unset = UNSET
    environment_variables: list[EnvironmentVariableOfAsset | None] | Unset = UNSET
    run_as_gid: int | Unset = UNSET
    run_as_uid: int | Unset = UNSET
    supplemental_groups: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.environment_variable_of_asset import EnvironmentVariableOfAsset  # noqa: PLC0415

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if args is not UNSET:
            field_dict["args"] = args
        if command is not UNSET:
            field_dict["command"] = command
        if environment_variables is not UNSET:
            field_dict["environmentVariables"] = environment_variables
        if run_as_gid is not UNSET:
            field_dict["runAsGid"] = run_as_gid
        if run_as_uid is not UNSET:
            field_dict["runAsUid"] = run_as_uid
        if supplemental_groups is not UNSET:
            field_dict["supplementalGroups"] = supplemental_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment_variable_of_asset import EnvironmentVariableOfAsset  # noqa: PLC0415

        d = dict(src_dict)
        args = d.pop("args", UNSET)

        command = d.pop("command", UNSET)

        _environment_variables = d.pop("environmentVariables", UNSET)
        environment_variables: list[EnvironmentVariableOfAsset | None] | Unset = UNSET
        if _environment_variables is not UNSET:
            environment_variables = []
            for componentsschemas_environment_variables_of_asset_item_data in _environment_variables:

                def _parse_componentsschemas_environment_variables_of_asset_item(
                    data: object,
                ) -> EnvironmentVariableOfAsset | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_environment_variables_of_asset_item_type_0 = (
                            EnvironmentVariableOfAsset.from_dict(data)
                        )

                        return componentsschemas_environment_variables_of_asset_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(EnvironmentVariableOfAsset | None, data)

                componentsschemas_environment_variables_of_asset_item = (
                    _parse_componentsschemas_environment_variables_of_asset_item(
                        componentsschemas_environment_variables_of_asset_item_data
                    )
                )

                environment_variables.append(componentsschemas_environment_variables_of_asset_item)

        run_as_gid = d.pop("runAsGid", UNSET)

        run_as_uid = d.pop("runAsUid", UNSET)

        supplemental_groups = d.pop("supplementalGroups", UNSET)

        instance_ = cls(
            args=args,
            command=command,
            environment_variables=environment_variables,
            run_as_gid=run_as_gid,
            run_as_uid=run_as_uid,
            supplemental_groups=supplemental_groups,
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
