"""Dates in each language's long form, from CLDR through Babel.

Never a hand-kept month list: CLDR knows that a Russian date takes the genitive month
(«20 августа 2010 г.») and how German, French and Spanish order day, month and year.
Where a language's letters write a date differently from CLDR's long pattern (the formal
Kyrgyz date, the French «1er»), its rules in `compose.languages` build it from CLDR data.

The CLDR locale is the language's default (British English for `en`), unless the case
file (`locales: {en: en_US}`) or the command (`--locale en_US`) chooses another.
"""

from __future__ import annotations

from datetime import date

from ua_letters.compose.languages import Forms, rules


def long_date(day: date, language: str, locale: str | None = None) -> str:
    """The date as a letter in `language` writes it, with drawable spaces only.

    >>> long_date(date(2010, 8, 20), "ru")
    '20 августа 2010\\xa0г.'
    >>> long_date(date(2010, 8, 20), "ky")
    '2010-жылдын 20-августу'
    >>> long_date(date(2010, 8, 1), "fr"), long_date(date(2010, 8, 20), "en")
    ('1er août 2010', '20 August 2010')
    >>> long_date(date(2010, 8, 20), "en", "en_US")
    'August 20, 2010'
    """
    return rules(language).long_date(day, locale)


def date_forms(day: date, language: str, locale: str | None = None) -> Forms:
    """The date in each case a sentence may need: «15-июнунан бери» (since 15 June).

    >>> date_forms(date(2010, 6, 15), "ky")["ablative"]
    '2010-жылдын 15-июнунан'
    """
    return rules(language).date_forms(day, locale)
