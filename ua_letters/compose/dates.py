"""Dates in each language's long form, from CLDR through Babel.

Never a hand-kept month list: CLDR knows that a Russian date takes the genitive month
(«20 августа 2010 г.») and how Kyrgyz and English order day, month and year.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from ua_letters.compose.typography import normalize_spaces


def long_date(day: date, language: str) -> str:
    """The date as a letter in `language` writes it, with drawable spaces only.

    >>> long_date(date(2010, 8, 20), "ru")
    '20 августа 2010\\xa0г.'
    >>> long_date(date(2010, 8, 20), "en")
    'August 20, 2010'
    """
    return normalize_spaces(format_date(day, format="long", locale=language))
