"""Make a fresh draft ready to render: standard requests, titles, Cyrillic names, genders.

`enrich(draft, ua)` is the one call importer/draft.py makes. It works on the plain draft
dict (the case model's keys; values may be wrapped in yamlwriter's Note to carry a
comment) so that it does not depend on how the draft is assembled. Everything it adds
is an offer the user checks, marked CHECK; what the UA or the user wrote is never
replaced — a title, name or gender already given stays as it is.
"""

from __future__ import annotations

from typing import Any

from ua_letters.importer.compound import closest_standard, recognise_all
from ua_letters.importer.enrich.cyrillic import FORMER_USSR, named_country
from ua_letters.importer.enrich.gender import official_gender
from ua_letters.importer.enrich.names import case_country, named_states, offer_script_forms
from ua_letters.importer.enrich.notes import value as _value
from ua_letters.importer.enrich.notes import with_note as _with
from ua_letters.importer.enrich.situation import read_situation
from ua_letters.importer.enrich.titles import find_office, offer_titles
from ua_letters.importer.requests import Concerned
from ua_letters.importer.result import ImportedUA
from ua_letters.importer.yamlwriter import Note
from ua_letters.resources import shipped_languages

_GENDER = {"male": "m", "female": "f"}


def _concerned(draft: dict[str, Any]) -> tuple[Concerned, list[dict[str, Any]]]:
    """Who the draft's requests will name: its person, people or group."""
    entries: list[dict[str, Any]] = []
    group = _value(draft.get("group"))
    if isinstance(group, dict) and isinstance(_value(group.get("name")), dict):
        text = next(iter(_value(group["name"]).values()), None)  # the UA's own language
        return Concerned(group=str(text)) if text else Concerned(), entries
    if isinstance(_value(draft.get("person")), dict):
        entries = [_value(draft["person"])]
    elif isinstance(_value(draft.get("people")), list):
        entries = [_value(p) for p in _value(draft["people"])]
    names, genders = [], []
    for entry in entries:
        name = _value(entry.get("name"))
        text = next(iter(name.values()), None) if isinstance(name, dict) else name
        if not text:
            return Concerned(), entries  # a name still to find: map nothing
        names.append(str(text))
        genders.append(_GENDER.get(str(_value(entry.get("gender"))), ""))
    return Concerned(tuple(names), tuple(genders)), entries


def _actions(draft: dict[str, Any], ua: ImportedUA, who: Concerned) -> None:
    if "actions" not in draft or not who.known:
        return
    others = [lang for lang in shipped_languages() if lang != ua.language]
    items = []
    for item in _value(draft["actions"]):
        text = _value(item).get(ua.language) if isinstance(_value(item), dict) else None
        found = recognise_all(text, ua.language, who) if isinstance(text, str) else None
        if found is not None:  # one bullet may ask several standard things: one entry each
            what = "standard request" if len(found) == 1 else f"{len(found)} standard requests"
            items.append(_with(item, found[0].entry(),
                               f"CHECK: {what}; the UA says: {text}", replace=True))
            items += [Note(more.entry(), "CHECK: the same bullet") for more in found[1:]]
        elif isinstance(text, str):
            items.append(_with(item, _value(item), _free_text_note(text, ua.language, who,
                                                                   others)))
        else:
            items.append(item)
    draft["actions"] = _with(draft["actions"], items, None)


def _free_text_note(text: str, language: str, who: Concerned, others: list[str]) -> str:
    note = (f"TRANSLATE: free text; add {', '.join(others)}, or use a standard request "
            "(ua-letters languages)")
    closest = closest_standard(text, language, who)
    if closest is None:
        return note
    found, reason = closest
    ids = " and ".join(f"`request: {r.request}`" for r in found)
    return f"{note}: {ids} asks the same without the case's own reason ({reason!r})"


