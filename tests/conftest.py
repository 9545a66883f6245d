"""Shared fixtures: the bundled example case, a fixed letter date, output folders."""

from __future__ import annotations

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
