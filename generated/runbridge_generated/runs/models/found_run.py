from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment_ref import EnvironmentRef
    from ..models.found_run_parameters import FoundRunParameters
    from ..models.interaction_ref import InteractionRef
    from ..models.token_use import TokenUse


T = TypeVar("T", bound="FoundRun")


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
        from ..models.environment_ref import EnvironmentRef  # noqa: PLC0415
        from ..models.interaction_ref import InteractionRef  # noqa: PLC0415

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if interaction is not UNSET:
            field_dict["interaction"] = interaction
        if environment is not UNSET:
            field_dict["environment"] = environment
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if parent is not UNSET:
            field_dict["parent"] = parent
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if result is not UNSET:
            field_dict["result"] = result
        if token_use is not UNSET:
            field_dict["token_use"] = token_use
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment_ref import EnvironmentRef  # noqa: PLC0415
        from ..models.found_run_parameters import FoundRunParameters  # noqa: PLC0415
        from ..models.interaction_ref import InteractionRef  # noqa: PLC0415
        from ..models.token_use import TokenUse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: RunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RunStatus(_status)

        def _parse_interaction(data: object) -> InteractionRef | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                interaction_type_0 = InteractionRef.from_dict(data)

                return interaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InteractionRef | str | Unset, data)

        interaction = _parse_interaction(d.pop("interaction", UNSET))

        def _parse_environment(data: object) -> EnvironmentRef | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0 = EnvironmentRef.from_dict(data)

                return environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnvironmentRef | None | str | Unset, data)

        environment = _parse_environment(d.pop("environment", UNSET))

        model_id = d.pop("modelId", UNSET)

        parent = d.pop("parent", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _parameters = d.pop("parameters", UNSET)
        parameters: FoundRunParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = FoundRunParameters.from_dict(_parameters)

        result = d.pop("result", UNSET)

        _token_use = d.pop("token_use", UNSET)
        token_use: TokenUse | Unset
        if isinstance(_token_use, Unset):
            token_use = UNSET
        else:
            token_use = TokenUse.from_dict(_token_use)

        execution_time = d.pop("execution_time", UNSET)

        finish_reason = d.pop("finish_reason", UNSET)

        instance_ = cls(
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
