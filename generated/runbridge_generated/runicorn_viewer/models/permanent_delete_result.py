from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_ref import AssetRef


T = TypeVar("T", bound="PermanentDeleteResult")


@_attrs_define
class PermanentDeleteResult:
    """
    Attributes:
        success (bool):
        run_id (str):
        run_dir_deleted (bool | Unset):
        orphaned_assets (list[AssetRef] | Unset):
        kept_assets (list[AssetRef] | Unset):
        blobs_deleted (int | Unset):
        manifests_deleted (int | Unset):
        outputs_deleted (int | Unset):
        bytes_freed (int | Unset):
        errors (list[str] | Unset):
        partial_failures (list[Any] | Unset):
    """

    success: bool
    run_id: str
    run_dir_deleted: bool | Unset = UNSET
    orphaned_assets: list[AssetRef] | Unset = UNSET
    kept_assets: list[AssetRef] | Unset = UNSET
    blobs_deleted: int | Unset = UNSET
    manifests_deleted: int | Unset = UNSET
    outputs_deleted: int | Unset = UNSET
    bytes_freed: int | Unset = UNSET
    errors: list[str] | Unset = UNSET
    partial_failures: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        run_id = self.run_id

        run_dir_deleted = self.run_dir_deleted

        orphaned_assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orphaned_assets, Unset):
            orphaned_assets = []
            for orphaned_assets_item_data in self.orphaned_assets:
                orphaned_assets_item = orphaned_assets_item_data.to_dict()
                orphaned_assets.append(orphaned_assets_item)

        kept_assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kept_assets, Unset):
            kept_assets = []
            for kept_assets_item_data in self.kept_assets:
                kept_assets_item = kept_assets_item_data.to_dict()
                kept_assets.append(kept_assets_item)

        blobs_deleted = self.blobs_deleted

        manifests_deleted = self.manifests_deleted

        outputs_deleted = self.outputs_deleted

        bytes_freed = self.bytes_freed

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        partial_failures: list[Any] | Unset = UNSET
        if not isinstance(self.partial_failures, Unset):
            partial_failures = self.partial_failures

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "run_id": run_id,
            }
        )
        if run_dir_deleted is not UNSET:
            field_dict["run_dir_deleted"] = run_dir_deleted
        if orphaned_assets is not UNSET:
            field_dict["orphaned_assets"] = orphaned_assets
        if kept_assets is not UNSET:
            field_dict["kept_assets"] = kept_assets
        if blobs_deleted is not UNSET:
            field_dict["blobs_deleted"] = blobs_deleted
        if manifests_deleted is not UNSET:
            field_dict["manifests_deleted"] = manifests_deleted
        if outputs_deleted is not UNSET:
            field_dict["outputs_deleted"] = outputs_deleted
        if bytes_freed is not UNSET:
            field_dict["bytes_freed"] = bytes_freed
        if errors is not UNSET:
            field_dict["errors"] = errors
        if partial_failures is not UNSET:
            field_dict["partial_failures"] = partial_failures

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_ref import AssetRef  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        run_id = d.pop("run_id")

        run_dir_deleted = d.pop("run_dir_deleted", UNSET)

        _orphaned_assets = d.pop("orphaned_assets", UNSET)
        orphaned_assets: list[AssetRef] | Unset = UNSET
        if _orphaned_assets is not UNSET:
            orphaned_assets = []
            for orphaned_assets_item_data in _orphaned_assets:
                orphaned_assets_item = AssetRef.from_dict(orphaned_assets_item_data)

                orphaned_assets.append(orphaned_assets_item)

        _kept_assets = d.pop("kept_assets", UNSET)
        kept_assets: list[AssetRef] | Unset = UNSET
        if _kept_assets is not UNSET:
            kept_assets = []
            for kept_assets_item_data in _kept_assets:
                kept_assets_item = AssetRef.from_dict(kept_assets_item_data)

                kept_assets.append(kept_assets_item)

        blobs_deleted = d.pop("blobs_deleted", UNSET)

        manifests_deleted = d.pop("manifests_deleted", UNSET)

        outputs_deleted = d.pop("outputs_deleted", UNSET)

        bytes_freed = d.pop("bytes_freed", UNSET)

        errors = cast(list[str], d.pop("errors", UNSET))

        partial_failures = d.pop("partial_failures", UNSET)

        instance_ = cls(
            success=success,
            run_id=run_id,
            run_dir_deleted=run_dir_deleted,
            orphaned_assets=orphaned_assets,
            kept_assets=kept_assets,
            blobs_deleted=blobs_deleted,
            manifests_deleted=manifests_deleted,
            outputs_deleted=outputs_deleted,
            bytes_freed=bytes_freed,
            errors=errors,
            partial_failures=partial_failures,
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
