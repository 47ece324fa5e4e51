"""The registry: registering, configuring (dict and YAML with ${ENV}), routing by name, and the errors."""

from __future__ import annotations

import asyncio
import io
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

import pytest

from runbridge.errors import ConfigError
from runbridge.runners import (
    APIResponseData,
    APIRunner,
    BaseAPIRunner,
    RetryConfig,
    RunnerError,
    UnknownRunnerError,
)


class EchoRunner(BaseAPIRunner):
    """Answers with the query, prefixed by its configured greeting."""

    config_keys: ClassVar[Mapping[str, str]] = {"greeting": "text put before the query", "api_key": "a credential"}
    required_config_keys: ClassVar[frozenset[str]] = frozenset({"greeting"})

    def execute(self, query: str, **kwargs: Any) -> APIResponseData:
        return APIResponseData(query=query, actual_output=f"{self.config['greeting']} {query}")


class FreeFormRunner(BaseAPIRunner):
    """Reads what it needs itself (declares no keys)."""

    def __init__(self, config: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(config, **kwargs)
        self.api_url = config.get("api_url")

    def execute(self, query: str, **kwargs: Any) -> APIResponseData:
        return APIResponseData(query=query, actual_output=f"{self.api_url}:{query}:{kwargs.get('suffix', '')}")


@pytest.fixture(autouse=True)
def registered() -> Iterator[None]:
    APIRunner.register("unit_echo")(EchoRunner)
    APIRunner.register("unit_free")(FreeFormRunner)
    yield
    APIRunner.unregister("unit_echo")
    APIRunner.unregister("unit_free")


def test_register_route_and_list() -> None:
    runner = APIRunner({"unit_echo": {"greeting": "hi"}, "unit_free": {"api_url": "u"}})

    assert runner.execute("unit_echo", "there").actual_output == "hi there"
    assert runner.execute("unit_free", "q", suffix="!").actual_output == "u:q:!"
    assert {"unit_echo", "unit_free", "http", "openai_chat"} <= set(runner.list_available_apis())
    assert isinstance(runner["unit_echo"], EchoRunner)
    assert runner["unit_echo"] is runner["unit_echo"]
    assert "unit_echo" in runner
    assert EchoRunner.name == "unit_echo"


def test_shared_options_reach_each_runner() -> None:
    policy = RetryConfig(max_attempts=7)
    runner = APIRunner({"unit_echo": {"greeting": "x"}}, max_concurrent=9, retry_config=policy, show_progress=False)

    assert runner["unit_echo"].max_concurrent == 9
    assert runner["unit_echo"].retry_config is policy
    assert runner["unit_echo"].show_progress is False


def test_trace_and_latency_are_filled_in() -> None:
    result = APIRunner({"unit_echo": {"greeting": "hi"}}).execute("unit_echo", "q")

    assert result.trace["runner"] == "unit_echo"
    assert result.trace["attempts"] == 1
    assert result.latency > 0
    assert result.status == "success"


def test_async_execute_of_a_sync_runner_runs_in_a_thread() -> None:
    runner = APIRunner({"unit_echo": {"greeting": "hi"}})
    result = asyncio.run(runner.aexecute("unit_echo", "async"))
    assert result.actual_output == "hi async"


def test_unknown_runner_name_lists_the_available_ones_with_a_hint() -> None:
    runner = APIRunner()
    with pytest.raises(UnknownRunnerError) as caught:
        runner.execute("unit_ecko", "q")
    message = str(caught.value)
    assert "did you mean 'unit_echo'?" in message
    assert "http" in message
    assert "openai_chat" in message
    assert isinstance(caught.value, LookupError)


def test_config_section_for_an_unknown_runner_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"'opnai_chat'.*did you mean 'openai_chat'"):
        APIRunner({"opnai_chat": {"model": "m"}})


def test_unknown_and_missing_keys_in_a_declared_section() -> None:
    with pytest.raises(ConfigError, match=r"unknown key 'greting'; did you mean 'greeting'"):
        APIRunner({"unit_echo": {"greting": "hi"}})
    with pytest.raises(ConfigError, match=r"missing required config key\(s\) 'greeting'"):
        APIRunner({"unit_echo": {}})
    with pytest.raises(ConfigError, match="must be a mapping"):
        APIRunner({"unit_echo": ["greeting"]})
    with pytest.raises(ConfigError, match="max_concurrent"):
        APIRunner(max_concurrent=0)


