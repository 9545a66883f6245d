"""Hostile HTTP against the real server (`ua-letters serve`, uvicorn, raw sockets):
forged log lines, terminal escapes, hang-ups mid-body, request smuggling."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest

from tests.web.conftest import CASE_URL, Serve
from ua_letters.web.accesslog import printable
from ua_letters.web.framing import ambiguous

pytestmark = pytest.mark.slow


def exchange(base: str, data: bytes, wait: float = 2.0) -> bytes:
    """Send raw bytes, read until the server closes or goes quiet."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as connection:
        connection.sendall(data)
        connection.settimeout(wait)
        received = b""
        try:
            while chunk := connection.recv(65536):
                received += chunk
        except TimeoutError:
            pass
    return received


def access_lines(log: Path) -> list[str]:
    time.sleep(0.3)  # the server writes its line after the response
    return [line for line in log.read_text(encoding="utf-8").splitlines() if " ms" in line]


def test_a_path_with_a_line_break_cannot_forge_a_log_line(serve: Serve) -> None:
    base, log = serve()
    forged = "/x%0A2099-01-01%2000:00:00,000%20INFO%20%22GET%20/admin%22%20200%200.1%20ms"
    exchange(base, f"GET {forged} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    text = log.read_text(encoding="utf-8")
    assert not any(line.startswith("2099") for line in text.splitlines())
    (line,) = [line for line in access_lines(log) if "/x" in line]
    assert '"GET /x\\x0a2099-01-01 00:00:00,000 INFO \\x22GET /admin\\x22 200 0.1 ms" 404' in line


def test_escape_codes_never_reach_the_terminal(serve: Serve) -> None:
    base, log = serve()
    for path in ("/%1B%5B2J%1B%5B31mred", "/%E2%80%AEevil", "/%C2%85next", "/%E2%80%A8sep"):
        exchange(base, f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    raw = log.read_bytes().decode("utf-8")
    for char in ("\x1b", "\u202e", "\x85", "\u2028"):
        assert char not in raw
    assert sum("\\x1b[2J\\x1b[31mred" in line for line in access_lines(log)) == 1


def test_each_request_writes_exactly_one_line(serve: Serve) -> None:
    base, log = serve()
    before = len(access_lines(log))
    request = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"
    exchange(base, request * 4 + b"GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    lines = access_lines(log)[before:]
    assert len(lines) == 5
    assert [line.split('"')[1] for line in lines] == ["GET /"] * 4 + ["GET /nowhere"]


def test_a_client_that_hangs_up_mid_body_is_not_a_bug(serve: Serve) -> None:
    base, log = serve()
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as connection:
        connection.sendall(
            f"POST {CASE_URL}/preview HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n\r\ncsrf=abc&name=A".encode()
        )
        time.sleep(0.3)
    lines = access_lines(log)
    text = log.read_text(encoding="utf-8")
    assert "ERROR" not in text and "bug:" not in text and "Traceback" not in text
    assert [line for line in lines if "/preview" in line][-1].split('" ')[1].startswith("499 ")


@pytest.mark.parametrize(
    "headers",
    [
        "Content-Length: 4\r\nTransfer-Encoding: chunked",
        "Transfer-Encoding: chunked\r\nContent-Length: 4",
        "Content-Length: 40\r\nTransfer-Encoding: gzip, chunked",
    ],
)
def test_a_request_with_two_framings_is_refused_and_nothing_after_it_is_served(
    serve: Serve, headers: str
) -> None:
    base, log = serve()
    smuggled = "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n"
    request = (
        f"POST {CASE_URL}/preview HTTP/1.1\r\nHost: x\r\n{headers}\r\n"
        f"Content-Type: application/x-www-form-urlencoded\r\n\r\n0\r\n\r\n{smuggled}{smuggled}"
    )
    answer = exchange(base, request.encode())
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert answer.count(b"HTTP/1.1 ") == 1  # the connection was closed after the 400
    assert b"connection: close" in answer.lower()
    assert not any("/smuggled" in line for line in access_lines(log))


def test_printable_and_ambiguous_on_their_own() -> None:
    assert printable("/a b/кат\\") == "/a b/кат\\x5c"
    assert printable("/" + "a" * 400).endswith("a…")
    assert ambiguous([(b"Content-Length", b" 7 ")]) is False
    assert ambiguous([(b"content-length", b"-1")]) is True
    assert ambiguous([(b"transfer-encoding", b"identity")]) is True
