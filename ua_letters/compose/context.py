"""Everything a letter template may use, prepared in Python for one language.

Templates only arrange text. Grammar (names and titles in the right case), dates (CLDR),
salutations (catalogs) and the standard requests (the phrasebook) are worked out here,
so a template stays plain markup that a section office can copy and translate.

The writer's gender is `sender.gender` ("male", "female" or "unknown"); there is no
sender for a letter to sign by hand, and templates then use a neutral wording.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from ua_letters.case.model import (
    Action,
    Case,
    ConcernedKind,
    Person,
    Recipient,
    Request,
    resolve,
)
from ua_letters.case.sender import Sender
from ua_letters.compose.dates import long_date
from ua_letters.compose.names import (
    Forms,
    family_name,
    group_forms,
    joined_forms,
    name_forms,
    title_forms,
)
from ua_letters.compose.postal import country_in_capitals
from ua_letters.compose.requests import request_text
from ua_letters.compose.salutations import salutation
from ua_letters.compose.variants import Variant
from ua_letters.errors import TranslationError

# A request's final punctuation is the template's: «;» between items, «.» after the last.
_FINAL_PUNCTUATION = re.compile(r"[\s;,.]+$")


def text(value: Any, language: str, field: str) -> Any:
    found = resolve(value, language)
    if found is None:
        raise TranslationError(f"{field} has no {language} text")
    return found


def person_context(person: Person, language: str, field: str = "person") -> dict[str, Any]:
    name = text(person.name, language, f"{field}.name")
    full, short = name_forms(name, person.gender, language, person.forms.get(language))
    return {
        "name": full,
        "short": short,
        "gender": str(person.gender),
        "plural": False,
        "count": None,
        "kind": "one",
        "people": [],
    }


def concerned_context(case: Case, language: str) -> dict[str, Any]:
    """The people concerned as one value for templates, whichever form the case gives.

    One person: their forms. Several named people: each name declined, then joined with
    the language's own "and" (CLDR list patterns). A group: its name and declined forms.
    Several people and groups are "plural" for agreement.
    """
    concerned = case.concerned
    if concerned.kind is ConcernedKind.one:
        one = person_context(concerned.people[0], language)
        one["people"] = [dict(one)]
        return one
    if concerned.group is not None:
        members = [
            person_context(p, language, f"group.members[{i}]")
            for i, p in enumerate(concerned.people)
        ]
        full, short = group_forms(concerned.group, language)
        return _plural(full, short, "group", concerned.group.count, members)
    people = [person_context(p, language, f"people[{i}]") for i, p in enumerate(concerned.people)]
    full = joined_forms([p["name"] for p in people], language)
    short = joined_forms([p["short"] for p in people], language)
    return _plural(full, short, "several", len(people), people)


def _plural(
    full: Forms, short: Forms, kind: str, count: int | None, people: list[dict[str, Any]]
) -> dict[str, Any]:
    return {
        "name": full,
        "short": short,
        "gender": "plural",
        "plural": True,
        "count": count,
        "kind": kind,
        "people": people,
    }


def recipient_context(
    recipient: Recipient, language: str, field: str, user_dir: Path | None = None
) -> dict[str, Any]:
    name = text(recipient.name, language, f"{field}.name") if recipient.name else None
    full: Forms | None = None
    short: Forms | None = None
    if name is not None:
        full, short = name_forms(name, recipient.gender, language, recipient.forms.get(language))
    title = resolve(recipient.title, language) if recipient.title is not None else None
    organisation = resolve(recipient.organisation, language) if recipient.organisation else None
    care_of = resolve(recipient.care_of, language) if recipient.care_of else None
    address = text(recipient.address, language, f"{field}.address") if recipient.address else []
    return {
        "name": full,
        "short": short,
        "title": title_forms(title, language) if title else None,
        "organisation": organisation,
        "care_of": care_of,
        "gender": str(recipient.gender),
        "role": str(recipient.role),
        "address": country_in_capitals(list(address)),
        "fax": list(recipient.fax),
        "email": list(recipient.email),
        "is_copy": recipient.copy_only,
        "embassy_copy": recipient.embassy_copy,
        "salutation": salutation(
            recipient, language, family_name(name, language) if name else None, user_dir
        ),
    }


def action_text(
    action: Action, index: int, language: str, person: dict[str, Any], user_dir: Path | None
) -> str:
    """One requested action in `language`, without its final punctuation."""
    if isinstance(action, Request):
        return request_text(action.request, action.options, language, person, user_dir)
    return _FINAL_PUNCTUATION.sub("", str(text(action, language, f"actions[{index}]")))


def action_texts(case: Case, language: str, user_dir: Path | None = None) -> list[str]:
    """The requested actions of a case as a letter in `language` words them.

    Free text comes from the case file, standard requests from the phrasebook; neither
    carries final punctuation (the letter template adds it).
    """
    person = concerned_context(case, language)
    return [action_text(a, i, language, person, user_dir) for i, a in enumerate(case.actions)]


def letter_context(
    case: Case,
    recipient: Recipient,
    language: str,
    sender: Sender | None,
    on_date: date,
    variant: Variant,
    user_dir: Path | None = None,
) -> dict[str, Any]:
    index = case.recipients.index(recipient)

    def others(group: list[Recipient]) -> list[dict[str, Any]]:
        return [
            recipient_context(r, language, f"recipients[{case.recipients.index(r)}]", user_dir)
            for r in group
        ]

    return {
        "language": language,
        "ua": {
            "number": case.ua.number,
            "update": case.ua.update,
            "index": case.ua.index,
            "reference": case.ua.reference,
            "issued": long_date(case.ua.issued, language) if case.ua.issued else None,
            "deadline": long_date(case.ua.deadline, language) if case.ua.deadline else None,
        },
        "date": long_date(on_date, language),
        "person": concerned_context(case, language),
        "recipient": recipient_context(recipient, language, f"recipients[{index}]", user_dir),
        "copies": others(case.copy_recipients) if not recipient.copy_only else [],
        # An embassy copy names the officials the appeal itself went to.
        "mains": others(case.main_recipients) if recipient.embassy_copy else [],
        "facts": text(case.facts, language, "facts") if case.facts is not None else None,
        "actions": action_texts(case, language, user_dir),
        "sender": sender.model_dump(mode="json") if sender else None,
        "variant": {"opening": variant.opening, "framing": variant.framing, "close": variant.close},
    }
