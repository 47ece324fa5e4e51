from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failed_run import FailedRun
    from ..models.moved_run import MovedRun


T = TypeVar("T", bound="MoveRunsResult")


@_attrs_define
class MoveRunsResult:
    """
    Attributes:
        ok (bool):
        moved_count (int | Unset):
        failed_count (int | Unset):
        moved (list[MovedRun] | Unset):
        failed (list[FailedRun] | Unset):
    """

    ok: bool
    moved_count: int | Unset = UNSET
    failed_count: int | Unset = UNSET
    moved: list[MovedRun] | Unset = UNSET
    failed: list[FailedRun] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        moved_count = self.moved_count

        failed_count = self.failed_count

        moved: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.moved, Unset):
            moved = []
            for moved_item_data in self.moved:
                moved_item = moved_item_data.to_dict()
                moved.append(moved_item)

        failed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = []
            for failed_item_data in self.failed:
                failed_item = failed_item_data.to_dict()
                failed.append(failed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
            }
        )
        if moved_count is not UNSET:
            field_dict["moved_count"] = moved_count
        if failed_count is not UNSET:
            field_dict["failed_count"] = failed_count
        if moved is not UNSET:
            field_dict["moved"] = moved
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.failed_run import FailedRun  # noqa: PLC0415
        from ..models.moved_run import MovedRun  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("ok")

        moved_count = d.pop("moved_count", UNSET)

        failed_count = d.pop("failed_count", UNSET)

        _moved = d.pop("moved", UNSET)
        moved: list[MovedRun] | Unset = UNSET
        if _moved is not UNSET:
            moved = []
            for moved_item_data in _moved:
                moved_item = MovedRun.from_dict(moved_item_data)

                moved.append(moved_item)

        _failed = d.pop("failed", UNSET)
        failed: list[FailedRun] | Unset = UNSET
        if _failed is not UNSET:
            failed = []
            for failed_item_data in _failed:
                failed_item = FailedRun.from_dict(failed_item_data)

                failed.append(failed_item)

        instance_ = cls(
            ok=ok,
            moved_count=moved_count,
            failed_count=failed_count,
            moved=moved,
            failed=failed,
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
