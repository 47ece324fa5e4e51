from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RunAssetsInfo")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("code", "config", "datasets", "pretrained", "outputs"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if code is not UNSET:
            fields_["code"] = code
        if config is not UNSET:
            fields_["config"] = config
        if datasets is not UNSET:
            fields_["datasets"] = datasets
        if pretrained is not UNSET:
            fields_["pretrained"] = pretrained
        if outputs is not UNSET:
            fields_["outputs"] = outputs

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _code = data_.get("code", UNSET)
            code: RunAssetsInfoCode | Unset
            if isinstance(_code, Unset):
                code = UNSET
            else:
                code = RunAssetsInfoCode.from_dict(_code)

        except Exception as error_:
            raise FieldError.at("code", data_, error_) from None
        try:
            _config = data_.get("config", UNSET)
            config: RunAssetsInfoConfig | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = RunAssetsInfoConfig.from_dict(_config)

        except Exception as error_:
            raise FieldError.at("config", data_, error_) from None
        try:
            _datasets = data_.get("datasets", UNSET)
            datasets: list[RunAssetsInfoDatasetsItem] | Unset = UNSET
            if _datasets is not UNSET:
                if not isinstance(_datasets, list):
                    raise TypeError(f"expected a list, got {type(_datasets).__name__}")
                datasets = []
                for datasets_item_index_, datasets_item_data in enumerate(_datasets):
                    try:
                        datasets_item = RunAssetsInfoDatasetsItem.from_dict(datasets_item_data)

                    except Exception as error_:
                        raise FieldError.at(datasets_item_index_, _datasets, error_) from None
                    datasets.append(datasets_item)

        except Exception as error_:
            raise FieldError.at("datasets", data_, error_) from None
        try:
            _pretrained = data_.get("pretrained", UNSET)
            pretrained: list[RunAssetsInfoPretrainedItem] | Unset = UNSET
            if _pretrained is not UNSET:
                if not isinstance(_pretrained, list):
                    raise TypeError(f"expected a list, got {type(_pretrained).__name__}")
                pretrained = []
                for pretrained_item_index_, pretrained_item_data in enumerate(_pretrained):
                    try:
                        pretrained_item = RunAssetsInfoPretrainedItem.from_dict(pretrained_item_data)

                    except Exception as error_:
                        raise FieldError.at(pretrained_item_index_, _pretrained, error_) from None
                    pretrained.append(pretrained_item)

        except Exception as error_:
            raise FieldError.at("pretrained", data_, error_) from None
        try:
            _outputs = data_.get("outputs", UNSET)
            outputs: list[RunAssetsInfoOutputsItem] | Unset = UNSET
            if _outputs is not UNSET:
                if not isinstance(_outputs, list):
                    raise TypeError(f"expected a list, got {type(_outputs).__name__}")
                outputs = []
                for outputs_item_index_, outputs_item_data in enumerate(_outputs):
                    try:
                        outputs_item = RunAssetsInfoOutputsItem.from_dict(outputs_item_data)

                    except Exception as error_:
                        raise FieldError.at(outputs_item_index_, _outputs, error_) from None
                    outputs.append(outputs_item)

        except Exception as error_:
            raise FieldError.at("outputs", data_, error_) from None
        instance_ = cls_(
            code=code,
            config=config,
            datasets=datasets,
            pretrained=pretrained,
            outputs=outputs,
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
from ..models.run_assets_info_code import RunAssetsInfoCode  # noqa: E402
from ..models.run_assets_info_config import RunAssetsInfoConfig  # noqa: E402
from ..models.run_assets_info_datasets_item import RunAssetsInfoDatasetsItem  # noqa: E402
from ..models.run_assets_info_outputs_item import RunAssetsInfoOutputsItem  # noqa: E402
from ..models.run_assets_info_pretrained_item import RunAssetsInfoPretrainedItem  # noqa: E402
