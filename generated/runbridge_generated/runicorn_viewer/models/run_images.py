from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.run_images_images_item import RunImagesImagesItem


T = TypeVar("T", bound="RunImages")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "images": images,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_images_images_item import RunImagesImagesItem  # noqa: PLC0415

        d = dict(src_dict)
        run_id = d.pop("run_id")

        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = RunImagesImagesItem.from_dict(images_item_data)

            images.append(images_item)

        instance_ = cls(
            run_id=run_id,
            images=images,
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
