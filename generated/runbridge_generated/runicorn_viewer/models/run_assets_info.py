from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_assets_info_code import RunAssetsInfoCode
    from ..models.run_assets_info_config import RunAssetsInfoConfig
    from ..models.run_assets_info_datasets_item import RunAssetsInfoDatasetsItem
    from ..models.run_assets_info_outputs_item import RunAssetsInfoOutputsItem
    from ..models.run_assets_info_pretrained_item import RunAssetsInfoPretrainedItem


T = TypeVar("T", bound="RunAssetsInfo")


@_attrs_define
class RunAssetsInfo:
    """
    Attributes:
        code (RunAssetsInfoCode | Unset):
        config (RunAssetsInfoConfig | Unset):
        datasets (list[RunAssetsInfoDatasetsItem] | Unset):
        pretrained (list[RunAssetsInfoPretrainedItem] | Unset):
        outputs (list[RunAssetsInfoOutputsItem] | Unset):
    """

    code: RunAssetsInfoCode | Unset = UNSET
    config: RunAssetsInfoConfig | Unset = UNSET
    datasets: list[RunAssetsInfoDatasetsItem] | Unset = UNSET
    pretrained: list[RunAssetsInfoPretrainedItem] | Unset = UNSET
    outputs: list[RunAssetsInfoOutputsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        datasets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datasets, Unset):
            datasets = []
            for datasets_item_data in self.datasets:
                datasets_item = datasets_item_data.to_dict()
                datasets.append(datasets_item)

        pretrained: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pretrained, Unset):
            pretrained = []
            for pretrained_item_data in self.pretrained:
                pretrained_item = pretrained_item_data.to_dict()
                pretrained.append(pretrained_item)

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item = outputs_item_data.to_dict()
                outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if config is not UNSET:
            field_dict["config"] = config
        if datasets is not UNSET:
            field_dict["datasets"] = datasets
        if pretrained is not UNSET:
            field_dict["pretrained"] = pretrained
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_assets_info_code import RunAssetsInfoCode  # noqa: PLC0415
        from ..models.run_assets_info_config import RunAssetsInfoConfig  # noqa: PLC0415
        from ..models.run_assets_info_datasets_item import RunAssetsInfoDatasetsItem  # noqa: PLC0415
        from ..models.run_assets_info_outputs_item import RunAssetsInfoOutputsItem  # noqa: PLC0415
        from ..models.run_assets_info_pretrained_item import RunAssetsInfoPretrainedItem  # noqa: PLC0415

        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: RunAssetsInfoCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = RunAssetsInfoCode.from_dict(_code)

        _config = d.pop("config", UNSET)
        config: RunAssetsInfoConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = RunAssetsInfoConfig.from_dict(_config)

        _datasets = d.pop("datasets", UNSET)
        datasets: list[RunAssetsInfoDatasetsItem] | Unset = UNSET
        if _datasets is not UNSET:
            datasets = []
            for datasets_item_data in _datasets:
                datasets_item = RunAssetsInfoDatasetsItem.from_dict(datasets_item_data)

                datasets.append(datasets_item)

        _pretrained = d.pop("pretrained", UNSET)
        pretrained: list[RunAssetsInfoPretrainedItem] | Unset = UNSET
        if _pretrained is not UNSET:
            pretrained = []
            for pretrained_item_data in _pretrained:
                pretrained_item = RunAssetsInfoPretrainedItem.from_dict(pretrained_item_data)

                pretrained.append(pretrained_item)

        _outputs = d.pop("outputs", UNSET)
        outputs: list[RunAssetsInfoOutputsItem] | Unset = UNSET
        if _outputs is not UNSET:
            outputs = []
            for outputs_item_data in _outputs:
                outputs_item = RunAssetsInfoOutputsItem.from_dict(outputs_item_data)

                outputs.append(outputs_item)

        instance_ = cls(
            code=code,
            config=config,
            datasets=datasets,
            pretrained=pretrained,
            outputs=outputs,
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
