"""The built-in runners, registered when `runbridge.runners` is imported.

    http         a JSON endpoint described in config (url, method, headers, body template, output path)
    openai_chat  any OpenAI-compatible /v1/chat/completions endpoint
    interaction  the runs service: execute an interaction with the query and return its result
    runagent     the agent service: run an agent's generic entrypoint with the query

Each module imports its service client inside the runner, so importing the registry stays fast.
"""

from runbridge.runners.builtin import http, interaction, openai_chat, runagent
from runbridge.runners.builtin._http import ResponseShapeError

__all__ = ["ResponseShapeError", "http", "interaction", "openai_chat", "runagent"]
