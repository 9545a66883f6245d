"""Names in every grammatical case a template may ask for, per language.

Templates receive mappings such as `recipient.name.dative` and `recipient.short.dative`
(«Кубатбеку Байболову», «К. Байболову»). Russian uses pytrovich, Kyrgyz the suffix
rules; languages without case endings get the same form for every case. A case file can
override a full form (`forms: {ru: {dative: …}}`); the short form then follows it.
"""

from __future__ import annotations

from functools import lru_cache

from ua_letters.case.model import GRAMMATICAL_CASES, Gender
from ua_letters.compose.grammar import ky, ru

Forms = dict[str, str]


@lru_cache(maxsize=4096)
def _derived(name: str, gender: Gender, language: str) -> tuple[tuple[str, str, str], ...]:
    rows = []
    for case in GRAMMATICAL_CASES:
        if language == "ru" and case in ru.CASES:
            full, short = ru.decline_name(name, gender, case), ru.short_name(name, gender, case)
        elif language == "ky" and case in ky.CASES:
            full, short = ky.inflect(name, case), ky.short_name(name, case)
        else:
            full, short = name, _initials(name)
        rows.append((case, full, short))
    return tuple(rows)


def _initials(name: str) -> str:
    words = name.split()
    return " ".join([*(f"{w[0]}." for w in words[:-1]), words[-1]]) if words else name


def name_forms(
    name: str, gender: Gender, language: str, overrides: dict[str, str] | None = None
) -> tuple[Forms, Forms]:
    """(full forms, short forms) by case name, overrides applied."""
    full: Forms = {}
    short: Forms = {}
    for case, derived_full, derived_short in _derived(name, gender, language):
        full[case], short[case] = derived_full, derived_short
    for case, form in (overrides or {}).items():
        full[case] = form
        given = " ".join(f"{w[0]}." for w in name.split()[:-1])
        short[case] = f"{given} {form.split()[-1]}" if given else form
    return full, short


def family_name(name: str) -> str:
    return name.split()[-1] if name.split() else name


def title_forms(title: str, language: str) -> Forms:
    """A title in each case: Russian declines its head, other languages keep it."""
    if language == "ru":
        return {
            c: (ru.decline_title(title, c) if c in ("dative", "genitive") else title)
            for c in GRAMMATICAL_CASES
        }
    if language == "ky":
        return {c: ky.inflect(title, c) if c in ky.CASES else title for c in GRAMMATICAL_CASES}
    return dict.fromkeys(GRAMMATICAL_CASES, title)
