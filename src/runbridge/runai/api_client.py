"""runapy's module path for the api clients: `from runbridge.runai.api_client import ApiClient` keeps working.

The clients live in runbridge.runai._client.
"""

from runbridge.runai._client import ApiClient, AsyncApiClient, ThreadedApiClient

__all__ = ["ApiClient", "AsyncApiClient", "ThreadedApiClient"]
