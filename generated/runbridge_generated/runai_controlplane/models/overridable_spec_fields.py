from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="OverridableSpecFields")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("args", "command", "environmentVariables", "runAsGid", "runAsUid", "supplementalGroups")
)


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
        instance_ = cls_(
            args=args,
            command=command,
            environment_variables=environment_variables,
            run_as_gid=run_as_gid,
            run_as_uid=run_as_uid,
            supplemental_groups=supplemental_groups,
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
from ..models.environment_variable_of_asset import EnvironmentVariableOfAsset  # noqa: E402
