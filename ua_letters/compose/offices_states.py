"""Titles of the offices of a federation's states: «Губернатор штата Техас».

CLDR names countries, not their states, so offices_states.yaml holds each state's name in
the form every language's title needs (compose/offices.py holds the offices; an office
marked `states` there is one of a state). A title is matched only when it is the office
and a listed state of the page's federation, and nothing more: "Governor of Texas",
"Gobernador Constitucional del Estado de México"; anything else gets no offer.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ua_letters.compose.offices import (
    OF_LANGUAGES,
    OF_STATE,
    OWN_HONORIFIC,
    Office,
    country_codes_by_name,
    english_title,
    gendered,
    offices,
    plain,
)

_HERE = Path(__file__).parent


@cache
def states() -> dict[str, dict[str, dict[str, Any]]]:
    """Federation (ISO 3166 code) -> state (ISO 3166-2 suffix) -> its forms, from
    offices_states.yaml: CLDR has no names of states."""
    loaded: dict[str, dict[str, dict[str, Any]]] = yaml.safe_load(
        (_HERE / "offices_states.yaml").read_text(encoding="utf-8")
    )
    return loaded


@cache
def _state_names() -> dict[str, tuple[str, str]]:
    """Every English name of a state, casefolded, with (federation, state)."""
    return {name.casefold(): (country, code)
            for country, table in states().items() for code, forms in table.items()
            for name in forms["en"]}


def match_office_of_a_state(title: str, country: str | None) -> tuple[Office, str, str] | None:
    """The office, federation and state of "Governor of Texas" / "Governor of the State
    of Texas". A name that is also a country's ("Georgia") counts only on a page about
    the federation itself."""
    text = plain(title)
    for office in offices().values():
        if not office.states:
            continue
        for phrase in office.english:
            if not text.startswith(phrase):
                continue
            rest = OF_STATE.fullmatch(text[len(phrase) :])
            found = _state_names().get(rest.group(1)) if rest else None
            if found is None or (country is not None and country != found[0]):
                continue
            if country is None and rest and rest.group(1) in country_codes_by_name():
                continue  # "Governor of Georgia" on a page read nowhere: which Georgia?
            return office, found[0], found[1]
    return None


# What Mexico's states write between a governor's title and the state: "Gobernador
# Constitucional del Estado de Chiapas".
_STATE_STYLE = {"es": r"(?:\s+constitucional)?"}


def match_office_of_a_state_in(
    title: str, language: str, country: str | None
) -> tuple[Office, str, str, str] | None:
    """The office, gender its form shows, federation and state of a German, French or
    Spanish title ("Gobernador Constitucional del Estado de México", "Gouverneur du
    Texas"), with the state's phrase exactly as offices_states.yaml writes it."""
    if language not in OF_LANGUAGES:  # the languages whose titles read "<office> of <state>"
        return None
    text = OWN_HONORIFIC.sub("", " ".join(re.sub(r"[’‘]", "'", title).split())).strip(" ,.;:")
    style = _STATE_STYLE.get(language, "")
    for office in offices().values():
        if not office.states:
            continue
        value = office.titles[language]
        pairs = [(value, "unknown")] if isinstance(value, str) else [
            (value[0], "male" if value[0] != value[1] else "unknown"),
            (value[1], "female" if value[0] != value[1] else "unknown")]
        for federation, table in states().items():
            if country is not None and country != federation:
                continue
            for code, forms in table.items():
                phrase = re.escape(str(forms[language]).replace("’", "'"))
                for form, gender in pairs:
                    if re.fullmatch(rf"{re.escape(str(form))}{style}\s+{phrase}", text,
                                    re.IGNORECASE):
                        return office, gender, federation, code
    return None


def state_titles(office: Office, federation: str, state: str, gender: str) -> dict[str, str]:
    """«Губернатор штата Техас», «Техас штатынын губернатору», "Gouverneur von Texas"…
    and the English title, for a UA that gave the title in its own language only."""
    forms = states()[federation][state]
    possessed = str(office.titles["ky"][1])  # after a state's name, not the highest office:
    found = {"en": f"{english_title(office)} of {forms['en'][0]}",
             "ru": f"{office.titles['ru']} {forms['ru']}",  # lower case in Kyrgyz
             "ky": f"{forms['ky']} {possessed[:1].lower()}{possessed[1:]}"}
    for language in ("de", "fr", "es"):
        title = gendered(office.titles[language], gender)
        if title is not None:
            found[language] = f"{title} {forms[language]}"
    return found
