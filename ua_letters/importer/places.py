"""Country names to ISO codes, and dates written out in words, from CLDR via Babel.

No hand-kept month or country lists: Babel knows every English country and month name,
in full and abbreviated. Only the names CLDR spells differently from UAs are aliased
(see vocab.COUNTRY_ALIASES).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import cache

from babel import Locale

from ua_letters.importer.vocab import ADDRESS_LANGUAGES, COUNTRY_ALIASES, UA_LANGUAGES

_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
_QUOTES = str.maketrans({"’": "'", "‘": "'"})
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|\.)?\s+([^\W\d_]{3,})\.?,?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([^\W\d_]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
# "Arab Republic of Egypt" -> "egypt"; explicit aliases (Korea, Congo) are tried first.
_STATE_FORM = re.compile(
    r"^(?:(?:arab|islamic|federal|democratic|socialist|united|bolivarian|plurinational|"
    r"hashemite|people's)\s+)*(?:republic|kingdom|state|sultanate|commonwealth|union)\s+of\s+"
    r"(?:the\s+)?"
)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")


@cache
def _countries(language: str) -> dict[str, str]:
    names = {
        name.lower().translate(_QUOTES): code
        for code, name in Locale.parse(language).territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }
    for name in list(names):
        short = re.sub(r"\s*\(.*\)$", "", name)  # "myanmar (burma)" -> "myanmar"
        names.setdefault(short, names[name])
    return {**names, **COUNTRY_ALIASES}


# "Estado de México" (a Mexican state named after the country), "República de Guatemala".
_LOCAL_STATE_FORM = re.compile(
    r"^(?:estado|república|republica|estado plurinacional|república bolivariana|"
    r"république|république islamique|bundesrepublik|республика)\s+(?:de(?:l|la)?\s+|du\s+)?",
    re.IGNORECASE,
)
_LOCAL = ADDRESS_LANGUAGES
_LOCAL_WORDS = frozenset({"island", "того", "мали"})  # also common words: never a country


def country_code(text: str, language: str = "en") -> str | None:
    """The ISO code of a country name ('KYRGYZSTAN', 'Kyrgyz Republic.', 'México',
    'Estado de México'), else None."""
    names = _countries(language)
    key = text.strip(" .,;:()").lower().translate(_QUOTES)
    if key in names:
        return names[key]
    key = re.sub(r"^the\s+", "", key)
    key = re.sub(r"\s*\([^()]*$", "", key) if "(" in key and not key.endswith(")") else key
    plain = _STATE_FORM.sub("", key)
    if code := names.get(key) or names.get(plain) or names.get(_STATE_FORM.sub("", plain)):
        return code  # "Republic of the Union of Myanmar": two state forms
    local = _LOCAL_STATE_FORM.sub("", key)
    for other in _LOCAL if local not in _LOCAL_WORDS else ():
        if other != language and (code := _countries(other).get(local)):
            return code
    return None


def country_name(code: str, language: str = "en") -> str:
    name: str = Locale.parse(language).territories.get(code, code)
    return name


@cache
def _months(language: str) -> dict[str, int]:
    locale = Locale.parse(language)
    months: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                months[name.lower().rstrip(".")] = number
    months.setdefault("sept", 9)
    return months


@cache
def weekday_names() -> frozenset[str]:
    """Weekday names, full and abbreviated, in every language UAs come in (CLDR)."""
    names: set[str] = set()
    for language in UA_LANGUAGES:
        days = Locale.parse(language).days
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                names.update(name.lower().rstrip(".") for name in days[context][width].values())
    return frozenset(names)


@cache
def month_names() -> frozenset[str]:
    """Month names, full and abbreviated, in every language UAs come in (CLDR)."""
    return frozenset(name for language in UA_LANGUAGES for name in _months(language))


def find_date(text: str, language: str = "en") -> tuple[date, int] | None:
    """The first real date written in `text`, and where it starts, or None."""
    found: list[tuple[int, date]] = []
    months = {**_months("en"), **_months(language)} if language != "en" else _months("en")
    for match in _DAY_MONTH_YEAR.finditer(text):
        month = months.get(match[2].lower())
        if month and (day := _make(int(match[3]), month, int(match[1]))):
            found.append((match.start(), day))
            break
    for match in _MONTH_DAY_YEAR.finditer(text):
        month = months.get(match[1].lower())
        if month and (day := _make(int(match[3]), month, int(match[2]))):
            found.append((match.start(), day))
            break
    for match in _ISO.finditer(text):
        if day := _make(int(match[1]), int(match[2]), int(match[3])):
            found.append((match.start(), day))
            break
    for match in _DOTTED.finditer(text):
        if day := _make(int(match[3]), int(match[2]), int(match[1])):
            found.append((match.start(), day))
            break
    if not found:
        return None
    start, day = min(found, key=lambda item: item[0])
    return day, start


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Addresses that name no country but whose country is certain: a US "DC 20008" or
# "NY 10017", a UK postcode, and the capitals where embassies take letters.
_US_ZIP = re.compile(r"\b(?:[A-Z]{2}|D\.C\.)\s?\d{5}(?:-\d{4})?$")
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}$")
_CITIES = {
    "washington": "US", "berlin": "DE", "bern": "CH", "berne": "CH", "london": "GB",
    "paris": "FR", "madrid": "ES", "ottawa": "CA", "dublin": "IE", "stockholm": "SE",
    "vienna": "AT", "wien": "AT", "brussels": "BE", "bruxelles": "BE", "canberra": "AU",
    "москва": "RU", "минск": "BY", "бишкек": "KG",
}


def city_country(line: str) -> str | None:
    """The country an address line implies without naming it, else None."""
    text = line.strip(" .,;")
    if _US_ZIP.search(text):
        return "US"
    if _UK_POSTCODE.search(text):
        return "GB"
    words = re.findall(r"[^\W\d_]+", text.lower())
    found = {_CITIES[w] for w in words if w in _CITIES}
    return found.pop() if len(found) == 1 else None


def is_city(text: str) -> bool:
    """A line that is only the name of a capital where embassies take letters ("Paris")."""
    return text.strip(" .,;").lower() in _CITIES


_OF = re.compile(r"\b(?:of|de|du|des|del|der)\s+", re.IGNORECASE)


def title_country(title: str) -> str | None:
    """The country an office's title names ("Prime Minister of the People's Republic of
    China" -> CN), else None. Only the words after an "of" that are a whole country name
    count, so "Minister of Justice" names none."""
    for match in _OF.finditer(title):
        if code := country_code(title[match.end():]):
            return code
    return None


_WORD = re.compile(r"[^\W\d_]+")
_PROSE_LIMIT = 100_000  # characters: a page's prose is far shorter; a huge input stops here


def countries_named(text: str, language: str = "en") -> Counter[str]:
    """How often the text names each country, by its whole name in the UA's language or
    in English ("Sudan", "Saudi Arabia", "Sudan's"; adjectives such as "Sudanese" are not
    names). Only runs of words that start with a capital are tried, up to three words."""
    found: Counter[str] = Counter()
    words = _WORD.findall(text[:_PROSE_LIMIT])
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        for size in (3, 2, 1):
            piece = " ".join(words[i : i + size])
            if code := country_code(piece, language) or (
                    country_code(piece) if language != "en" else None):
                found[code] += 1
                i += size
                break
        else:
            i += 1
    return found
