"""Fixtures for the web page: the real app over httpx's ASGI transport, a frozen date.

The client drives the Starlette app in-process, exactly as uvicorn would call it, with
cookies kept between requests like a browser. App exceptions are raised, not hidden.
"""

from __future__ import annotations

import asyncio
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from ua_letters.resources import example_case
from ua_letters.web.app import create_app
from ua_letters.web.cases import Offer, load_offers

CLI = [sys.executable, "-c", "from ua_letters.cli.app import main; main()"]
LETTER_DATE = date(2010, 8, 20)
SLUG = "135-10-u1"
CASE_URL = f"/case/{SLUG}"
SUPPORTER = {
    "language": "ky",
    "name": "Айгүл Токтогулова",
    "address": "Чүй проспекти 100\nБишкек 720001\nКыргызстан",
    "email": "aigul@example.org",
    "gender": "female",
}


class Client:
    """A small synchronous wrapper around httpx.AsyncClient on the ASGI app."""

    def __init__(self, app: Starlette) -> None:
        self._loop = asyncio.new_event_loop()
        self._client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        )

    @property
    def cookies(self) -> httpx.Cookies:
        return self._client.cookies

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self._loop.run_until_complete(self._client.request(method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def token(self, url: str = CASE_URL) -> str:
        """Open a page, as a browser would, and return its CSRF form token."""
        page = self.get(url)
        found = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert found, "the page has no CSRF field"
        return found.group(1)

    def submit(self, path: str, fields: dict[str, str] | None = None, **kw: Any) -> httpx.Response:
        """POST the letter form (with a valid token unless `fields` brings its own)."""
        data = {"csrf": self.token(), **SUPPORTER, **(fields or {})}
        return self.post(path, data=data, **kw)

    def close(self) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()


@pytest.fixture(scope="session")
def offers() -> tuple[Offer, ...]:
    return load_offers([example_case()])


@pytest.fixture
def make_client() -> Iterator[Callable[..., Client]]:
    made: list[Client] = []

    def make(offers: tuple[Offer, ...], today: date = LETTER_DATE) -> Client:
        client = Client(create_app(offers, today=lambda: today, warm=False))
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., Client], offers: tuple[Offer, ...]) -> Client:
    return make_client(offers)


@pytest.fixture
def case_with_deadline(tmp_path: Path) -> Path:
    """The example case with the deadline 16 September 2010 added."""
    text = example_case().read_text(encoding="utf-8")
    assert "  issued: 2010-08-05\n" in text
    path = tmp_path / "askarov-deadline.yaml"
    path.write_text(
        text.replace("  issued: 2010-08-05\n", "  issued: 2010-08-05\n  deadline: 2010-09-16\n"),
        encoding="utf-8",
    )
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


Serve = Callable[..., tuple[str, Path]]


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Serve]:
    """`serve(*args)` starts `ua-letters serve ARGS` on a free loopback port, as a real
    process; returns its base URL and the file its stderr goes to. Stopped afterwards."""
    processes: list[subprocess.Popen[bytes]] = []

    def start(*args: str) -> tuple[str, Path]:
        port = free_port()
        log = tmp_path / f"server-{len(processes)}.log"
        with log.open("w", encoding="utf-8") as sink:
            process = subprocess.Popen(
                [*CLI, "serve", *args, "--port", str(port)], stdout=sink, stderr=subprocess.STDOUT
            )
        processes.append(process)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(base + "/", timeout=1)
                return base, log
            except httpx.TransportError:
                assert process.poll() is None, log.read_text(encoding="utf-8")
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=10)


def edited_example(tmp_path: Path, name: str, *changes: tuple[str, str]) -> Path:
    """The example case with text replaced (each `old` must be there), as a new file."""
    text = example_case().read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


MINISTER_EMAIL = "minister@mvd.example.kg"


@pytest.fixture
def case_with_email(tmp_path: Path) -> Path:
    """The example with an e-mail address for the Minister (the UA gives none)."""
    return edited_example(
        tmp_path,
        "askarov-email.yaml",
        (
            "    fax: +996 312 68 20 44\n",
            f"    fax: +996 312 68 20 44\n    email: {MINISTER_EMAIL}\n",
        ),
    )
