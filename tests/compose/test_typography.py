"""French spacing: no-break spaces before ; : ! ? » and after «, nowhere else."""

from __future__ import annotations

import pytest

from ua_letters.compose.typography import french_spacing, typeset

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Objet : situation", f"Objet{NBSP}: situation"),
        ("Fax : +996", f"Fax{NBSP}: +996"),
        ("Bishkek: no space is added", "Bishkek: no space is added"),
        ("d’« organisation »", f"d’«{NBSP}organisation{NBSP}»"),
        ("avocat ;", f"avocat{NBSP};"),
        ("Vraiment ?", f"Vraiment{NBSP}?"),
        ("https://example.org à 10:30", "https://example.org à 10:30"),
    ],
)
def test_french_spacing(text: str, expected: str) -> None:
    assert french_spacing(text) == expected
    assert french_spacing(expected) == expected  # idempotent


def test_other_languages_keep_their_spacing() -> None:
    assert typeset("Betreff: x ; y", "de") == "Betreff: x ; y"
