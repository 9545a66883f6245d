"""What the start page and a case page show, worked out in Python for the templates.

Case text is shown in the interface language where the case has it, otherwise in the
first case language that does, and tagged with its language for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ua_letters.api import (
    MAX_LINE,
    MAX_PERSONAL,
    Case,
    Channel,
    Letter,
    Recipient,
    Sender,
    action_texts,
    advise,
    long_date,
    mailto_link,
    resolve,
)
from ua_letters.web.cases import Offer
from ua_letters.web.forms import FIELDS, MAX_ADDRESS, FieldError, LetterForm
from ua_letters.web.i18n import territory_name


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
    number: str | None  # None: the UA gives no number (the page shows its index)
    index: str | None
    update_number: int | None  # None: an update that does not say which
    person: tuple[str, str]
    deadline: Deadline


def summary(offer: Offer, ui: str, today: date) -> Summary:
    ua = offer.case.ua
    person = offer.person(ui)
    return Summary(
        offer.slug, ua.number, ua.index, ua.update, person, deadline(offer.case, ui, today)
    )


@dataclass(frozen=True)
class RecipientView:
    """An official as the page lists them; each text with the language it is in."""

    number: int
    title: tuple[str, str] | None
    organisation: tuple[str, str] | None
    care_of: tuple[str, str] | None
    name: tuple[str, str] | None
    address: tuple[list[str], str]  # no lines: the UA gives no postal address
    fax: list[str]
    email: list[str]
    copy_only: bool
    embassy: bool

    @property
    def office(self) -> tuple[str, str]:
        """What a download is named after: the office, or the name where none is given."""
        found = self.title or self.name
        assert found is not None  # the case model requires a title or a name
        return found

    @property
    def by_post(self) -> bool:
        return bool(self.address[0])


def recipient_view(offer: Offer, number: int, recipient: Recipient, ui: str) -> RecipientView:
    return RecipientView(
        number=number,
        title=offer.text(recipient.title, ui) if recipient.title else None,
        organisation=offer.text(recipient.organisation, ui) if recipient.organisation else None,
        care_of=offer.text(recipient.care_of, ui) if recipient.care_of else None,
        name=offer.text(recipient.name, ui) if recipient.name else None,
        address=_lines(offer, recipient.address, ui),
        fax=list(recipient.fax),
        email=list(recipient.email),
        copy_only=recipient.copy_only,
        embassy=recipient.embassy_copy,
    )


def recipients(offer: Offer, ui: str) -> list[RecipientView]:
    return [
        recipient_view(offer, number, recipient, ui)
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
    return offer.letters(language, sender, on_date)


def default_language(offer: Offer, ui: str) -> str:
    return ui if ui in offer.languages else offer.languages[0]


def default_form(offer: Offer, ui: str) -> LetterForm:
    """A fresh form: letters in the interface language if the case has it; the side
    translation into the interface language, shown once the letters are in another one."""
    gloss = ui if ui in offer.languages else ""
    return LetterForm(
        language=default_language(offer, ui), gloss=gloss, format=zip_formats(offer)[0]
    )


def zip_formats(offer: Offer) -> tuple[str, ...]:
    """PDF and DOCX where the UA gives a postal address; fax versions where it gives a
    fax number; e-mail drafts where it gives an e-mail address."""
    recipients = offer.case.recipients
    offered: tuple[str, ...] = ("pdf", "docx") if any(r.address for r in recipients) else ()
    offered += ("fax",) if any(r.fax for r in recipients) else ()
    return offered + (("eml",) if any(r.email for r in recipients) else ())


@dataclass(frozen=True)
class Card:
    """One letter in the preview, with the ways to download it beside it."""

    letter: Letter
    recipient: RecipientView
    mailto: str | None  # only when the whole letter fits in the link
    gloss: str | None  # the language of its side translation, if one is asked for


def cards(
    offer: Offer, letters: list[Letter], views: list[RecipientView], form: LetterForm, signed: bool
) -> list[Card]:
    """A mailto: link only for a signed letter (never for one with blank lines)."""
    gloss = form.gloss if form.gloss and form.gloss in offer.languages else None
    return [
        Card(
            letter,
            views[letter.recipient_index],
            mailto_link(offer.case, letter) if signed else None,
            gloss if gloss != letter.language else None,
        )
        for letter in letters
    ]


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
    sender = None if errors.keys() - {"language", "gloss", "format"} else form.sender()
    brief = default_language(offer, ui)  # standard requests are worded per language
    views = recipients(offer, ui)
    letters = compose_all(offer, language, sender, today)
    shown = {name: translate(e.message, **e.params) for name, e in errors.items()}
    return {
        "offer": offer,
        "ua": offer.case.ua,
        "issued": long_date(offer.case.ua.issued, ui) if offer.case.ua.issued else None,
        "person": offer.person(ui),
        "facts": offer.text(offer.case.facts, ui) if offer.case.facts else None,
        "actions": [(text, brief) for text in action_texts(offer.case, brief)],
        "recipients": views,
        "embassy": next((view for view in views if view.embassy), None),
        "country": territory_name(offer.case.ua.country, ui),
        "deadline": deadline(offer.case, ui, today),
        "form": form,
        "errors": shown,
        "error_list": [(name, shown[name]) for name in FIELDS if name in shown],
        "cards": cards(offer, letters, views, form, signed=sender is not None),
        "language": language,
        "zip_formats": zip_formats(offer),
        "has_post": any(view.by_post for view in views),
        "has_fax": any(view.fax for view in views),
        "has_email": any(view.email for view in views),
        "limits": {"line": MAX_LINE, "address": MAX_ADDRESS, "personal": MAX_PERSONAL},
    }
