from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.claim_info import ClaimInfo


T = TypeVar("T", bound="PVCAssetSpec")


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
        from ..models.claim_info import ClaimInfo  # noqa: PLC0415

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if existing_pvc is not UNSET:
            field_dict["existingPvc"] = existing_pvc
        if claim_name is not UNSET:
            field_dict["claimName"] = claim_name
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only
        if ephemeral is not UNSET:
            field_dict["ephemeral"] = ephemeral
        if claim_info is not UNSET:
            field_dict["claimInfo"] = claim_info
        if data_sharing is not UNSET:
            field_dict["dataSharing"] = data_sharing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.claim_info import ClaimInfo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_existing_pvc(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        existing_pvc = _parse_existing_pvc(d.pop("existingPvc", UNSET))

        def _parse_claim_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        claim_name = _parse_claim_name(d.pop("claimName", UNSET))

        def _parse_read_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        read_only = _parse_read_only(d.pop("readOnly", UNSET))

        def _parse_ephemeral(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ephemeral = _parse_ephemeral(d.pop("ephemeral", UNSET))

        def _parse_claim_info(data: object) -> ClaimInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                claim_info_type_0 = ClaimInfo.from_dict(data)

                return claim_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClaimInfo | None | Unset, data)

        claim_info = _parse_claim_info(d.pop("claimInfo", UNSET))

        def _parse_data_sharing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        data_sharing = _parse_data_sharing(d.pop("dataSharing", UNSET))

        instance_ = cls(
            path=path,
            existing_pvc=existing_pvc,
            claim_name=claim_name,
            read_only=read_only,
            ephemeral=ephemeral,
            claim_info=claim_info,
            data_sharing=data_sharing,
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
