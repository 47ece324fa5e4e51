from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_ref import AssetRef
    from ..models.assets_usage_ref import AssetsUsageRef
    from ..models.workload_ref_and_status import WorkloadRefAndStatus


T = TypeVar("T", bound="AssetUsageInfo")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workspaces is not UNSET:
            field_dict["workspaces"] = workspaces
        if trainings is not UNSET:
            field_dict["trainings"] = trainings
        if distributed is not UNSET:
            field_dict["distributed"] = distributed
        if inferences is not UNSET:
            field_dict["inferences"] = inferences
        if templates is not UNSET:
            field_dict["templates"] = templates
        if assets is not UNSET:
            field_dict["assets"] = assets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_ref import AssetRef  # noqa: PLC0415
        from ..models.assets_usage_ref import AssetsUsageRef  # noqa: PLC0415
        from ..models.workload_ref_and_status import WorkloadRefAndStatus  # noqa: PLC0415

        d = dict(src_dict)
        _workspaces = d.pop("workspaces", UNSET)
        workspaces: list[WorkloadRefAndStatus] | Unset = UNSET
        if _workspaces is not UNSET:
            workspaces = []
            for workspaces_item_data in _workspaces:
                workspaces_item = WorkloadRefAndStatus.from_dict(workspaces_item_data)

                workspaces.append(workspaces_item)

        _trainings = d.pop("trainings", UNSET)
        trainings: list[WorkloadRefAndStatus] | Unset = UNSET
        if _trainings is not UNSET:
            trainings = []
            for trainings_item_data in _trainings:
                trainings_item = WorkloadRefAndStatus.from_dict(trainings_item_data)

                trainings.append(trainings_item)

        _distributed = d.pop("distributed", UNSET)
        distributed: list[WorkloadRefAndStatus] | Unset = UNSET
        if _distributed is not UNSET:
            distributed = []
            for distributed_item_data in _distributed:
                distributed_item = WorkloadRefAndStatus.from_dict(distributed_item_data)

                distributed.append(distributed_item)

        _inferences = d.pop("inferences", UNSET)
        inferences: list[WorkloadRefAndStatus] | Unset = UNSET
        if _inferences is not UNSET:
            inferences = []
            for inferences_item_data in _inferences:
                inferences_item = WorkloadRefAndStatus.from_dict(inferences_item_data)

                inferences.append(inferences_item)

        _templates = d.pop("templates", UNSET)
        templates: list[AssetRef] | Unset = UNSET
        if _templates is not UNSET:
            templates = []
            for templates_item_data in _templates:
                templates_item = AssetRef.from_dict(templates_item_data)

                templates.append(templates_item)

        _assets = d.pop("assets", UNSET)
        assets: AssetsUsageRef | Unset
        if isinstance(_assets, Unset):
            assets = UNSET
        else:
            assets = AssetsUsageRef.from_dict(_assets)

        instance_ = cls(
            workspaces=workspaces,
            trainings=trainings,
            distributed=distributed,
            inferences=inferences,
            templates=templates,
            assets=assets,
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
