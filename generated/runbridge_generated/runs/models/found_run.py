from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus
from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="FoundRun")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "interaction",
        "environment",
        "modelId",
        "parent",
        "tags",
        "created_at",
        "updated_at",
        "parameters",
        "result",
        "token_use",
        "execution_time",
        "finish_reason",
    )
)


@_attrs_define
class FoundRun:
    """A run reduced to the fields a find selected (every field optional).

    Attributes:
        id (str | Unset):
        status (RunStatus | Unset): Where a run is; clients must accept values added later.
        interaction (InteractionRef | str | Unset):
        environment (EnvironmentRef | None | str | Unset):
        model_id (str | Unset):
        parent (str | Unset):
        tags (list[str] | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        parameters (FoundRunParameters | Unset):
        result (Any | Unset):
        token_use (TokenUse | Unset):
        execution_time (float | Unset):
        finish_reason (str | Unset):
    """

    id: str | Unset = UNSET
    status: RunStatus | Unset = UNSET
    interaction: InteractionRef | str | Unset = UNSET
    environment: EnvironmentRef | None | str | Unset = UNSET
    model_id: str | Unset = UNSET
    parent: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    parameters: FoundRunParameters | Unset = UNSET
    result: Any | Unset = UNSET
    token_use: TokenUse | Unset = UNSET
    execution_time: float | Unset = UNSET
    finish_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        interaction: dict[str, Any] | str | Unset
        if isinstance(self.interaction, Unset):
            interaction = UNSET
        elif isinstance(self.interaction, InteractionRef):
            interaction = self.interaction.to_dict()
        else:
            interaction = self.interaction

        environment: dict[str, Any] | None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, EnvironmentRef):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        model_id = self.model_id

        parent = self.parent

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        result = self.result

        token_use: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_use, Unset):
            token_use = self.token_use.to_dict()

        execution_time = self.execution_time

        finish_reason = self.finish_reason

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if id is not UNSET:
            fields_["id"] = id
        if status is not UNSET:
            fields_["status"] = status
        if interaction is not UNSET:
            fields_["interaction"] = interaction
        if environment is not UNSET:
            fields_["environment"] = environment
        if model_id is not UNSET:
            fields_["modelId"] = model_id
        if parent is not UNSET:
            fields_["parent"] = parent
        if tags is not UNSET:
            fields_["tags"] = tags
        if created_at is not UNSET:
            fields_["created_at"] = created_at
        if updated_at is not UNSET:
            fields_["updated_at"] = updated_at
        if parameters is not UNSET:
            fields_["parameters"] = parameters
        if result is not UNSET:
            fields_["result"] = result
        if token_use is not UNSET:
            fields_["token_use"] = token_use
        if execution_time is not UNSET:
            fields_["execution_time"] = execution_time
        if finish_reason is not UNSET:
            fields_["finish_reason"] = finish_reason

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        id = data_.get("id", UNSET)
        if (not isinstance(id, str)) and not isinstance(id, Unset):
            raise FieldError.at("id", data_, TypeError(f"expected str, got {type(id).__name__}"))
        try:
            _status = data_.get("status", UNSET)
            status: RunStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = RunStatus(_status)

        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        try:
            _interaction = data_.get("interaction", UNSET)
            interaction: InteractionRef | str | Unset
            if isinstance(_interaction, Unset):
                interaction = UNSET
            elif isinstance(_interaction, dict):
                interaction_type_0 = InteractionRef.from_dict(_interaction)

                interaction = interaction_type_0

            elif isinstance(_interaction, str):
                interaction = _interaction
            else:
                raise TypeError(f"expected InteractionRef | str | Unset, got {type(_interaction).__name__}")

        except Exception as error_:
            raise FieldError.at("interaction", data_, error_) from None
        try:
            _environment = data_.get("environment", UNSET)
            environment: EnvironmentRef | None | str | Unset
            if _environment is None:
                environment = None
            elif isinstance(_environment, Unset):
                environment = UNSET
            elif isinstance(_environment, dict):
                environment_type_0 = EnvironmentRef.from_dict(_environment)

                environment = environment_type_0

            elif isinstance(_environment, str):
                environment = _environment
            else:
                raise TypeError(f"expected EnvironmentRef | None | str | Unset, got {type(_environment).__name__}")

        except Exception as error_:
            raise FieldError.at("environment", data_, error_) from None
        model_id = data_.get("modelId", UNSET)
        if (not isinstance(model_id, str)) and not isinstance(model_id, Unset):
            raise FieldError.at("modelId", data_, TypeError(f"expected str, got {type(model_id).__name__}"))
        parent = data_.get("parent", UNSET)
        if (not isinstance(parent, str)) and not isinstance(parent, Unset):
            raise FieldError.at("parent", data_, TypeError(f"expected str, got {type(parent).__name__}"))
        try:
            tags = cast_(list[str], checked_scalars_(data_.get("tags", UNSET), str))

        except Exception as error_:
            raise FieldError.at("tags", data_, error_) from None
        try:
            _created_at = data_.get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except Exception as error_:
            raise FieldError.at("created_at", data_, error_) from None
        try:
            _updated_at = data_.get("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except Exception as error_:
            raise FieldError.at("updated_at", data_, error_) from None
        try:
            _parameters = data_.get("parameters", UNSET)
            parameters: FoundRunParameters | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = FoundRunParameters.from_dict(_parameters)

        except Exception as error_:
            raise FieldError.at("parameters", data_, error_) from None
        result = data_.get("result", UNSET)
        try:
            _token_use = data_.get("token_use", UNSET)
            token_use: TokenUse | Unset
            if isinstance(_token_use, Unset):
                token_use = UNSET
            else:
                token_use = TokenUse.from_dict(_token_use)

        except Exception as error_:
            raise FieldError.at("token_use", data_, error_) from None
        execution_time = data_.get("execution_time", UNSET)
        if (
            not isinstance(execution_time, (int, float)) or execution_time is True or execution_time is False
        ) and not isinstance(execution_time, Unset):
            raise FieldError.at(
                "execution_time", data_, TypeError(f"expected int or float, got {type(execution_time).__name__}")
            )
        finish_reason = data_.get("finish_reason", UNSET)
        if (not isinstance(finish_reason, str)) and not isinstance(finish_reason, Unset):
            raise FieldError.at("finish_reason", data_, TypeError(f"expected str, got {type(finish_reason).__name__}"))
        instance_ = cls_(
            id=id,
            status=status,
            interaction=interaction,
            environment=environment,
            model_id=model_id,
            parent=parent,
            tags=tags,
            created_at=created_at,
            updated_at=updated_at,
            parameters=parameters,
            result=result,
            token_use=token_use,
            execution_time=execution_time,
            finish_reason=finish_reason,
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
from ..models.environment_ref import EnvironmentRef  # noqa: E402
from ..models.found_run_parameters import FoundRunParameters  # noqa: E402
from ..models.interaction_ref import InteractionRef  # noqa: E402
from ..models.token_use import TokenUse  # noqa: E402
