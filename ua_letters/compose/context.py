"""Everything a letter template may use, prepared in Python for one language.

Templates only arrange text. Grammar (names and titles in the right case), dates (CLDR)
and salutations (catalogs) are worked out here, so a template stays plain markup that a
section office can copy and translate.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ua_letters.case.model import Case, Person, Recipient, resolve
from ua_letters.case.sender import Sender
from ua_letters.compose.dates import long_date
from ua_letters.compose.names import family_name, name_forms, title_forms
from ua_letters.compose.salutations import salutation
from ua_letters.compose.variants import Variant
from ua_letters.errors import TranslationError


def text(value: Any, language: str, field: str) -> Any:
    found = resolve(value, language)
    if found is None:
        raise TranslationError(f"{field} has no {language} text")
    return found


def person_context(person: Person, language: str) -> dict[str, Any]:
    name = text(person.name, language, "person.name")
    full, short = name_forms(name, person.gender, language, person.forms.get(language))
    return {"name": full, "short": short, "gender": str(person.gender)}


def recipient_context(recipient: Recipient, language: str, field: str) -> dict[str, Any]:
    name = text(recipient.name, language, f"{field}.name")
    full, short = name_forms(name, recipient.gender, language, recipient.forms.get(language))
    title = resolve(recipient.title, language) if recipient.title is not None else None
    organisation = resolve(recipient.organisation, language) if recipient.organisation else None
    return {
        "name": full,
        "short": short,
        "title": title_forms(title, language) if title else None,
        "organisation": organisation,
        "gender": str(recipient.gender),
        "role": str(recipient.role),
        "address": list(text(recipient.address, language, f"{field}.address")),
        "fax": list(recipient.fax),
        "email": recipient.email,
        "is_copy": recipient.copy_only,
        "salutation": salutation(recipient, language, family_name(name)),
    }


def letter_context(
    case: Case,
    recipient: Recipient,
    language: str,
    sender: Sender | None,
    on_date: date,
    variant: Variant,
) -> dict[str, Any]:
    index = case.recipients.index(recipient)
    others = [
        recipient_context(r, language, f"recipients[{case.recipients.index(r)}]")
        for r in case.copy_recipients
    ]
    return {
        "language": language,
        "ua": {
            "number": case.ua.number,
            "update": case.ua.update,
            "index": case.ua.index,
            "issued": long_date(case.ua.issued, language),
            "deadline": long_date(case.ua.deadline, language) if case.ua.deadline else None,
        },
        "date": long_date(on_date, language),
        "person": person_context(case.person, language),
        "recipient": recipient_context(recipient, language, f"recipients[{index}]"),
        "copies": others if not recipient.copy_only else [],
        "facts": text(case.facts, language, "facts"),
        "actions": [text(a, language, f"actions[{i}]") for i, a in enumerate(case.actions)],
        "sender": sender.model_dump() if sender else None,
        "variant": {"opening": variant.opening, "framing": variant.framing, "close": variant.close},
    }
