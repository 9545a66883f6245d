"""Dates in each language's long form, from CLDR through Babel.

Never a hand-kept month list: CLDR knows that a Russian date takes the genitive month
(«20 августа 2010 г.») and how German, French and Spanish order day, month and year.

Two languages write a letter's date differently from CLDR's long pattern, and the
difference is built from CLDR data, not from a list of our own:

- Kyrgyz. CLDR's long form is the abbreviated «2010-ж., 20-август». Official Kyrgyz
  letters and documents write «2010-жылдын 20-августу»: the year word in the genitive,
  then the day with the month in the third-person possessive. The month name is CLDR's
  (format context, wide), the word «жыл» is CLDR's name of the year unit, and the
  suffixes come from the Kyrgyz grammar module.
- French. The first day of a month is an ordinal: «1er août 2010» (CLDR gives «1 août»).
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date, get_month_names
from babel.units import get_unit_name

from ua_letters.compose.grammar import ky
from ua_letters.compose.typography import normalize_spaces
from ua_letters.errors import TranslationError


def long_date(day: date, language: str) -> str:
    """The date as a letter in `language` writes it, with drawable spaces only.

    >>> long_date(date(2010, 8, 20), "ru")
    '20 августа 2010\\xa0г.'
    >>> long_date(date(2010, 8, 20), "ky")
    '2010-жылдын 20-августу'
    >>> long_date(date(2010, 8, 1), "fr")
    '1er août 2010'
    """
    if language == "ky":
        return kyrgyz_date(day)
    text = format_date(day, format="long", locale=language)
    if language == "fr" and day.day == 1 and text.startswith("1 "):
        text = "1er" + text[1:]
    return normalize_spaces(text)


def kyrgyz_date(day: date) -> str:
    """«2010-жылдын 20-августу»: the formal Kyrgyz date, from CLDR words."""
    month = get_month_names("wide", "format", locale="ky")[day.month]
    year_word = get_unit_name("duration-year", length="long", locale="ky")
    if not year_word:
        raise TranslationError("this Babel's CLDR data has no Kyrgyz name for the year")
    year = ky.inflect(year_word, "genitive")
    return f"{day.year}-{year} {day.day}-{ky.possessive(month)}"
