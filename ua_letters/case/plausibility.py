"""Content that passes the schema but cannot be right, named by field.

An import can put a street in `title`, a heading ("Contact information:") in `name`, a
lead-in sentence in `address`, a fax written "+7 (8…)" or "+44 (0)…" (the national trunk
prefix kept after the country code: the number cannot be dialled so), or a number of
another country than the address (a US embassy fax with China's code). Each is easy to
see for a person once pointed at. The checks read the case file's plain data, so they
also run on a draft that does not validate yet; each rule is narrow, to stay right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import phonenumbers
from babel import Locale
from phonenumbers import PhoneMetadata

_STREET = re.compile(
    r"\b(?:street|st\.|avenue|ave\.|road|rd\.|boulevard|blvd|lane|square|pl\.|"
    r"straße|strasse|str\.|calle|avenida|rue|ulitsa|ul\.|улица|ул\.|проспект|пр\.|"
    r"p\.?o\.? box|postfach|apartado)(?=\s|$|,)|\b\d{3,}\b",
    re.IGNORECASE,
)
_OFFICE_WORDS = re.compile(
    r"minist|president|prosecut|procura|attorney|ambassador|embassy|governor|judge|justice|"
    r"court|police|director|head|chief|chair|commission|ombuds|secretary|general|king|emir|"
    r"leader|prime|deputy|officer|council|office|speaker|mayor|inspector|prison|"
    r"министр|президент|прокурор|посол|губернатор|председатель|начальник|руководитель|"
    r"präsident|minister|staatsanw|botschaft|fiscal|ministr|présid|procureur|ambassad|"
    # the titles compose/offices.yaml offers in every language (a test keeps them in step)
    r"führer|oberhaupt|könig|kanzler|richter|gouverneur|leiter|beauftragt|ombuds|"
    r"líder|jefe|gobernador|juez|defensor|procurad|rey\b|guide|juge|médiateur|roi\b|"
    r"акыйкатчы|башчы|төрага|элчи|жетекчи|губернатор|судья|омбудсмен|уполномоченн|канцлер",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|sr|sra|herr|frau|m\.|mme)\.?\s", re.IGNORECASE)
_HEADING = re.compile(
    r":\s*$|^(?:contact|write to|send (?:appeals|copies)|take action|addresses|copies to|"
    r"salutation|please|appeals? to|sample letter|additional information)\b",
    re.IGNORECASE,
)
_SENTENCE_WORDS = re.compile(
    r"\b(?:please|should|must|will|would|note that|due to|covid|currently|is|are|was|were)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Implausible:
    path: tuple[str | int, ...]
    message: str

    @property
    def field(self) -> str:
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        return text


def _texts(value: Any) -> list[tuple[str | None, str]]:
    if isinstance(value, dict):
        return [(str(k), str(v)) for k, v in value.items() if isinstance(v, str)]
    return [(None, value)] if isinstance(value, str) else []


def _lines(value: Any) -> list[tuple[str | None, int, str]]:
    groups = value.items() if isinstance(value, dict) else [(None, value)]
    return [
        (key, i, str(line))
        for key, lines in groups
        if isinstance(lines, list)
        for i, line in enumerate(lines)
    ]


def _name_like(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def title_problems(title: Any, name: Any) -> list[tuple[str | None, str]]:
    names = {text.casefold() for _, text in _texts(name)}
    found = []
    for key, text in _texts(title):
        if _STREET.search(text):
            found.append((key, f"{text!r} looks like a street or postal address, not a title"))
        elif text.casefold() in names or _HONORIFIC.match(text) or (
            _name_like(text) and not _OFFICE_WORDS.search(text)
        ):
            found.append((key, f"{text!r} looks like a person's name, not a title"))
    return found


def name_problems(name: Any) -> list[tuple[str | None, str]]:
    found = []
    for key, text in _texts(name):
        letters = [c for c in text if c.isalpha()]
        shouting = len(text.split()) >= 2 and letters and all(c.isupper() for c in letters)
        if _HEADING.search(text) or shouting:
            found.append((key, f"{text!r} looks like a heading, not a name"))
    return found


def address_line_problem(line: str) -> str | None:
    words = line.split()
    ends = line.rstrip().endswith((".", "!", "?", ":"))
    if len(words) >= 6 and (ends or _SENTENCE_WORDS.search(line)):
        return f"{line!r} reads as a sentence, not an address line"
    return None


def trunk_prefix(number: str) -> str | None:
    """The national trunk prefix written after the country code (+7 (8…), +44 (0)…).

    Flagged when the prefix stands in parentheses right after the code, or when the
    number is invalid as written and valid without it (+7 8 495 … is, +7 812 … is not).
    """
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return None
    code = str(parsed.country_code)
    digits = re.sub(r"\D", "", number)
    if not digits.startswith(code):
        return None
    rest = digits[len(code):]
    for region in phonenumbers.region_codes_for_country_code(parsed.country_code or 0):
        metadata = PhoneMetadata.metadata_for_region(region)
        prefix = metadata.national_prefix if metadata else None
        if not prefix or not rest.startswith(prefix):
            continue
        if re.match(rf"^\+{code}[\s.\-]*\({prefix}\)", number):
            return prefix
        if str(parsed.national_number) == rest[len(prefix):]:
            return prefix  # the dialling rules drop it: it was never part of the number
        shorter = phonenumbers.parse(f"+{code}{rest[len(prefix):]}", None)
        if not phonenumbers.is_valid_number(parsed) and phonenumbers.is_valid_number(shorter):
            return prefix
    return None


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in ("en", "de", "fr", "es", "ru"):
        for code, name in Locale(language).territories.items():
            if len(code) == 2 and code.isalpha():
                names[name.casefold()] = code
    # How addresses often write the countries whose CLDR name they do not use.
    names.update({"usa": "US", "u.s.a.": "US", "united states of america": "US", "uk": "GB",
                  "russian federation": "RU", "kyrgyz republic": "KG", "turkey": "TR"})
    return names


def address_country(address: Any) -> str | None:
    """The country named by the last line of an address, when it names one plainly."""
    for _, _, line in reversed(_lines(address)):
        last = line.split(",")[-1].strip().casefold()
        return _country_names().get(last)
    return None


def number_problems(number: str, country: str | None) -> list[str]:
    found = []
    prefix = trunk_prefix(number)
    if prefix:
        found.append(f"{number!r} keeps the national trunk prefix {prefix} after the country "
                     f"code; write the number without it")
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return found
    regions = phonenumbers.region_codes_for_country_code(parsed.country_code or 0)
    if country and regions and country not in regions:
        found.append(f"{number!r} is a number of {', '.join(regions[:3])}, but the address is "
                     f"in {country}: check the country code")
    return found


def check(data: Any) -> list[Implausible]:
    """Every implausible value of a case file's plain data."""
    if not isinstance(data, dict) or not isinstance(data.get("recipients"), list):
        return []
    found: list[Implausible] = []
    for i, rec in enumerate(data["recipients"]):
        if not isinstance(rec, dict):
            continue
        base: tuple[str | int, ...] = ("recipients", i)

        def at(key: str, sub: str | int | None, message: str, base: tuple[str | int, ...] = base
               ) -> None:
            found.append(Implausible((*base, key, *(() if sub is None else (sub,))), message))

        for sub, message in title_problems(rec.get("title"), rec.get("name")):
            at("title", sub, message)
        for sub, message in name_problems(rec.get("name")):
            at("name", sub, message)
        for key, index, line in _lines(rec.get("address")):
            problem = address_line_problem(line)
            if problem:
                found.append(Implausible((*base, "address", *((key,) if key else ()), index),
                                         problem))
        country = address_country(rec.get("address"))
        for kind in ("fax", "phone"):
            numbers = rec.get(kind)
            numbers = [numbers] if isinstance(numbers, str) else numbers or []
            for index, number in enumerate(numbers):
                for message in number_problems(str(number), country):
                    at(kind, index, message)
    return found
