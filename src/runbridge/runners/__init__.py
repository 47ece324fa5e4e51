"""Run queries against any API by name: a registry of runners, single calls and resumable concurrent batches.

    from runbridge.runners import APIRunner, BaseAPIRunner, APIResponseData, api_retry

    @APIRunner.register("my_chatbot")
    class MyChatbotRunner(BaseAPIRunner):
        @api_retry("Chatbot API call")            # retries transient failures only (5xx, 429, timeouts, ...)
        def execute(self, query: str, **kwargs) -> APIResponseData:
            ...

    runner = APIRunner(config="config.yaml", max_concurrent=10)   # YAML with ${ENV} substitution
    runner.execute("my_chatbot", "How do I reset my password?")
    results = await runner.execute_batch("my_chatbot", queries, checkpoint="results.jsonl")

Built-in runners (see `APIRunner.display()`): `http`, `openai_chat`, `interaction` (runs service) and
`runagent` (agent service), loaded on first use; installed packages add theirs through the `runbridge.runners`
entry point group (see `runbridge.runners.registry`). `evaluation_runner` runs a task over a dataset and scores it (see
`runbridge.runners.evaluation`).
"""

from runbridge.retry import RetryConfig
from runbridge.runners.base import BaseAPIRunner
from runbridge.runners.errors import CheckpointError, ResponseShapeError, RunnerError, UnknownRunnerError
from runbridge.runners.evaluation import (
    Contains,
    DatasetItem,
    EvaluationResult,
    ExactMatch,
    ItemResult,
    Latency,
    aevaluation_runner,
    evaluation_runner,
)
from runbridge.runners.registry import APIRunner
from runbridge.runners.response import APIResponseData
from runbridge.runners.retry import api_retry

__all__ = [
    "APIResponseData",
    "APIRunner",
    "BaseAPIRunner",
    "CheckpointError",
    "Contains",
    "DatasetItem",
    "EvaluationResult",
    "ExactMatch",
    "ItemResult",
    "Latency",
    "ResponseShapeError",
    "RetryConfig",
    "RunnerError",
    "UnknownRunnerError",
    "aevaluation_runner",
    "api_retry",
    "evaluation_runner",
]
