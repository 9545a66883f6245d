"""Names and titles in every grammatical case a template may ask for, per language.

Templates receive mappings such as `recipient.name.dative` and `recipient.short.dative`
(«Кубатбеку Байболову», «К. Байболову»). Russian uses pytrovich, Kyrgyz the suffix
rules; languages without case endings get the same form for every case. French forms
also carry the elided prepositions (`name.de` → «d’Azimzhan Askarov»).

A case file can override a full form (`forms: {ru: {dative: …}}`); the short form then
follows it. A template asking for a case the language does not have (the Russian
ablative) fails loudly instead of printing the nominative.
"""

from __future__ import annotations

from functools import lru_cache

from babel.lists import format_list

from ua_letters.case.model import GRAMMATICAL_CASES, Gender, Group, resolve
from ua_letters.compose.grammar import fr, ky, ru
from ua_letters.errors import TranslationError

Forms = dict[str, str]


def cases_of(language: str) -> tuple[str, ...]:
    """The cases a language's templates can use."""
    if language == "ru":
        return ru.CASES
    if language == "ky":
        return ky.CASES
    return GRAMMATICAL_CASES  # no case endings: every case is the nominative


@lru_cache(maxsize=4096)
def _derived(name: str, gender: Gender, language: str) -> tuple[tuple[str, str, str], ...]:
    rows = []
    for case in cases_of(language):
        if language == "ru":
            full, short = ru.decline_name(name, gender, case), ru.short_name(name, gender, case)
        elif language == "ky":
            full, short = ky.inflect(name, case), ky.short_name(name, case)
        else:
            full, short = name, _initials(name)
        rows.append((case, full, short))
    return tuple(rows)


def _initials(name: str) -> str:
    words = name.split()
    return " ".join([*(f"{w[0]}." for w in words[:-1]), words[-1]]) if words else name


def family_words(name: str, language: str) -> list[str]:
    words = name.split()
    if language == "ky":
        return ky.family(words)
    return ru.family(words)  # «Бекболот уулу» is one family name in any language


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
    if language == "fr":
        _add_elisions(full)
        _add_elisions(short)
    return full, short


def _add_elisions(forms: Forms) -> None:
    for word in fr.WORDS:
        forms[word] = fr.elide(word, forms["nominative"])


def title_forms(title: str, language: str) -> Forms:
    """A title in each case: Russian declines its head, Kyrgyz suffixes its last word."""
    if language == "ru":
        return {c: ru.decline_title(title, c) for c in ru.CASES}
    if language == "ky":
        return {c: ky.inflect_title(title, c) for c in ky.CASES}
    forms = dict.fromkeys(GRAMMATICAL_CASES, title)
    if language == "fr":
        _add_elisions(forms)
    return forms


def joined_forms(people: list[Forms], language: str) -> Forms:
    """Several people's forms, case by case, joined with the language's "and" (CLDR).

    «Азимжану Аскарову, Нурбеку Токтакунову и Розе Отунбаевой»: each name is declined on
    its own; only the list pattern joins them.
    """
    keys = [key for key in people[0] if all(key in p for p in people)]
    # French keeps each person's elided preposition: «d’Azimzhan Askarov et de Nurbek …».
    return {key: format_list([p[key] for p in people], locale=language) for key in keys}


def group_forms(group: Group, language: str) -> tuple[Forms, Forms]:
    """A group's name in each case: the case file's forms; Kyrgyz suffixes its last word.

    A Russian noun phrase («14 человек, приговорённых к смертной казни») cannot be declined
    reliably by rule, so Russian letters need every form from the case file.
    """
    name = resolve(group.name, language)
    if name is None:
        raise TranslationError(f"group.name has no {language} text")
    given = group.forms.get(language, {})
    forms: Forms = {}
    for case in cases_of(language):
        if case in given:
            forms[case] = given[case]
        elif case == "nominative" or language not in ("ru", "ky"):
            forms[case] = name
        elif language == "ky":
            forms[case] = ky.inflect(name, case)
        else:
            raise TranslationError(
                f"group.forms.{language}.{case} is missing: a {language} letter needs the "
                f"group's name in the {case} (give group.forms.{language}.{case})"
            )
    if language == "fr":
        _add_elisions(forms)
    return forms, dict(forms)
