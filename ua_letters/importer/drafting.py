"""Make a fresh draft ready to render: standard requests, titles, Cyrillic names, genders.

`enrich(draft, ua)` is the one call importer/draft.py makes. It works on the plain draft
dict (the case model's keys; values may be wrapped in yamlwriter's Note to carry a
comment) so that it does not depend on how the draft is assembled. Everything it adds
is an offer the user checks, marked CHECK; what the UA or the user wrote is never
replaced — a title, name or gender already given stays as it is.
"""

from __future__ import annotations

from typing import Any

from ua_letters.compose.offices import (
    match_ambassador,
    match_office,
    match_office_of,
    offices,
    titles,
)
from ua_letters.importer.enrich.cyrillic import FORMER_USSR, to_cyrillic
from ua_letters.importer.enrich.gender import official_gender
from ua_letters.importer.enrich.latin_names import (
    keeping_latin,
    may_keep,
    needing_own_script,
)
from ua_letters.importer.enrich.situation import read_situation
from ua_letters.importer.requests import Concerned, recognise
from ua_letters.importer.result import ImportedUA
from ua_letters.importer.yamlwriter import Note
from ua_letters.resources import shipped_languages

_GENDER = {"male": "m", "female": "f"}


def _value(item: Any) -> Any:
    return item.value if isinstance(item, Note) else item


def _with(old: Any, value: Any, comment: str | None, replace: bool = False) -> Note:
    """`value` in place of `old`, keeping its comments (`replace`: the line comment goes)."""
    above = old.above if isinstance(old, Note) else ()
    keep = None if replace or not isinstance(old, Note) else old.comment
    if keep and comment and keep.startswith("CHECK") and comment.startswith("CHECK: "):
        comment = comment.removeprefix("CHECK: ")  # one CHECK mark per line
    joined = "; ".join(c for c in (keep, comment) if c)
    return Note(value, joined or None, above)


def _concerned(draft: dict[str, Any]) -> tuple[Concerned, list[dict[str, Any]]]:
    """Who the draft's requests will name: its person, people or group."""
    entries: list[dict[str, Any]] = []
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
    if "actions" not in draft or not who.names:
        return
    others = [lang for lang in shipped_languages() if lang != ua.language]
    items = []
    for item in _value(draft["actions"]):
        text = _value(item).get(ua.language) if isinstance(_value(item), dict) else None
        found = recognise(text, ua.language, who) if isinstance(text, str) else None
        if found is not None:
            items.append(_with(item, found.entry(),
                               f"CHECK: standard request; the UA says: {text}", replace=True))
        elif isinstance(text, str):
            items.append(_with(item, _value(item),
                               f"TRANSLATE: free text; add {', '.join(others)}, or use a "
                               "standard request (ua-letters languages)"))
        else:
            items.append(item)
    draft["actions"] = _with(draft["actions"], items, None)


def _cyrillic(holder: dict[str, Any], country: str | None) -> None:
    """Add the Cyrillic form of a Latin-letter name, when the country writes it so; for a
    name from a country known not to, what latin_names.yaml says each language keeps."""
    name = _value(holder.get("name"))
    if not isinstance(name, dict) or "cyrl" in name:
        return
    if country is not None and country not in FORMER_USSR:
        _latin_kept(holder, name)
        return
    if country is None:
        return  # it may be a name from the former Soviet Union: neither offered nor kept
    latin = name.get("latn")
    cyrillic = to_cyrillic(latin, country) if isinstance(latin, str) else None
    if cyrillic:
        holder["name"] = _with(holder["name"], {**name, "cyrl": cyrillic},
                               f"CHECK: the Cyrillic form is offered ({cyrillic})")


def _latin_kept(holder: dict[str, Any], name: dict[str, Any]) -> None:
    latin = name.get("latn")
    languages = [lang for lang in keeping_latin() if lang not in name]
    if not isinstance(latin, str) or not languages or not may_keep(latin):
        return
    others = ", ".join(needing_own_script())
    holder["name"] = _with(
        holder["name"], {**name, **dict.fromkeys(languages, latin)},
        f"CHECK: {', '.join(languages)} letters keep a foreign name in Latin letters "
        "(ua_letters/importer/enrich/latin_names.yaml); to write it in Cyrillic, put "
        "`cyrl: …` in place of " + ", ".join(f"`{lang}:`" for lang in languages)
        + (f" ({others} letters need that Cyrillic form)" if others else ""))


