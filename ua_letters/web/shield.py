"""The last line of defence: a bug answers 500 and is logged without its message.

An exception's message can quote the input that caused it, and the input here is a
supporter's name and address. So an unexpected exception is logged with its type and
its stack (file, line, function: enough to find the bug) but never its message or any
local variable, and the supporter gets a plain error page. The server keeps serving.

A client that hangs up while sending its form is not a bug (anyone could flood the error
log that way): nothing is answered and nothing but the access line is logged.
"""

from __future__ import annotations

import logging
import traceback

from starlette.requests import ClientDisconnect
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("ua_letters.web.error")


def describe(error: BaseException) -> str:
    """'ValueError at a.py:3 in f <- b.py:9 in g': where it happened, not what it said."""
    frames = traceback.extract_tb(error.__traceback__)
    where = " <- ".join(f"{f.filename}:{f.lineno} in {f.name}" for f in reversed(frames))
    return f"{type(error).__name__} at {where or '?'}"


class BugShield:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except ClientDisconnect:
            return  # the access log records it as 499; there is no one left to answer
        except Exception as error:  # the one broad catch: a bug must not leak data
            log.error("bug: %s", describe(error))
            if not started:
                response = PlainTextResponse("Internal Server Error", status_code=500)
                await response(scope, receive, send)
