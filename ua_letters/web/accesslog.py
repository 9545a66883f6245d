"""The only log a request leaves: one line with method, path (no query string), status, time.

uvicorn's own access log prints the client address and the full URL with its query
string, so `ua-letters serve` turns it off and uses this one. No client address, no
headers, no cookies and no form data are ever logged.

The path arrives percent-decoded, so `/x%0A2099-01-01 … "GET /admin" 200` would write a
second, forged line, and `%1B[2J` would reach the operator's terminal as an escape code.
Every character that is not plainly printable (controls, format characters such as the
bidi overrides, line and paragraph separators) and the quote and backslash are written
as `\\xNN` / `\\uNNNN`, so one request is always exactly one readable line.
"""

from __future__ import annotations

import logging
import time
import unicodedata
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOGGER = "ua_letters.web.access"
CLIENT_CLOSED = 499  # no response: the client hung up first (nginx's convention)
MAX_LOGGED = 300  # characters of a path; the rest is cut, with "…"
log = logging.getLogger(LOGGER)


def printable(text: str) -> str:
    r"""`text` with everything that could break the line or the terminal escaped.

    >>> printable('/x\n2099 "GET /admin" 200\x1b[2J\u202e')
    '/x\\x0a2099 \\x22GET /admin\\x22 200\\x1b[2J\\u202e'
    >>> printable("/case/135-10/кат")
    '/case/135-10/кат'
    """
    out = []
    for char in text[:MAX_LOGGED]:
        category = unicodedata.category(char)
        if char in '"\\' or category[0] == "C" or (category[0] == "Z" and char != " "):
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out) + ("…" if len(text) > MAX_LOGGED else "")


class AccessLog:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = CLIENT_CLOSED

        async def remember_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, remember_status)
        finally:
            log.info(
                '"%s %s" %d %.1f ms',
                printable(str(scope.get("method", "?"))),
                printable(str(scope.get("path", "?"))),  # never the query string
                status,
                (time.perf_counter() - started) * 1000,
            )


def log_config() -> dict[str, Any]:
    """A logging config for uvicorn: its errors and our access lines on stderr, nothing else."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(message)s"}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "plain",
                "stream": "ext://sys.stderr",
            }
        },
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
            "uvicorn.error": {"level": "INFO"},
            "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
            "ua_letters.web": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        },
    }
