from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AgentStreamFrame")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("type", "status", "content", "invocation_id", "total_chunks", "execution_time", "detail", "error", "code")
)


@_attrs_define
class AgentStreamFrame:
    """One frame from the server on the stream WebSocket.

    Attributes:
        type_ (str): `status`, `data` or `error`; other types are ignored by clients.
        status (str | Unset): On `status` frames: `stream_started` or `stream_completed`.
        content (None | str | Unset): On `data` frames, the chunk in the two-layer structured encoding.
        invocation_id (str | Unset):
        total_chunks (int | Unset):
        execution_time (float | Unset):
        detail (str | Unset): On `error` frames sent before the stream started (validation problems).
        error (str | Unset): On `error` frames sent after the stream started (the agent failed).
        code (str | Unset): On `error` frames from servers that classify the failure.
    """

    type_: str
    status: str | Unset = UNSET
    content: None | str | Unset = UNSET
    invocation_id: str | Unset = UNSET
    total_chunks: int | Unset = UNSET
    execution_time: float | Unset = UNSET
    detail: str | Unset = UNSET
    error: str | Unset = UNSET
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        status = self.status

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        invocation_id = self.invocation_id

        total_chunks = self.total_chunks

        execution_time = self.execution_time

        detail = self.detail

        error = self.error

        code = self.code

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "type": type_,
            }
        )
        if status is not UNSET:
            fields_["status"] = status
        if content is not UNSET:
            fields_["content"] = content
        if invocation_id is not UNSET:
            fields_["invocation_id"] = invocation_id
        if total_chunks is not UNSET:
            fields_["total_chunks"] = total_chunks
        if execution_time is not UNSET:
            fields_["execution_time"] = execution_time
        if detail is not UNSET:
            fields_["detail"] = detail
        if error is not UNSET:
            fields_["error"] = error
        if code is not UNSET:
            fields_["code"] = code

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            type_ = data_["type"]
            if not isinstance(type_, str):
                raise TypeError(f"expected str, got {type(type_).__name__}")
        except Exception as error_:
            raise FieldError.at("type", data_, error_) from None
        status = data_.get("status", UNSET)
        if (not isinstance(status, str)) and not isinstance(status, Unset):
            raise FieldError.at("status", data_, TypeError(f"expected str, got {type(status).__name__}"))
        try:
            _content = data_.get("content", UNSET)
            content: None | str | Unset
            if _content is None:
                content = None
            elif isinstance(_content, Unset):
                content = UNSET
            elif isinstance(_content, str):
                content = _content
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_content).__name__}")

        except Exception as error_:
            raise FieldError.at("content", data_, error_) from None
        invocation_id = data_.get("invocation_id", UNSET)
        if (not isinstance(invocation_id, str)) and not isinstance(invocation_id, Unset):
            raise FieldError.at("invocation_id", data_, TypeError(f"expected str, got {type(invocation_id).__name__}"))
        total_chunks = data_.get("total_chunks", UNSET)
        if (not isinstance(total_chunks, int) or total_chunks is True or total_chunks is False) and not isinstance(
            total_chunks, Unset
        ):
            raise FieldError.at("total_chunks", data_, TypeError(f"expected int, got {type(total_chunks).__name__}"))
        execution_time = data_.get("execution_time", UNSET)
        if (
            not isinstance(execution_time, (int, float)) or execution_time is True or execution_time is False
        ) and not isinstance(execution_time, Unset):
            raise FieldError.at(
                "execution_time", data_, TypeError(f"expected int or float, got {type(execution_time).__name__}")
            )
        detail = data_.get("detail", UNSET)
        if (not isinstance(detail, str)) and not isinstance(detail, Unset):
            raise FieldError.at("detail", data_, TypeError(f"expected str, got {type(detail).__name__}"))
        error = data_.get("error", UNSET)
        if (not isinstance(error, str)) and not isinstance(error, Unset):
            raise FieldError.at("error", data_, TypeError(f"expected str, got {type(error).__name__}"))
        code = data_.get("code", UNSET)
        if (not isinstance(code, str)) and not isinstance(code, Unset):
            raise FieldError.at("code", data_, TypeError(f"expected str, got {type(code).__name__}"))
        instance_ = cls_(
            type_=type_,
            status=status,
            content=content,
            invocation_id=invocation_id,
            total_chunks=total_chunks,
            execution_time=execution_time,
            detail=detail,
            error=error,
            code=code,
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
