"""Where a word may be hyphenated: a pyphen dictionary, or Kyrgyz's own syllable rules.

pyphen (the hyphenation dictionaries of LibreOffice) has patterns for ru, de, fr, es and
en; a language names its dictionary in its rules (`LanguageRules.hyphenation_dictionary`).
Kyrgyz has none, but its syllables are simple and regular: every syllable has exactly one
vowel, there are no diphthongs, and a syllable is (C)V(C)(C). So between two vowels a
single consonant opens the next syllable (ка-ты), and of two or three consonants the last
one does (ай-тып, Рес-пуб-ли-ка). That rule, with ь and ъ kept on their consonant, is the
whole of Kyrgyz syllabification, Russian loans included, so Kyrgyz is hyphenated (and
justified) like the other languages rather than set ragged-right.

At least LEFT letters stay on the line and RIGHT go to the next. The renderer decides
which tokens are words at all (render/hyphenate.py); this module only splits a word.
"""

from __future__ import annotations

import itertools
from functools import cache
from typing import Any

LEFT, RIGHT = 2, 3  # letters that must stay before and go after a hyphen
_KY_VOWELS = frozenset("аеёиоөуүыэюяАЕЁИОӨУҮЫЭЮЯ")
_KY_SIGNS = frozenset("ьъЬЪ")
_ONSETS = frozenset({"ст", "тр", "пр", "кр", "бл", "пл"})


@cache
def _dictionary(name: str) -> Any:
    import pyphen  # lazily: only a render hyphenates

    return pyphen.Pyphen(lang=name, left=LEFT, right=RIGHT)


def pyphen_points(dictionary: str, word: str) -> list[int]:
    """Positions in `word` where pyphen's `dictionary` allows a hyphen."""
    return list(_dictionary(dictionary).positions(word))


def kyrgyz_points(word: str) -> list[int]:
    """Syllable boundaries of a Kyrgyz word (positions where a hyphen may go).

    >>> word = "Республикасынын"
    >>> "-".join(word[a:b] for a, b in itertools.pairwise([0, *kyrgyz_points(word), 99]))
    'Рес-пуб-ли-ка-сы-нын'
    """
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
