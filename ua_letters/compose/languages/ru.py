"""Russian: six cases (pytrovich for names, rules for titles), the genitive month in dates.

A group's name cannot be declined by rule (it is a phrase: «14 правозащитников»), so the
case file gives its forms. Letters write the country as Kyrgyzstan itself writes it in
Russian, «Кыргызстан», where CLDR has «Киргизия». A name whose declension depends on a
gender nobody knows («Ким»: Кима / Ким) is not guessed: the case file gives the gender or
the forms. A name in Latin letters (a foreign official's, kept as they write it:
latin_names.yaml) does not decline, and its short form is the whole name: the order and
number of its parts are not known, and initials would mangle «Ana María Castro Peña» or
put a Chinese given name where the surname goes.
"""

from __future__ import annotations

from collections.abc import Callable

from ua_letters.case.model import Gender
from ua_letters.compose.grammar import ru
from ua_letters.compose.languages.base import LanguageRules, UncertainForm
from ua_letters.compose.latin_names import is_latin_name


class Russian(LanguageRules):
    def decline(self, name: str, gender: Gender, case: str) -> str:
        if is_latin_name(name):
            return name
        return _certain(ru.decline_name, name, gender, case)

    def short(self, name: str, gender: Gender, case: str) -> str:
        if is_latin_name(name):
            return name
        return _certain(ru.short_name, name, gender, case)

    def family(self, words: list[str]) -> list[str]:
        return ru.family(words)

    def decline_title(self, title: str, case: str) -> str:
        return ru.decline_title(title, case)


def _certain(
    decline: Callable[[str, Gender, str], str], name: str, gender: Gender, case: str
) -> str:
    """The form for a known gender; for an unknown one, only if both genders agree on it.

    «Саша Ли» declines alike for a man and a woman; «Ким» does not (Кима / Ким), and a
    guess would be wrong half the time.
    """
    if gender != Gender.unknown:
        return decline(name, gender, case)
    male, female = decline(name, Gender.male, case), decline(name, Gender.female, case)
    if male != female:
        raise UncertainForm(case)
    return male


RULES = Russian(
    code="ru",
    cases=ru.CASES,
    group_same_as_nominative=("nominative",),
    country_names={"KG": "Кыргызстан"},
    hyphenation_dictionary="ru",
)
