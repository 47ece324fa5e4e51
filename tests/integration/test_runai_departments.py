"""Run:ai departments whose children carry numeric-string ids (as the service sends them) parse fully typed."""

from __future__ import annotations

import pytest
from runbridge_generated.runai_controlplane.models.department_project_child import DepartmentProjectChild
from runbridge_generated.runai_controlplane.models.get_departments_response_200 import GetDepartmentsResponse200

from runbridge.errors import APIResponseValidationError
from runbridge.runai import ApiClient, RunaiClient

from .runai_sandbox import running

CHILDREN = [{"id": "1001", "name": "team-a", "children": [{"id": "1002", "name": "team-a-nlp"}]}]


def test_department_children_with_numeric_string_ids_are_typed() -> None:
    with running() as sandbox:
        sandbox.app.state.control_plane.get("department", "1")["children"] = CHILDREN
        with RunaiClient(ApiClient(sandbox.configuration())) as runai:
            department = runai.organizations.departments.get_department("1")
    children = department.children
    assert isinstance(children, list)
    assert all(isinstance(child, DepartmentProjectChild) for child in children)
    assert children[0].id == "1001"
    grandchildren = children[0].children
    assert isinstance(grandchildren, list)
    assert grandchildren[0].id == "1002"
    assert department.to_dict()["children"] == CHILDREN


def test_the_department_listing_types_its_children() -> None:
    with running() as sandbox:
        sandbox.app.state.control_plane.get("department", "1")["children"] = CHILDREN
        with RunaiClient(ApiClient(sandbox.configuration())) as runai:
            listing = runai.organizations.departments.get_departments()
    assert isinstance(listing, GetDepartmentsResponse200)
    (department,) = [item for item in listing.departments if item.id == "1"]
    children = department.children
    assert isinstance(children, list)
    assert isinstance(children[0], DepartmentProjectChild)
    assert children[0].id == "1001"
    grandchildren = children[0].children
    assert isinstance(grandchildren, list)
    assert isinstance(grandchildren[0], DepartmentProjectChild)
    assert listing.to_dict()["departments"][0]["children"] == CHILDREN


def test_a_child_that_does_not_fit_raises_naming_its_field_path_and_value() -> None:
    with running() as sandbox:
        department = sandbox.app.state.control_plane.get("department", "1")
        department["children"] = [{"id": "1001", "name": "team-a", "children": [{"name": "no id"}]}]
        with RunaiClient(ApiClient(sandbox.configuration())) as runai:
            with pytest.raises(APIResponseValidationError) as missing:
                runai.organizations.departments.get_department("1")
            department["children"] = [{"id": "1001", "name": "team-a", "children": "none"}]
            with pytest.raises(APIResponseValidationError) as wrong_type:
                runai.organizations.departments.get_department("1")
    assert missing.value.field == "children[0].children[0].id"
    assert "children[0].children[0].id: required field is missing" in str(missing.value)
    assert wrong_type.value.field == "children[0].children"
    assert "expected a list, got str (value: 'none')" in str(wrong_type.value)
