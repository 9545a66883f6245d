"""Shared fixtures: the bundled example case, a fixed letter date, output folders."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from ua_letters.case import Case, load_case

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "askarov.yaml"
SEED = Path(__file__).resolve().parent / "fixtures" / "ua-135-10-askarov.txt"
LETTER_DATE = date(2010, 8, 20)  # tests never depend on today's date
LANGUAGES = ("ru", "ky", "en")


@pytest.fixture(scope="session")
def example_case() -> Case:
    return load_case(EXAMPLE)


@pytest.fixture
def letter_date() -> date:
    return LETTER_DATE


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite tests/golden/ from the current output (review the diff before committing)",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run `ua-letters ARGS` as a user would: a real process, UTF-8 output, no stdin."""
    return subprocess.run(
        [sys.executable, "-m", "ua_letters", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "200"},
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
