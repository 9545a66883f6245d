"""Shared fixtures: the bundled example case, a fixed letter date, output folders."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ua_letters.case import Case, load_case

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "askarov.yaml"
SEED = Path(__file__).resolve().parent / "fixtures" / "ua-135-10-askarov.txt"
LETTER_DATE = date(2010, 8, 20)  # tests never depend on today's date
LANGUAGES = ("ru", "ky", "en")


@pytest.fixture(autouse=True)
def _signal_handlers_restored() -> Iterator[None]:
    """Each test leaves SIGINT, SIGTERM and SIGALRM as it found them, timer off.

    Tests run the command line in-process (its `main` catches stops, then ignores them as it
    exits) and send themselves signals; a handler one test leaves behind would let another
    test's late timer raise KeyboardInterrupt in pytest itself, far from its cause.
    """
    kept = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM,
                                                            signal.SIGALRM)}
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    for number, handler in kept.items():
        signal.signal(number, handler if handler is not None else signal.SIG_DFL)


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
