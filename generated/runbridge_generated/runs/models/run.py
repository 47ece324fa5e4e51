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
    from ..models.interaction_ref import InteractionRef
    from ..models.named_ref import NamedRef
    from ..models.run_config import RunConfig
    from ..models.run_error import RunError
    from ..models.run_parameters import RunParameters
    from ..models.run_result_schema import RunResultSchema
    from ..models.run_source import RunSource
    from ..models.token_use import TokenUse


T = TypeVar("T", bound="Run")


@_attrs_define
class Run:
    """One execution of an interaction. Required are the fields every documented answer carries (the
    service's own model also always sends ttl, config, source, created_by and updated_by); `interaction`,
    `environment`, `account` and `project` come expanded or as bare ids.

        Attributes:
            id (str):
            status (RunStatus): Where a run is; clients must accept values added later.
            environment (EnvironmentRef | None | str): The environment, expanded or as its id.
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            account (NamedRef | str):
            project (NamedRef | str):
            interaction (InteractionRef | str | Unset): The interaction, expanded or as its id.
            model_id (str | Unset):
            parent (str | Unset): The parent run's id.
            tags (list[str] | Unset):
            parameters (RunParameters | Unset): The input data.
            result (Any | Unset): The output: a list of `{type, value}` parts (text, json, image, ...) or a legacy single
                value.
            result_schema (RunResultSchema | Unset): JSON Schema the result conforms to.
            prompt (Any | Unset): The rendered prompt.
            token_use (TokenUse | Unset):
            execution_time (float | Unset):
            finish_reason (str | Unset):
            chunks (int | Unset): How many chunks were streamed.
            ttl (float | Unset):
            config (RunConfig | Unset): How the run was (or is to be) executed; further keys are passed through.
            source (RunSource | Unset):
            error (RunError | Unset):
            created_by (str | Unset):
            updated_by (str | Unset):
    """

    id: str
    status: RunStatus
    environment: EnvironmentRef | None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    account: NamedRef | str
    project: NamedRef | str
    interaction: InteractionRef | str | Unset = UNSET
    model_id: str | Unset = UNSET
    parent: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    parameters: RunParameters | Unset = UNSET
    result: Any | Unset = UNSET
    result_schema: RunResultSchema | Unset = UNSET
    prompt: Any | Unset = UNSET
    token_use: TokenUse | Unset = UNSET
    execution_time: float | Unset = UNSET
    finish_reason: str | Unset = UNSET
    chunks: int | Unset = UNSET
    ttl: float | Unset = UNSET
    config: RunConfig | Unset = UNSET
    source: RunSource | Unset = UNSET
    error: RunError | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.environment_ref import EnvironmentRef  # noqa: PLC0415
        from ..models.interaction_ref import InteractionRef  # noqa: PLC0415
        from ..models.named_ref import NamedRef  # noqa: PLC0415

        id = self.id

        status = self.status.value

        environment: dict[str, Any] | None | str
        if isinstance(self.environment, EnvironmentRef):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        account: dict[str, Any] | str
        if isinstance(self.account, NamedRef):
            account = self.account.to_dict()
        else:
            account = self.account

        project: dict[str, Any] | str
        if isinstance(self.project, NamedRef):
            project = self.project.to_dict()
        else:
            project = self.project

        interaction: dict[str, Any] | str | Unset
        if isinstance(self.interaction, Unset):
            interaction = UNSET
        elif isinstance(self.interaction, InteractionRef):
            interaction = self.interaction.to_dict()
        else:
            interaction = self.interaction

        model_id = self.model_id

        parent = self.parent

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        result = self.result

        result_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result_schema, Unset):
            result_schema = self.result_schema.to_dict()

        prompt = self.prompt

        token_use: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_use, Unset):
            token_use = self.token_use.to_dict()

        execution_time = self.execution_time

        finish_reason = self.finish_reason

        chunks = self.chunks

        ttl = self.ttl

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        created_by = self.created_by

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "environment": environment,
                "created_at": created_at,
                "updated_at": updated_at,
                "account": account,
                "project": project,
            }
        )
        if interaction is not UNSET:
            field_dict["interaction"] = interaction
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if parent is not UNSET:
            field_dict["parent"] = parent
        if tags is not UNSET:
            field_dict["tags"] = tags
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if result is not UNSET:
            field_dict["result"] = result
        if result_schema is not UNSET:
            field_dict["result_schema"] = result_schema
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if token_use is not UNSET:
            field_dict["token_use"] = token_use
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if chunks is not UNSET:
            field_dict["chunks"] = chunks
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if config is not UNSET:
            field_dict["config"] = config
        if source is not UNSET:
            field_dict["source"] = source
        if error is not UNSET:
            field_dict["error"] = error
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment_ref import EnvironmentRef  # noqa: PLC0415
        from ..models.interaction_ref import InteractionRef  # noqa: PLC0415
        from ..models.named_ref import NamedRef  # noqa: PLC0415
        from ..models.run_config import RunConfig  # noqa: PLC0415
        from ..models.run_error import RunError  # noqa: PLC0415
        from ..models.run_parameters import RunParameters  # noqa: PLC0415
        from ..models.run_result_schema import RunResultSchema  # noqa: PLC0415
        from ..models.run_source import RunSource  # noqa: PLC0415
        from ..models.token_use import TokenUse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = RunStatus(d.pop("status"))

        def _parse_environment(data: object) -> EnvironmentRef | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0 = EnvironmentRef.from_dict(data)

                return environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnvironmentRef | None | str, data)

        environment = _parse_environment(d.pop("environment"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_account(data: object) -> NamedRef | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = NamedRef.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NamedRef | str, data)

        account = _parse_account(d.pop("account"))

        def _parse_project(data: object) -> NamedRef | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_type_0 = NamedRef.from_dict(data)

                return project_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NamedRef | str, data)

        project = _parse_project(d.pop("project"))

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

        model_id = d.pop("modelId", UNSET)

        parent = d.pop("parent", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _parameters = d.pop("parameters", UNSET)
        parameters: RunParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = RunParameters.from_dict(_parameters)

        result = d.pop("result", UNSET)

        _result_schema = d.pop("result_schema", UNSET)
        result_schema: RunResultSchema | Unset
        if isinstance(_result_schema, Unset):
            result_schema = UNSET
        else:
            result_schema = RunResultSchema.from_dict(_result_schema)

        prompt = d.pop("prompt", UNSET)

        _token_use = d.pop("token_use", UNSET)
        token_use: TokenUse | Unset
        if isinstance(_token_use, Unset):
            token_use = UNSET
        else:
            token_use = TokenUse.from_dict(_token_use)

        execution_time = d.pop("execution_time", UNSET)

        finish_reason = d.pop("finish_reason", UNSET)

        chunks = d.pop("chunks", UNSET)

        ttl = d.pop("ttl", UNSET)

        _config = d.pop("config", UNSET)
        config: RunConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = RunConfig.from_dict(_config)

        _source = d.pop("source", UNSET)
        source: RunSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = RunSource.from_dict(_source)

        _error = d.pop("error", UNSET)
        error: RunError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = RunError.from_dict(_error)

        created_by = d.pop("created_by", UNSET)

        updated_by = d.pop("updated_by", UNSET)

        instance_ = cls(
            id=id,
            status=status,
            environment=environment,
            created_at=created_at,
            updated_at=updated_at,
            account=account,
            project=project,
            interaction=interaction,
            model_id=model_id,
            parent=parent,
            tags=tags,
            parameters=parameters,
            result=result,
            result_schema=result_schema,
            prompt=prompt,
            token_use=token_use,
            execution_time=execution_time,
            finish_reason=finish_reason,
            chunks=chunks,
            ttl=ttl,
            config=config,
            source=source,
            error=error,
            created_by=created_by,
            updated_by=updated_by,
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
