from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.host_key_problem_host_key import HostKeyProblemHostKey


T = TypeVar("T", bound="HostKeyProblem")


@_attrs_define
class HostKeyProblem:
    """
    Attributes:
        code (Literal['HOST_KEY_CONFIRMATION_REQUIRED']):
        message (str):
        host_key (HostKeyProblemHostKey | Unset):
    """

    code: Literal["HOST_KEY_CONFIRMATION_REQUIRED"]
    message: str
    host_key: HostKeyProblemHostKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        host_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_key, Unset):
            host_key = self.host_key.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if host_key is not UNSET:
            field_dict["host_key"] = host_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.host_key_problem_host_key import HostKeyProblemHostKey  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal["HOST_KEY_CONFIRMATION_REQUIRED"], d.pop("code"))
        if code != "HOST_KEY_CONFIRMATION_REQUIRED":
            raise ValueError(f"code must match const 'HOST_KEY_CONFIRMATION_REQUIRED', got '{code}'")

        message = d.pop("message")

        _host_key = d.pop("host_key", UNSET)
        host_key: HostKeyProblemHostKey | Unset
        if isinstance(_host_key, Unset):
            host_key = UNSET
        else:
            host_key = HostKeyProblemHostKey.from_dict(_host_key)

        instance_ = cls(
            code=code,
            message=message,
            host_key=host_key,
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
