from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentStreamFrame")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if content is not UNSET:
            field_dict["content"] = content
        if invocation_id is not UNSET:
            field_dict["invocation_id"] = invocation_id
        if total_chunks is not UNSET:
            field_dict["total_chunks"] = total_chunks
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time
        if detail is not UNSET:
            field_dict["detail"] = detail
        if error is not UNSET:
            field_dict["error"] = error
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        status = d.pop("status", UNSET)

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        invocation_id = d.pop("invocation_id", UNSET)

        total_chunks = d.pop("total_chunks", UNSET)

        execution_time = d.pop("execution_time", UNSET)

        detail = d.pop("detail", UNSET)

        error = d.pop("error", UNSET)

        code = d.pop("code", UNSET)

        instance_ = cls(
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
