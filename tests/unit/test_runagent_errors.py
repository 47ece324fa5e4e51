"""How the agent client reports failures: seed-named classes inside runbridge's hierarchy, the server's codes kept."""

from __future__ import annotations

import httpx
import pytest
from runbridge_generated.agents.models import AgentRunResponse

import runbridge
import runbridge.retry
from runbridge.runagent import errors
from runbridge.runagent._endpoint import AgentEndpoint, interpret

REQUEST = httpx.Request("POST", "http://127.0.0.1:8450/api/v1/agents/a1/run")


def response(status: int, body: object, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers, request=REQUEST)


def envelope_error(code: str, message: str, details: object = None) -> dict[str, object]:
    return {
        "success": False,
        "data": None,
        "message": None,
        "error": {"code": code, "message": message, "details": details, "field": None},
        "timestamp": "2026-11-22T10:03:46.500107",
        "request_id": "req-1",
    }


@pytest.mark.parametrize(
    ("status", "seed_class", "core_class", "code"),
    [
        (400, errors.ValidationError, runbridge.BadRequestError, "VALIDATION_ERROR"),
        (401, errors.AuthenticationError, runbridge.AuthenticationError, "AUTHENTICATION_ERROR"),
        (403, errors.PermissionDeniedError, runbridge.PermissionDeniedError, "PERMISSION_ERROR"),
        (404, errors.AgentNotFoundError, runbridge.NotFoundError, "AGENT_NOT_FOUND"),
        (422, errors.ValidationError, runbridge.UnprocessableEntityError, "VALIDATION_ERROR"),
        (429, errors.RateLimitError, runbridge.RateLimitError, "RATE_LIMIT_EXCEEDED"),
        (500, errors.ServerError, runbridge.InternalServerError, "SERVER_ERROR"),
        (502, errors.ServerError, runbridge.InternalServerError, "SERVER_ERROR"),
        (409, errors.RunAgentStatusError, runbridge.APIStatusError, "SERVER_ERROR"),
    ],
)
def test_status_codes_map_to_seed_classes_that_are_also_runbridge_classes(
    status: int, seed_class: type, core_class: type, code: str
) -> None:
    error = errors.RunAgentStatusError.from_response(response(status, {"detail": "nope"}))
    assert isinstance(error, seed_class)
    assert isinstance(error, core_class)
    assert isinstance(error, errors.RunAgentError)
    assert error.status_code == status
    assert error.code == code
    assert error.message.endswith("nope")


def test_the_servers_own_code_and_details_win() -> None:
    body = envelope_error("NOT_FOUND", "Entrypoint generic not found", {"tag": "generic"})
    error = errors.RunAgentStatusError.from_response(response(404, body, {"x-request-id": "rid-9"}))
    assert isinstance(error, errors.AgentNotFoundError)
    assert error.code == "NOT_FOUND"
    assert error.details == {"tag": "generic"}
    assert error.request_id == "rid-9"
    assert "Entrypoint generic not found" in str(error)
    assert str(error).startswith("[NOT_FOUND] ")


def test_fastapi_validation_list_becomes_details() -> None:
    issues = [{"type": "missing", "loc": ["body", "entrypoint_tag"], "msg": "Field required"}]
    error = errors.RunAgentStatusError.from_response(response(422, {"detail": issues}))
    assert isinstance(error, errors.UnprocessableInputError)
    assert error.details == {"errors": issues}


def test_seed_constructor_signature() -> None:
    error = errors.RunAgentError("boom", "MY_CODE", {"k": 1})
    assert (error.message, error.code, error.details) == ("boom", "MY_CODE", {"k": 1})
    assert errors.RunAgentError("boom").code == "UNKNOWN_ERROR"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("INTERNAL_ERROR", errors.AgentExecutionError),
        ("STREAM_ERROR", errors.AgentExecutionError),
        ("SOMETHING_NEW", errors.AgentExecutionError),
        ("AUTHENTICATION_ERROR", errors.AuthenticationError),
        ("PERMISSION_ERROR", errors.PermissionDeniedError),
        ("NOT_FOUND", errors.AgentNotFoundError),
        ("AGENT_NOT_FOUND_REMOTE", errors.AgentNotFoundError),
        ("VALIDATION_ERROR", errors.ValidationError),
        ("RATE_LIMIT_EXCEEDED", errors.RateLimitError),
    ],
)
def test_success_false_bodies_keep_the_server_code(code: str, expected: type) -> None:
    envelope = AgentRunResponse.from_dict(envelope_error(code, "it went wrong"))
    with pytest.raises(expected) as caught:
        interpret(envelope, response(200, {}))
    assert caught.value.code == code
    assert caught.value.message == "it went wrong"
    assert caught.value.request_id == "req-1"


def test_codes_in_bodies_carry_the_status_they_stand_for() -> None:
    limited = errors.error_from_code("RATE_LIMITED", "slow down", response=response(200, {}))
    assert isinstance(limited, errors.RateLimitError)
    assert limited.status_code == 429
    assert limited.response is not None
    assert limited.response.status_code == 200
    assert runbridge.retry.is_transient(limited)
    assert not runbridge.retry.is_transient(errors.error_from_code("INTERNAL_ERROR", "agent bug"))
    assert errors.error_from_code("NOT_FOUND", "no such tag").status_code == 404


def test_success_false_without_an_error_object_still_explains() -> None:
    envelope = AgentRunResponse.from_dict(
        {"success": False, "message": "quota used up", "timestamp": "t", "request_id": "r"}
    )
    with pytest.raises(errors.AgentExecutionError, match="quota used up"):
        interpret(envelope)


def test_transport_errors_become_network_and_timeout_errors() -> None:
    refused = errors.translate(runbridge.APIConnectionError("refused", request=REQUEST))
    assert isinstance(refused, errors.NetworkError)
    assert isinstance(refused, runbridge.APIConnectionError)
    assert refused.code == "CONNECTION_ERROR"
    slow = errors.translate(runbridge.APITimeoutError("slow", request=REQUEST, attempts=2))
    assert isinstance(slow, errors.TimeoutError)
    assert isinstance(slow, errors.NetworkError)
    assert isinstance(slow, runbridge.APITimeoutError)
    assert (slow.code, slow.attempts) == ("TIMEOUT", 2)
    cut = errors.translate(runbridge.StreamInterruptedError("cut"))
    assert isinstance(cut, errors.StreamInterruptedError)
    assert isinstance(cut, runbridge.StreamInterruptedError)


def test_invalid_responses_are_runbridge_validation_errors() -> None:
    html = httpx.Response(200, text="<html>hi</html>", request=REQUEST)
    core = AgentEndpoint("a1", api_key=None, base_url="http://127.0.0.1:8450", timeout=5, max_retries=0, headers=None)
    with pytest.raises(errors.InvalidResponseError) as caught:
        core.run_result(core.generated_client(), html)
    assert isinstance(caught.value, runbridge.APIResponseValidationError)
    assert caught.value.code == "INVALID_RESPONSE"
    assert "run_agent" in caught.value.message


def test_a_broken_data_field_names_the_field() -> None:
    body = {"success": True, "data": '{"type": "integer", "payload": "oops"}', "timestamp": "t", "request_id": "r"}
    core = AgentEndpoint("a1", api_key=None, base_url="http://127.0.0.1:8450", timeout=5, max_retries=0, headers=None)
    with pytest.raises(errors.InvalidResponseError, match=r"data\.payload is not valid JSON") as caught:
        core.run_result(core.generated_client(), response(200, body))
    assert caught.value.field == "data"
    assert caught.value.status_code == 200