def test_yaml_config_with_environment_substitution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(
        "unit_echo:\n  greeting: ${UNIT_GREETING}\n  api_key: ${UNIT_KEY:-fallback-key}\nunit_free:\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("UNIT_GREETING", "hello")

    runner = APIRunner(config=str(path))

    assert runner.execute("unit_echo", "world").actual_output == "hello world"
    assert runner["unit_echo"].config["api_key"] == "fallback-key"
    assert "fallback-key" not in repr(runner)
    assert "fallback-key" not in repr(runner["unit_echo"])
    assert runner["unit_echo"].secret_values() == ["fallback-key"]


def test_yaml_with_a_missing_variable_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("unit_echo:\n  greeting: ${UNIT_NOT_SET_ANYWHERE}\n", encoding="utf-8")
    monkeypatch.delenv("UNIT_NOT_SET_ANYWHERE", raising=False)

    with pytest.raises(ConfigError, match="UNIT_NOT_SET_ANYWHERE is not set"):
        APIRunner(config=path)


def test_missing_config_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        APIRunner(config=tmp_path / "nope.yaml")


def test_register_rejects_what_cannot_run() -> None:
    with pytest.raises(RunnerError, match="subclass of BaseAPIRunner"):
        APIRunner.register("unit_bad")(object)  # type: ignore[type-var]

    class Empty(BaseAPIRunner):
        pass

    with pytest.raises(RunnerError, match=r"neither execute\(\) nor aexecute\(\)"):
        APIRunner.register("unit_empty")(Empty)
    with pytest.raises(RunnerError, match="runner name"):
        APIRunner.register("has space")


def test_runner_returning_the_wrong_type_is_explained() -> None:
    class Wrong(BaseAPIRunner):
        def execute(self, query: str, **kwargs: Any) -> APIResponseData:
            return {"answer": query}  # type: ignore[return-value]

    APIRunner.register("unit_wrong")(Wrong)
    try:
        with pytest.raises(RunnerError, match="must return APIResponseData"):
            APIRunner().execute("unit_wrong", "q")
    finally:
        APIRunner.unregister("unit_wrong")


def test_direct_instantiation_without_the_registry() -> None:
    runner = EchoRunner(config={"greeting": "yo"}, max_concurrent=3)
    assert runner.execute("direct").actual_output == "yo direct"
    results = asyncio.run(runner.execute_batch(["a", "b"], show_progress=False))
    assert [result.actual_output for result in results] == ["yo a", "yo b"]


def test_display_prints_a_table_of_runners_and_their_keys() -> None:
    out = io.StringIO()
    APIRunner.display(file=out)
    table = out.getvalue()
    header, rule, *rows = table.splitlines()

    assert header.split()[:3] == ["runner", "class", "async"]
    assert set(rule) <= {"-", " "}
    echo_row = next(row for row in rows if row.startswith("unit_echo"))
    assert "greeting*" in echo_row
    assert "api_key" in echo_row
    assert "Answers with the query" in echo_row
    assert any(row.startswith("http ") and "url*" in row for row in rows)
    assert any(row.startswith("unit_free") and "(free-form)" in row for row in rows)


def test_non_string_query_is_rejected_clearly() -> None:
    with pytest.raises(RunnerError, match="query must be a string"):
        APIRunner({"unit_echo": {"greeting": "x"}}).execute("unit_echo", 42)  # type: ignore[arg-type]


def test_registry_task_feeds_the_evaluation_runner() -> None:
    from runbridge.runners import DatasetItem, ExactMatch, evaluation_runner

    runner = APIRunner({"unit_echo": {"greeting": "hi"}})
    results = evaluation_runner(
        evaluation_inputs=[DatasetItem(query="a", expected_output="hi a"), DatasetItem(query="b", expected_output="x")],
        task=runner.task("unit_echo"),
        scoring_metrics=[ExactMatch()],
    )
    assert [item.scores["exact_match"] for item in results.items] == [1.0, 0.0]
    assert results.items[0].output is not None
    assert results.items[0].output.raw.trace["runner"] == "unit_echo"


def test_run_batch_works_from_sync_code_and_inside_a_running_loop() -> None:
    runner = APIRunner({"unit_echo": {"greeting": "hi"}}, show_progress=False)
    assert [result.actual_output for result in runner.run_batch("unit_echo", ["a", "b"])] == ["hi a", "hi b"]

    async def notebook_cell() -> list[str]:
        return [result.actual_output for result in runner.run_batch("unit_echo", ["c"])]

    assert asyncio.run(notebook_cell()) == ["hi c"]


def test_seed_names_come_from_the_package() -> None:
    import runbridge.runners as runners

    assert runners.APIRunner is APIRunner
    assert runners.BaseAPIRunner is BaseAPIRunner
    assert runners.RetryConfig is RetryConfig
    assert {"api_retry", "APIResponseData"} <= set(runners.__all__)


def test_async_only_runner_also_answers_sync_calls() -> None:
    class AsyncOnly(BaseAPIRunner):
        async def aexecute(self, query: str, **kwargs: Any) -> APIResponseData:
            await asyncio.sleep(0)
            return APIResponseData(query=query, actual_output=f"async:{query}")

    APIRunner.register("unit_async_only")(AsyncOnly)
    try:
        runner = APIRunner()
        assert runner["unit_async_only"].is_async
        assert runner.execute("unit_async_only", "q").actual_output == "async:q"
        assert asyncio.run(runner.aexecute("unit_async_only", "r")).actual_output == "async:r"
    finally:
        APIRunner.unregister("unit_async_only")


def test_built_ins_load_on_first_use_not_on_import() -> None:
    probe = (
        "import sys, runbridge.runners as runners\n"
        "before = 'runbridge.runners.builtin.http' in sys.modules\n"
        "runner_class = runners.APIRunner.runner_class('http')\n"
        "print(before, runner_class.__module__, runner_class.name)\n"
    )
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert completed.stdout.split() == ["False", "runbridge.runners.builtin.http", "http"]


def test_import_loads_neither_httpx_nor_asyncio_and_the_first_call_does() -> None:
    probe = (
        "import sys, runbridge.runners as runners\n"
        "print(*(name in sys.modules for name in ('httpx', 'asyncio', 'runbridge.runners.evaluation')))\n"
        "runners.evaluation_runner\n"
        "print('runbridge.runners.evaluation' in sys.modules)\n"
        "runners.APIRunner.register('probe')(type('Probe', (runners.BaseAPIRunner,), {'execute': lambda s, q: q}))\n"
        "runners.APIRunner().execute('probe', 'hello')\n"
        "print('httpx' in sys.modules)\n"
    )
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert completed.stdout.split() == ["False", "False", "False", "True", "True"]


def test_a_registered_class_wins_over_the_built_in_of_the_same_name() -> None:
    built_in = APIRunner.runner_class("http")
    APIRunner.register("http")(EchoRunner)
    try:
        assert APIRunner.runner_class("http") is EchoRunner
    finally:
        APIRunner.unregister("http")
    assert APIRunner.runner_class("http") is built_in  # the table brings the built-in back


PLUGIN_MODULE = '''
from runbridge.runners import APIResponseData, BaseAPIRunner


class ShoutRunner(BaseAPIRunner):
    """Answers with the query in capitals."""

    def execute(self, query, **kwargs):
        return APIResponseData(query=query, actual_output=query.upper())


class NotARunner:
    pass
'''


@pytest.fixture
def installed_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A package installed on sys.path (module + dist-info) that declares runners as entry points."""
    (tmp_path / "unit_shout_plugin.py").write_text(PLUGIN_MODULE)
    dist_info = tmp_path / "unit_shout_plugin-1.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: unit-shout-plugin\nVersion: 1.0\n")
    (dist_info / "entry_points.txt").write_text(
        "[runbridge.runners]\n"
        "unit_shout = unit_shout_plugin:ShoutRunner\n"
        "unit_not_a_runner = unit_shout_plugin:NotARunner\n"
        "unit_missing = unit_shout_plugin_gone:Runner\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield
    APIRunner.unregister("unit_shout")
    sys.modules.pop("unit_shout_plugin", None)


def test_installed_packages_add_runners_through_entry_points(
    installed_plugin: None, caplog: pytest.LogCaptureFixture
) -> None:
    runner = APIRunner({"unit_shout": {}})
    assert runner.execute("unit_shout", "hello").actual_output == "HELLO"
    assert runner["unit_shout"].name == "unit_shout"
    assert "unit_shout" in runner

    # A broken entry point says what is wrong when asked for, and does not hide the other runners.
    with pytest.raises(RunnerError, match=r"unit_not_a_runner.*must name a subclass of BaseAPIRunner"):
        APIRunner.runner_class("unit_not_a_runner")
    with pytest.raises(RunnerError, match=r"unit_missing.*cannot be loaded.*unit_shout_plugin_gone"):
        APIRunner.runner_class("unit_missing")
    with caplog.at_level("WARNING", logger="runbridge.runners"):
        available = APIRunner.registered()
    assert {"unit_shout", "http"} <= set(available)
    assert not {"unit_not_a_runner", "unit_missing"} & set(available)
    assert "unit_missing" in caplog.text
