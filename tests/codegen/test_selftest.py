"""How the model self-test turns an OpenAPI schema into the JSON Schema its values are drawn from."""

from __future__ import annotations

from runbridge.codegen.selftest import json_schema


def test_nullable_becomes_a_null_type_or_a_null_branch() -> None:
    assert json_schema({"type": "string", "nullable": True}, "3.0.3") == {"type": ["string", "null"]}
    assert json_schema({"type": "string", "enum": ["a"], "nullable": True}, "3.0.3") == {
        "type": ["string", "null"],
        "enum": ["a", None],
    }
    reference = {"$ref": "#/components/schemas/Pet", "nullable": True}
    assert json_schema(reference, "3.0.3") == {"anyOf": [{"$ref": "#/components/schemas/Pet"}, {"type": "null"}]}


def test_openapi_only_keywords_are_dropped_at_any_depth() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "integer", "example": 3, "readOnly": True}}}
    assert json_schema(schema, "3.0.3") == {"type": "object", "properties": {"a": {"type": "integer"}}}


def test_lists_are_drawn_short_unless_the_schema_needs_more_items() -> None:
    assert json_schema({"type": "array", "items": {"type": "integer"}}, "3.1.0")["maxItems"] == 2
    assert json_schema({"type": "array", "items": {}, "maxItems": 9}, "3.1.0")["maxItems"] == 9
    assert json_schema({"type": ["array", "null"]}, "3.1.0")["maxItems"] == 2
    assert "maxItems" not in json_schema({"items": {"type": "array"}}, "3.1.0")  # a schema named "items"
    assert "maxItems" not in json_schema({"type": "array", "items": {}, "minItems": 3}, "3.1.0")
    nested = json_schema({"type": "object", "properties": {"tags": {"type": "array"}}}, "3.1.0")
    assert nested["properties"]["tags"]["maxItems"] == 2
