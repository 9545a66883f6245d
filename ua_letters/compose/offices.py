"""Titles in every language from an office and a country: «Президент Республики Беларусь».

A UA names an official's office in its own language ("Minister of Internal Affairs").
When that title is exactly one of the common offices in offices.yaml — optionally with
"of <the country>" — the other languages' titles follow from the office, the recipient's
gender (German, French and Spanish titles agree with it) and, for national offices, the
state's name in the form the language needs (Russian genitive after the title, Kyrgyz
genitive before it) from countries.yaml. A title with anything more ("Minister of
Internal Affairs of Jalal-Abad region") gets no offer: a wrong title is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale, UnknownLocaleError

_HERE = Path(__file__).parent
LANGUAGES = ("ru", "ky", "de", "fr", "es")
_HONORIFIC = re.compile(
    r"^(?:h\.?\s?e\.?|his excellency|her excellency|hon\.?|the honou?rable|mr\.?|ms\.?|mrs\.?|"
    r"madam|dr\.?)\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Office:
    key: str
    role: str
    national: bool
    english: tuple[str, ...]
    titles: dict[str, Any]
    states: bool = False  # an office of a federation's state: "Governor of Texas"
    # (its titles: offices_states.py)
    russian: tuple[str, ...] = ()  # other Russian titles of the office: «Директор ФСИН России»


@cache
def offices() -> dict[str, Office]:
    data = yaml.safe_load((_HERE / "offices.yaml").read_text(encoding="utf-8"))["offices"]
    return {
        key: Office(
            key,
            spec["role"],
            bool(spec["national"]),
            tuple(spec["en"]),
            {lang: spec[lang] for lang in LANGUAGES},
            bool(spec.get("states", False)),
            tuple(spec.get("ru_also", ())),
        )
        for key, spec in data.items()
    }


@cache
def countries() -> dict[str, dict[str, Any]]:
    loaded: dict[str, dict[str, Any]] = yaml.safe_load(
        (_HERE / "countries.yaml").read_text(encoding="utf-8")
    )
    return loaded


def plain(title: str) -> str:
    text = re.sub(r"[’‘]", "'", " ".join(title.split())).strip(" ,.;:")
    while True:
        stripped = _HONORIFIC.sub("", text)
        if stripped == text:
            break
        text = stripped
    return re.sub(r"^the\s+", "", text, flags=re.IGNORECASE).casefold()


def _country_names(country: str) -> str:
    names = countries().get(country, {}).get("en", [])
    return "|".join(re.escape(n.casefold()) for n in sorted(names, key=len, reverse=True))


def match_office(title: str, country: str | None) -> Office | None:
    """The office an English title names, and nothing more; None when unsure."""
    text = plain(title)
    suffix = _country_names(country or "")
    for office in offices().values():
        for phrase in office.english:
            pattern = re.escape(phrase)
            if suffix:
                pattern += rf"(?:,?\s+of\s+(?:the\s+)?(?:{suffix}))?"
            if re.fullmatch(pattern, text):
                return office
    return None


def match_office_of(title: str) -> tuple[Office, str] | None:
    """The office and the state of a title that names both: "President of Kyrgyzstan".

    For a title that names its own country, that country is the one to write: a UA page
    copied by another section (AIUSA's page about Russia) may well give the section's.
    """
    text = plain(title)
    states = country_codes_by_name()
    for office in offices().values():
        for phrase in office.english:
            if not text.startswith(phrase):
                continue
            rest = OF_STATE.fullmatch(text[len(phrase) :])
            code = states.get(rest.group(1)) if rest else None
            if code is not None:
                return office, code
    return None


# What follows an office's name when the title names its state: ", of the Kyrgyz Republic".
OF_STATE = re.compile(r",?\s+of\s+(?:the\s+)?(.+)")


@cache
def country_codes_by_name() -> dict[str, str]:
    """Every English name of a state in the table, casefolded, with its code (one lookup
    instead of a pattern per state and office: a long page has hundreds of titles)."""
    found: dict[str, str] = {}
    for code, names in countries().items():
        for name in names.get("en", []):
            found.setdefault(name.casefold(), code)
    return found


OWN_HONORIFIC = re.compile(
    r"^(?:señora|señor|sra\.?|sr\.?|excelentísim[oa]|frau|herr|madame|monsieur|mme|m\.)\s+",
    re.IGNORECASE,
)
_OF = {"es": r"de(?:l| la)?", "fr": r"(?:de la|de l'|du|des|de|d')", "de": r"(?:von|der|des)"}
# The languages whose titles are matched as "<office> <of> <state>".
OF_LANGUAGES = frozenset(_OF)


def match_office_in(title: str, language: str, country: str | None) -> tuple[Office, str] | None:
    """The office a German, French or Spanish title names, and nothing more, with the
    gender its form shows ("male", "female", or "unknown" when both genders share it).

    "Fiscal General de México" is the general prosecutor's Spanish title and the state
    (its CLDR name in that language); "Ministra de Justicia" is a woman's.
    """
    if own := _OWN_MATCHERS.get(language):  # a language that declines its titles
        return own(title, country)
    if language not in _OF:
        return None
    text = OWN_HONORIFIC.sub("", " ".join(re.sub(r"[’‘]", "'", title).split())).strip(" ,.;:")
    state = ""
    if country:
        try:
            state = Locale(language).territories.get(country, "")
        except (ValueError, UnknownLocaleError):
            state = ""
    suffix = rf"(?:\s+{_OF[language]}\s*{re.escape(state)})?" if state else ""
    for office in offices().values():
        forms = office.titles[language]
        pairs = [(forms, "unknown")] if isinstance(forms, str) else [
            (forms[0], "male" if forms[0] != forms[1] else "unknown"),
            (forms[1], "female" if forms[0] != forms[1] else "unknown"),
        ]
        for form, gender in pairs:
            form = str(form).replace("’", "'")
            if re.fullmatch(re.escape(form) + suffix, text, re.IGNORECASE):
                return office, gender
    return None


@cache
def _russian_forms() -> list[tuple[str, Office]]:
    """Each office's Russian titles, casefolded, as named and in the dative that a
    Russian address writes («Директору ФСИН России», «Генеральному прокурору»)."""
    from ua_letters.compose.names import title_forms  # lazy: the grammar is heavy

    found = []
    for office in offices().values():
        for title in (str(office.titles["ru"]), *office.russian):
            for form in {title, title_forms(title, "ru")["dative"]}:
                found.append((form.casefold(), office))
    return found


def _match_russian(title: str, country: str | None) -> tuple[Office, str] | None:
    """The office a Russian title names, alone or with its state's genitive («…
    Российской Федерации»); a Russian title does not show the gender."""
    text = " ".join(title.split()).strip(" ,.;:").casefold()
    state = countries().get(country or "", {}).get("ru", {}).get("genitive")
    for form, office in _russian_forms():
        if text == form or (state and text == f"{form} {state.casefold()}"):
            return office, "unknown"
    return None


def also_local(office: Office, country: str | None) -> bool:
    """Whether the country's states or provinces have this office too, so that a title
    naming no state ("Attorney General" on a US page, maybe Texas's) must not be offered
    with the federation's name (countries.yaml `local_offices`)."""
    return office.key in countries().get(country or "", {}).get("local_offices", ())


def english_title(office: Office) -> str:
    """The office's English title as a letter prints it: "Minister of Justice"."""
    small = {"of", "the", "and", "for", "on"}
    words = office.english[0].split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))


