"""A run's stream decodes to the same events however the bytes are cut into network reads."""

from __future__ import annotations

import json

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from runbridge.runs import RunChunk, RunClosed, RunsClient
from runbridge.sandbox import tokens

texts = st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=12)
frames = st.lists(st.tuples(texts, st.sampled_from(["", "event: chunk\n", "event: message\n"])), max_size=6)


def _body(chunks: list[tuple[str, str]], newline: str) -> bytes:
    parts = [f"id: {index}\n{name}data: {json.dumps(text)}\n\n" for index, (text, name) in enumerate(chunks)]
    parts.append('event: close\ndata: {"status": "completed"}\n\n')
    return "".join(parts).replace("\n", newline).encode()


@settings(max_examples=60, deadline=None)
@given(chunks=frames, cuts=st.lists(st.integers(min_value=1, max_value=9), min_size=1), crlf=st.booleans())
def test_any_read_boundaries_give_the_same_events(chunks: list[tuple[str, str]], cuts: list[int], crlf: bool) -> None:
    body = _body(chunks, "\r\n" if crlf else "\n")
    pieces, index, turn = [], 0, 0
    while index < len(body):
        size = cuts[turn % len(cuts)]
        pieces.append(body[index : index + size])
        index, turn = index + size, turn + 1

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token/issue":
            return httpx.Response(200, json={"token": tokens.issue("split", 60), "expires_in": 60})
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=iter(pieces))

    with RunsClient("http://runs.test", api_key="sk-split", transport=httpx.MockTransport(handler)) as client:
        events = list(client.runs.stream("r1"))
    expected = [RunChunk(text, str(index)) for index, (text, _) in enumerate(chunks)]
    assert events[:-1] == expected
    assert events[-1] == RunClosed("completed", {"status": "completed"})  # type: ignore[arg-type]
