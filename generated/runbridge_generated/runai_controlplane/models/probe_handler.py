from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.probe_handler_http_get import ProbeHandlerHttpGet


T = TypeVar("T", bound="ProbeHandler")


@_attrs_define
class ProbeHandler:
    """
    Attributes:
        http_get (ProbeHandlerHttpGet | Unset):
    """

    http_get: ProbeHandlerHttpGet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        http_get: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http_get, Unset):
            http_get = self.http_get.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if http_get is not UNSET:
            field_dict["httpGet"] = http_get

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.probe_handler_http_get import ProbeHandlerHttpGet  # noqa: PLC0415

        d = dict(src_dict)
        _http_get = d.pop("httpGet", UNSET)
        http_get: ProbeHandlerHttpGet | Unset
        if isinstance(_http_get, Unset):
            http_get = UNSET
        else:
            http_get = ProbeHandlerHttpGet.from_dict(_http_get)

        instance_ = cls(
            http_get=http_get,
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
