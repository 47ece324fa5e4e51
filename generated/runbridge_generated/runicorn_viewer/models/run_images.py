from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError

T = TypeVar("T", bound="RunImages")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("run_id", "images"))


@_attrs_define
class RunImages:
    """
    Attributes:
        run_id (str):
        images (list[RunImagesImagesItem]):
    """

    run_id: str
    images: list[RunImagesImagesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "run_id": run_id,
                "images": images,
            }
        )

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            run_id = data_["run_id"]
            if not isinstance(run_id, str):
                raise TypeError(f"expected str, got {type(run_id).__name__}")
        except Exception as error_:
            raise FieldError.at("run_id", data_, error_) from None
        try:
            _images = data_["images"]
            if not isinstance(_images, list):
                raise TypeError(f"expected a list, got {type(_images).__name__}")
            images = []
            for images_item_index_, images_item_data in enumerate(_images):
                try:
                    images_item = RunImagesImagesItem.from_dict(images_item_data)

                except Exception as error_:
                    raise FieldError.at(images_item_index_, _images, error_) from None
                images.append(images_item)

        except Exception as error_:
            raise FieldError.at("images", data_, error_) from None
        instance_ = cls_(
            run_id=run_id,
            images=images,
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
from ..models.run_images_images_item import RunImagesImagesItem  # noqa: E402
