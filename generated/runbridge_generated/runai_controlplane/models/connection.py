from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="Connection")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("name", "isExternal", "internalToolInfo", "externalToolInfo"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "name": name,
            }
        )
        if is_external is not UNSET:
            fields_["isExternal"] = is_external
        if internal_tool_info is not UNSET:
            fields_["internalToolInfo"] = internal_tool_info
        if external_tool_info is not UNSET:
            fields_["externalToolInfo"] = external_tool_info

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            name = data_["name"]
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        is_external = data_.get("isExternal", UNSET)
        if (not isinstance(is_external, bool)) and not isinstance(is_external, Unset):
            raise FieldError.at("isExternal", data_, TypeError(f"expected bool, got {type(is_external).__name__}"))
        try:
            _internal_tool_info = data_.get("internalToolInfo", UNSET)
            internal_tool_info: InternalToolInfo | None | Unset
            if _internal_tool_info is None:
                internal_tool_info = None
            elif isinstance(_internal_tool_info, Unset):
                internal_tool_info = UNSET
            elif isinstance(_internal_tool_info, dict):
                internal_tool_info_type_0 = InternalToolInfo.from_dict(_internal_tool_info)

                internal_tool_info = internal_tool_info_type_0

            else:
                raise TypeError(f"expected InternalToolInfo | None | Unset, got {type(_internal_tool_info).__name__}")

        except Exception as error_:
            raise FieldError.at("internalToolInfo", data_, error_) from None
        try:
            _external_tool_info = data_.get("externalToolInfo", UNSET)
            external_tool_info: ExternalToolInfo | None | Unset
            if _external_tool_info is None:
                external_tool_info = None
            elif isinstance(_external_tool_info, Unset):
                external_tool_info = UNSET
            elif isinstance(_external_tool_info, dict):
                external_tool_info_type_0 = ExternalToolInfo.from_dict(_external_tool_info)

                external_tool_info = external_tool_info_type_0

            else:
                raise TypeError(f"expected ExternalToolInfo | None | Unset, got {type(_external_tool_info).__name__}")

        except Exception as error_:
            raise FieldError.at("externalToolInfo", data_, error_) from None
        instance_ = cls_(
            name=name,
            is_external=is_external,
            internal_tool_info=internal_tool_info,
            external_tool_info=external_tool_info,
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
from ..models.external_tool_info import ExternalToolInfo  # noqa: E402
from ..models.internal_tool_info import InternalToolInfo  # noqa: E402
