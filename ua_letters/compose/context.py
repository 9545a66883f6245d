"""Everything a letter template may use, prepared in Python for one language.

Templates only arrange text. Grammar (names and titles in the right case), dates (CLDR),
salutations (catalogs) and the standard requests (the phrasebook) are worked out here,
so a template stays plain markup that a section office can copy and translate.

The writer's gender is `sender.gender` ("male", "female" or "unknown"); there is no
sender for a letter to sign by hand, and templates then use a neutral wording. The people
concerned are `person` (see `compose.people`); `situation` is set when the letter says
the facts in the standard paragraph because the case has no facts text in the language.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from ua_letters.case.model import Action, Case, Recipient, Request, Role, resolve
from ua_letters.case.sender import Sender
from ua_letters.compose.checks import facts_problem, requests_problem, uses_standard_facts
from ua_letters.compose.dates import date_forms, long_date
from ua_letters.compose.gender import effective_gender
from ua_letters.compose.languages import Forms, rules
from ua_letters.compose.names import family_name, name_forms, title_forms
from ua_letters.compose.people import concerned_context, localized
from ua_letters.compose.postal import country_in_capitals
from ua_letters.compose.requests import request_text
from ua_letters.compose.salutations import is_impersonal, salutation
from ua_letters.compose.variants import Variant
from ua_letters.errors import TranslationError

# A request's final punctuation is the template's: «;» between items, «.» after the last.
_FINAL_PUNCTUATION = re.compile(r"[\s;,.]+$")
text = localized  # the name other modules know it by


def locale_for(case: Case, language: str, chosen: str | None = None) -> str:
    """The CLDR locale of dates and lists: the command's, the case's, else the language's."""
    return chosen or case.locales.get(language) or rules(language).locale


def conveys_only(recipient: Recipient) -> bool:
    """Whether the letter asks this recipient only to pass the concern on: an embassy copy,
    or an ambassador among the copies. An ambassador cannot release anyone or open an
    investigation; a copied president or minister can, and gets the appeal itself."""
    return recipient.embassy_copy or (recipient.copy_only and recipient.role == Role.ambassador)


def recipient_context(
    recipient: Recipient, language: str, field: str, user_dir: Path | None = None
) -> dict[str, Any]:
    name = text(recipient.name, language, f"{field}.name") if recipient.name else None
    gender = effective_gender(recipient.gender, name)
    if name and gender == "unknown" and rules(language).needs_recipient_gender:
        raise TranslationError(
            f"{field}.gender: the gender of {name} is unknown and the name does not show it; "
            f"the {language} letter needs it",
            hint="write `gender: female` or `gender: male` for this recipient",
        )
    full: Forms | None = None
    short: Forms | None = None
    if name is not None:
        full, short = name_forms(name, gender, language, recipient.forms.get(language))
    title = resolve(recipient.title, language)
    family = family_name(name, language) if name else None
    address = text(recipient.address, language, f"{field}.address") if recipient.address else []
    return {
        "name": full,
        "short": short,
        "title": title_forms(title, language, gender) if title else None,
        "organisation": resolve(recipient.organisation, language),
        "care_of": resolve(recipient.care_of, language),
        "gender": str(gender),
        "role": str(recipient.role),
        "address": country_in_capitals(list(address)),
        "fax": list(recipient.fax),
        "email": list(recipient.email),
        "is_copy": recipient.copy_only,
        "embassy_copy": conveys_only(recipient),
        # An ambassador written to with the appeal itself cannot release anyone: the letter
        # asks them to urge their country's authorities, and the requests follow unchanged.
        "via_government": recipient.role == Role.ambassador and not conveys_only(recipient),
        "salutation": salutation(recipient, language, family, user_dir, gender),
        # "Dear Sir or Madam" closes differently in English ("Yours faithfully")
        "impersonal": is_impersonal(recipient, language, family, gender),
    }


def action_text(
    action: Action, index: int, language: str, person: dict[str, Any], user_dir: Path | None
) -> str:
    """One requested action in `language`, without its final punctuation."""
    if isinstance(action, Request):
        return request_text(action.request, action.options, language, person, user_dir)
    return _FINAL_PUNCTUATION.sub("", str(text(action, language, f"actions[{index}]")))


def action_texts(
    case: Case, language: str, user_dir: Path | None = None, locale: str | None = None
) -> list[str]:
    """The requested actions of a case as a letter in `language` words them.

    Free text comes from the case file, standard requests from the phrasebook; neither
    carries final punctuation (the letter template adds it). Free text missing in the
    language stops it with one message for all of them.
    """
    missing = requests_problem(case, language)
    if missing is not None:
        raise TranslationError([missing])
    person = concerned_context(case, language, locale_for(case, language, locale))
    return [action_text(a, i, language, person, user_dir) for i, a in enumerate(case.actions)]


def situation_context(case: Case, language: str, locale: str) -> dict[str, Any] | None:
    """The structured situation for the standard facts paragraph, in `language`."""
    if case.situation is None:
        return None
    since = case.situation.since
    return {
        "kind": str(case.situation.kind),
        "since": date_forms(since, language, locale) if since else None,
        "place": text(case.situation.place, language, "situation.place")
        if case.situation.place is not None
        else None,
    }


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
    locale = locale_for(case, language)
    missing_facts = facts_problem(case, language)
    if missing_facts is not None:
        raise TranslationError([missing_facts])

    def others(group: list[Recipient]) -> list[dict[str, Any]]:
        return [
            recipient_context(r, language, f"recipients[{case.recipients.index(r)}]", user_dir)
            for r in group
        ]

    def day(value: date | None) -> str | None:
        return long_date(value, language, locale) if value else None

    return {
        "language": language,
        "ua": {
            "number": case.ua.number,
            "update": case.ua.update,
            "index": case.ua.index,
            "reference": case.ua.reference,
            "issued": day(case.ua.issued),
            "deadline": day(case.ua.deadline),
        },
        "date": day(on_date),
        "person": concerned_context(case, language, locale),
        "recipient": recipient_context(recipient, language, f"recipients[{index}]", user_dir),
        "copies": others(case.copy_recipients) if not recipient.copy_only else [],
        # An embassy copy names the officials the appeal itself went to.
        "mains": others(case.main_recipients) if conveys_only(recipient) else [],
        "facts": None if uses_standard_facts(case, language) else resolve(case.facts, language),
        "situation": situation_context(case, language, locale),
        "country": rules(language).country(case.ua.country),
        "actions": action_texts(case, language, user_dir, locale),
        "sender": sender.model_dump(mode="json") if sender else None,
        "subject_label": rules(language).subject_label,
        "lists": rules(language).list_words(locale),
        "variant": {"opening": variant.opening, "framing": variant.framing, "close": variant.close},
    }
