"""Where a word may be hyphenated: pyphen's patterns, and Kyrgyz from its syllable rules.

pyphen (the hyphenation dictionaries of LibreOffice) has patterns for ru, de, fr, es and
en. Kyrgyz has none, but its syllables are simple and regular: every syllable has exactly
one vowel, there are no diphthongs, and a syllable is (C)V(C)(C). So between two vowels a
single consonant opens the next syllable (ка-ты), and of two or three consonants the last
one does (ай-тып, Рес-пуб-ли-ка). That rule, with ь and ъ kept on their consonant, is the
whole of Kyrgyz syllabification, Russian loans included, so Kyrgyz is hyphenated (and
justified) like the other languages rather than set ragged-right.

Only words of letters are hyphenated (not numbers, acronyms, e-mail or web addresses),
at least two letters stay on the line and three go to the next.
"""

from __future__ import annotations

import itertools
from functools import cache, lru_cache
from typing import Any

_KY_VOWELS = frozenset("аеёиоөуүыэюяАЕЁИОӨУҮЫЭЮЯ")
_KY_SIGNS = frozenset("ьъЬЪ")
_ONSETS = frozenset({"ст", "тр", "пр", "кр", "бл", "пл"})
# en_US: the en_GB patterns break "invest-ig-a-tion"; line breaks are not spelling.
_PYPHEN = {"ru": "ru", "de": "de", "fr": "fr", "es": "es", "en": "en_US"}
LEFT, RIGHT = 2, 3  # letters that must stay before and go after a hyphen
LONGEST = 60  # longer "words" (pasted garbage, long identifiers) are cut, not hyphenated


@cache
def _dictionary(language: str) -> Any:
    import pyphen

    return pyphen.Pyphen(lang=_PYPHEN[language], left=LEFT, right=RIGHT)


def kyrgyz_points(word: str) -> list[int]:
    """Syllable boundaries of a Kyrgyz word (positions where a hyphen may go)."""
    vowels = [i for i, c in enumerate(word) if c in _KY_VOWELS]
    points = []
    for a, b in itertools.pairwise(vowels):
        consonants = b - a - 1
        cut = b if consonants == 0 else b - 1  # before the last consonant (or between vowels)
        if consonants >= 3 and word[b - 2 : b].lower() in _ONSETS:
            cut = b - 2  # a loan's onset stays whole: Кыр-гыз-стан
        while cut > a + 1 and word[cut] in _KY_SIGNS:
            cut += 1  # never start a syllable with ь or ъ
        if LEFT <= cut <= len(word) - RIGHT and word[cut - 1] not in "-" and cut < b + 1:
            points.append(cut)
    return points


def _segment_points(segment: str, language: str) -> list[int]:
    if len(segment) < LEFT + RIGHT or not segment.isalpha() or segment.isupper():
        return []
    if language == "ky":
        return kyrgyz_points(segment)
    if language not in _PYPHEN:
        return []
    return list(_dictionary(language).positions(segment))


@lru_cache(maxsize=65536)
def points(token: str, language: str) -> tuple[int, ...]:
    """Positions in `token` where a hyphen may be added to break it.

    Punctuation around the word («, », commas) stays attached; a token holding a digit,
    an @ or a slash is never broken.
    """
    if len(token) > LONGEST or any(c.isdigit() or c in "@/\\\xa0" for c in token):
        return ()
    start = 0
    while start < len(token) and not token[start].isalpha():
        start += 1
    end = len(token)
    while end > start and not token[end - 1].isalpha():
        end -= 1
    found: list[int] = []
    offset = start
    for segment in token[start:end].split("-"):  # not after a hyphen the word has: it
        found += [offset + p for p in _segment_points(segment, language)]  # would read twice
        offset += len(segment) + 1
    return tuple(found)
