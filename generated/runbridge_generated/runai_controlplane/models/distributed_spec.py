from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="DistributedSpec")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("spec", "masterSpecSameAsWorker", "masterSpec"))


@_attrs_define
class DistributedSpec:
    """
    Attributes:
        spec (DistributedSpecSpec | None | Unset):
        master_spec_same_as_worker (bool | Unset):
        master_spec (MasterSpec | None | Unset):
    """

    spec: DistributedSpecSpec | None | Unset = UNSET
    master_spec_same_as_worker: bool | Unset = UNSET
    master_spec: MasterSpec | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec: dict[str, Any] | None | Unset
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, DistributedSpecSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        master_spec_same_as_worker = self.master_spec_same_as_worker

        master_spec: dict[str, Any] | None | Unset
        if isinstance(self.master_spec, Unset):
            master_spec = UNSET
        elif isinstance(self.master_spec, MasterSpec):
            master_spec = self.master_spec.to_dict()
        else:
            master_spec = self.master_spec

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if spec is not UNSET:
            fields_["spec"] = spec
        if master_spec_same_as_worker is not UNSET:
            fields_["masterSpecSameAsWorker"] = master_spec_same_as_worker
        if master_spec is not UNSET:
            fields_["masterSpec"] = master_spec

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _spec = data_.get("spec", UNSET)
            spec: DistributedSpecSpec | None | Unset
            if _spec is None:
                spec = None
            elif isinstance(_spec, Unset):
                spec = UNSET
            elif isinstance(_spec, dict):
                spec_type_0 = DistributedSpecSpec.from_dict(_spec)

                spec = spec_type_0

            else:
                raise TypeError(f"expected DistributedSpecSpec | None | Unset, got {type(_spec).__name__}")

        except Exception as error_:
            raise FieldError.at("spec", data_, error_) from None
        master_spec_same_as_worker = data_.get("masterSpecSameAsWorker", UNSET)
        if (not isinstance(master_spec_same_as_worker, bool)) and not isinstance(master_spec_same_as_worker, Unset):
            raise FieldError.at(
                "masterSpecSameAsWorker",
                data_,
                TypeError(f"expected bool, got {type(master_spec_same_as_worker).__name__}"),
            )
        try:
            _master_spec = data_.get("masterSpec", UNSET)
            master_spec: MasterSpec | None | Unset
            if _master_spec is None:
                master_spec = None
            elif isinstance(_master_spec, Unset):
                master_spec = UNSET
            elif isinstance(_master_spec, dict):
                master_spec_type_0 = MasterSpec.from_dict(_master_spec)

                master_spec = master_spec_type_0

            else:
                raise TypeError(f"expected MasterSpec | None | Unset, got {type(_master_spec).__name__}")

        except Exception as error_:
            raise FieldError.at("masterSpec", data_, error_) from None
        instance_ = cls_(
            spec=spec,
            master_spec_same_as_worker=master_spec_same_as_worker,
            master_spec=master_spec,
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
from ..models.distributed_spec_spec import DistributedSpecSpec  # noqa: E402
from ..models.master_spec import MasterSpec  # noqa: E402
