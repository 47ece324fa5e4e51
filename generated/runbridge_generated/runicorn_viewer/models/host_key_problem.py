from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="HostKeyProblem")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("code", "message", "host_key"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "code": code,
                "message": message,
            }
        )
        if host_key is not UNSET:
            fields_["host_key"] = host_key

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            code = cast(Literal["HOST_KEY_CONFIRMATION_REQUIRED"], data_["code"])
            if code != "HOST_KEY_CONFIRMATION_REQUIRED":
                raise ValueError(f"code must match const 'HOST_KEY_CONFIRMATION_REQUIRED', got '{code}'")
        except Exception as error_:
            raise FieldError.at("code", data_, error_) from None
        try:
            message = data_["message"]
            if not isinstance(message, str):
                raise TypeError(f"expected str, got {type(message).__name__}")
        except Exception as error_:
            raise FieldError.at("message", data_, error_) from None
        try:
            _host_key = data_.get("host_key", UNSET)
            host_key: HostKeyProblemHostKey | Unset
            if isinstance(_host_key, Unset):
                host_key = UNSET
            else:
                host_key = HostKeyProblemHostKey.from_dict(_host_key)

        except Exception as error_:
            raise FieldError.at("host_key", data_, error_) from None
        instance_ = cls_(
            code=code,
            message=message,
            host_key=host_key,
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
from ..models.host_key_problem_host_key import HostKeyProblemHostKey  # noqa: E402
