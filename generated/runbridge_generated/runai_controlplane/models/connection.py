from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_tool_info import ExternalToolInfo
    from ..models.internal_tool_info import InternalToolInfo


T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection:
    """
    Attributes:
        name (str):
        is_external (bool | Unset):  Default: False.
        internal_tool_info (InternalToolInfo | None | Unset):
        external_tool_info (ExternalToolInfo | None | Unset):
    """

    name: str
    is_external: bool | Unset = False
    internal_tool_info: InternalToolInfo | None | Unset = UNSET
    external_tool_info: ExternalToolInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.external_tool_info import ExternalToolInfo  # noqa: PLC0415
        from ..models.internal_tool_info import InternalToolInfo  # noqa: PLC0415

        name = self.name

        is_external = self.is_external

        internal_tool_info: dict[str, Any] | None | Unset
        if isinstance(self.internal_tool_info, Unset):
            internal_tool_info = UNSET
        elif isinstance(self.internal_tool_info, InternalToolInfo):
            internal_tool_info = self.internal_tool_info.to_dict()
        else:
            internal_tool_info = self.internal_tool_info

        external_tool_info: dict[str, Any] | None | Unset
        if isinstance(self.external_tool_info, Unset):
            external_tool_info = UNSET
        elif isinstance(self.external_tool_info, ExternalToolInfo):
            external_tool_info = self.external_tool_info.to_dict()
        else:
            external_tool_info = self.external_tool_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if is_external is not UNSET:
            field_dict["isExternal"] = is_external
        if internal_tool_info is not UNSET:
            field_dict["internalToolInfo"] = internal_tool_info
        if external_tool_info is not UNSET:
            field_dict["externalToolInfo"] = external_tool_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_tool_info import ExternalToolInfo  # noqa: PLC0415
        from ..models.internal_tool_info import InternalToolInfo  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        is_external = d.pop("isExternal", UNSET)

        def _parse_internal_tool_info(data: object) -> InternalToolInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                internal_tool_info_type_0 = InternalToolInfo.from_dict(data)

                return internal_tool_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InternalToolInfo | None | Unset, data)

        internal_tool_info = _parse_internal_tool_info(d.pop("internalToolInfo", UNSET))

        def _parse_external_tool_info(data: object) -> ExternalToolInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_tool_info_type_0 = ExternalToolInfo.from_dict(data)

                return external_tool_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalToolInfo | None | Unset, data)

        external_tool_info = _parse_external_tool_info(d.pop("externalToolInfo", UNSET))

        instance_ = cls(
            name=name,
            is_external=is_external,
            internal_tool_info=internal_tool_info,
            external_tool_info=external_tool_info,
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
