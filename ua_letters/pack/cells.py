"""What a language or gender cell of a supporter list means, as offices fill them in.

Language cells hold codes in any case ("RU", "de-CH", "rus") or a language's name in any
of the shipped languages ("Russian", "русский", "Deutsch", "кыргызча"); the names come
from CLDR through Babel, so they are the spellings CLDR keeps, not a list kept here.
Gender cells are read leniently (cells.toml); whatever is not clearly male or female
gives the neutral wording, because a letter with neutral wording beats a skipped row.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from ua_letters.case.model import Gender
from ua_letters.resources import shipped_languages

_GENDERS = Path(__file__).with_name("cells.toml")


def _key(value: str) -> str:
    return " ".join(value.strip().rstrip(".").split()).casefold()


@cache
def _gender_table() -> dict[str, Gender]:
    table = tomllib.loads(_GENDERS.read_text(encoding="utf-8"))
    return {_key(word): Gender(gender) for gender in ("male", "female") for word in table[gender]}


def gender_of(value: str) -> Gender:
    """Gender.male or .female when the cell clearly says so, else Gender.unknown.

    >>> [str(gender_of(v)) for v in ("M", "w", "Ж", "Frau", "divers", "x", "")]
    ['male', 'female', 'female', 'female', 'unknown', 'unknown', 'unknown']
    """
    return _gender_table().get(_key(value), Gender.unknown)


@cache
def _language_names() -> dict[str, str]:
    """{casefolded code, ISO 639-2 code or CLDR name: language code}, for shipped languages."""
    from babel import Locale
    from babel.core import get_global

    codes = shipped_languages()
    names: dict[str, str] = {}
    for alias, code in get_global("language_aliases").items():
        if code in codes and len(alias) == 3 and alias.isalpha():  # deu, ger, rus, kir …
            names[alias] = code
    for shown_in in {"en", *codes}:
        languages = Locale.parse(shown_in).languages
        for code in codes:
            if code in languages:
                names[languages[code].casefold()] = code
    names.update({code: code for code in codes})
    return names


@cache
def _all_language_names() -> dict[str, str]:
    """{casefolded CLDR name of any language, in English or a shipped language: code}."""
    from babel import Locale

    names: dict[str, str] = {}
    for shown_in in ("en", *shipped_languages()):
        for code, name in Locale.parse(shown_in).languages.items():
            if code.isalpha():
                names.setdefault(name.casefold(), code)
                names.setdefault(code.casefold(), code)
    return names


def any_language_of(value: str) -> str | None:
    """The code of any language a cell names ("Italian" -> "it"), shipped or not; for
    saying which language a skipped row asked for.

    >>> any_language_of("Italienisch"), any_language_of("it-CH"), any_language_of("Klingon")
    ('it', 'it', 'tlh')
    >>> any_language_of("xx") is None
    True
    """
    key = _key(value)
    names = _all_language_names()
    return names.get(key) or names.get(key.replace("_", "-").split("-")[0])


def language_name(code: str) -> str:
    """The English CLDR name of a language, for messages: 'it' -> 'Italian'."""
    from babel import Locale

    return str(Locale.parse("en").languages.get(code, code))


def language_of(value: str) -> str | None:
    """The language code a cell names, or None when it names no shipped language.

    >>> [language_of(v) for v in ("RU", "en-GB", "de_CH", "Russian", "кыргызча", "Deutsch")]
    ['ru', 'en', 'de', 'ru', 'ky', 'de']
    >>> language_of("Klingon") is None
    True
    """
    key = _key(value)
    names = _language_names()
    if key in names:
        return names[key]
    code = key.replace("_", "-").split("-")[0]
    return names.get(code) if code.isascii() and len(code) in (2, 3) else None
