"""Postal conventions for the address block: the destination country in capitals.

Postal services (UPU S42) ask for the country name in capitals on the last line of an
international address. Country names come from CLDR through Babel, in the languages that
ship, so "Germany", "Kyrgyzstan" or "Кыргызстан" are all recognised.
"""

from __future__ import annotations

from functools import cache

from babel import Locale

from ua_letters.resources import shipped_languages


@cache
def _country_names() -> frozenset[str]:
    names: set[str] = set()
    for language in ("en", *shipped_languages()):
        names.update(n.casefold() for n in Locale.parse(language).territories.values())
    return frozenset(names)


def country_in_capitals(lines: list[str]) -> list[str]:
    """The address with a country name at the end of its last line in capitals.

    >>> country_in_capitals(["Otto-Suhr-Allee 146", "10585 Berlin, Germany"])
    ['Otto-Suhr-Allee 146', '10585 Berlin, GERMANY']
    >>> country_in_capitals(["Frunze Street, 469", "Bishkek 720040, KYRGYZSTAN"])[-1]
    'Bishkek 720040, KYRGYZSTAN'
    """
    if not lines:
        return lines
    last = lines[-1]
    for cut in [0] + [i + 1 for i, c in enumerate(last) if c == ","]:
        tail = last[cut:].strip()
        if tail.casefold() in _country_names():
            return [*lines[:-1], last[:cut] + last[cut:].upper()]
    return lines
