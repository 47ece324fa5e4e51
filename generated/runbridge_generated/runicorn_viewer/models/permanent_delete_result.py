from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="PermanentDeleteResult")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "success",
        "run_id",
        "run_dir_deleted",
        "orphaned_assets",
        "kept_assets",
        "blobs_deleted",
        "manifests_deleted",
        "outputs_deleted",
        "bytes_freed",
        "errors",
        "partial_failures",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "success": success,
                "run_id": run_id,
            }
        )
        if run_dir_deleted is not UNSET:
            fields_["run_dir_deleted"] = run_dir_deleted
        if orphaned_assets is not UNSET:
            fields_["orphaned_assets"] = orphaned_assets
        if kept_assets is not UNSET:
            fields_["kept_assets"] = kept_assets
        if blobs_deleted is not UNSET:
            fields_["blobs_deleted"] = blobs_deleted
        if manifests_deleted is not UNSET:
            fields_["manifests_deleted"] = manifests_deleted
        if outputs_deleted is not UNSET:
            fields_["outputs_deleted"] = outputs_deleted
        if bytes_freed is not UNSET:
            fields_["bytes_freed"] = bytes_freed
        if errors is not UNSET:
            fields_["errors"] = errors
        if partial_failures is not UNSET:
            fields_["partial_failures"] = partial_failures

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            success = data_["success"]
            if not isinstance(success, bool):
                raise TypeError(f"expected bool, got {type(success).__name__}")
        except Exception as error_:
            raise FieldError.at("success", data_, error_) from None
        try:
            run_id = data_["run_id"]
            if not isinstance(run_id, str):
                raise TypeError(f"expected str, got {type(run_id).__name__}")
        except Exception as error_:
            raise FieldError.at("run_id", data_, error_) from None
        run_dir_deleted = data_.get("run_dir_deleted", UNSET)
        if (not isinstance(run_dir_deleted, bool)) and not isinstance(run_dir_deleted, Unset):
            raise FieldError.at(
                "run_dir_deleted", data_, TypeError(f"expected bool, got {type(run_dir_deleted).__name__}")
            )
        try:
            _orphaned_assets = data_.get("orphaned_assets", UNSET)
            orphaned_assets: list[AssetRef] | Unset = UNSET
            if _orphaned_assets is not UNSET:
                if not isinstance(_orphaned_assets, list):
                    raise TypeError(f"expected a list, got {type(_orphaned_assets).__name__}")
                orphaned_assets = []
                for orphaned_assets_item_index_, orphaned_assets_item_data in enumerate(_orphaned_assets):
                    try:
                        orphaned_assets_item = AssetRef.from_dict(orphaned_assets_item_data)

                    except Exception as error_:
                        raise FieldError.at(orphaned_assets_item_index_, _orphaned_assets, error_) from None
                    orphaned_assets.append(orphaned_assets_item)

        except Exception as error_:
            raise FieldError.at("orphaned_assets", data_, error_) from None
        try:
            _kept_assets = data_.get("kept_assets", UNSET)
            kept_assets: list[AssetRef] | Unset = UNSET
            if _kept_assets is not UNSET:
                if not isinstance(_kept_assets, list):
                    raise TypeError(f"expected a list, got {type(_kept_assets).__name__}")
                kept_assets = []
                for kept_assets_item_index_, kept_assets_item_data in enumerate(_kept_assets):
                    try:
                        kept_assets_item = AssetRef.from_dict(kept_assets_item_data)

                    except Exception as error_:
                        raise FieldError.at(kept_assets_item_index_, _kept_assets, error_) from None
                    kept_assets.append(kept_assets_item)

        except Exception as error_:
            raise FieldError.at("kept_assets", data_, error_) from None
        blobs_deleted = data_.get("blobs_deleted", UNSET)
        if (not isinstance(blobs_deleted, int) or blobs_deleted is True or blobs_deleted is False) and not isinstance(
            blobs_deleted, Unset
        ):
            raise FieldError.at("blobs_deleted", data_, TypeError(f"expected int, got {type(blobs_deleted).__name__}"))
        manifests_deleted = data_.get("manifests_deleted", UNSET)
        if (
            not isinstance(manifests_deleted, int) or manifests_deleted is True or manifests_deleted is False
        ) and not isinstance(manifests_deleted, Unset):
            raise FieldError.at(
                "manifests_deleted", data_, TypeError(f"expected int, got {type(manifests_deleted).__name__}")
            )
        outputs_deleted = data_.get("outputs_deleted", UNSET)
        if (
            not isinstance(outputs_deleted, int) or outputs_deleted is True or outputs_deleted is False
        ) and not isinstance(outputs_deleted, Unset):
            raise FieldError.at(
                "outputs_deleted", data_, TypeError(f"expected int, got {type(outputs_deleted).__name__}")
            )
        bytes_freed = data_.get("bytes_freed", UNSET)
        if (not isinstance(bytes_freed, int) or bytes_freed is True or bytes_freed is False) and not isinstance(
            bytes_freed, Unset
        ):
            raise FieldError.at("bytes_freed", data_, TypeError(f"expected int, got {type(bytes_freed).__name__}"))
        try:
            errors = cast_(list[str], checked_scalars_(data_.get("errors", UNSET), str))

        except Exception as error_:
            raise FieldError.at("errors", data_, error_) from None
        try:
            partial_failures = data_.get("partial_failures", UNSET)

        except Exception as error_:
            raise FieldError.at("partial_failures", data_, error_) from None
        instance_ = cls_(
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
from ..models.asset_ref import AssetRef  # noqa: E402
