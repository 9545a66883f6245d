"""`ua-letters serve` for real: uvicorn on a loopback port, its log, a clean stop."""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.web.conftest import CASE_URL, CLI, SUPPORTER, Serve


@pytest.mark.slow
def test_serve_answers_and_logs_only_method_path_status(serve: Serve) -> None:
    base, log = serve()
    with httpx.Client(base_url=base) as client:
        page = client.get(f"{CASE_URL}?ui=ky&q=Токтогулова")
        assert page.status_code == 200
        assert "server" not in page.headers  # uvicorn's header is off
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert token
        letter = client.post(
            f"{CASE_URL}/download/1.pdf", data={**SUPPORTER, "csrf": token.group(1)}
        )
        assert letter.status_code == 200
        assert letter.content.startswith(b"%PDF")
    time.sleep(0.2)
    text = log.read_text(encoding="utf-8")
    assert f'"GET {CASE_URL}" 200' in text
    assert f'"POST {CASE_URL}/download/1.pdf" 200' in text
    assert "?ui" not in text and "Токтогулова" not in text and "aigul" not in text
    access = [line for line in text.splitlines() if '"GET ' in line or '"POST ' in line]
    assert access and not any("127.0.0.1" in line for line in access)


def test_serve_with_a_bad_case_file_exits_1_with_a_message(tmp_path: Path) -> None:
    result = subprocess.run(
        [*CLI, "serve", str(tmp_path / "missing.yaml")], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: ")
    assert "missing.yaml" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_with_a_bad_port_is_a_usage_error() -> None:
    result = subprocess.run([*CLI, "serve", "--port", "70000"], capture_output=True, text=True)
    assert result.returncode == 2