def _english_title(rec: dict[str, Any], ua: ImportedUA) -> Any:
    """The title, with an English title the importer filed under the UA's language moved
    to `en` (a German page's "Prosecutor General"): only a text that is, whole, one of
    the offices' English titles is moved, so no German or French title ever is."""
    title = _value(rec.get("title"))
    if not isinstance(title, dict) or "en" in title or ua.language == "en":
        return title
    text = title.get(ua.language)
    if not isinstance(text, str):
        return title
    country = getattr(ua, "country", None)
    if match_office(text, country) is None and match_office_of(text) is None:
        return title
    moved = {("en" if key == ua.language else key): value for key, value in title.items()}
    rec["title"] = _with(rec["title"], moved,
                         f"CHECK: the title is English, not {ua.language}; moved under en")
    return moved


def _recipient(rec: dict[str, Any], found: Any, ua: ImportedUA) -> None:
    country = getattr(found, "country", None) or ua.country
    soviet = country in FORMER_USSR
    name = _value(rec.get("name"))
    latin = next(iter(name.values()), None) if isinstance(name, dict) else None
    if str(_value(rec.get("gender"))) == "unknown":
        title = _value(rec.get("title"))
        stated = [*(_value(rec.get("salutation")) or {}).values(),
                  *(getattr(found, "honorifics", None) or []),
                  *(title.values() if isinstance(title, dict) else [])]
        evidence = official_gender([str(s) for s in stated], latin, soviet)
        if evidence.gender != "unknown":
            mark = "CHECK: " if evidence.guessed else ""
            rec["gender"] = _with(rec["gender"], evidence.gender, f"{mark}{evidence.reason}",
                                  replace=True)
    title = _english_title(rec, ua)
    english = title.get("en") if isinstance(title, dict) else None
    office = match_office(english, country) if isinstance(english, str) else None
    named, national = country, None
    if office is None and isinstance(english, str) and (found_of := match_office_of(english)):
        office, named = found_of  # "Prosecutor General of the Russian Federation": RU
        country = named
    if office is None and isinstance(english, str):
        named = match_ambassador(english)  # "Ambassador of the Republic of Uzbekistan"
        office, national = (offices()["ambassador"], True) if named else (None, None)
    if office is not None and isinstance(title, dict):
        offered = titles(office, named, str(_value(rec.get("gender"))), national)
        added = {lang: text for lang, text in offered.items() if lang not in title}
        if added:
            rec["title"] = _with(rec["title"], {**title, **added},
                                 f"CHECK: {', '.join(added)} offered for the office "
                                 f"'{english}'" + (f" ({named})" if national or office.national
                                                   else ""))
    _cyrillic(rec, named if national else country)  # an ambassador: his state's names


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


def _case_country(recipients: list[Any], ua: ImportedUA) -> str | None:
    """The country of the people concerned, for their names: the UA's, unless the titles
    of its officials all name one other state. A page copied by a section (AIUSA's about
    Kyrgyzstan, read as the US) names the state in "President of Kyrgyzstan"; Askarov is
    then written back in Cyrillic, not kept in Latin letters as a US name would be."""
    named = set()
    for item in recipients:
        rec = _value(item)
        title = _value(rec.get("title")) if isinstance(rec, dict) else None
        english = title.get("en") if isinstance(title, dict) else None
        found = match_office_of(english) if isinstance(english, str) else None
        if found is not None and found[0].role != "ambassador":
            named.add(found[1])
    if len(named) == 1 and ua.country not in named:
        return named.pop()
    return ua.country


def enrich(draft: dict[str, Any], ua: ImportedUA) -> dict[str, Any]:
    """The draft with every offer added (each marked CHECK); `draft` itself is changed."""
    _languages(draft, ua)
    who, people = _concerned(draft)
    _actions(draft, ua, who)
    recipients = _value(draft.get("recipients")) or []
    country = _case_country(recipients, ua)
    for person in people:
        _cyrillic(person, country)
    for index, item in enumerate(recipients):
        rec = _value(item)
        if isinstance(rec, dict):
            found = ua.recipients[index] if index < len(ua.recipients) else None
            _recipient(rec, found, ua)
    return _situation(draft, ua)
