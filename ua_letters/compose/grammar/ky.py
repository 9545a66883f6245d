"""Kyrgyz case suffixes: vowel harmony and consonant assimilation.

A suffix takes its vowel from the last vowel of the word (back/front, rounded/unrounded)
and its first consonant from the last sound (vowel, voiced or voiceless consonant):
Байболов -> Байболовго, Отунбаева -> Отунбаевага, Аскаров -> Аскаровдун.
"""

from __future__ import annotations

_VOWELS = "аеёиоуыэюяөү"
# last vowel -> (low suffix vowel a/e/o/ө, high suffix vowel ы/и/у/ү)
_HARMONY = {
    "а": ("а", "ы"),
    "я": ("а", "ы"),
    "ы": ("а", "ы"),
    "о": ("о", "у"),
    "ё": ("о", "у"),
    "у": ("а", "у"),
    "ю": ("а", "у"),
    "е": ("е", "и"),
    "э": ("е", "и"),
    "и": ("е", "и"),
    "ө": ("ө", "ү"),
    "ү": ("ө", "ү"),
}
_VOICELESS = "пфктсшщчхц"
CASES = ("nominative", "genitive", "dative", "accusative", "locative", "ablative")


def _last_vowel(word: str) -> str:
    for char in reversed(word.lower()):
        if char in _VOWELS:
            return char
    return "ы"  # no vowel (an abbreviation read by letters): back harmony


def _last_sound(word: str) -> str:
    letters = [c for c in word.lower() if c.isalpha() and c not in "ьъ"]
    if not letters:
        return "vowel"
    last = letters[-1]
    if last in _VOWELS:
        return "vowel"
    return "voiceless" if last in _VOICELESS else "voiced"


def suffix(word: str, case: str) -> str:
    """The case suffix for `word`.

    >>> [suffix("Байболов", c) for c in ("dative", "genitive", "accusative")]
    ['го', 'дун', 'ду']
    >>> suffix("Отунбаева", "dative"), suffix("Бишкек", "dative"), suffix("Ибраев", "dative")
    ('га', 'ке', 'ге')
    """
    low, high = _HARMONY[_last_vowel(word)]
    sound = _last_sound(word)
    if case == "nominative":
        return ""
    if case == "dative":
        return ("к" if sound == "voiceless" else "г") + low
    if case == "genitive":
        return {"vowel": "н", "voiced": "д", "voiceless": "т"}[sound] + high + "н"
    if case == "accusative":
        return {"vowel": "н", "voiced": "д", "voiceless": "т"}[sound] + high
    if case == "locative":
        return ("т" if sound == "voiceless" else "д") + low
    if case == "ablative":
        return ("т" if sound == "voiceless" else "д") + low + "н"
    raise ValueError(f"no Kyrgyz suffix for the {case} case")


def inflect(phrase: str, case: str) -> str:
    """Attach the suffix to the last word of a phrase: 'Азимжан Аскаров' -> '…Аскаровдун'."""
    if case == "nominative":
        return phrase
    last = phrase.rsplit(" ", 1)[-1]
    return phrase + suffix(last, case)


def short_name(full_name: str, case: str) -> str:
    """Initial and family name with the case suffix: 'К. Байболовго'.

    >>> short_name("Кубатбек Байболов", "dative")
    'К. Байболовго'
    """
    words = full_name.split()
    initials = " ".join(f"{w[0]}." for w in words[:-1])
    family = inflect(words[-1], case)
    return f"{initials} {family}" if initials else family
