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

T = TypeVar("T", bound="Run")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "environment",
        "created_at",
        "updated_at",
        "account",
        "project",
        "interaction",
        "modelId",
        "parent",
        "tags",
        "parameters",
        "result",
        "result_schema",
        "prompt",
        "token_use",
        "execution_time",
        "finish_reason",
        "chunks",
        "ttl",
        "config",
        "source",
        "error",
        "created_by",
        "updated_by",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
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
            fields_["interaction"] = interaction
        if model_id is not UNSET:
            fields_["modelId"] = model_id
        if parent is not UNSET:
            fields_["parent"] = parent
        if tags is not UNSET:
            fields_["tags"] = tags
        if parameters is not UNSET:
            fields_["parameters"] = parameters
        if result is not UNSET:
            fields_["result"] = result
        if result_schema is not UNSET:
            fields_["result_schema"] = result_schema
        if prompt is not UNSET:
            fields_["prompt"] = prompt
        if token_use is not UNSET:
            fields_["token_use"] = token_use
        if execution_time is not UNSET:
            fields_["execution_time"] = execution_time
        if finish_reason is not UNSET:
            fields_["finish_reason"] = finish_reason
        if chunks is not UNSET:
            fields_["chunks"] = chunks
        if ttl is not UNSET:
            fields_["ttl"] = ttl
        if config is not UNSET:
            fields_["config"] = config
        if source is not UNSET:
            fields_["source"] = source
        if error is not UNSET:
            fields_["error"] = error
        if created_by is not UNSET:
            fields_["created_by"] = created_by
        if updated_by is not UNSET:
            fields_["updated_by"] = updated_by

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            id = data_["id"]
            if not isinstance(id, str):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except Exception as error_:
            raise FieldError.at("id", data_, error_) from None
        try:
            status = RunStatus(data_["status"])

        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        try:
            _environment = data_["environment"]
            environment: EnvironmentRef | None | str
            if _environment is None:
                environment = None
            elif isinstance(_environment, dict):
                environment_type_0 = EnvironmentRef.from_dict(_environment)

                environment = environment_type_0

            elif isinstance(_environment, str):
                environment = _environment
            else:
                raise TypeError(f"expected EnvironmentRef | None | str, got {type(_environment).__name__}")

        except Exception as error_:
            raise FieldError.at("environment", data_, error_) from None
        try:
            created_at = datetime.datetime.fromisoformat(data_["created_at"])

        except Exception as error_:
            raise FieldError.at("created_at", data_, error_) from None
        try:
            updated_at = datetime.datetime.fromisoformat(data_["updated_at"])

        except Exception as error_:
            raise FieldError.at("updated_at", data_, error_) from None
        try:
            _account = data_["account"]
            account: NamedRef | str
            if isinstance(_account, dict):
                account_type_0 = NamedRef.from_dict(_account)

                account = account_type_0

            elif isinstance(_account, str):
                account = _account
            else:
                raise TypeError(f"expected NamedRef | str, got {type(_account).__name__}")

        except Exception as error_:
            raise FieldError.at("account", data_, error_) from None
        try:
            _project = data_["project"]
            project: NamedRef | str
            if isinstance(_project, dict):
                project_type_0 = NamedRef.from_dict(_project)

                project = project_type_0

            elif isinstance(_project, str):
                project = _project
            else:
                raise TypeError(f"expected NamedRef | str, got {type(_project).__name__}")

        except Exception as error_:
            raise FieldError.at("project", data_, error_) from None
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
            _parameters = data_.get("parameters", UNSET)
            parameters: RunParameters | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = RunParameters.from_dict(_parameters)

        except Exception as error_:
            raise FieldError.at("parameters", data_, error_) from None
        result = data_.get("result", UNSET)
        try:
            _result_schema = data_.get("result_schema", UNSET)
            result_schema: RunResultSchema | Unset
            if isinstance(_result_schema, Unset):
                result_schema = UNSET
            else:
                result_schema = RunResultSchema.from_dict(_result_schema)

        except Exception as error_:
            raise FieldError.at("result_schema", data_, error_) from None
        prompt = data_.get("prompt", UNSET)
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
        chunks = data_.get("chunks", UNSET)
        if (not isinstance(chunks, int) or chunks is True or chunks is False) and not isinstance(chunks, Unset):
            raise FieldError.at("chunks", data_, TypeError(f"expected int, got {type(chunks).__name__}"))
        ttl = data_.get("ttl", UNSET)
        if (not isinstance(ttl, (int, float)) or ttl is True or ttl is False) and not isinstance(ttl, Unset):
            raise FieldError.at("ttl", data_, TypeError(f"expected int or float, got {type(ttl).__name__}"))
        try:
            _config = data_.get("config", UNSET)
            config: RunConfig | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = RunConfig.from_dict(_config)

        except Exception as error_:
            raise FieldError.at("config", data_, error_) from None
        try:
            _source = data_.get("source", UNSET)
            source: RunSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = RunSource.from_dict(_source)

        except Exception as error_:
            raise FieldError.at("source", data_, error_) from None
        try:
            _error = data_.get("error", UNSET)
            error: RunError | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = RunError.from_dict(_error)

        except Exception as error_:
            raise FieldError.at("error", data_, error_) from None
        created_by = data_.get("created_by", UNSET)
        if (not isinstance(created_by, str)) and not isinstance(created_by, Unset):
            raise FieldError.at("created_by", data_, TypeError(f"expected str, got {type(created_by).__name__}"))
        updated_by = data_.get("updated_by", UNSET)
        if (not isinstance(updated_by, str)) and not isinstance(updated_by, Unset):
            raise FieldError.at("updated_by", data_, TypeError(f"expected str, got {type(updated_by).__name__}"))
        instance_ = cls_(
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
from ..models.interaction_ref import InteractionRef  # noqa: E402
from ..models.named_ref import NamedRef  # noqa: E402
from ..models.run_config import RunConfig  # noqa: E402
from ..models.run_error import RunError  # noqa: E402
from ..models.run_parameters import RunParameters  # noqa: E402
from ..models.run_result_schema import RunResultSchema  # noqa: E402
from ..models.run_source import RunSource  # noqa: E402
from ..models.token_use import TokenUse  # noqa: E402
