from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AgentStreamRequest")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "entrypoint_tag",
        "input_args",
        "input_kwargs",
        "timeout_seconds",
        "async_execution",
        "user_id",
        "persistent_memory",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "entrypoint_tag": entrypoint_tag,
                "input_args": input_args,
                "input_kwargs": input_kwargs,
            }
        )
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
            input_args = data_["input_args"]

        except Exception as error_:
            raise FieldError.at("input_args", data_, error_) from None
        try:
            input_kwargs = AgentStreamRequestInputKwargs.from_dict(data_["input_kwargs"])

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
from ..models.agent_stream_request_input_kwargs import AgentStreamRequestInputKwargs  # noqa: E402
