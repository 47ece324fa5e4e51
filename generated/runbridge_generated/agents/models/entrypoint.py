from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="Entrypoint")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("file", "module", "tag", "extractor"))


@_attrs_define
class Entrypoint:
    """One function the agent exposes.

    Attributes:
        file (str):
        module (str):
        tag (str):
        extractor (EntrypointExtractorType0 | None | Unset):
    """

    file: str
    module: str
    tag: str
    extractor: EntrypointExtractorType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        module = self.module

        tag = self.tag

        extractor: dict[str, Any] | None | Unset
        if isinstance(self.extractor, Unset):
            extractor = UNSET
        elif isinstance(self.extractor, EntrypointExtractorType0):
            extractor = self.extractor.to_dict()
        else:
            extractor = self.extractor

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "file": file,
                "module": module,
                "tag": tag,
            }
        )
        if extractor is not UNSET:
            fields_["extractor"] = extractor

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            file = data_["file"]
            if not isinstance(file, str):
                raise TypeError(f"expected str, got {type(file).__name__}")
        except Exception as error_:
            raise FieldError.at("file", data_, error_) from None
        try:
            module = data_["module"]
            if not isinstance(module, str):
                raise TypeError(f"expected str, got {type(module).__name__}")
        except Exception as error_:
            raise FieldError.at("module", data_, error_) from None
        try:
            tag = data_["tag"]
            if not isinstance(tag, str):
                raise TypeError(f"expected str, got {type(tag).__name__}")
        except Exception as error_:
            raise FieldError.at("tag", data_, error_) from None
        try:
            _extractor = data_.get("extractor", UNSET)
            extractor: EntrypointExtractorType0 | None | Unset
            if _extractor is None:
                extractor = None
            elif isinstance(_extractor, Unset):
                extractor = UNSET
            elif isinstance(_extractor, dict):
                extractor_type_0 = EntrypointExtractorType0.from_dict(_extractor)

                extractor = extractor_type_0

            else:
                raise TypeError(f"expected EntrypointExtractorType0 | None | Unset, got {type(_extractor).__name__}")

        except Exception as error_:
            raise FieldError.at("extractor", data_, error_) from None
        instance_ = cls_(
            file=file,
            module=module,
            tag=tag,
            extractor=extractor,
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
from ..models.entrypoint_extractor_type_0 import EntrypointExtractorType0  # noqa: E402
