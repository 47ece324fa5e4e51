from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RunAssets")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("run_id", "assets", "assets_count"))


@_attrs_define
class RunAssets:
    """
    Attributes:
        run_id (str):
        assets (RunAssetsInfo):
        assets_count (int | Unset):
    """

    run_id: str
    assets: RunAssetsInfo
    assets_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        assets = self.assets.to_dict()

        assets_count = self.assets_count

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "run_id": run_id,
                "assets": assets,
            }
        )
        if assets_count is not UNSET:
            fields_["assets_count"] = assets_count

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
            assets = RunAssetsInfo.from_dict(data_["assets"])

        except Exception as error_:
            raise FieldError.at("assets", data_, error_) from None
        assets_count = data_.get("assets_count", UNSET)
        if (not isinstance(assets_count, int) or assets_count is True or assets_count is False) and not isinstance(
            assets_count, Unset
        ):
            raise FieldError.at("assets_count", data_, TypeError(f"expected int, got {type(assets_count).__name__}"))
        instance_ = cls_(
            run_id=run_id,
            assets=assets,
            assets_count=assets_count,
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
from ..models.run_assets_info import RunAssetsInfo  # noqa: E402
