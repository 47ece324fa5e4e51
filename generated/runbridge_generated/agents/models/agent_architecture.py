from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError

T = TypeVar("T", bound="AgentArchitecture")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("agent_id", "entrypoints"))


@_attrs_define
class AgentArchitecture:
    """
    Attributes:
        agent_id (str):
        entrypoints (list[Entrypoint]):
    """

    agent_id: str
    entrypoints: list[Entrypoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        entrypoints = []
        for entrypoints_item_data in self.entrypoints:
            entrypoints_item = entrypoints_item_data.to_dict()
            entrypoints.append(entrypoints_item)

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "agent_id": agent_id,
                "entrypoints": entrypoints,
            }
        )

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            agent_id = data_["agent_id"]
            if not isinstance(agent_id, str):
                raise TypeError(f"expected str, got {type(agent_id).__name__}")
        except Exception as error_:
            raise FieldError.at("agent_id", data_, error_) from None
        try:
            _entrypoints = data_["entrypoints"]
            if not isinstance(_entrypoints, list):
                raise TypeError(f"expected a list, got {type(_entrypoints).__name__}")
            entrypoints = []
            for entrypoints_item_index_, entrypoints_item_data in enumerate(_entrypoints):
                try:
                    entrypoints_item = Entrypoint.from_dict(entrypoints_item_data)

                except Exception as error_:
                    raise FieldError.at(entrypoints_item_index_, _entrypoints, error_) from None
                entrypoints.append(entrypoints_item)

        except Exception as error_:
            raise FieldError.at("entrypoints", data_, error_) from None
        instance_ = cls_(
            agent_id=agent_id,
            entrypoints=entrypoints,
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
from ..models.entrypoint import Entrypoint  # noqa: E402
