"""Russian declension: personal names through pytrovich (the Petrovich rules), titles by rule.

In an addressee block the title and the name take the dative («Министру внутренних дел
Кыргызской Республики К. Байболову»); the body needs the genitive and others.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ua_letters.case.model import Gender

CASES = ("nominative", "genitive", "dative", "accusative", "instrumental", "prepositional")


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
    return result


def _decline_hyphenated(part: str, word: str, gender: Gender, case: str) -> str:
    # Double names and surnames decline in each part: Петрова-Водкина.
    return "-".join(_petrovich(part, piece, gender, case) for piece in word.split("-"))


def decline_name(full_name: str, gender: Gender, case: str) -> str:
    """Decline 'Given [Patronymic] Family' as a whole.

    >>> decline_name("Азимжан Аскаров", Gender.male, "genitive")
    'Азимжана Аскарова'
    >>> decline_name("Роза Отунбаева", Gender.female, "dative")
    'Розе Отунбаевой'
    """
    words = full_name.split()
    if len(words) == 1:
        return _decline_hyphenated("LASTNAME", words[0], gender, case)
    parts = ["FIRSTNAME"] + ["MIDDLENAME"] * (len(words) - 2) + ["LASTNAME"]
    if len(words) == 3 and not _is_patronymic(words[1]):
        parts = ["FIRSTNAME", "FIRSTNAME", "LASTNAME"]
    return " ".join(
        _decline_hyphenated(p, w, gender, case) for p, w in zip(parts, words, strict=True)
    )


def _is_patronymic(word: str) -> bool:
    return bool(re.search(r"(вич|вна|чна|ич|оглы|кызы|улы)$", word.lower()))


def short_name(full_name: str, gender: Gender, case: str) -> str:
    """Initial and family name, as official letters address people: 'К. Байболову'.

    >>> short_name("Кубатбек Байболов", Gender.male, "dative")
    'К. Байболову'
    """
    words = full_name.split()
    family = _decline_hyphenated("LASTNAME", words[-1], gender, case)
    initials = " ".join(f"{w[0]}." for w in words[:-1])
    return f"{initials} {family}" if initials else family


_ADJECTIVE = re.compile(r"(ый|ий|ой|ая|яя|ое|ее)$")
_ADJ_ENDINGS = {
    "dative": {
        "ый": "ому",
        "ой": "ому",
        "ий": "ему",
        "ая": "ой",
        "яя": "ей",
        "ое": "ому",
        "ее": "ему",
    },
    "genitive": {
        "ый": "ого",
        "ой": "ого",
        "ий": "его",
        "ая": "ой",
        "яя": "ей",
        "ое": "ого",
        "ее": "его",
    },
}
_NOUN_ENDINGS = {
    "dative": {"а": "е", "я": "е", "ь": "ю", "й": "ю", "": "у"},
    "genitive": {"а": "ы", "я": "и", "ь": "я", "й": "я", "": "а"},
}
_VELAR_ADJ = re.compile(r"[гкх]ий$")


def decline_title(title: str, case: str) -> str:
    """Decline the head of a title: leading adjectives and the first noun.

    The rest of a title is already in the genitive or a prepositional phrase and stays.

    >>> decline_title("Генеральный прокурор Кыргызской Республики", "dative")
    'Генеральному прокурору Кыргызской Республики'
    >>> decline_title("Министр внутренних дел Кыргызской Республики", "dative")
    'Министру внутренних дел Кыргызской Республики'
    """
    if case == "nominative":
        return title
    if case not in _NOUN_ENDINGS:
        raise ValueError(f"titles decline to the dative or genitive here, not the {case}")
    words = title.split(" ")
    for i, word in enumerate(words):
        if _ADJECTIVE.search(word.lower()) and i + 1 < len(words):
            words[i] = _adjective(word, case)
            continue
        words[i] = "-".join([*word.split("-")[:-1], _noun(word.split("-")[-1], case)])
        break
    return " ".join(words)


def _adjective(word: str, case: str) -> str:
    ending = word[-2:].lower()
    new = _ADJ_ENDINGS[case][ending]
    if ending == "ий" and _VELAR_ADJ.search(word.lower()):
        new = new.replace("е", "о")  # after г, к, х the ending is hard: Высокий -> Высокому
    return word[:-2] + _match_case(new, word[-2:])


def _noun(word: str, case: str) -> str:
    for ending, new in _NOUN_ENDINGS[case].items():
        if ending and word.lower().endswith(ending):
            return word[: -len(ending)] + _match_case(new, word[-len(ending) :])
    if word[-1:].lower() in "аеёиоуыэюя" or not word[-1:].isalpha():
        return word  # indeclinable (атташе) or an abbreviation
    return word + _match_case(_NOUN_ENDINGS[case][""], word[-1])


def _match_case(new: str, old: str) -> str:
    return new.upper() if old.isupper() else new
