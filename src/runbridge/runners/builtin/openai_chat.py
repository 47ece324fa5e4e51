"""`openai_chat`: any OpenAI-compatible `/v1/chat/completions` endpoint, over runbridge's transport.

    openai_chat:
      model: gpt-4o-mini
      base_url: http://127.0.0.1:8000/v1    # default $OPENAI_BASE_URL, else https://api.openai.com/v1
      api_key: ${OPENAI_API_KEY}            # default $OPENAI_API_KEY; optional for local servers
      system_prompt: You are terse.
      temperature: 0
      max_tokens: 256
      extra_body: {seed: 7}                 # merged into every request body

The answer is `choices[0].message.content`; model, usage, finish reason and completion id go into
`additional_output`. No `openai` package is needed. A chat completion changes nothing on the server, so the
request is marked safe to resend after a 5xx or a dropped connection (set `idempotent: false` to stop that).
Keyword arguments to `execute()` are added to the request body (e.g. `temperature=0.2`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import httpx

from runbridge._constants import OPENAI_BASE_URL
from runbridge.auth import StaticToken
from runbridge.errors import ConfigError
from runbridge.runners.builtin._http import (
    BACKEND_KEY,
    HTTPRunnerBase,
    extract,
    output_text,
    response_json,
    split_url,
)
from runbridge.runners.errors import ResponseShapeError
from runbridge.runners.response import APIResponseData
from runbridge.transport import ClientOptions

__all__ = ["OpenAIChatRunner"]

DEFAULT_BASE_URL = OPENAI_BASE_URL


class OpenAIChatRunner(HTTPRunnerBase):
    """An OpenAI-compatible chat completions endpoint (OpenAI, vLLM, Ollama, LiteLLM, ...)."""

    name: ClassVar[str] = "openai_chat"

    config_keys: ClassVar[Mapping[str, str]] = {
        "model": "model name sent in every request",
        "base_url": "API root including /v1 (default $OPENAI_BASE_URL or https://api.openai.com/v1)",
        "api_key": "bearer token (default $OPENAI_API_KEY; leave unset for servers without auth)",
        "organization": "OpenAI-Organization header",
        "system_prompt": "a system message put before the query",
        "temperature": "sampling temperature",
        "max_tokens": "completion token limit",
        "extra_body": "mapping merged into every request body",
        "headers": "extra request headers",
        "timeout": "seconds per request (default 60)",
        "idempotent": "resend after a 5xx or dropped connection (default: true)",
        **BACKEND_KEY,
    }
    required_config_keys: ClassVar[frozenset[str]] = frozenset({"model"})

    def __init__(self, config: Mapping[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(config, **kwargs)
        base_url = str(self.setting("base_url", env="OPENAI_BASE_URL", default=DEFAULT_BASE_URL))
        self.origin, root = split_url(base_url, key="runner 'openai_chat': base_url")
        self.endpoint = root.rstrip("/") + "/chat/completions"
        self.model = str(self.config["model"])
        self.api_key = self.setting("api_key", env="OPENAI_API_KEY")
        extra_body = self.config.get("extra_body") or {}
        headers = self.config.get("headers") or {}
        if not isinstance(extra_body, Mapping) or not isinstance(headers, Mapping):
            raise ConfigError("runner 'openai_chat': extra_body and headers must be mappings")
        self.extra_body = dict(extra_body)
        self.headers = {str(key): str(value) for key, value in headers.items()}
        if self.config.get("organization"):
            self.headers["OpenAI-Organization"] = str(self.config["organization"])
        self.idempotent = bool(self.config.get("idempotent", True))

    def secret_values(self) -> list[str]:
        # The key may come from the environment rather than the config; it must still never be written.
        found = super().secret_values()
        return [*found, self.api_key] if isinstance(self.api_key, str) and self.api_key else found

    def client_options(self) -> ClientOptions:
        try:
            return ClientOptions(
                self.origin,
                timeout=float(self.config.get("timeout", 60.0)),
                retry=self.retry_config,
                auth=StaticToken(self.api_key) if self.api_key else None,
                headers=self.headers,
                service="runners.openai_chat",
            )
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"runner 'openai_chat': {exc}") from None

    def request_body(self, query: str, overrides: Mapping[str, Any]) -> dict[str, Any]:
        messages = []
        if self.config.get("system_prompt"):
            messages.append({"role": "system", "content": str(self.config["system_prompt"])})
        messages.append({"role": "user", "content": query})
        body: dict[str, Any] = {"model": self.model, "messages": messages}
        for key in ("temperature", "max_tokens"):
            if self.config.get(key) is not None:
                body[key] = self.config[key]
        return {**body, **self.extra_body, **overrides}

    def _request(
        self, client: httpx.Client | httpx.AsyncClient, query: str, kwargs: Mapping[str, Any]
    ) -> httpx.Request:
        return client.build_request(
            "POST",
            self.endpoint,
            json=self.request_body(query, kwargs),
            extensions={"runbridge.idempotent": True} if self.idempotent else {},
        )

    def parse(self, query: str, response: httpx.Response) -> APIResponseData:
        data = response_json(response)
        choice = extract(data, "choices[0]", what="chat completion")
        message = extract(choice, "message", what="chat completion choice")
        if not isinstance(message, Mapping):
            raise ResponseShapeError(
                f"chat completion: choices[0].message is a {type(message).__name__}, not an object"
            )
        content = message.get("content")
        return APIResponseData(
            query=query,
            actual_output=output_text(content),
            additional_output={
                "model": data.get("model", self.model),
                "usage": data.get("usage") or {},
                "finish_reason": choice.get("finish_reason"),
                "id": data.get("id"),
            },
        )

    def execute(self, query: str, **kwargs: Any) -> APIResponseData:
        client = self.client
        return self.parse(query, client.send(self._request(client, query, kwargs)))

    async def aexecute(self, query: str, **kwargs: Any) -> APIResponseData:
        async with self.async_client() as client:
            response = await client.send(self._request(client, query, kwargs))
        return self.parse(query, response)
