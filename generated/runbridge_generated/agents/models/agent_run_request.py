from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, FieldError, Unset

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

        fields_: dict[str, Any] = {}

        fields_.update(
            {
                "entrypoint_tag": entrypoint_tag,
            }
        )
        if input_args is not UNSET:
            fields_["input_args"] = input_args
        if input_kwargs is not UNSET:
            fields_["input_kwargs"] = input_kwargs
        if timeout_seconds is not UNSET:
            fields_["timeout_seconds"] = timeout_seconds
        if async_execution is not UNSET:
            fields_["async_execution"] = async_execution
        if user_id is not UNSET:
            fields_["user_id"] = user_id
        if persistent_memory is not UNSET:
            fields_["persistent_memory"] = persistent_memory

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            entrypoint_tag = data_["entrypoint_tag"]
            if not isinstance(entrypoint_tag, str):
                raise TypeError(f"expected str, got {type(entrypoint_tag).__name__}")
        except Exception as error_:
            raise FieldError.at("entrypoint_tag", data_, error_) from None
        try:
            input_args = data_.get("input_args", UNSET)

        except Exception as error_:
            raise FieldError.at("input_args", data_, error_) from None
        try:
            _input_kwargs = data_.get("input_kwargs", UNSET)
            input_kwargs: AgentRunRequestInputKwargs | Unset
            if isinstance(_input_kwargs, Unset):
                input_kwargs = UNSET
            else:
                input_kwargs = AgentRunRequestInputKwargs.from_dict(_input_kwargs)

        except Exception as error_:
            raise FieldError.at("input_kwargs", data_, error_) from None
        timeout_seconds = data_.get("timeout_seconds", UNSET)
        if (
            not isinstance(timeout_seconds, int) or timeout_seconds is True or timeout_seconds is False
        ) and not isinstance(timeout_seconds, Unset):
            raise FieldError.at(
                "timeout_seconds", data_, TypeError(f"expected int, got {type(timeout_seconds).__name__}")
            )
        async_execution = data_.get("async_execution", UNSET)
        if (not isinstance(async_execution, bool)) and not isinstance(async_execution, Unset):
            raise FieldError.at(
                "async_execution", data_, TypeError(f"expected bool, got {type(async_execution).__name__}")
            )
        user_id = data_.get("user_id", UNSET)
        if (not isinstance(user_id, str)) and not isinstance(user_id, Unset):
            raise FieldError.at("user_id", data_, TypeError(f"expected str, got {type(user_id).__name__}"))
        persistent_memory = data_.get("persistent_memory", UNSET)
        if (not isinstance(persistent_memory, bool)) and not isinstance(persistent_memory, Unset):
            raise FieldError.at(
                "persistent_memory", data_, TypeError(f"expected bool, got {type(persistent_memory).__name__}")
            )
        instance_ = cls_(
            entrypoint_tag=entrypoint_tag,
            input_args=input_args,
            input_kwargs=input_kwargs,
            timeout_seconds=timeout_seconds,
            async_execution=async_execution,
            user_id=user_id,
            persistent_memory=persistent_memory,
        )

        return instance_


# Models in an import cycle with this one: imported after the class above is defined.
from ..models.agent_run_request_input_kwargs import AgentRunRequestInputKwargs  # noqa: E402
