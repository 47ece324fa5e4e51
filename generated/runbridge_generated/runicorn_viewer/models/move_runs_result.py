from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="MoveRunsResult")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("ok", "moved_count", "failed_count", "moved", "failed"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "ok": ok,
            }
        )
        if moved_count is not UNSET:
            fields_["moved_count"] = moved_count
        if failed_count is not UNSET:
            fields_["failed_count"] = failed_count
        if moved is not UNSET:
            fields_["moved"] = moved
        if failed is not UNSET:
            fields_["failed"] = failed

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            ok = data_["ok"]
            if not isinstance(ok, bool):
                raise TypeError(f"expected bool, got {type(ok).__name__}")
        except Exception as error_:
            raise FieldError.at("ok", data_, error_) from None
        moved_count = data_.get("moved_count", UNSET)
        if (not isinstance(moved_count, int) or moved_count is True or moved_count is False) and not isinstance(
            moved_count, Unset
        ):
            raise FieldError.at("moved_count", data_, TypeError(f"expected int, got {type(moved_count).__name__}"))
        failed_count = data_.get("failed_count", UNSET)
        if (not isinstance(failed_count, int) or failed_count is True or failed_count is False) and not isinstance(
            failed_count, Unset
        ):
            raise FieldError.at("failed_count", data_, TypeError(f"expected int, got {type(failed_count).__name__}"))
        try:
            _moved = data_.get("moved", UNSET)
            moved: list[MovedRun] | Unset = UNSET
            if _moved is not UNSET:
                if not isinstance(_moved, list):
                    raise TypeError(f"expected a list, got {type(_moved).__name__}")
                moved = []
                for moved_item_index_, moved_item_data in enumerate(_moved):
                    try:
                        moved_item = MovedRun.from_dict(moved_item_data)

                    except Exception as error_:
                        raise FieldError.at(moved_item_index_, _moved, error_) from None
                    moved.append(moved_item)

        except Exception as error_:
            raise FieldError.at("moved", data_, error_) from None
        try:
            _failed = data_.get("failed", UNSET)
            failed: list[FailedRun] | Unset = UNSET
            if _failed is not UNSET:
                if not isinstance(_failed, list):
                    raise TypeError(f"expected a list, got {type(_failed).__name__}")
                failed = []
                for failed_item_index_, failed_item_data in enumerate(_failed):
                    try:
                        failed_item = FailedRun.from_dict(failed_item_data)

                    except Exception as error_:
                        raise FieldError.at(failed_item_index_, _failed, error_) from None
                    failed.append(failed_item)

        except Exception as error_:
            raise FieldError.at("failed", data_, error_) from None
        instance_ = cls_(
            ok=ok,
            moved_count=moved_count,
            failed_count=failed_count,
            moved=moved,
            failed=failed,
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
from ..models.failed_run import FailedRun  # noqa: E402
from ..models.moved_run import MovedRun  # noqa: E402
