"""Requests whose length is ambiguous are refused, and their connection closed.

A request with both Content-Length and Transfer-Encoding (or two different lengths)
can be read one way by a proxy in front and another way here: the bytes one side takes
for the body, the other takes for a second request ("request smuggling"). RFC 9112
§6.1 lets a server refuse such a message; it must then close the connection. So the
answer is a 400 with `Connection: close`, and nothing sent after it on that connection
is ever read as a request (uvicorn's h11 protocol closes once the 400 is sent).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

BAD_REQUEST = b"Bad Request: the length of this request is ambiguous\n"


def ambiguous(headers: list[tuple[bytes, bytes]]) -> bool:
    """Both framings, several lengths, a length that is no number, or an unknown coding.

    >>> ambiguous([(b"content-length", b"4"), (b"transfer-encoding", b"chunked")])
    True
    >>> ambiguous([(b"content-length", b"4")]), ambiguous([(b"transfer-encoding", b"chunked")])
    (False, False)
    >>> ambiguous([(b"content-length", b"4"), (b"content-length", b"5")])
    True
    """
    lengths = [v.strip() for k, v in headers if k.lower() == b"content-length"]
    codings = [v.strip().lower() for k, v in headers if k.lower() == b"transfer-encoding"]
    if lengths and codings:
        return True
    if len(lengths) > 1 or any(not value.isdigit() for value in lengths):
        return True
    return bool(codings) and codings != [b"chunked"]


class RequestFraming:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not ambiguous(list(scope.get("headers", []))):
            await self.app(scope, receive, send)
            return
        await send(
            {
                "type": "http.response.start",
                "status": 400,
                "headers": [
                    (b"content-type", b"text/plain; charset=utf-8"),
                    (b"content-length", str(len(BAD_REQUEST)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": BAD_REQUEST})
