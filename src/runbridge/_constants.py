"""Every default of the SDK, once: what a client does when its caller does not say otherwise.

Plain numbers, so that importing them costs nothing (the transport turns them into httpx objects).
"""

from __future__ import annotations

# A call that never ends is never what a caller wants from an SDK: every request has a timeout, and a connection
# that cannot be opened fails sooner than a slow answer does.
DEFAULT_TIMEOUT = 30.0
DEFAULT_CONNECT_TIMEOUT = 5.0
# Retries after the first attempt, for failures that are safe to retry (see runbridge.retry).
DEFAULT_MAX_RETRIES = 3
# The connection pool of one client.
DEFAULT_MAX_CONNECTIONS = 100
DEFAULT_MAX_KEEPALIVE_CONNECTIONS = 20
# The longest one attempt may spend receiving a body that is not streamed, however slowly its bytes trickle in.
DEFAULT_BODY_DEADLINE = 600.0
# How long before a token expires it is refreshed (capped at half its lifetime).
DEFAULT_REFRESH_MARGIN = 60.0

# -- per service -------------------------------------------------------------------------------------------------

# Where each client connects when its caller names no URL: the services' hosted APIs, and the address a local
# Runicorn viewer (`runicorn viewer`) listens on.
RUNICORN_BASE_URL = "http://127.0.0.1:23300"
RUNAGENT_BASE_URL = "https://backend.run-agent.ai"
OPENAI_BASE_URL = "https://api.openai.com/v1"
# The hosted runs service, and the request contract it documents as current (older values get legacy shapes).
RUNS_BASE_URL = "https://api.vertesia.io/api/v1"
RUNS_API_VERSION = "20260803"
