"""Letter dates from CLDR in every shipped language; the formal Kyrgyz date."""

from __future__ import annotations

from datetime import date

import pytest

from ua_letters.compose.dates import long_date
from ua_letters.resources import shipped_languages

EXPECTED = {
    "ru": "20 августа 2010\u00a0г.",
    "ky": "2010-жылдын 20-августу",
    "en": "20 August 2010",  # en-GB unless a case or command chooses another locale
    "de": "20. August 2010",
    "fr": "20 août 2010",
    "es": "20 de agosto de 2010",
}


def test_every_shipped_language_has_an_expected_date() -> None:
    assert set(EXPECTED) == set(shipped_languages())


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_long_dates(language: str) -> None:
    assert long_date(date(2010, 8, 20), language) == EXPECTED[language]


KYRGYZ_MONTHS = [
    "январы",
    "февралы",
    "марты",
    "апрели",
    "майы",
    "июну",
    "июлу",
    "августу",
    "сентябры",
    "октябры",
    "ноябры",
    "декабры",
]


@pytest.mark.parametrize("month", range(1, 13))
def test_kyrgyz_dates_put_the_month_in_the_possessive(month: int) -> None:
    expected = f"2024-жылдын 5-{KYRGYZ_MONTHS[month - 1]}"
    assert long_date(date(2024, month, 5), "ky") == expected


def test_french_writes_the_first_as_an_ordinal() -> None:
    assert long_date(date(2010, 8, 1), "fr") == "1er août 2010"
    assert long_date(date(2010, 8, 11), "fr") == "11 août 2010"


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_dates_use_only_drawable_spaces(language: str) -> None:
    assert "\u202f" not in long_date(date(2010, 8, 20), language)
