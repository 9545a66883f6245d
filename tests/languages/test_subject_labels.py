"""A subject carries no label of its own: the letter, the fax cover and the e-mail each add
the one their form needs (French «Objet :» in the letter, "Re:" on a fax cover, nothing in
an e-mail subject), so that nothing reads "Re: Re:", «Objet : Objet :» or starts with "Re:".
"""

from __future__ import annotations

import email
import email.policy
import io
from datetime import date

import pdfplumber
import pytest

from tests.render.readback import squash
from ua_letters.case import Case, Sender
from ua_letters.compose import compose_letter
from ua_letters.compose.notes import FAX_RE, note
from ua_letters.delivery.email import eml
from ua_letters.render.fax_cover import fax_pdf
from ua_letters.resources import shipped_languages

LABELS = ("Re:", "RE:", "Objet", "Asunto", "Betreff", "Тема", "Эмне жөнүндө", "Copy for")
LETTER_LABEL = {"fr": "Objet\u00a0: ", "es": "Asunto: "}


@pytest.mark.parametrize("language", shipped_languages())
def test_the_subject_is_labelled_once_wherever_it_appears(
    example_case: Case, language: str
) -> None:
    recipient = example_case.recipients[0]
    letter = compose_letter(
        example_case, recipient, language, Sender(name="Anna"), date(2010, 8, 20)
    )
    (in_letter,) = letter.of_kind("subject")
    assert in_letter == LETTER_LABEL.get(language, "") + letter.subject
    assert not letter.subject.startswith(LABELS)
    message = email.message_from_bytes(
        eml(letter, "x@example.org", None), policy=email.policy.default
    )
    assert message["Subject"] == letter.subject
    with pdfplumber.open(io.BytesIO(fax_pdf(letter, recipient))) as pdf:
        cover = squash(pdf.pages[0].extract_text())
    label = note(language, FAX_RE)
    assert squash(f"{label} {letter.subject}") in cover
    assert cover.count(label.rstrip(":\u00a0 ")) == 1, cover
