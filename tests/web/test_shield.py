"""A bug answers 500 and is logged by type and place, never by its message."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest
from starlette.types import Receive, Scope, Send

from ua_letters.web.shield import BugShield


async def buggy(scope: Scope, receive: Receive, send: Send) -> None:
    raise ValueError("Айгүл Токтогулова, Чүй проспекти 100")


async def half_sent(scope: Scope, receive: Receive, send: Send) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": []})
    raise KeyError("aigul@example.org")


def call(app: BugShield) -> httpx.Response | None:
    async def go() -> httpx.Response | None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            try:
                return await client.post("/x", data={"name": "Айгүл"})
            except Exception:  # the half-sent response is cut off, as on a real socket
                return None

    return asyncio.run(go())


def test_a_bug_is_a_500_and_its_message_is_not_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="ua_letters.web.error")
    response = call(BugShield(buggy))
    assert response is not None and response.status_code == 500
    assert response.text == "Internal Server Error"
    (record,) = [r for r in caplog.records if r.name == "ua_letters.web.error"]
    message = record.getMessage()
    assert message.startswith("bug: ValueError at ")
    assert "test_shield.py" in message and "in buggy" in message
    assert "Айгүл" not in message and "Чүй" not in message
    assert record.exc_info is None  # no traceback text with the message in it


def test_a_bug_after_the_response_started_is_logged_the_same_way(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.ERROR, logger="ua_letters.web.error")
    call(BugShield(half_sent))
    messages = [r.getMessage() for r in caplog.records if r.name == "ua_letters.web.error"]
    assert messages and messages[0].startswith("bug: KeyError at ")
    assert "aigul" not in messages[0]
