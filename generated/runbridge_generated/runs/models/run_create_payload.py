from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="RunCreatePayload")


@_attrs_define
class RunCreatePayload:
    """
    Attributes:
        interaction (str): The interaction's id.
        data (RunCreatePayloadData | Unset): The input data; must fit the interaction's input schema.
        config (RunConfig | Unset): How the run was (or is to be) executed; further keys are passed through.
        stream (bool | Unset): Return at once and stream the output (default false).
        tags (list[str] | Unset):
    """

    interaction: str
    data: RunCreatePayloadData | Unset = UNSET
    config: RunConfig | Unset = UNSET
    stream: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        interaction = self.interaction

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        stream = self.stream

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        fields_: dict[str, Any] = {}

        fields_.update(
            {
                "interaction": interaction,
            }
        )
        if data is not UNSET:
            fields_["data"] = data
        if config is not UNSET:
            fields_["config"] = config
        if stream is not UNSET:
            fields_["stream"] = stream
        if tags is not UNSET:
            fields_["tags"] = tags

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            interaction = data_["interaction"]
            if not isinstance(interaction, str):
                raise TypeError(f"expected str, got {type(interaction).__name__}")
        except Exception as error_:
            raise FieldError.at("interaction", data_, error_) from None
        try:
            _data = data_.get("data", UNSET)
            data: RunCreatePayloadData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = RunCreatePayloadData.from_dict(_data)

        except Exception as error_:
            raise FieldError.at("data", data_, error_) from None
        try:
            _config = data_.get("config", UNSET)
            config: RunConfig | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = RunConfig.from_dict(_config)

        except Exception as error_:
            raise FieldError.at("config", data_, error_) from None
        stream = data_.get("stream", UNSET)
        if (not isinstance(stream, bool)) and not isinstance(stream, Unset):
            raise FieldError.at("stream", data_, TypeError(f"expected bool, got {type(stream).__name__}"))
        try:
            tags = cast_(list[str], checked_scalars_(data_.get("tags", UNSET), str))

        except Exception as error_:
            raise FieldError.at("tags", data_, error_) from None
        instance_ = cls_(
            interaction=interaction,
            data=data,
            config=config,
            stream=stream,
            tags=tags,
        )

        return instance_


# Models in an import cycle with this one: imported after the class above is defined.
from ..models.run_config import RunConfig  # noqa: E402
from ..models.run_create_payload_data import RunCreatePayloadData  # noqa: E402
