"""`http`: call any JSON endpoint described in config, with no code.

    http:
      url: https://api.example.com/v1/ask
      method: POST                          # default POST (GET sends no body)
      headers: {X-Api-Key: "${ASK_API_KEY}"}
      params: {lang: en}                    # query string; values are templates too
      body: {question: "{query}", top_k: 3} # JSON body template; "{query}" alone keeps the value's type
      output: data.answer                   # where the answer is: dotted path, [n] indexes, or /json/pointer
      retrieved: data.sources[*].text       # optional: a list of context chunks ([*] maps over a list)
      additional: {model: meta.model}       # optional: more fields into additional_output
      timeout: 30
      idempotent: false                     # true: a POST may be resent after a 5xx or a dropped connection

Placeholders are `{query}` plus any keyword argument given to `execute(query, **kwargs)`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar
from urllib.parse import quote

import httpx

from runbridge._constants import DEFAULT_TIMEOUT
from runbridge.errors import ConfigError
from runbridge.runners.builtin._http import (
    BACKEND_KEY,
    HTTPRunnerBase,
    extract,
    extract_each,
    fill_template,
    output_text,
    response_json,
    split_url,
)
from runbridge.runners.response import APIResponseData
from runbridge.transport import ClientOptions

__all__ = ["HTTPRunner"]

_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})


class HTTPRunner(HTTPRunnerBase):
    """A JSON endpoint described in config: url, method, headers, body template and output path."""

    name: ClassVar[str] = "http"

    config_keys: ClassVar[Mapping[str, str]] = {
        "url": "the endpoint, an absolute http(s) URL (may contain {placeholders})",
        "method": "GET, POST (default), PUT, PATCH or DELETE",
        "headers": "extra request headers (put credentials here via ${ENV})",
        "params": "query-string template",
        "body": 'JSON body template (default for POST/PUT/PATCH: {"query": "{query}"})',
        "output": "path of the answer in the response (default: the whole body)",
        "retrieved": "path of a list of retrieved chunks; [*] maps over a list",
        "additional": "mapping of name -> path copied into additional_output",
        "timeout": "seconds per request (default 30)",
        "verify": "TLS verification: true, false or a CA bundle path",
        "idempotent": "resend a non-GET request after a 5xx or dropped connection (default: false)",
        **BACKEND_KEY,
    }
    required_config_keys: ClassVar[frozenset[str]] = frozenset({"url"})

    def __init__(self, config: Mapping[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(config, **kwargs)
        self.method = str(self.config.get("method", "POST")).upper()
        if self.method not in _METHODS:
            raise ConfigError(
                f"runner 'http': method must be one of {', '.join(sorted(_METHODS))}, not {self.method!r}"
            )
        url = self.config["url"]
        if not isinstance(url, str):
            raise ConfigError("runner 'http': url must be a string")
        self.origin, self.path = split_url(url.replace("{", "%7B").replace("}", "%7D"), key="runner 'http': url")
        self.path = self.path.replace("%7B", "{").replace("%7D", "}")
        self._path_is_template = "{" in self.path
        default_body: Any = {"query": "{query}"} if self.method in {"POST", "PUT", "PATCH"} else None
        self.body = self.config.get("body", default_body)
        self.params = self._mapping("params")
        self.headers = {str(key): str(value) for key, value in self._mapping("headers").items()}
        self.additional = self._mapping("additional")
        for key in ("output", "retrieved"):
            if self.config.get(key) is not None and not isinstance(self.config[key], str):
                raise ConfigError(f"runner 'http': {key} must be a path string such as 'data.answer'")
        self.output = self.config.get("output")
        self.retrieved = self.config.get("retrieved")
        self.idempotent = bool(self.config.get("idempotent", False))

    def _mapping(self, key: str) -> dict[str, Any]:
        value = self.config.get(key) or {}
        if not isinstance(value, Mapping):
            raise ConfigError(f"runner 'http': {key} must be a mapping, not {type(value).__name__}")
        return dict(value)

    def client_options(self) -> ClientOptions:
        try:
            return ClientOptions(
                self.origin,
                timeout=float(self.config.get("timeout", DEFAULT_TIMEOUT)),
                retry=self.retry_config,
                headers=self.headers,
                verify=self.config.get("verify", True),
                service="runners.http",
            )
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"runner 'http': {exc}") from None

    def build_request(
        self, client: httpx.Client | httpx.AsyncClient, query: str, kwargs: Mapping[str, Any]
    ) -> httpx.Request:
        values = {"query": query, **kwargs}
        path = self.path
        if self._path_is_template:
            path = fill_template(path, {key: _url_quote(value) for key, value in values.items()}, where="url")
        params = fill_template(self.params, values, where="params")
        body = fill_template(self.body, values, where="body") if self.body is not None else None
        return client.build_request(
            self.method,
            path,
            params={key: output_text(value) for key, value in params.items()},
            json=body,
            extensions={"runbridge.idempotent": True} if self.idempotent else {},
        )

    def parse(self, query: str, response: httpx.Response) -> APIResponseData:
        data = response_json(response)
        retrieved: list[Any] = []
        if self.retrieved:
            found = extract_each(data, self.retrieved, what="retrieved")
            retrieved = found if isinstance(found, list) else [found]
        return APIResponseData(
            query=query,
            actual_output=output_text(extract(data, self.output)),
            retrieved_content=[output_text(item) for item in retrieved],
            additional_output={
                name: extract_each(data, str(path), what=f"additional.{name}") for name, path in self.additional.items()
            },
            trace={"http_status": response.status_code},
        )

    def execute(self, query: str, **kwargs: Any) -> APIResponseData:
        client = self.client
        response = client.send(self.build_request(client, query, kwargs))
        return self.parse(query, response)

    async def aexecute(self, query: str, **kwargs: Any) -> APIResponseData:
        async with self.async_client() as client:
            response = await client.send(self.build_request(client, query, kwargs))
        return self.parse(query, response)


def _url_quote(value: Any) -> str:
    return quote(output_text(value), safe="")
