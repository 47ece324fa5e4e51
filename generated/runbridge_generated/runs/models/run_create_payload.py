from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_config import RunConfig
    from ..models.run_create_payload_data import RunCreatePayloadData


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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "interaction": interaction,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if config is not UNSET:
            field_dict["config"] = config
        if stream is not UNSET:
            field_dict["stream"] = stream
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_config import RunConfig  # noqa: PLC0415
        from ..models.run_create_payload_data import RunCreatePayloadData  # noqa: PLC0415

        d = dict(src_dict)
        interaction = d.pop("interaction")

        _data = d.pop("data", UNSET)
        data: RunCreatePayloadData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = RunCreatePayloadData.from_dict(_data)

        _config = d.pop("config", UNSET)
        config: RunConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = RunConfig.from_dict(_config)

        stream = d.pop("stream", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        instance_ = cls(
            interaction=interaction,
            data=data,
            config=config,
            stream=stream,
            tags=tags,
        )

        return instance_
