"""`interaction`: execute an interaction of the runs service with the query, and return the finished run.

    interaction:
      interaction: summarize                 # the interaction's endpoint name or id
      base_url: https://api.vertesia.io/api/v1
      api_key: ${RUNS_API_KEY}               # default $RUNS_API_KEY; exchanged for short-lived JWTs
      token_url: https://sts.vertesia.io/token/issue   # optional; see runbridge.runs.RunsClient
      data: {text: "{query}"}                # the interaction's inputs (default: the query as `text`)
      config: {environment: env_openai, model: gpt-4o-mini}
      tags: [evaluation]
      output: label                          # optional: a path into the run's structured result

Each query is one `runs.execute(...)`: create a streaming run, follow its stream, return the run as stored.
`actual_output` is the run's result text (or the value at `output` in its result), and `additional_output`
holds the run id, status, model, environment, token use and finish reason. A run that ends `failed` is a failed
item carrying `runbridge.runs.RunFailedError`. Creating a run has side effects, so it is retried only when it
cannot have reached the service (the runs client's policy).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from runbridge.errors import ConfigError
from runbridge.runners.builtin._http import BACKEND_KEY, ClientRunner, extract, fill_template, output_text
from runbridge.runners.response import APIResponseData

if TYPE_CHECKING:
    from runbridge.runs import AsyncRunsClient, Run, RunsClient

__all__ = ["InteractionRunner"]


class InteractionRunner(ClientRunner["RunsClient", "AsyncRunsClient"]):
    """The runs service: execute an interaction with the query and return its result."""

    name: ClassVar[str] = "interaction"

    config_keys: ClassVar[Mapping[str, str]] = {
        "interaction": "the interaction's endpoint name or id",
        "base_url": "the service's API root (default: the runs client's default)",
        "api_key": "API key exchanged for JWTs (default $RUNS_API_KEY)",
        "token": "a ready JWT instead of an API key",
        "token_url": "the token exchange URL (default: next to base_url)",
        "data": 'the interaction inputs template (default {"text": "{query}"})',
        "config": "run config: environment, model, ...",
        "tags": "tags put on every run",
        "output": "path into the run's result (default: the result as text)",
        "timeout": "seconds per request (default 60)",
        "headers": "extra request headers",
        **BACKEND_KEY,
    }
    required_config_keys: ClassVar[frozenset[str]] = frozenset({"interaction"})

    def __init__(self, config: Mapping[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(config, **kwargs)
        self.interaction = str(self.config["interaction"])
        self.data_template = self.config.get("data", {"text": "{query}"})
        if not isinstance(self.data_template, Mapping):
            raise ConfigError("runner 'interaction': data must be a mapping of input name to template")
        for key in ("config", "headers"):
            if not isinstance(self.config.get(key) or {}, Mapping):
                raise ConfigError(f"runner 'interaction': {key} must be a mapping")
        tags = self.config.get("tags") or []
        if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
            raise ConfigError("runner 'interaction': tags must be a list of strings")
        self.tags = list(tags)
        self.api_key = self.setting("api_key", env="RUNS_API_KEY")
        if not self.api_key and not self.config.get("token"):
            raise ConfigError("runner 'interaction': set api_key (or $RUNS_API_KEY) or token")

    def secret_values(self) -> list[str]:
        found = super().secret_values()
        return [*found, self.api_key] if isinstance(self.api_key, str) and self.api_key else found

    def _client_arguments(self) -> dict[str, Any]:
        arguments: dict[str, Any] = {
            "api_key": self.api_key or None,
            "token": self.config.get("token") or None,
            "token_url": self.config.get("token_url") or None,
            "timeout": float(self.config.get("timeout", 60.0)),
            "retry": self.retry_config,
            "max_retries": None,  # the runner's retry_config decides (the client's default would override it)
            "headers": {str(key): str(value) for key, value in (self.config.get("headers") or {}).items()},
        }
        if self.config.get("base_url"):
            arguments["base_url"] = str(self.config["base_url"])
        return arguments

    def make_client(self) -> RunsClient:
        from runbridge.runs import RunsClient

        return RunsClient(**self._client_arguments())

    def make_async_client(self) -> AsyncRunsClient:
        from runbridge.runs import AsyncRunsClient

        return AsyncRunsClient(**self._client_arguments(), backend=self.backend)

    def close_client(self, client: RunsClient) -> None:
        client.close()

    async def aclose_client(self, client: AsyncRunsClient) -> None:
        await client.aclose()

    def _arguments(self, query: str, kwargs: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "data": fill_template(self.data_template, {"query": query, **kwargs}, where="data"),
            "config": dict(self.config.get("config") or {}),
            "tags": self.tags or None,
        }

    def _result(self, query: str, run: Run) -> APIResponseData:
        path = self.config.get("output")
        output = output_text(extract(structured_result(run.result), str(path))) if path else run.text
        return APIResponseData(
            query=query,
            actual_output=output,
            additional_output={
                "run_id": run.id,
                "status": str(run.status),
                "interaction": (run.interaction.name or run.interaction.id) if run.interaction else None,
                "model": run.model,
                "environment": run.environment.id if run.environment else None,
                "token_use": run.token_use or {},
                "execution_time": run.execution_time,
                "finish_reason": run.finish_reason,
            },
            trace={"run_id": run.id},
        )

    def execute(self, query: str, **kwargs: Any) -> APIResponseData:
        run = self.client.runs.execute(self.interaction, **self._arguments(query, kwargs))
        return self._result(query, run)

    async def aexecute(self, query: str, **kwargs: Any) -> APIResponseData:
        async with self.async_client() as client:
            run = await client.runs.execute(self.interaction, **self._arguments(query, kwargs))
        return self._result(query, run)


def structured_result(result: Any) -> Any:
    """The value an output path is applied to: a result's single JSON part's value, else the result as sent.

    The service sends results as parts (`[{"type": "json", "value": {...}}]`); a path such as `label` is meant
    for the value inside, not for the list of parts. With several parts, paths address the list (`[1].value`).
    """
    if isinstance(result, list):
        json_parts = [part for part in result if isinstance(part, Mapping) and part.get("type") == "json"]
        if len(json_parts) == 1 and len(result) == 1:
            return json_parts[0].get("value")
    return result
