"""Every letter an official may receive, per language, kept as golden text.

One file per language (tests/golden/matrix/<lang>.txt) holds the whole matrix for the seed
case: the letter to the first official from a man, a woman and a writer of unknown gender
in each of the 27 variant combinations; the other officials; a letter to sign by hand;
the fax cover; the e-mail; the embassy copy; the gloss; and the standard facts paragraph
for every situation. A reviewer read it sentence by sentence as the receiving official
would (see the phrasebook report); `pytest --update-goldens` rewrites it for the next
review, and the diff shows exactly what changed.
"""

from __future__ import annotations

import email
import email.policy
import io
import itertools
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from ua_letters.case import Case, Sender
from ua_letters.case.model import Gender, Recipient, Situation, SituationKind
from ua_letters.compose import compose_letter
from ua_letters.compose.letter import Letter
from ua_letters.compose.notes import GLOSS_BANNER, note
from ua_letters.compose.variants import CHOICES, Variant
from ua_letters.delivery.email import eml, plain_body
from ua_letters.render.fax_cover import fax_pdf
from ua_letters.resources import shipped_languages

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "matrix"
DAY = date(2010, 8, 20)
WRITERS = {
    "male": Sender(
        name="Ivan Petrov", address=["Hauptstraße 1", "10115 Berlin"], gender=Gender.male
    ),
    "female": Sender(
        name="Anna Petrova", address=["Hauptstraße 1", "10115 Berlin"], gender=Gender.female
    ),
    "unknown": Sender(name="Sam Lee", address=["Hauptstraße 1", "10115 Berlin"]),
}
EMBASSY = {
    "role": "ambassador",
    "title": {
        "en": "Ambassador of the Kyrgyz Republic",
        "ru": "Посол Кыргызской Республики",
        "ky": "Кыргыз Республикасынын элчиси",
        "de": "Botschafter der Kirgisischen Republik",
        "fr": "Ambassadeur de la République kirghize",
        "es": "Embajador de la República Kirguisa",
    },
    "name": {"latn": "Erines Otorbaev", "cyrl": "Эринес Оторбаев"},
    "gender": "male",
    "address": ["Otto-Suhr-Allee 146", "10585 Berlin", "GERMANY"],
    "email": "info@example.de",
    "copy": True,
    "embassy_copy": True,
}


def _section(title: str, body: str) -> str:
    return f"==== {title}\n{body.rstrip()}\n"


def _fax_cover(letter: Letter, recipient: Recipient) -> str:
    with pdfplumber.open(io.BytesIO(fax_pdf(letter, recipient))) as pdf:
        return pdf.pages[0].extract_text()


def matrix(case: Case, language: str) -> str:
    parts = [f"# {language}: every letter of UA 135/10 an official may receive\n"]
    main = case.recipients[0]
    for (writer, sender), choice in itertools.product(
        WRITERS.items(), itertools.product(range(CHOICES), repeat=3)
    ):
        variant = Variant(*choice)
        letter = compose_letter(case, main, language, sender, DAY, None, variant)
        parts.append(
            _section(f"post · {main.id} · writer {writer} · {variant.code}", letter.text())
        )
    for recipient in case.recipients:
        letter = compose_letter(case, recipient, language, None, DAY)
        parts.append(_section(f"post · {recipient.id} · to sign by hand", letter.text()))
    letter = compose_letter(case, main, language, WRITERS["female"], DAY)
    parts.append(_section(f"fax cover · {main.id}", _fax_cover(letter, main)))
    embassy = Recipient.model_validate(EMBASSY)
    with_embassy = case.model_copy(update={"recipients": [*case.recipients, embassy]})
    for writer, sender in WRITERS.items():
        letter = compose_letter(with_embassy, embassy, language, sender, DAY)
        parts.append(_section(f"embassy copy · writer {writer}", letter.text()))
    message = email.message_from_bytes(
        eml(letter, "info@example.de", WRITERS["unknown"]), policy=email.policy.default
    )
    parts.append(
        _section("e-mail · embassy", f"Subject: {message['Subject']}\n\n{plain_body(letter)}")
    )
    other = "ru" if language == "en" else "en"
    gloss = compose_letter(case, main, other, WRITERS["female"], DAY)
    parts.append(
        _section(
            f"gloss in {other} after the {language} letter",
            f"subject: {note(other, GLOSS_BANNER)}\n{gloss.text()}",
        )
    )
    paragraphs = []
    for kind, since, place in itertools.product(
        SituationKind, (date(2010, 6, 1), None), ("Bazar Korgan", None)
    ):
        situation = Situation(kind=kind, since=since, place=place)
        standard = case.model_copy(update={"facts": None, "situation": situation})
        letter = compose_letter(standard, main, language, None, DAY)
        label = f"{kind.value}{' · since' if since else ''}{' · place' if place else ''}"
        paragraphs.append(f"{label}: {letter.of_kind('p')[1]}")
    parts.append(_section("standard facts paragraph (no facts text)", "\n".join(paragraphs)))
    return "\n".join(parts)


@pytest.mark.slow
@pytest.mark.parametrize("language", shipped_languages())
def test_the_whole_matrix_is_golden(
    example_case: Case, language: str, update_goldens: bool
) -> None:
    golden = GOLDEN / f"{language}.txt"
    text = matrix(example_case, language)
    if update_goldens:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), f"differs from {golden}; review the diff"
