from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_kind import AssetKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_source_overrides import DataSourceOverrides


T = TypeVar("T", bound="AssetDatasourceRef")


@_attrs_define
class AssetDatasourceRef:
    """
    Attributes:
        id (str):
        name (str):
        kind (AssetKind):
        overrides (DataSourceOverrides | None | Unset):
    """

    id: str
    name: str
    kind: AssetKind
    overrides: DataSourceOverrides | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_source_overrides import DataSourceOverrides  # noqa: PLC0415

        id = self.id

        name = self.name

        kind = self.kind.value

        overrides: dict[str, Any] | None | Unset
        if isinstance(self.overrides, Unset):
            overrides = UNSET
        elif isinstance(self.overrides, DataSourceOverrides):
            overrides = self.overrides.to_dict()
        else:
            overrides = self.overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
            }
        )
        if overrides is not UNSET:
            field_dict["overrides"] = overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_source_overrides import DataSourceOverrides  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        kind = AssetKind(d.pop("kind"))

        def _parse_overrides(data: object) -> DataSourceOverrides | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                overrides_type_0 = DataSourceOverrides.from_dict(data)

                return overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSourceOverrides | None | Unset, data)

        overrides = _parse_overrides(d.pop("overrides", UNSET))

        instance_ = cls(
            id=id,
            name=name,
            kind=kind,
            overrides=overrides,
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