def _recipient(rec: dict[str, Any], found: Any, ua: ImportedUA, represented: str | None) -> None:
    """`represented`: the state the case is about, which an ambassador whose title names
    none ("Ambassador", at an embassy in Washington) represents: Anatoly Antonov's name is
    then written back in Cyrillic, not kept in Latin letters as a US name would be."""
    country = getattr(found, "country", None) or ua.country
    office = find_office(rec, ua, country)
    if office is not None and office.national is None:
        country = office.state  # the state a title names: "… of the Russian Federation"
    name = _value(rec.get("name"))
    latin = next(iter(name.values()), None) if isinstance(name, dict) else None
    # an ambassador's name is written as the state he represents writes it, and is read
    # as a name of that state (an Egyptian ambassador in Washington: Motaz, not a US name)
    if office is not None and office.national:
        country = office.state
    elif office is not None and office.office.role == "ambassador":
        country = represented
    if country is None and isinstance(latin, str):
        country = named_country(latin)  # Alyaksandr Lukashenka on a page read nowhere
    if str(_value(rec.get("gender"))) == "unknown":
        title = _value(rec.get("title"))
        stated = [*(_value(rec.get("salutation")) or {}).values(),
                  *(getattr(found, "honorifics", None) or []),
                  *(title.values() if isinstance(title, dict) else [])]
        evidence = official_gender([str(s) for s in stated], latin, country in FORMER_USSR,
                                   country)
        if evidence.gender != "unknown":
            mark = "CHECK: " if evidence.guessed else ""
            rec["gender"] = _with(rec["gender"], evidence.gender, f"{mark}{evidence.reason}",
                                  replace=True)
    if office is not None:
        offer_titles(rec, office)
    offer_script_forms(rec, country)


def _person_gender(person: dict[str, Any], country: str | None) -> None:
    """A person's gender the story did not state, guessed from the given name (CHECK).

    Every letter language but English agrees with it, and a Kyrgyz letter needs it for a
    name kept in Latin letters («Mahmoud Hussein мырзаны», latin_names.yaml). Only a firm
    answer of the name data is offered (gender-guesser's "male"/"female", a patronymic);
    otherwise it stays unknown and the letters that need it say so.
    """
    if str(_value(person.get("gender"))) != "unknown":
        return
    name = _value(person.get("name"))
    text = next(iter(name.values()), None) if isinstance(name, dict) else None
    if not isinstance(text, str):
        return
    evidence = official_gender([], text, country in FORMER_USSR, country)
    if evidence.gender != "unknown":
        person["gender"] = _with(person.get("gender"), evidence.gender,
                                 f"CHECK: the UA does not say; {evidence.reason}", replace=True)


def _situation(draft: dict[str, Any], ua: ImportedUA) -> dict[str, Any]:
    if "situation" in draft:
        return draft
    found = read_situation(ua.facts, ua.issued)
    if found is None:
        return draft
    out: dict[str, Any] = {}
    for key, item in draft.items():
        out[key] = item
        if key in ("person", "people", "group"):
            out["situation"] = Note(found, "CHECK: read from the story; letters without a "
                                    "facts text in their language say this", above=("",))
    return out


def _languages(draft: dict[str, Any], ua: ImportedUA) -> None:
    """A UA that asks for no language we ship: its own language is offered, marked CHECK.

    `languages` is what `render` writes when no --lang is given; without one the draft does
    not validate at all. The UA's own language is the one every text of the draft is in.
    """
    if "languages" not in draft or _value(draft["languages"]) or ua.language not in (
        shipped_languages()
    ):
        return
    draft["languages"] = _with(
        draft["languages"], [ua.language],
        f"CHECK: offered, the UA's own language; add the languages you will write in "
        f"({', '.join(shipped_languages())})")


def enrich(draft: dict[str, Any], ua: ImportedUA) -> dict[str, Any]:
    """The draft with every offer added (each marked CHECK); `draft` itself is changed."""
    _languages(draft, ua)
    who, people = _concerned(draft)
    _actions(draft, ua, who)
    recipients = _value(draft.get("recipients")) or []
    country = case_country(recipients, ua)
    confirmed = country is not None and country in named_states(recipients)
    for person in people:
        name = _value(person.get("name"))
        latin = next(iter(name.values()), None) if isinstance(name, dict) else None
        own = country or (named_country(latin) if isinstance(latin, str) else None)
        offer_script_forms(person, own, confirmed)
        _person_gender(person, own)
    for index, item in enumerate(recipients):
        rec = _value(item)
        if isinstance(rec, dict):
            found = ua.recipients[index] if index < len(ua.recipients) else None
            _recipient(rec, found, ua, country)
    return _situation(draft, ua)
