from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

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
        except Exception as error_:
            raise FieldError.at("type", data_, error_) from None
        status = data_.get("status", UNSET)
        try:
            _content = data_.get("content", UNSET)
            content: None | str | Unset
            if _content is None:
                content = None
            elif isinstance(_content, Unset):
                content = UNSET
            else:
                content = cast_(None | str | Unset, _content)

        except Exception as error_:
            raise FieldError.at("content", data_, error_) from None
        invocation_id = data_.get("invocation_id", UNSET)
        total_chunks = data_.get("total_chunks", UNSET)
        execution_time = data_.get("execution_time", UNSET)
        detail = data_.get("detail", UNSET)
        error = data_.get("error", UNSET)
        code = data_.get("code", UNSET)
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
