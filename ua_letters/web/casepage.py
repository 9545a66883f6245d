"""What the start page and a case page show, worked out in Python for the templates.

Case text is shown in the interface language where the case has it, otherwise in the
first case language that does, and tagged with its language for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ua_letters.case.model import Case, resolve
from ua_letters.case.sender import MAX_LINE, Sender
from ua_letters.compose.context import action_texts
from ua_letters.compose.dates import long_date
from ua_letters.compose.letter import Letter, compose_letter
from ua_letters.compose.variants import variant_for
from ua_letters.delivery.deadline import Channel, advise
from ua_letters.web.cases import Offer
from ua_letters.web.forms import MAX_ADDRESS, FieldError, LetterForm


@dataclass(frozen=True)
class Deadline:
    state: str  # "none", "open" or "passed"
    text: str  # the date in the interface language, "" when there is none
    by_post: bool = True  # a week or more to go: post a signed letter; else fax or e-mail


def deadline(case: Case, ui: str, today: date) -> Deadline:
    day = case.ua.deadline
    if day is None:
        return Deadline("none", "")
    advice = advise(case, today)
    state = "passed" if advice.passed else "open"
    return Deadline(state, long_date(day, ui), Channel.post in advice.recommended)


@dataclass(frozen=True)
class Summary:
    """One row of the start page."""

    slug: str
    number: str
    update_number: int
    person: tuple[str, str]
    deadline: Deadline


def summary(offer: Offer, ui: str, today: date) -> Summary:
    ua = offer.case.ua
    person = offer.person(ui)
    return Summary(offer.slug, ua.number, ua.update, person, deadline(offer.case, ui, today))


@dataclass(frozen=True)
class RecipientView:
    """An official as the page lists them; each text with the language it is in."""

    number: int
    title: tuple[str, str] | None
    organisation: tuple[str, str] | None
    name: tuple[str, str] | None
    address: tuple[list[str], str]
    fax: list[str]
    email: list[str]
    copy_only: bool


def recipients(offer: Offer, ui: str) -> list[RecipientView]:
    return [
        RecipientView(
            number=number,
            title=offer.text(recipient.title, ui) if recipient.title else None,
            organisation=offer.text(recipient.organisation, ui) if recipient.organisation else None,
            name=offer.text(recipient.name, ui) if recipient.name else None,
            address=_lines(offer, recipient.address, ui),
            fax=recipient.fax,
            email=recipient.email,
            copy_only=recipient.copy_only,
        )
        for number, recipient in enumerate(offer.case.recipients, start=1)
    ]


def _lines(offer: Offer, value: object, ui: str) -> tuple[list[str], str]:
    for candidate in (ui, *offer.case.languages):
        found = resolve(value, candidate)
        if isinstance(found, list):
            return [str(line) for line in found], candidate
    return [], ui


def compose_all(offer: Offer, language: str, sender: Sender | None, on_date: date) -> list[Letter]:
    """One letter per recipient; a supporter's wording variant follows from their name."""
    variant = variant_for(sender.name) if sender else None
    return [
        compose_letter(offer.case, recipient, language, sender, on_date, variant=variant)
        for recipient in offer.case.recipients
    ]


def default_language(offer: Offer, ui: str) -> str:
    return ui if ui in offer.languages else offer.languages[0]


def case_context(
    offer: Offer,
    ui: str,
    today: date,
    form: LetterForm,
    errors: Mapping[str, FieldError],
    translate: Callable[..., str],
) -> dict[str, Any]:
    """Everything case.html needs; the preview uses the form if it has no errors."""
    language = form.language if form.language in offer.languages else default_language(offer, ui)
    sender = None if errors.keys() - {"language"} else form.sender()
    brief = default_language(offer, ui)  # standard requests are worded per language
    return {
        "offer": offer,
        "ua": offer.case.ua,
        "issued": long_date(offer.case.ua.issued, ui) if offer.case.ua.issued else None,
        "person": offer.person(ui),
        "facts": offer.text(offer.case.facts, ui) if offer.case.facts else None,
        "actions": [(text, brief) for text in action_texts(offer.case, brief)],
        "recipients": recipients(offer, ui),
        "deadline": deadline(offer.case, ui, today),
        "form": form,
        "errors": {name: translate(e.message, **e.params) for name, e in errors.items()},
        "letters": compose_all(offer, language, sender, today),
        "language": language,
        "limits": {"line": MAX_LINE, "address": MAX_ADDRESS},
    }
