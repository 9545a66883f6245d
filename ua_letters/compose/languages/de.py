"""German: names do not decline; a group's plural name is the same in the accusative.

A subject line in German letters (DIN 5008) carries no label. An office is a noun and
keeps its capital in running text; its article follows the official's gender.
"""

from __future__ import annotations

from ua_letters.case.model import Gender
from ua_letters.compose.languages.base import Forms, LanguageRules


class German(LanguageRules):
    def add_title_forms(self, forms: Forms, gender: Gender) -> None:
        forms["running"] = forms["nominative"]  # an office is a noun: always a capital
        forms["den"] = f"{'die' if gender == Gender.female else 'den'} {forms['nominative']}"


RULES = German(
    code="de", group_same_as_nominative=("nominative", "accusative"), hyphenation_dictionary="de"
)
