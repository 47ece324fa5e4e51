from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="PVCAssetSpec")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("path", "existingPvc", "claimName", "readOnly", "ephemeral", "claimInfo", "dataSharing")
)


@_attrs_define
class PVCAssetSpec:
    """
    Attributes:
        path (None | str | Unset):
        existing_pvc (bool | None | Unset):  Default: False.
        claim_name (None | str | Unset):
        read_only (bool | None | Unset):  Default: False.
        ephemeral (bool | None | Unset):  Default: False.
        claim_info (ClaimInfo | None | Unset):
        data_sharing (bool | None | Unset):  Default: False.
    """

    path: None | str | Unset = UNSET
    existing_pvc: bool | None | Unset = False
    claim_name: None | str | Unset = UNSET
    read_only: bool | None | Unset = False
    ephemeral: bool | None | Unset = False
    claim_info: ClaimInfo | None | Unset = UNSET
    data_sharing: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        existing_pvc: bool | None | Unset
        if isinstance(self.existing_pvc, Unset):
            existing_pvc = UNSET
        else:
            existing_pvc = self.existing_pvc

        claim_name: None | str | Unset
        if isinstance(self.claim_name, Unset):
            claim_name = UNSET
        else:
            claim_name = self.claim_name

        read_only: bool | None | Unset
        if isinstance(self.read_only, Unset):
            read_only = UNSET
        else:
            read_only = self.read_only

        ephemeral: bool | None | Unset
        if isinstance(self.ephemeral, Unset):
            ephemeral = UNSET
        else:
            ephemeral = self.ephemeral

        claim_info: dict[str, Any] | None | Unset
        if isinstance(self.claim_info, Unset):
            claim_info = UNSET
        elif isinstance(self.claim_info, ClaimInfo):
            claim_info = self.claim_info.to_dict()
        else:
            claim_info = self.claim_info

        data_sharing: bool | None | Unset
        if isinstance(self.data_sharing, Unset):
            data_sharing = UNSET
        else:
            data_sharing = self.data_sharing

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if path is not UNSET:
            fields_["path"] = path
        if existing_pvc is not UNSET:
            fields_["existingPvc"] = existing_pvc
        if claim_name is not UNSET:
            fields_["claimName"] = claim_name
        if read_only is not UNSET:
            fields_["readOnly"] = read_only
        if ephemeral is not UNSET:
            fields_["ephemeral"] = ephemeral
        if claim_info is not UNSET:
            fields_["claimInfo"] = claim_info
        if data_sharing is not UNSET:
            fields_["dataSharing"] = data_sharing

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _path = data_.get("path", UNSET)
            path: None | str | Unset
            if _path is None:
                path = None
            elif isinstance(_path, Unset):
                path = UNSET
            elif isinstance(_path, str):
                path = _path
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_path).__name__}")

        except Exception as error_:
            raise FieldError.at("path", data_, error_) from None
        try:
            _existing_pvc = data_.get("existingPvc", UNSET)
            existing_pvc: bool | None | Unset
            if _existing_pvc is None:
                existing_pvc = None
            elif isinstance(_existing_pvc, Unset):
                existing_pvc = UNSET
            elif isinstance(_existing_pvc, bool):
                existing_pvc = _existing_pvc
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_existing_pvc).__name__}")

        except Exception as error_:
            raise FieldError.at("existingPvc", data_, error_) from None
        try:
            _claim_name = data_.get("claimName", UNSET)
            claim_name: None | str | Unset
            if _claim_name is None:
                claim_name = None
            elif isinstance(_claim_name, Unset):
                claim_name = UNSET
            elif isinstance(_claim_name, str):
                claim_name = _claim_name
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_claim_name).__name__}")

        except Exception as error_:
            raise FieldError.at("claimName", data_, error_) from None
        try:
            _read_only = data_.get("readOnly", UNSET)
            read_only: bool | None | Unset
            if _read_only is None:
                read_only = None
            elif isinstance(_read_only, Unset):
                read_only = UNSET
            elif isinstance(_read_only, bool):
                read_only = _read_only
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_read_only).__name__}")

        except Exception as error_:
            raise FieldError.at("readOnly", data_, error_) from None
        try:
            _ephemeral = data_.get("ephemeral", UNSET)
            ephemeral: bool | None | Unset
            if _ephemeral is None:
                ephemeral = None
            elif isinstance(_ephemeral, Unset):
                ephemeral = UNSET
            elif isinstance(_ephemeral, bool):
                ephemeral = _ephemeral
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_ephemeral).__name__}")

        except Exception as error_:
            raise FieldError.at("ephemeral", data_, error_) from None
        try:
            _claim_info = data_.get("claimInfo", UNSET)
            claim_info: ClaimInfo | None | Unset
            if _claim_info is None:
                claim_info = None
            elif isinstance(_claim_info, Unset):
                claim_info = UNSET
            elif isinstance(_claim_info, dict):
                claim_info_type_0 = ClaimInfo.from_dict(_claim_info)

                claim_info = claim_info_type_0

            else:
                raise TypeError(f"expected ClaimInfo | None | Unset, got {type(_claim_info).__name__}")

        except Exception as error_:
            raise FieldError.at("claimInfo", data_, error_) from None
        try:
            _data_sharing = data_.get("dataSharing", UNSET)
            data_sharing: bool | None | Unset
            if _data_sharing is None:
                data_sharing = None
            elif isinstance(_data_sharing, Unset):
                data_sharing = UNSET
            elif isinstance(_data_sharing, bool):
                data_sharing = _data_sharing
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_data_sharing).__name__}")

        except Exception as error_:
            raise FieldError.at("dataSharing", data_, error_) from None
        instance_ = cls_(
            path=path,
            existing_pvc=existing_pvc,
            claim_name=claim_name,
            read_only=read_only,
            ephemeral=ephemeral,
            claim_info=claim_info,
            data_sharing=data_sharing,
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
from ..models.claim_info import ClaimInfo  # noqa: E402
