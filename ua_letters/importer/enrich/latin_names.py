"""Which letter languages keep a foreign name in its Latin spelling (compose/latin_names.yaml).

A name from a country that does not write Cyrillic has no standard Cyrillic form to
recover (enrich/cyrillic.py only undoes romanisations of the former Soviet Union). What a
letter in a Cyrillic-script language does with such a name is a rule per language, kept
in compose/latin_names.yaml with its reason: Russian letters keep the Latin spelling,
undeclined; Kyrgyz letters keep it too and let the courtesy word after it take the case
(«Mahmoud Hussein мырзага»). The draft writes what the rule keeps under the language's
own key and says so on the line, so the choice is visible and the user may replace it.
"""

from __future__ import annotations

import re

from ua_letters.compose.latin_names import keeps_latin
from ua_letters.resources import script_of, shipped_languages

# Surname endings of the former Soviet Union (Russian, Ukrainian, Belarusian, Armenian,
# Georgian, Kyrgyz; not -in, which Hussein has): a name with one is not kept in Latin
# letters when the country read may be the copying section's (AIUSA's pages about
# Kyrgyzstan are read as the US), since «Azimjan Askarov» in a Russian letter is wrong.
_SOVIET_SURNAME = re.compile(
    r"(?:ov|ova|ev|eva|yev|yeva|sky|skiy|skaya|enko|vich|vna|yan|dze|shvili|uulu|kyzy|bek)$",
    re.IGNORECASE,
)


def may_keep(name: str) -> bool:
    """Whether a Latin name may be kept: none of its words ends like a Soviet surname."""
    return not any(_SOVIET_SURNAME.search(word) for word in re.split(r"[\s-]+", name) if word)


def keeping_latin() -> tuple[str, ...]:
    """The shipped languages not written in Latin letters whose letters keep a Latin name."""
    return tuple(
        lang for lang in shipped_languages() if script_of(lang) != "latn" and keeps_latin(lang)
    )


def needing_own_script() -> tuple[str, ...]:
    """The shipped languages not written in Latin letters that need the name in theirs."""
    return tuple(
        lang for lang in shipped_languages()
        if script_of(lang) != "latn" and lang not in keeping_latin()
    )
