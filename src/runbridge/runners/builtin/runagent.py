"""`runagent`: run a RunAgent agent's entrypoint with the query.

    runagent:
      agent_id: my-agent
      base_url: http://127.0.0.1:8450        # default $RUNAGENT_API_URL, then ~/.runagent/config.json
      api_key: ${RUNAGENT_API_KEY}           # default $RUNAGENT_API_KEY, then ~/.runagent/config.json
      entrypoint: generic                    # any non-streaming entrypoint tag
      input: {query: "{query}", top_k: 3}    # the entrypoint's keyword arguments (default: {"query": "{query}"})
      output: answer                         # optional: a path into the agent's result
      retrieved: sources[*].text             # optional: a list of context chunks

The agent's result becomes `actual_output` (text as is, anything else as JSON, or the value at `output`).
An agent that raises is a failed item carrying `runbridge.runagent.AgentExecutionError`. A run is a POST with
side effects, so it is retried only when it cannot have reached the agent (the RunAgent client's policy).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from runbridge.errors import ConfigError
from runbridge.runners.builtin._http import (
    BACKEND_KEY,
    ClientRunner,
    extract,
    extract_each,
    fill_template,
    output_text,
)
from runbridge.runners.response import APIResponseData

if TYPE_CHECKING:
    from runbridge.runagent import AsyncRunAgentClient, RunAgentClient

__all__ = ["RunAgentRunner"]


class RunAgentRunner(ClientRunner["RunAgentClient", "AsyncRunAgentClient"]):
    """The agent service: run an agent's entrypoint (default `generic`) with the query."""

    name: ClassVar[str] = "runagent"

    config_keys: ClassVar[Mapping[str, str]] = {
        "agent_id": "the deployed agent's id",
        "base_url": "the agent server (default $RUNAGENT_API_URL)",
        "api_key": "bearer key (default $RUNAGENT_API_KEY)",
        "entrypoint": "entrypoint tag (default generic)",
        "input": 'keyword-argument template (default {"query": "{query}"})',
        "output": "path into the agent's result (default: the whole result)",
        "retrieved": "path of a list of context chunks in the result; [*] maps over a list",
        "timeout": "seconds per run (default: the client's, 30)",
        "headers": "extra request headers",
        **BACKEND_KEY,
    }
    required_config_keys: ClassVar[frozenset[str]] = frozenset({"agent_id"})

    def __init__(self, config: Mapping[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(config, **kwargs)
        self.agent_id = str(self.config["agent_id"])
        self.entrypoint = str(self.config.get("entrypoint", "generic"))
        if self.entrypoint.endswith("_stream"):
            raise ConfigError(f"runner 'runagent': entrypoint {self.entrypoint!r} streams; use a non-streaming tag")
        self.input_template = self.config.get("input", {"query": "{query}"})
        if not isinstance(self.input_template, Mapping):
            raise ConfigError("runner 'runagent': input must be a mapping of argument name to template")
        if not isinstance(self.config.get("headers") or {}, Mapping):
            raise ConfigError("runner 'runagent': headers must be a mapping")

    def secret_values(self) -> list[str]:
        found = super().secret_values()
        from_environment = os.environ.get("RUNAGENT_API_KEY")
        return [*found, from_environment] if from_environment and not self.config.get("api_key") else found

    def _client_arguments(self) -> dict[str, Any]:
        timeout = self.config.get("timeout")
        return {
            "agent_id": self.agent_id,
            "api_key": self.config.get("api_key") or None,
            "base_url": self.config.get("base_url") or None,
            "timeout": float(timeout) if timeout is not None else None,
            "max_retries": self.retry_config.max_retries,
            "headers": {str(key): str(value) for key, value in (self.config.get("headers") or {}).items()} or None,
        }

    def make_client(self) -> RunAgentClient:
        from runbridge.runagent import RunAgentClient

        return RunAgentClient(**self._client_arguments())

    def make_async_client(self) -> AsyncRunAgentClient:
        from runbridge.runagent import AsyncRunAgentClient

        return AsyncRunAgentClient(**self._client_arguments(), backend=self.backend)

    def close_client(self, client: RunAgentClient) -> None:
        client.close()

    async def aclose_client(self, client: AsyncRunAgentClient) -> None:
        await client.aclose()

    def _input(self, query: str, kwargs: Mapping[str, Any]) -> dict[str, Any]:
        filled = fill_template(self.input_template, {"query": query, **kwargs}, where="input")
        return dict(filled)

    def _result(self, query: str, result: Any) -> APIResponseData:
        retrieved: list[Any] = []
        if self.config.get("retrieved"):
            found = extract_each(result, str(self.config["retrieved"]), what="retrieved")
            retrieved = found if isinstance(found, list) else [found]
        return APIResponseData(
            query=query,
            actual_output=output_text(extract(result, self.config.get("output"))),
            retrieved_content=[output_text(item) for item in retrieved],
            additional_output={"agent_id": self.agent_id, "entrypoint": self.entrypoint},
        )

    def execute(self, query: str, **kwargs: Any) -> APIResponseData:
        result = self.client.run(self.entrypoint, self._input(query, kwargs))
        return self._result(query, result)

    async def aexecute(self, query: str, **kwargs: Any) -> APIResponseData:
        async with self.async_client() as client:
            result = await client.run(self.entrypoint, self._input(query, kwargs))
        return self._result(query, result)
