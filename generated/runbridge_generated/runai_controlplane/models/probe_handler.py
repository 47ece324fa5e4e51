from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ProbeHandler")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("httpGet",))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if http_get is not UNSET:
            fields_["httpGet"] = http_get

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _http_get = data_.get("httpGet", UNSET)
            http_get: ProbeHandlerHttpGet | Unset
            if isinstance(_http_get, Unset):
                http_get = UNSET
            else:
                http_get = ProbeHandlerHttpGet.from_dict(_http_get)

        except Exception as error_:
            raise FieldError.at("httpGet", data_, error_) from None
        instance_ = cls_(
            http_get=http_get,
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
from ..models.probe_handler_http_get import ProbeHandlerHttpGet  # noqa: E402
