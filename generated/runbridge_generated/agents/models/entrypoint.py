from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entrypoint_extractor_type_0 import EntrypointExtractorType0


T = TypeVar("T", bound="Entrypoint")


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
        from ..models.entrypoint_extractor_type_0 import EntrypointExtractorType0  # noqa: PLC0415

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "module": module,
                "tag": tag,
            }
        )
        if extractor is not UNSET:
            field_dict["extractor"] = extractor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entrypoint_extractor_type_0 import EntrypointExtractorType0  # noqa: PLC0415

        d = dict(src_dict)
        file = d.pop("file")

        module = d.pop("module")

        tag = d.pop("tag")

        def _parse_extractor(data: object) -> EntrypointExtractorType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extractor_type_0 = EntrypointExtractorType0.from_dict(data)

                return extractor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntrypointExtractorType0 | None | Unset, data)

        extractor = _parse_extractor(d.pop("extractor", UNSET))

        instance_ = cls(
            file=file,
            module=module,
            tag=tag,
            extractor=extractor,
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
