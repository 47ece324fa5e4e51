from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AssetUsageInfo")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("workspaces", "trainings", "distributed", "inferences", "templates", "assets"))


@_attrs_define
class AssetUsageInfo:
    """
    Attributes:
        workspaces (list[WorkloadRefAndStatus] | Unset):
        trainings (list[WorkloadRefAndStatus] | Unset):
        distributed (list[WorkloadRefAndStatus] | Unset):
        inferences (list[WorkloadRefAndStatus] | Unset):
        templates (list[AssetRef] | Unset):
        assets (AssetsUsageRef | Unset):
    """

    workspaces: list[WorkloadRefAndStatus] | Unset = UNSET
    trainings: list[WorkloadRefAndStatus] | Unset = UNSET
    distributed: list[WorkloadRefAndStatus] | Unset = UNSET
    inferences: list[WorkloadRefAndStatus] | Unset = UNSET
    templates: list[AssetRef] | Unset = UNSET
    assets: AssetsUsageRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspaces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workspaces, Unset):
            workspaces = []
            for workspaces_item_data in self.workspaces:
                workspaces_item = workspaces_item_data.to_dict()
                workspaces.append(workspaces_item)

        trainings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trainings, Unset):
            trainings = []
            for trainings_item_data in self.trainings:
                trainings_item = trainings_item_data.to_dict()
                trainings.append(trainings_item)

        distributed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.distributed, Unset):
            distributed = []
            for distributed_item_data in self.distributed:
                distributed_item = distributed_item_data.to_dict()
                distributed.append(distributed_item)

        inferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inferences, Unset):
            inferences = []
            for inferences_item_data in self.inferences:
                inferences_item = inferences_item_data.to_dict()
                inferences.append(inferences_item)

        templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.templates, Unset):
            templates = []
            for templates_item_data in self.templates:
                templates_item = templates_item_data.to_dict()
                templates.append(templates_item)

        assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = self.assets.to_dict()

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if workspaces is not UNSET:
            fields_["workspaces"] = workspaces
        if trainings is not UNSET:
            fields_["trainings"] = trainings
        if distributed is not UNSET:
            fields_["distributed"] = distributed
        if inferences is not UNSET:
            fields_["inferences"] = inferences
        if templates is not UNSET:
            fields_["templates"] = templates
        if assets is not UNSET:
            fields_["assets"] = assets

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _workspaces = data_.get("workspaces", UNSET)
            workspaces: list[WorkloadRefAndStatus] | Unset = UNSET
            if _workspaces is not UNSET:
                if not isinstance(_workspaces, list):
                    raise TypeError(f"expected a list, got {type(_workspaces).__name__}")
                workspaces = []
                for workspaces_item_index_, workspaces_item_data in enumerate(_workspaces):
                    try:
                        workspaces_item = WorkloadRefAndStatus.from_dict(workspaces_item_data)

                    except Exception as error_:
                        raise FieldError.at(workspaces_item_index_, _workspaces, error_) from None
                    workspaces.append(workspaces_item)

        except Exception as error_:
            raise FieldError.at("workspaces", data_, error_) from None
        try:
            _trainings = data_.get("trainings", UNSET)
            trainings: list[WorkloadRefAndStatus] | Unset = UNSET
            if _trainings is not UNSET:
                if not isinstance(_trainings, list):
                    raise TypeError(f"expected a list, got {type(_trainings).__name__}")
                trainings = []
                for trainings_item_index_, trainings_item_data in enumerate(_trainings):
                    try:
                        trainings_item = WorkloadRefAndStatus.from_dict(trainings_item_data)

                    except Exception as error_:
                        raise FieldError.at(trainings_item_index_, _trainings, error_) from None
                    trainings.append(trainings_item)

        except Exception as error_:
            raise FieldError.at("trainings", data_, error_) from None
        try:
            _distributed = data_.get("distributed", UNSET)
            distributed: list[WorkloadRefAndStatus] | Unset = UNSET
            if _distributed is not UNSET:
                if not isinstance(_distributed, list):
                    raise TypeError(f"expected a list, got {type(_distributed).__name__}")
                distributed = []
                for distributed_item_index_, distributed_item_data in enumerate(_distributed):
                    try:
                        distributed_item = WorkloadRefAndStatus.from_dict(distributed_item_data)

                    except Exception as error_:
                        raise FieldError.at(distributed_item_index_, _distributed, error_) from None
                    distributed.append(distributed_item)

        except Exception as error_:
            raise FieldError.at("distributed", data_, error_) from None
        try:
            _inferences = data_.get("inferences", UNSET)
            inferences: list[WorkloadRefAndStatus] | Unset = UNSET
            if _inferences is not UNSET:
                if not isinstance(_inferences, list):
                    raise TypeError(f"expected a list, got {type(_inferences).__name__}")
                inferences = []
                for inferences_item_index_, inferences_item_data in enumerate(_inferences):
                    try:
                        inferences_item = WorkloadRefAndStatus.from_dict(inferences_item_data)

                    except Exception as error_:
                        raise FieldError.at(inferences_item_index_, _inferences, error_) from None
                    inferences.append(inferences_item)

        except Exception as error_:
            raise FieldError.at("inferences", data_, error_) from None
        try:
            _templates = data_.get("templates", UNSET)
            templates: list[AssetRef] | Unset = UNSET
            if _templates is not UNSET:
                if not isinstance(_templates, list):
                    raise TypeError(f"expected a list, got {type(_templates).__name__}")
                templates = []
                for templates_item_index_, templates_item_data in enumerate(_templates):
                    try:
                        templates_item = AssetRef.from_dict(templates_item_data)

                    except Exception as error_:
                        raise FieldError.at(templates_item_index_, _templates, error_) from None
                    templates.append(templates_item)

        except Exception as error_:
            raise FieldError.at("templates", data_, error_) from None
        try:
            _assets = data_.get("assets", UNSET)
            assets: AssetsUsageRef | Unset
            if isinstance(_assets, Unset):
                assets = UNSET
            else:
                assets = AssetsUsageRef.from_dict(_assets)

        except Exception as error_:
            raise FieldError.at("assets", data_, error_) from None
        instance_ = cls_(
            workspaces=workspaces,
            trainings=trainings,
            distributed=distributed,
            inferences=inferences,
            templates=templates,
            assets=assets,
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
from ..models.assets_usage_ref import AssetsUsageRef  # noqa: E402
from ..models.workload_ref_and_status import WorkloadRefAndStatus  # noqa: E402
