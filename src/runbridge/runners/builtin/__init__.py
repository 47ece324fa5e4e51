"""The built-in runners, one module each, loaded by the registry the first time their name is asked for.

    http         a JSON endpoint described in config (url, method, headers, body template, output path)
    openai_chat  any OpenAI-compatible /v1/chat/completions endpoint
    interaction  the runs service: execute an interaction with the query and return its result
    runagent     the agent service: run an agent's generic entrypoint with the query

The registry finds them through its name -> module table (`runbridge.runners.registry.BUILTIN_RUNNERS`); no
module here imports the registry. Each imports its service client inside the runner, so loading one stays fast.
"""
