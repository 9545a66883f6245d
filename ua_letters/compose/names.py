"""Names and titles in every grammatical case a template may ask for, per language.

Templates receive mappings such as `recipient.name.dative` and `recipient.short.dative`
(«Кубатбеку Байболову», «К. Байболову»). How a name declines is the language's rule
(`compose.languages`): Russian uses pytrovich, Kyrgyz the suffix rules, and languages
without case endings give the same form for every case. French forms also carry the
elided prepositions (`name.de` → «d’Azimzhan Askarov»).

A case file can override a full form (`forms: {ru: {dative: …}}`); the short form then
follows it. A template asking for a case the language does not have (the Russian
ablative) fails loudly instead of printing the nominative.
"""

from __future__ import annotations

from functools import lru_cache

from ua_letters.case.model import Gender
from ua_letters.compose.languages import Forms, rules
from ua_letters.compose.languages.base import UncertainForm
from ua_letters.errors import TranslationError


def cases_of(language: str) -> tuple[str, ...]:
    """The cases a language's templates can use."""
    return rules(language).cases


@lru_cache(maxsize=4096)
def _derived(name: str, gender: Gender, language: str) -> tuple[tuple[str, str, str], ...]:
    """(case, full, short) for every case; "" where the form cannot be known."""
    language_rules = rules(language)
    rows = []
    for case in language_rules.cases:
        try:
            full = language_rules.decline(name, gender, case)
            short = language_rules.short(name, gender, case)
        except UncertainForm:
            full = short = ""
        rows.append((case, full, short))
    return tuple(rows)


def family_words(name: str, language: str) -> list[str]:
    return rules(language).family(name.split())


def family_name(name: str, language: str = "ru") -> str:
    """The family name as a salutation uses it: «Байболов», «Бекболот уулу»."""
    return " ".join(family_words(name, language)) or name


def name_forms(
    name: str, gender: Gender, language: str, overrides: dict[str, str] | None = None
) -> tuple[Forms, Forms]:
    """(full forms, short forms) by case name, overrides applied."""
    full: Forms = {}
    short: Forms = {}
    for case, derived_full, derived_short in _derived(name, gender, language):
        full[case], short[case] = derived_full, derived_short
    words = name.split()
    given = words[: len(words) - len(family_words(name, language))]
    initials = " ".join(f"{w[0]}." for w in given)
    for case, form in (overrides or {}).items():
        full[case] = form
        surname = " ".join(form.split()[len(given) :]) or form
        short[case] = f"{initials} {surname}" if initials else form
    uncertain = [case for case, form in full.items() if not form]
    if uncertain:
        wanted = ", ".join(f"{case}: …" for case in uncertain)
        raise TranslationError(
            f"the {language} forms of {name} depend on a gender that is unknown "
            f"({', '.join(uncertain)})",
            hint="write `gender: male` or `gender: female`, or give "
            f"forms: {{{language}: {{{wanted}}}}}",
        )
    rules(language).add_forms(full)
    rules(language).add_forms(short)
    return full, short


def title_forms(title: str, language: str, gender: Gender = Gender.unknown) -> Forms:
    """A title in each case (Russian declines its head, Kyrgyz suffixes its last word),
    and as running text writes it (`running`, with articles where the language has them).
    """
    language_rules = rules(language)
    forms = {case: language_rules.decline_title(title, case) for case in language_rules.cases}
    language_rules.add_forms(forms)
    language_rules.add_title_forms(forms, gender)
    return forms
