"""The load script runs, stops by itself, and the targets hold (a short run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "web_load.py"


@pytest.mark.slow
def test_short_load_run_meets_the_targets() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--previews", "40", "--pdfs", "15", "--timeout", "60"],
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    rows = [line for line in result.stdout.splitlines() if line.startswith(("| preview", "| pdf"))]
    assert len(rows) == 2
    assert all(row.endswith("| ok |") for row in rows)
    assert "http://127.0.0.1:" in result.stdout


def test_request_counts_are_bounded() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--previews", "100000"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "request counts are 1 to" in result.stderr
