"""The only log a request leaves: method, path without the query string, status, time.

uvicorn's own access log prints the client address and the full URL with its query
string, so `ua-letters serve` turns it off and uses this one. No client address, no
headers, no cookies and no form data are ever logged.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOGGER = "ua_letters.web.access"
log = logging.getLogger(LOGGER)


class AccessLog:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

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
                scope.get("method", "?"),
                scope.get("path", "?"),  # the path only: the query string is never logged
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
