from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.probe_handler_scheme import ProbeHandlerScheme
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProbeHandlerHttpGet")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if port is not UNSET:
            field_dict["port"] = port
        if host is not UNSET:
            field_dict["host"] = host
        if scheme is not UNSET:
            field_dict["scheme"] = scheme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        def _parse_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host = _parse_host(d.pop("host", UNSET))

        def _parse_scheme(data: object) -> None | ProbeHandlerScheme | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheme_type_0 = ProbeHandlerScheme(data)

                return scheme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProbeHandlerScheme | Unset, data)

        scheme = _parse_scheme(d.pop("scheme", UNSET))

        instance_ = cls(
            path=path,
            port=port,
            host=host,
            scheme=scheme,
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
