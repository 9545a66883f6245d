"""Russian: six cases (pytrovich for names, rules for titles), the genitive month in dates.

A group's name cannot be declined by rule (it is a phrase: «14 правозащитников»), so the
case file gives its forms. Letters write the country as Kyrgyzstan itself writes it in
Russian, «Кыргызстан», where CLDR has «Киргизия».
"""

from __future__ import annotations

from ua_letters.case.model import Gender
from ua_letters.compose.grammar import ru
from ua_letters.compose.languages.base import LanguageRules


class Russian(LanguageRules):
    def decline(self, name: str, gender: Gender, case: str) -> str:
        return ru.decline_name(name, gender, case)

    def short(self, name: str, gender: Gender, case: str) -> str:
        return ru.short_name(name, gender, case)

    def family(self, words: list[str]) -> list[str]:
        return ru.family(words)

    def decline_title(self, title: str, case: str) -> str:
        return ru.decline_title(title, case)


RULES = Russian(
    code="ru",
    cases=ru.CASES,
    group_same_as_nominative=("nominative",),
    country_names={"KG": "Кыргызстан"},
)
