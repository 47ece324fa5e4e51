"""The RunAgent wire format: the two-layer `data` encoding and the run body."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runbridge.runagent._wire import (
    WireFormatError,
    check_input,
    decode_structured,
    encode_structured,
    run_body,
)

# Recorded from runagent 0.1.49's CoreSerializer.serialize_object_to_structured.
VENDOR_ENCODINGS = [
    ('{"type": "string", "payload": "\\"hi\\""}', "hi"),
    ('{"type": "object", "payload": "{\\"a\\": [1, 2]}"}', {"a": [1, 2]}),
    ('{"type": "integer", "payload": "3"}', 3),
    ('{"type": "number", "payload": "2.5"}', 2.5),
    ('{"type": "boolean", "payload": "true"}', True),
    ('{"type": "null", "payload": "null"}', None),
    ('{"type": "array", "payload": "[1, \\"x\\"]"}', [1, "x"]),
    ('{"type": "string", "payload": "\\"\\""}', ""),
    ('{"type": "object", "payload": "{\\"échec\\": \\"ü\\"}"}', {"échec": "ü"}),
]


@pytest.mark.parametrize(("encoded", "value"), VENDOR_ENCODINGS)
def test_decodes_what_the_real_server_sends(encoded: str, value: object) -> None:
    assert decode_structured(encoded) == value


@pytest.mark.parametrize(("encoded", "value"), VENDOR_ENCODINGS)
def test_encodes_byte_for_byte_like_the_real_server(encoded: str, value: object) -> None:
    assert encode_structured(value) == encoded


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=12,
)


@given(json_values)
def test_round_trip(value: object) -> None:
    decoded = decode_structured(encode_structured(value))
    assert decoded == value
    assert type(decoded) is type(value) or isinstance(value, int | float)


def test_a_string_that_looks_like_json_stays_a_string() -> None:
    # The inner layer is what tells "the string '42'" from "the number 42".
    assert decode_structured(encode_structured("42")) == "42"
    assert decode_structured(encode_structured('{"a": 1}')) == '{"a": 1}'


def test_no_result() -> None:
    assert decode_structured(None) is None
    assert decode_structured("") is None


@pytest.mark.parametrize(
    ("structured", "value"),
    [
        ({"type": "string", "payload": ""}, ""),
        ({"type": "integer", "payload": " "}, 0),
        ({"type": "array", "payload": ""}, []),
        ({"type": "object", "payload": ""}, {}),
        ({"type": "null", "payload": ""}, None),
    ],
)
def test_empty_payloads_decode_as_the_reference_client_does(structured: dict[str, str], value: object) -> None:
    assert decode_structured(json.dumps(structured)) == value


def test_already_parsed_and_legacy_shapes() -> None:
    assert decode_structured({"type": "integer", "payload": "7"}) == 7
    assert decode_structured({"result_data": {"data": encode_structured({"x": 1})}}) == {"x": 1}
    assert decode_structured({"plain": "dict"}) == {"plain": "dict"}


def test_plain_text_and_unwrapped_json_from_older_servers() -> None:
    assert decode_structured("just text") == "just text"
    assert decode_structured('{"answer": 42}') == {"answer": 42}


def test_unknown_type_names_keep_the_value() -> None:
    assert decode_structured('{"type": "decimal", "payload": "1.5"}') == 1.5


def test_a_payload_that_contradicts_its_type_is_an_error() -> None:
    with pytest.raises(WireFormatError, match="announces type 'integer' but its payload is a string") as caught:
        decode_structured('{"type": "integer", "payload": "\\"seven\\""}')
    assert caught.value.field == "data.payload"


def test_a_payload_that_is_not_json_is_an_error_naming_the_field() -> None:
    with pytest.raises(WireFormatError, match=r"content\.payload is not valid JSON for type 'object'"):
        decode_structured('{"type": "object", "payload": "{broken"}', field="content")


def test_booleans_are_not_numbers() -> None:
    with pytest.raises(WireFormatError):
        decode_structured('{"type": "integer", "payload": "true"}')


def test_run_body_always_carries_args_and_kwargs() -> None:
    body = run_body("generic", {"query": "hi"}, timeout_seconds=2.5)
    assert body == {
        "entrypoint_tag": "generic",
        "input_args": [],
        "input_kwargs": {"query": "hi"},
        "timeout_seconds": 3,
        "async_execution": False,
    }


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (["not", "a", "dict"], "must be a dict"),
        ({1: "x"}, "must be identifiers"),
        ({"has space": 1}, "must be identifiers"),
        ({"when": object()}, "JSON-serialisable"),
        ({"x": float("nan")}, "JSON-serialisable"),
    ],
)
def test_check_input_explains_what_is_wrong(bad: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_input(bad)


anything = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)
structured_like = st.fixed_dictionaries(
    {"type": st.sampled_from(["null", "boolean", "integer", "number", "string", "array", "object", "x"]) | st.text()},
    optional={"payload": st.text(max_size=30) | anything},
)


@given(st.one_of(st.text(max_size=60), anything, structured_like, structured_like.map(json.dumps)))
def test_any_input_decodes_or_raises_a_wire_format_error(data: object) -> None:
    try:
        decode_structured(data)
    except Exception as exc:  # anything but a WireFormatError fails the test below
        error: Exception | None = exc
    else:
        error = None
    assert error is None or (isinstance(error, WireFormatError) and error.field.startswith("data")), repr(error)


def test_deeply_nested_payloads_are_refused_cleanly() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    with pytest.raises(WireFormatError, match="nested too deeply"):
        decode_structured(json.dumps({"type": "array", "payload": deep}))


def test_extra_keys_beside_type_and_payload_are_tolerated() -> None:
    assert decode_structured('{"type": "integer", "payload": "5", "encoding": "json"}') == 5
