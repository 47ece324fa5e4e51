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

from typing import TYPE_CHECKING, Any

from runbridge.retry import RetryConfig
from runbridge.runners.base import BaseAPIRunner
from runbridge.runners.errors import CheckpointError, ResponseShapeError, RunnerError, UnknownRunnerError
from runbridge.runners.registry import APIRunner
from runbridge.runners.response import APIResponseData
from runbridge.runners.retry import api_retry

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    # The evaluation names load on first use (PEP 562): they bring asyncio and the batch machinery, which a
    # registry call does not need. Every other name in __all__ is imported above.
    if name in __all__:
        from runbridge.runners import evaluation

        value = getattr(evaluation, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
