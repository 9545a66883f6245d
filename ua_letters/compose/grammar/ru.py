"""Russian declension of personal names, through pytrovich (the Petrovich rules).

In an addressee block the name takes the dative («К. Байболову»); the body needs the
genitive («положение Азимжана Аскарова») or the accusative («освободить Азимжана
Аскарова»). Two gaps of the rules are filled here:

- Women's given names in a soft sign decline like «Любовь»: Айгуль → Айгули, Асель →
  Асели (Petrovich knows only some of them).
- Turkic patronymic phrases «Бекболот уулу», «Мамед оглы», «Асан кызы» do not decline;
  the given name before them does («Азамата Бекболот уулу»).

Titles are declined by rule in `ru_titles`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ua_letters.case.model import Gender
from ua_letters.compose.grammar.ru_titles import decline_title

__all__ = ["CASES", "decline_name", "decline_title", "family", "short_name"]

CASES = ("nominative", "genitive", "dative", "accusative", "instrumental", "prepositional")
_MARKERS = ("уулу", "кызы", "оглы", "улы", "гызы")
# First parts of double surnames that are not surnames themselves and stay as they are.
_UNDECLINED_FIRST_PARTS = frozenset(["кара", "тер", "сен", "абу", "ибн", "бен", "аль", "эль"])
_SOFT_SIGN_ENDINGS = {"genitive": "и", "dative": "и", "prepositional": "и", "instrumental": "ю"}


@cache
def _maker() -> Any:
    from pytrovich.maker import PetrovichDeclinationMaker

    return PetrovichDeclinationMaker()


def _petrovich(part: str, word: str, gender: Gender, case: str) -> str:
    from pytrovich.enums import Case, NamePart
    from pytrovich.enums import Gender as PGender

    if case == "nominative":
        return word
    pg = {Gender.male: PGender.MALE, Gender.female: PGender.FEMALE}.get(gender, PGender.ANDROGYNOUS)
    result: str = _maker().make(NamePart[part], pg, Case[case.upper()], word)
    if (
        result == word
        and part == "FIRSTNAME"
        and gender == Gender.female
        and word.endswith("ь")
        and case in _SOFT_SIGN_ENDINGS
    ):
        ending = _SOFT_SIGN_ENDINGS[case]
        result = word[:-1] + ending if ending == "и" else word + ending
    return result


def _decline_hyphenated(part: str, word: str, gender: Gender, case: str) -> str:
    # Double names and surnames decline in each part: Петрова-Водкина. A first part that is
    # not a name of its own does not: Кара-Мурзы, Тер-Петросяна.
    pieces = word.split("-")
    return "-".join(
        piece if i == 0 and len(pieces) > 1 and piece.lower() in _UNDECLINED_FIRST_PARTS
        else _petrovich(part, piece, gender, case)
        for i, piece in enumerate(pieces)
    )


def _is_patronymic(word: str) -> bool:
    return bool(re.search(r"(вич|вна|чна|ич)$", word.lower()))


def _kept(words: list[str]) -> set[int]:
    """Positions of a patronymic phrase «Бекболот уулу»: both words stay as they are."""
    kept: set[int] = set()
    for i, word in enumerate(words):
        if i > 0 and word.lower() in _MARKERS:
            kept |= {i, i - 1} if i - 1 > 0 else {i}
    return kept


def _roles(words: list[str]) -> list[str | None]:
    """The name part of each word for pytrovich, or None for a word that does not change."""
    if len(words) == 1:
        return ["LASTNAME"]
    kept = _kept(words)
    roles: list[str | None] = []
    for i, word in enumerate(words):
        if i in kept:
            roles.append(None)
        elif i == 0:
            roles.append("FIRSTNAME")
        elif i == len(words) - 1:
            roles.append("LASTNAME")
        else:
            roles.append("MIDDLENAME" if _is_patronymic(word) else "FIRSTNAME")
    return roles


def decline_name(full_name: str, gender: Gender, case: str) -> str:
    """Decline 'Given [Patronymic] Family' as a whole.

    >>> decline_name("Азимжан Аскаров", Gender.male, "genitive")
    'Азимжана Аскарова'
    >>> decline_name("Роза Отунбаева", Gender.female, "dative")
    'Розе Отунбаевой'
    >>> decline_name("Азамат Бекболот уулу", Gender.male, "dative")
    'Азамату Бекболот уулу'
    """
    words = full_name.split()
    return " ".join(
        word if role is None else _decline_hyphenated(role, word, gender, case)
        for role, word in zip(_roles(words), words, strict=True)
    )


def family(words: list[str]) -> list[str]:
    """The words of the family name: the last one, or a phrase such as «Бекболот уулу»."""
    if len(words) >= 3 and words[-1].lower() in _MARKERS:
        return words[-2:]
    return words[-1:]


def short_name(full_name: str, gender: Gender, case: str) -> str:
    """Initials and family name, as official letters address people: 'К. Байболову'.

    >>> short_name("Кубатбек Байболов", Gender.male, "dative")
    'К. Байболову'
    >>> short_name("Азамат Бекболот уулу", Gender.male, "dative")
    'А. Бекболот уулу'
    """
    words = full_name.split()
    kept = family(words)
    given = [w for w in words[: len(words) - len(kept)] if w.lower() not in _MARKERS]
    if len(kept) == 1:
        surname = _decline_hyphenated("LASTNAME", kept[0], gender, case)
    else:
        surname = " ".join(kept)
    initials = " ".join(f"{w[0]}." for w in given)
    return f"{initials} {surname}" if initials else surname