def match_ambassador(title: str) -> str | None:
    """The sending state of "Ambassador of the Republic of Uzbekistan", when listed."""
    text = plain(title)
    for code, forms in countries().items():
        for name in forms["en"]:
            if re.fullmatch(rf"ambassador of (?:the )?{re.escape(name.casefold())}", text):
                return code
    return None


def gendered(value: Any, gender: str) -> str | None:
    if isinstance(value, str):
        return value
    if gender == "male":
        return str(value[0])
    if gender == "female":
        return str(value[1])
    return None  # the title agrees with a gender nobody knows: offer none


def titles(
    office: Office, country: str | None, gender: str, national: bool | None = None
) -> dict[str, str]:
    """The office's title per language; Russian and Kyrgyz name the state when national."""
    named = office.national if national is None else national
    forms = countries().get(country or "") if named else None
    found: dict[str, str] = {}
    ru = str(office.titles["ru"])
    found["ru"] = f"{ru} {forms['ru']['genitive']}" if forms else ru
    alone, possessed = office.titles["ky"]
    found["ky"] = f"{forms['ky']['genitive']} {possessed}" if forms else str(alone)
    for language in ("de", "fr", "es"):
        title = gendered(office.titles[language], gender)
        if title is not None:
            found[language] = title
    return found


# Languages whose titles are matched by their own rules (Russian writes a title in the
# nominative or, in an address, in the dative), not by the "<office> of <state>" pattern.
_OWN_MATCHERS: dict[str, Callable[[str, str | None], tuple[Office, str] | None]] = {
    "ru": _match_russian,
}
