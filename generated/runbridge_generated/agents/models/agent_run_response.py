from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AgentRunResponse")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("success", "timestamp", "request_id", "data", "message", "error"))


@_attrs_define
class AgentRunResponse:
    """The envelope every run answer (and most error answers) comes in.

    Attributes:
        success (bool):
        timestamp (str): ISO 8601, server local time (the local server sends no UTC offset).
        request_id (str):
        data (None | str | Unset): On success, the result in the structured encoding: a JSON string holding
            `{"type": "<null|boolean|integer|number|string|array|object>", "payload": "<JSON text of the value>"}`.
        message (None | str | Unset):
        error (ErrorDetail | None | Unset):
    """

    success: bool
    timestamp: str
    request_id: str
    data: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    error: ErrorDetail | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        timestamp = self.timestamp

        request_id = self.request_id

        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorDetail):
            error = self.error.to_dict()
        else:
            error = self.error

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "success": success,
                "timestamp": timestamp,
                "request_id": request_id,
            }
        )
        if data is not UNSET:
            fields_["data"] = data
        if message is not UNSET:
            fields_["message"] = message
        if error is not UNSET:
            fields_["error"] = error

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            success = data_["success"]
            if not isinstance(success, bool):
                raise TypeError(f"expected bool, got {type(success).__name__}")
        except Exception as error_:
            raise FieldError.at("success", data_, error_) from None
        try:
            timestamp = data_["timestamp"]
            if not isinstance(timestamp, str):
                raise TypeError(f"expected str, got {type(timestamp).__name__}")
        except Exception as error_:
            raise FieldError.at("timestamp", data_, error_) from None
        try:
            request_id = data_["request_id"]
            if not isinstance(request_id, str):
                raise TypeError(f"expected str, got {type(request_id).__name__}")
        except Exception as error_:
            raise FieldError.at("request_id", data_, error_) from None
        try:
            _data = data_.get("data", UNSET)
            data: None | str | Unset
            if _data is None:
                data = None
            elif isinstance(_data, Unset):
                data = UNSET
            elif isinstance(_data, str):
                data = _data
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_data).__name__}")

        except Exception as error_:
            raise FieldError.at("data", data_, error_) from None
        try:
            _message = data_.get("message", UNSET)
            message: None | str | Unset
            if _message is None:
                message = None
            elif isinstance(_message, Unset):
                message = UNSET
            elif isinstance(_message, str):
                message = _message
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_message).__name__}")

        except Exception as error_:
            raise FieldError.at("message", data_, error_) from None
        try:
            _error = data_.get("error", UNSET)
            error: ErrorDetail | None | Unset
            if _error is None:
                error = None
            elif isinstance(_error, Unset):
                error = UNSET
            elif isinstance(_error, dict):
                error_type_0 = ErrorDetail.from_dict(_error)

                error = error_type_0

            else:
                raise TypeError(f"expected ErrorDetail | None | Unset, got {type(_error).__name__}")

        except Exception as error_:
            raise FieldError.at("error", data_, error_) from None
        instance_ = cls_(
            success=success,
            timestamp=timestamp,
            request_id=request_id,
            data=data,
            message=message,
            error=error,
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
from ..models.error_detail import ErrorDetail  # noqa: E402
