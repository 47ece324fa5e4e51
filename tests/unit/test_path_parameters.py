"""The one path-parameter rule, and proof that every generated operation applies it before building a request."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from types import ModuleType
from unittest import mock

import pytest
import runbridge_generated

from runbridge.errors import InvalidArgumentError
from runbridge.paths import path_problem, path_segment

REFUSED = [
    "",
    ".",
    "..",
    "a/b",
    "/",
    "a\\b",
    "a?b",
    "a#b",
    "a%2Fb",
    "a%2fb",
    "a%5Cb",
    "%2e%2e",
    "a\nb",
    "a\x00b",
    "\x7f",
]
ALLOWED = ["run-1", "20250124_120000_abc123", "a b", "name:v3", "a.b", "...", "é", "a%20b", "user@host"]


@pytest.mark.parametrize("value", REFUSED)
def test_a_value_that_is_not_one_segment_is_refused_with_the_parameter_named(value: str) -> None:
    assert path_problem(value) is not None
    with pytest.raises(InvalidArgumentError, match=r"path parameter run_id=") as caught:
        path_segment("run_id", value)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("value", ALLOWED)
def test_a_segment_is_quoted_whole(value: str) -> None:
    assert path_problem(value) is None
    assert "/" not in path_segment("run_id", value)


def test_numbers_pass_unchanged() -> None:
    assert path_segment("limit", 42) == "42"


def _endpoint_modules() -> list[ModuleType]:
    modules = []
    for info in pkgutil.walk_packages(runbridge_generated.__path__, "runbridge_generated."):
        if ".api." in info.name and not info.ispkg:
            module = importlib.import_module(info.name)
            if "{" in getattr(module, "ROUTE", ""):
                modules.append(module)
    return modules


ENDPOINTS = _endpoint_modules()


def test_the_walk_finds_the_endpoints_with_path_parameters() -> None:
    packages = {module.__name__.split(".")[1] for module in ENDPOINTS}
    assert packages == {"agents", "runai_controlplane", "runicorn_viewer", "runs"}


@pytest.mark.parametrize("module", ENDPOINTS, ids=lambda module: module.__name__.removeprefix("runbridge_generated."))
def test_every_generated_operation_refuses_a_dot_segment_in_each_path_parameter(module: ModuleType) -> None:
    path_names = set(re.findall(r"\{([^}]+)\}", module.ROUTE))
    parameters = inspect.signature(module._get_kwargs).parameters
    in_path = [name for name in parameters if name in path_names or _camel(name) in path_names]
    assert len(in_path) == len(path_names), f"{module.ROUTE}: {list(parameters)}"
    for name in in_path:
        # Every other argument is a stand-in that answers any attribute: the path is checked before they are read.
        arguments = {other: mock.MagicMock() for other in parameters if other != name}
        with pytest.raises(InvalidArgumentError, match=name):
            module._get_kwargs(**arguments, **{name: ".."})


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)
