from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.probe_handler_scheme import ProbeHandlerScheme
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ProbeHandlerHttpGet")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("path", "port", "host", "scheme"))


@_attrs_define
class ProbeHandlerHttpGet:
    """
    Attributes:
        path (None | str | Unset):
        port (int | None | Unset):
        host (None | str | Unset):
        scheme (None | ProbeHandlerScheme | Unset):
    """

    path: None | str | Unset = UNSET
    port: int | None | Unset = UNSET
    host: None | str | Unset = UNSET
    scheme: None | ProbeHandlerScheme | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        scheme: None | str | Unset
        if isinstance(self.scheme, Unset):
            scheme = UNSET
        elif isinstance(self.scheme, ProbeHandlerScheme):
            scheme = self.scheme.value
        else:
            scheme = self.scheme

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if path is not UNSET:
            fields_["path"] = path
        if port is not UNSET:
            fields_["port"] = port
        if host is not UNSET:
            fields_["host"] = host
        if scheme is not UNSET:
            fields_["scheme"] = scheme

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _path = data_.get("path", UNSET)
            path: None | str | Unset
            if _path is None:
                path = None
            elif isinstance(_path, Unset):
                path = UNSET
            elif isinstance(_path, str):
                path = _path
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_path).__name__}")

        except Exception as error_:
            raise FieldError.at("path", data_, error_) from None
        try:
            _port = data_.get("port", UNSET)
            port: int | None | Unset
            if _port is None:
                port = None
            elif isinstance(_port, Unset):
                port = UNSET
            elif isinstance(_port, int) and not isinstance(_port, bool):
                port = _port
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_port).__name__}")

        except Exception as error_:
            raise FieldError.at("port", data_, error_) from None
        try:
            _host = data_.get("host", UNSET)
            host: None | str | Unset
            if _host is None:
                host = None
            elif isinstance(_host, Unset):
                host = UNSET
            elif isinstance(_host, str):
                host = _host
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_host).__name__}")

        except Exception as error_:
            raise FieldError.at("host", data_, error_) from None
        try:
            _scheme = data_.get("scheme", UNSET)
            scheme: None | ProbeHandlerScheme | Unset
            if _scheme is None:
                scheme = None
            elif isinstance(_scheme, Unset):
                scheme = UNSET
            elif isinstance(_scheme, str):
                scheme_type_0 = ProbeHandlerScheme(_scheme)

                scheme = scheme_type_0

            else:
                raise TypeError(f"expected None | ProbeHandlerScheme | Unset, got {type(_scheme).__name__}")

        except Exception as error_:
            raise FieldError.at("scheme", data_, error_) from None
        instance_ = cls_(
            path=path,
            port=port,
            host=host,
            scheme=scheme,
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
