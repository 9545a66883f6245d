"""Which tokens of a line may be hyphenated, and where: the language's rules decide.

Each language's rules (compose/languages/) say where a word may break: pyphen's patterns
for ru, de, fr, es and en, Kyrgyz's own syllable rules, nothing for a language without
either. This module decides what counts as a word: only runs of letters are hyphenated
(not numbers, acronyms, e-mail or web addresses), never across a hyphen the word already
has, and never a "word" so long that it is pasted garbage (that is cut, not hyphenated).
"""

from __future__ import annotations

from functools import lru_cache

from ua_letters.compose.languages import rules
from ua_letters.compose.languages.hyphenation import LEFT, RIGHT

LONGEST = 60  # longer "words" (pasted garbage, long identifiers) are cut, not hyphenated


def _segment_points(segment: str, language: str) -> list[int]:
    if len(segment) < LEFT + RIGHT or not segment.isalpha() or segment.isupper():
        return []
    return rules(language).hyphenation_points(segment)


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
