"""Kyrgyz: case suffixes by vowel harmony, the formal date, no grammatical gender.

Names, titles and a group's name take their suffix on the last word; a title or a group
name that ends in a possessive («…Президенти», «…мүчөлөрү») takes the pronominal н. The
letter's date is «2010-жылдын 20-августу», not CLDR's abbreviated «2010-ж., 20-август»:
the year word (CLDR's name of the unit) in the genitive, then the day with the month in
the third-person possessive, which then takes the case a sentence needs
(«15-июнунан бери», since 15 June). Words are hyphenated by Kyrgyz's syllable rules
(hyphenation.py), as no pyphen dictionary exists for it.

A name in Latin letters (a foreign official's, kept as they write it: latin_names.yaml)
cannot take an ending, whose sound a Latin spelling does not show; the courtesy word after
it takes it instead, «Mahmoud Hussein мырзага», and its short form is the whole name, as
the order and number of its parts are not known («Wu Aiying», «Ana María Castro Peña»).
"""

from __future__ import annotations

from datetime import date

from babel.dates import get_month_names
from babel.units import get_unit_name

from ua_letters.case.model import Gender
from ua_letters.compose.grammar import ky
from ua_letters.compose.languages.base import Forms, LanguageRules, UncertainForm
from ua_letters.compose.languages.hyphenation import kyrgyz_points
from ua_letters.compose.latin_names import apposition, is_latin_name
from ua_letters.errors import TranslationError


class Kyrgyz(LanguageRules):
    def decline(self, name: str, gender: Gender, case: str) -> str:
        if is_latin_name(name):
            return f"{name} {ky.inflect(_courtesy(gender, case), case)}"
        return ky.inflect(name, case)

    def short(self, name: str, gender: Gender, case: str) -> str:
        if is_latin_name(name):
            return self.decline(name, gender, case)
        return ky.short_name(name, case)

    def family(self, words: list[str]) -> list[str]:
        return ky.family(words)

    def decline_title(self, title: str, case: str) -> str:
        return ky.inflect_title(title, case)

    def decline_group(self, name: str, case: str) -> str | None:
        return ky.inflect_title(name, case)

    def hyphenation_points(self, word: str) -> list[int]:
        return kyrgyz_points(word)  # no pyphen patterns: its syllable rules instead

    def long_date(self, day: date, locale: str | None = None) -> str:
        return self.date_forms(day, locale)["nominative"]

    def date_forms(self, day: date, locale: str | None = None) -> Forms:
        month = get_month_names("wide", "format", locale="ky")[day.month]
        year_word = get_unit_name("duration-year", length="long", locale="ky")
        if not year_word:
            raise TranslationError("this Babel's CLDR data has no Kyrgyz name for the year")
        year = ky.inflect(year_word, "genitive")
        possessed = ky.possessive(month)
        return {
            case: f"{day.year}-{year} {day.day}-{possessed}{ky.possessed_suffix(possessed, case)}"
            for case in self.cases
        }


def _courtesy(gender: Gender, case: str) -> str:
    """мырза or айым after a Latin name; unknown for a gender nobody knows."""
    word = apposition("ky", gender.value)
    if word is None:
        raise UncertainForm(case)
    return word


RULES = Kyrgyz(code="ky", cases=ky.CASES, group_same_as_nominative=("nominative",))
