from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_kind import AssetKind
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AssetDatasourceRef")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("id", "name", "kind", "overrides"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
            }
        )
        if overrides is not UNSET:
            fields_["overrides"] = overrides

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            id = data_["id"]
            if not isinstance(id, str):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except Exception as error_:
            raise FieldError.at("id", data_, error_) from None
        try:
            name = data_["name"]
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        try:
            kind = AssetKind(data_["kind"])

        except Exception as error_:
            raise FieldError.at("kind", data_, error_) from None
        try:
            _overrides = data_.get("overrides", UNSET)
            overrides: DataSourceOverrides | None | Unset
            if _overrides is None:
                overrides = None
            elif isinstance(_overrides, Unset):
                overrides = UNSET
            elif isinstance(_overrides, dict):
                overrides_type_0 = DataSourceOverrides.from_dict(_overrides)

                overrides = overrides_type_0

            else:
                raise TypeError(f"expected DataSourceOverrides | None | Unset, got {type(_overrides).__name__}")

        except Exception as error_:
            raise FieldError.at("overrides", data_, error_) from None
        instance_ = cls_(
            id=id,
            name=name,
            kind=kind,
            overrides=overrides,
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
from ..models.data_source_overrides import DataSourceOverrides  # noqa: E402
