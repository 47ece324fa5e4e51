from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RunConfig")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("environment", "model", "temperature", "max_tokens", "do_validate"))


@_attrs_define
class RunConfig:
    """How the run was (or is to be) executed; further keys are passed through.

    Attributes:
        environment (str | Unset):
        model (str | Unset):
        temperature (float | Unset):
        max_tokens (int | Unset):
        do_validate (bool | Unset):
    """

    environment: str | Unset = UNSET
    model: str | Unset = UNSET
    temperature: float | Unset = UNSET
    max_tokens: int | Unset = UNSET
    do_validate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment = self.environment

        model = self.model

        temperature = self.temperature

        max_tokens = self.max_tokens

        do_validate = self.do_validate

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if environment is not UNSET:
            fields_["environment"] = environment
        if model is not UNSET:
            fields_["model"] = model
        if temperature is not UNSET:
            fields_["temperature"] = temperature
        if max_tokens is not UNSET:
            fields_["max_tokens"] = max_tokens
        if do_validate is not UNSET:
            fields_["do_validate"] = do_validate

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        environment = data_.get("environment", UNSET)
        if (not isinstance(environment, str)) and not isinstance(environment, Unset):
            raise FieldError.at("environment", data_, TypeError(f"expected str, got {type(environment).__name__}"))
        model = data_.get("model", UNSET)
        if (not isinstance(model, str)) and not isinstance(model, Unset):
            raise FieldError.at("model", data_, TypeError(f"expected str, got {type(model).__name__}"))
        temperature = data_.get("temperature", UNSET)
        if (
            not isinstance(temperature, (int, float)) or temperature is True or temperature is False
        ) and not isinstance(temperature, Unset):
            raise FieldError.at(
                "temperature", data_, TypeError(f"expected int or float, got {type(temperature).__name__}")
            )
        max_tokens = data_.get("max_tokens", UNSET)
        if (not isinstance(max_tokens, int) or max_tokens is True or max_tokens is False) and not isinstance(
            max_tokens, Unset
        ):
            raise FieldError.at("max_tokens", data_, TypeError(f"expected int, got {type(max_tokens).__name__}"))
        do_validate = data_.get("do_validate", UNSET)
        if (not isinstance(do_validate, bool)) and not isinstance(do_validate, Unset):
            raise FieldError.at("do_validate", data_, TypeError(f"expected bool, got {type(do_validate).__name__}"))
        instance_ = cls_(
            environment=environment,
            model=model,
            temperature=temperature,
            max_tokens=max_tokens,
            do_validate=do_validate,
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
