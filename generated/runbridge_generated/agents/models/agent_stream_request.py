from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_stream_request_input_kwargs import AgentStreamRequestInputKwargs


T = TypeVar("T", bound="AgentStreamRequest")


@_attrs_define
class AgentStreamRequest:
    """The single frame a client sends on the stream WebSocket. All three first fields are required.

    Attributes:
        entrypoint_tag (str): A streaming entrypoint's tag (it ends in `_stream`, e.g. `generic_stream`).
        input_args (list[Any]):
        input_kwargs (AgentStreamRequestInputKwargs):
        timeout_seconds (int | Unset):
        async_execution (bool | Unset):
        user_id (str | Unset):
        persistent_memory (bool | Unset):
    """

    entrypoint_tag: str
    input_args: list[Any]
    input_kwargs: AgentStreamRequestInputKwargs
    timeout_seconds: int | Unset = UNSET
    async_execution: bool | Unset = UNSET
    user_id: str | Unset = UNSET
    persistent_memory: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entrypoint_tag = self.entrypoint_tag

        input_args = self.input_args

        input_kwargs = self.input_kwargs.to_dict()

        timeout_seconds = self.timeout_seconds

        async_execution = self.async_execution

        user_id = self.user_id

        persistent_memory = self.persistent_memory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entrypoint_tag": entrypoint_tag,
                "input_args": input_args,
                "input_kwargs": input_kwargs,
            }
        )
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if async_execution is not UNSET:
            field_dict["async_execution"] = async_execution
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if persistent_memory is not UNSET:
            field_dict["persistent_memory"] = persistent_memory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_stream_request_input_kwargs import AgentStreamRequestInputKwargs  # noqa: PLC0415

        d = dict(src_dict)
        entrypoint_tag = d.pop("entrypoint_tag")

        input_args = d.pop("input_args")

        input_kwargs = AgentStreamRequestInputKwargs.from_dict(d.pop("input_kwargs"))

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        async_execution = d.pop("async_execution", UNSET)

        user_id = d.pop("user_id", UNSET)

        persistent_memory = d.pop("persistent_memory", UNSET)

        instance_ = cls(
            entrypoint_tag=entrypoint_tag,
            input_args=input_args,
            input_kwargs=input_kwargs,
            timeout_seconds=timeout_seconds,
            async_execution=async_execution,
            user_id=user_id,
            persistent_memory=persistent_memory,
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
