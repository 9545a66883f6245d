"""The imported UA as a draft case file: the case model's keys, with comments.

The draft follows ua_letters/case/model.py so that `ua-letters validate` accepts it once
the translations are added. What the model has no key for — phone numbers aside, social
handles, extra or hidden e-mail addresses, honorifics, the diplomatic-copies instruction,
other people concerned — is kept in comments beside the recipient or at the top, so that
nothing the UA says is lost. Values that were not found stay empty (null or []), which
`validate` then reports; every decision the importer took is marked CHECK.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Any

from babel import Locale

from ua_letters.importer.drafting import enrich
from ua_letters.importer.names import title_language
from ua_letters.importer.places import country_name
from ua_letters.importer.result import FoundRecipient, ImportedUA
from ua_letters.importer.yamlwriter import Note, commented_out, dump, plain
from ua_letters.resources import script_of

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def script_key(text: str) -> str:
    return "cyrl" if _CYRILLIC.search(text) else "latn"


def draft_yaml(ua: ImportedUA) -> str:
    data = enrich(draft_data(ua), ua)
    unreachable = _unreachable(data)
    text = dump(data, header(ua))
    if not unreachable:
        return text
    return text + "\n" + commented_out(unreachable, _LEFT_OUT)


_LEFT_OUT = (
    "LEFT OUT: officials the UA gives no postal address, fax or e-mail for (an online form, "
    "a hidden e-mail address, postal restrictions), so no letter can reach them from this "
    "file. To write to one, add a way to reach them and remove the '# ' before each line."
)


def _unreachable(data: dict[str, Any]) -> list[Any]:
    """Take the officials no letter can reach out of `data`'s recipients, and return them.

    The case model holds only recipients a letter can reach; an official the page gives
    only an online form for (AIUSA's COVID-era pages: "please only send physical mail to
    the Embassy") would make the whole draft fail `validate`. While a main official can
    still be written to, they move below the list as comments, where nothing of them is lost.
    """
    holder = data.get("recipients")
    items = holder.value if isinstance(holder, Note) else holder
    if not isinstance(items, list):
        return []
    reached = [item for item in items if _reaches(plain(item))]
    unreached = [item for item in items if not _reaches(plain(item))]
    if not unreached or all(plain(item).get("copy") for item in reached):
        return []  # all reachable, or no main official left to write to: a person decides
    kept = [_renumbered(item, f"recipients[{n}]") for n, item in enumerate(reached)]
    data["recipients"] = Note(kept, holder.comment, holder.above) if isinstance(
        holder, Note) else kept
    return [_renumbered(item, "left out") for item in unreached]


def _renumbered(item: Any, label: str) -> Any:
    """The item with its "recipients[3], main recipient: …" comment naming `label`."""
    if not isinstance(item, Note):
        return item
    above = tuple(re.sub(r"^recipients\[\d+\]", label, line) for line in item.above)
    return Note(item.value, item.comment, above)


def _reaches(recipient: Any) -> bool:
    return isinstance(recipient, dict) and any(
        recipient.get(key) for key in ("address", "fax", "email"))


def draft_data(ua: ImportedUA) -> dict[str, Any]:
    return {
        "ua": _ua(ua),
        "languages": Note(list(ua.languages), _languages_comment(ua), above=("",)),
        **_concerned(ua),
        "facts": Note(
            {ua.language: ua.facts} if ua.facts else None,
            "CHECK: the UA's own story, copied whole; shorten it to what the letters say",
            above=("",),
        ),
        "actions": Note(
            [Note({ua.language: text}) for text in ua.actions],
            f"CHECK: {ua.checks['actions']}" if "actions" in ua.checks else (
                f"from line {ua.lines['actions']}" if "actions" in ua.lines else None),
            above=("",),
        ),
        "recipients": Note(
            [_recipient(r, i, ua) for i, r in enumerate(ua.recipients)], above=("",)
        ),
    }


def _at(ua: ImportedUA, key: str) -> str | None:
    return f"line {ua.lines[key]}" if key in ua.lines else None


def _ua(ua: ImportedUA) -> dict[str, Any]:
    data: dict[str, Any] = {
        "number": Note(
            ua.number,
            _at(ua, "ua.number") or "NOT FOUND in the UA (optional: letters then cite the index)",
        ),
        "update": Note(
            ua.update,
            f"CHECK: {_at(ua, 'ua.update')}" if "ua.update" in ua.lines else (
                "CHECK: 0 means the original UA" if ua.update == 0 else "NOT FOUND: which update?"
            ),
        ),
    }
    missing = []  # optional in the case model: left out when the UA does not give them
    if ua.index:
        data["index"] = Note(ua.index, _at(ua, "ua.index"))
    else:
        missing.append("index: the UA gives none (letters then cite the number alone)")
    if ua.issued:
        data["issued"] = Note(ua.issued, _check(ua.checks.get("ua.issued")) or _at(ua, "ua.issued"))
    else:
        missing.append("issued: the UA gives no issue date")
    if ua.is_update and not ua.update:
        data["update"] = Note(None, "NOT FOUND: the UA is an update; write which one (1, 2, …)")
    if ua.deadline:
        data["deadline"] = Note(ua.deadline, _at(ua, "ua.deadline"))
    country = f"{country_name(ua.country)}, {_at(ua, 'ua.country')}" if ua.country else None
    data["country"] = Note(ua.country, country or "NOT FOUND in the UA")
    if ua.deadline is None:
        missing.append("deadline: the UA states none")
    if missing:
        data["country"] = Note(ua.country, data["country"].comment, above=tuple(missing))
    return data


def _languages_comment(ua: ImportedUA) -> str:
    names = Locale("en").languages
    asked = ", ".join(names.get(c, c) for c in ua.languages_requested) or "no language"
    own = " or your own language" if ua.own_language else ""
    return f"the UA asks for {asked}{own} ({_at(ua, 'languages') or 'not found'})"


def _concerned(ua: ImportedUA) -> dict[str, Note]:
    """`person` for one, `people` for two or more, `group` for an unnamed group."""
    if len(ua.people) >= 2:
        people = [
            Note({"name": {script_key(p.name): p.name}, "gender": _gender(ua, i, str(p.gender))})
            for i, p in enumerate(ua.people)
        ]
        return {"people": Note(people, _at(ua, "person.name"), above=("",))}
    if not ua.people and ua.group:
        group = {"name": {ua.language: ua.group}}
        return {"group": Note(group, "CHECK: the UA names no one; the group as it says",
                              above=("",))}
    return {"person": Note(_person(ua), above=("",))}


def _gender(ua: ImportedUA, index: int, gender: str) -> Any:
    """One of several people's gender, with the CHECK of a reading (story.py)."""
    check = ua.checks.get("person.gender" if index == 0 else f"people[{index}].gender")
    return Note(gender, f"CHECK: {check}") if check and gender != "unknown" else gender


def _person(ua: ImportedUA) -> dict[str, Any]:
    if not ua.people:
        return {"name": Note(None, "NOT FOUND: the person the UA is about"), "gender": "unknown"}
    first, others = ua.people[0], ua.people[1:]
    above = tuple(f"also concerned: {p.name} ({p.gender})" for p in others)
    gender_check = ua.checks.get("person.gender")
    return {
        "name": Note({script_key(first.name): first.name}, _at(ua, "person.name"), above=above),
        "gender": Note(str(first.gender), f"CHECK: {gender_check}" if gender_check else None),
    }


def _titles(found: FoundRecipient, language: str) -> dict[str, str]:
    """The title per language: 'President of the Republic' and, below the name,
    'Presidente de la República' give {'en': …, 'es': …}."""
    titles = {title_language(found.title or "", language): found.title or ""}
    if found.other_title:
        titles.setdefault(title_language(found.other_title, language), found.other_title)
    return titles


def _recipient(found: FoundRecipient, index: int, ua: ImportedUA) -> Note:
    checks = found.checks
    data: dict[str, Any] = {
        "role": Note(str(found.role), f"CHECK: {checks['role']}"),
    }
    if found.copy:
        data["copy"] = True
    if found.title:
        data["title"] = Note(_titles(found, ua.language), _check(checks.get("title")))
    if found.organisation:
        data["organisation"] = found.organisation  # printed as given, like the address
    if found.care_of:
        data["care_of"] = found.care_of
    data["name"] = Note(
        {script_key(found.name): found.name} if found.name else None,
        _check(checks.get("name")) or (None if found.name else "NOT FOUND in the UA"),
    )
    data["gender"] = Note(str(found.gender), f"CHECK: {checks['gender']}")
    if found.address:
        data["address"] = list(found.address)
    if found.fax:
        data["fax"] = [Note(n, _check(checks.get(f"fax:{n}"))) for n in found.fax]
    if found.phone:
        data["phone"] = [Note(n, _check(checks.get(f"phone:{n}"))) for n in found.phone]
    if found.email:
        data["email"] = Note(list(found.email), _check(checks.get("email")))
    if found.salutation:
        data["salutation"] = dict(found.salutation)
    return Note(data, above=_recipient_comments(found, index, ua))


def _check(reason: str | None) -> str | None:
    return f"CHECK: {reason}" if reason else None


def _recipient_comments(found: FoundRecipient, index: int, ua: ImportedUA) -> tuple[str, ...]:
    kind = "copies to" if found.copy else "main recipient"
    lines = [f"recipients[{index}], {kind}: from line {found.line} of the UA"]
    if found.country:
        lines.append(f"country: {found.country} ({country_name(found.country)})")
    if found.honorifics:
        lines.append(f"honorific in the UA: {' '.join(found.honorifics)}")
    if not (found.address or found.fax or found.email):
        lines.append("NOT FOUND: no address, fax or e-mail; add one way to reach this official")
    if found.email_hidden:
        lines.append("email: present in the UA but hidden in this copy; copy it from the "
                     "original page")
    for network, handles in found.social.items():
        lines.append(f"{network}: {', '.join(handles)}")
    lines += [f"note in the UA: {note}" for note in found.notes]
    if not found.salutation:
        lines.append("salutation: none in the UA; the letters use the usual one for the role")
    return ("", *lines)


def header(ua: ImportedUA) -> list[str]:
    others = [lang for lang in ua.languages if lang != ua.language]
    steps = ["Read every line marked CHECK or NOT FOUND, and the warnings below."]
    if others:
        scripts = sorted({script_of(lang) for lang in others})
        steps.append(
            f"Add the {', '.join(others)} text: person.name and each recipient's name "
            f"(under {', '.join(scripts)}), facts, actions and titles (see examples/askarov.yaml)."
        )
    steps.append("Run: ua-letters validate <this file>")
    lines = [
        f"Draft case file made by `ua-letters import` from {PurePath(ua.source).name} "
        f"(read as {ua.encoding}).",
        f"Every value is copied from the UA, in its own language ({ua.language}); nothing is "
        "invented. Values not found are empty (null or []).",
        "Before using it:",
        *(f"  {n}. {step}" for n, step in enumerate(steps, 1)),
    ]
    if ua.diplomatic:
        lines.append(f"Diplomatic copies ({_at(ua, 'diplomatic')}): {ua.diplomatic}")
    if ua.notices:
        lines.append(f"Warnings ({len(ua.notices)}):")
        lines += [f"  {_notice(n.line, n.field, n.message)}" for n in ua.notices]
    return lines


def _notice(line: int | None, field: str | None, message: str) -> str:
    place = ", ".join(filter(None, [f"line {line}" if line else None, field]))
    return f"{place}: {message}" if place else message
