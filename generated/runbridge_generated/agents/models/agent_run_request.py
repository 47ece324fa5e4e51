from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_run_request_input_kwargs import AgentRunRequestInputKwargs


T = TypeVar("T", bound="AgentRunRequest")


@_attrs_define
class AgentRunRequest:
    """What to run and with which arguments.

    Attributes:
        entrypoint_tag (str): The entrypoint's tag from `runagent.config.json` (e.g. `generic`).
        input_args (list[Any] | Unset): Positional arguments for the entrypoint function.
        input_kwargs (AgentRunRequestInputKwargs | Unset): Keyword arguments for the entrypoint function.
        timeout_seconds (int | Unset): How long the caller is prepared to wait (the local server ignores it).
        async_execution (bool | Unset): Ask the hosted service to run in the background (the local server ignores it).
        user_id (str | Unset): The end user the run is for, used by agents with persistent memory.
        persistent_memory (bool | Unset): Let the agent keep memory for `user_id` across runs.
    """

    entrypoint_tag: str
    input_args: list[Any] | Unset = UNSET
    input_kwargs: AgentRunRequestInputKwargs | Unset = UNSET
    timeout_seconds: int | Unset = UNSET
    async_execution: bool | Unset = UNSET
    user_id: str | Unset = UNSET
    persistent_memory: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        entrypoint_tag = self.entrypoint_tag

        input_args: list[Any] | Unset = UNSET
        if not isinstance(self.input_args, Unset):
            input_args = self.input_args

        input_kwargs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_kwargs, Unset):
            input_kwargs = self.input_kwargs.to_dict()

        timeout_seconds = self.timeout_seconds

        async_execution = self.async_execution

        user_id = self.user_id

        persistent_memory = self.persistent_memory

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entrypoint_tag": entrypoint_tag,
            }
        )
        if input_args is not UNSET:
            field_dict["input_args"] = input_args
        if input_kwargs is not UNSET:
            field_dict["input_kwargs"] = input_kwargs
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
        from ..models.agent_run_request_input_kwargs import AgentRunRequestInputKwargs  # noqa: PLC0415

        d = dict(src_dict)
        entrypoint_tag = d.pop("entrypoint_tag")

        input_args = d.pop("input_args", UNSET)

        _input_kwargs = d.pop("input_kwargs", UNSET)
        input_kwargs: AgentRunRequestInputKwargs | Unset
        if isinstance(_input_kwargs, Unset):
            input_kwargs = UNSET
        else:
            input_kwargs = AgentRunRequestInputKwargs.from_dict(_input_kwargs)

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

        return instance_
