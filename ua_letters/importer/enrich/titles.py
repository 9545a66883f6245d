"""An official's title in every language, offered from the office and the state.

The title the UA gives is matched against the common offices (compose/offices.py): an
English title ("Prosecutor General of the Russian Federation"), an English title the
importer filed under the page's own language (a German page's "Prosecutor General"), or
a German, French or Spanish UA's own title ("Fiscal General de México", which also gives
the English letter its title). The other languages' titles are then offered, marked
CHECK; a title already given stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ua_letters.compose.offices import (
    Office,
    also_local,
    match_ambassador,
    match_office,
    match_office_in,
    match_office_of,
    offices,
    titles,
)
from ua_letters.compose.offices import (
    english_title as office_english,
)
from ua_letters.compose.offices_states import (
    match_office_of_a_state,
    match_office_of_a_state_in,
    state_titles,
)
from ua_letters.importer.enrich.notes import value, with_note
from ua_letters.importer.result import ImportedUA


@dataclass(frozen=True)
class FoundOffice:
    office: Office
    english: str
    state: str | None  # the state whose name the Russian and Kyrgyz titles carry
    national: bool | None = None  # None: as the office says; True for "Ambassador of …"
    english_offered: bool = False  # the UA gave no English title: the office's is offered
    subdivision: str | None = None  # the federation's state: "TX" of "Governor of Texas"


def english_title(rec: dict[str, Any], ua: ImportedUA) -> Any:
    """The title, with an English title the importer filed under the UA's language moved
    to `en` (a German page's "Prosecutor General"): only a text that is, whole, one of
    the offices' English titles is moved, so no German or French title ever is."""
    title = value(rec.get("title"))
    if not isinstance(title, dict) or "en" in title or ua.language == "en":
        return title
    text = title.get(ua.language)
    if not isinstance(text, str):
        return title
    if (match_office(text, ua.country) is None and match_office_of(text) is None
            and match_office_of_a_state(text, ua.country) is None):
        return title
    moved = {("en" if key == ua.language else key): v for key, v in title.items()}
    rec["title"] = with_note(rec["title"], moved,
                             f"CHECK: the title is English, not {ua.language}; moved under en")
    return moved


# A Spanish honorific that opens a title: the title is Spanish ("Señora Fiscal Regional
# de Valparaíso" on a German page, page 30).
_SPANISH_HONORIFIC = re.compile(r"^(?:señora|señor|sra\.|sr\.)\s+(?=\S)", re.IGNORECASE)


def spanish_title(rec: dict[str, Any], ua: ImportedUA) -> None:
    """A title a non-Spanish UA gives in Spanish, as its honorific shows, copied under `es`
    without the honorific: the Spanish letter then has the UA's own title. It stays under
    the UA's language too, as the UA wrote it for its own letter."""
    title = value(rec.get("title"))
    if not isinstance(title, dict) or ua.language == "es" or "es" in title:
        return
    text = title.get(ua.language)
    if not isinstance(text, str) or not (found := _SPANISH_HONORIFIC.match(text)):
        return
    rec["title"] = with_note(rec["title"], {**title, "es": text[found.end():].strip()},
                             f"CHECK: the title is Spanish ({found[0].strip()!r}); "
                             "copied under es")


def find_office(rec: dict[str, Any], ua: ImportedUA, country: str | None) -> FoundOffice | None:
    """The office the recipient's title names, and the state it is of."""
    spanish_title(rec, ua)
    title = english_title(rec, ua)
    english = title.get("en") if isinstance(title, dict) else None
    own = title.get(ua.language) if isinstance(title, dict) else None
    if not isinstance(english, str) and isinstance(title, dict):
        # the UA's own language first, then a title it filed under another ("es" on an
        # English page: "Gobernador Constitucional del Estado de México")
        for language in (ua.language, *(k for k in title if k not in (ua.language, "en"))):
            text = title.get(language)
            if not isinstance(text, str):
                continue
            in_a_state = match_office_of_a_state_in(text, language, country)
            if in_a_state is not None:
                return FoundOffice(in_a_state[0], text, in_a_state[2], english_offered=True,
                                   subdivision=in_a_state[3])
            if language == ua.language and isinstance(own, str):
                found_in = match_office_in(own, language, country)  # "Fiscal General de México"
                if found_in is not None:
                    bare = match_office_in(own, language, None) is not None
                    return FoundOffice(found_in[0], own, country, _national(found_in[0],
                                       country, bare), english_offered=True)
    if not isinstance(english, str):
        return None
    of_a_state = match_office_of_a_state(english, country)  # "Governor of Texas"
    if of_a_state is not None:
        return FoundOffice(of_a_state[0], english, of_a_state[1], subdivision=of_a_state[2])
    office = match_office(english, country)
    if office is not None:
        bare = match_office(english, None) is office
        return FoundOffice(office, english, country, _national(office, country, bare))
    found_of = match_office_of(english)  # "Prosecutor General of the Russian Federation"
    if found_of is not None:
        return FoundOffice(found_of[0], english, found_of[1])
    state = match_ambassador(english)  # "Ambassador of the Republic of Uzbekistan"
    if state is not None:
        return FoundOffice(offices()["ambassador"], english, state, national=True)
    return None


def _national(office: Office, country: str | None, bare: bool) -> bool | None:
    """False for a title that names no state, of an office the country's states have too
    (a US "Attorney General"): its titles then name no state either; else as the office."""
    return False if bare and also_local(office, country) else None


def offer_titles(rec: dict[str, Any], found: FoundOffice) -> None:
    title = value(rec.get("title"))
    if not isinstance(title, dict):
        return
    gender = str(value(rec.get("gender")))
    offered = (state_titles(found.office, found.state or "", found.subdivision, gender)
               if found.subdivision else titles(found.office, found.state, gender, found.national))
    if found.english_offered:  # a state's office offers its English title with the state
        offered = {"en": office_english(found.office), **offered}
    elif found.subdivision:
        offered.pop("en", None)  # the UA's own English title stays the only one
    added = {lang: text for lang, text in offered.items() if lang not in title}
    if added:
        named = found.national or (found.national is None and found.office.national)
        rec["title"] = with_note(
            rec["title"], {**title, **added},
            f"CHECK: {', '.join(added)} offered for the office '{found.english}'"
            + (f" ({found.state})" if named else "")
            + (f" ({found.state}-{found.subdivision})" if found.subdivision else ""))
