"""Manifest helpers: fax numbers in E.164, spreadsheet formulas defused."""

from __future__ import annotations

import pytest

from ua_letters.pack.manifest import e164, no_formula


@pytest.mark.parametrize(
    ("written", "expected"),
    [("+996 312 68 20 44", "+996312682044"), ("+49 (30) 1234-5678", "+493012345678")],
)
def test_e164(written: str, expected: str) -> None:
    assert e164(written) == expected


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("=1+1", "'=1+1"),
        ("+7 900", "'+7 900"),
        ("-x", "'-x"),
        ("@a", "'@a"),
        ("Anna", "Anna"),
        ("Анна-Мария", "Анна-Мария"),
    ],
)
def test_formulas_are_defused(text: str, shown: str) -> None:
    assert no_formula(text) == shown
