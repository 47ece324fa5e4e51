"""The registry's names under the module path its documentation uses: `from runbridge.runners.api import ...`."""

from runbridge.retry import RetryConfig
from runbridge.runners.base import BaseAPIRunner
from runbridge.runners.registry import APIRunner
from runbridge.runners.response import APIResponseData
from runbridge.runners.retry import api_retry

__all__ = ["APIResponseData", "APIRunner", "BaseAPIRunner", "RetryConfig", "api_retry"]
