"""DOCX letters: read back with python-docx; real styles; reproducible; clean metadata."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import docx
import pytest

from tests.conftest import LANGUAGES
from tests.render.readback import docx_paragraphs
from ua_letters.case import Case, Sender
from ua_letters.compose import compose_letter
from ua_letters.render.docx import letter_docx

SENDER = Sender(name="Anna Petrova", address=["Hauptstraße 1", "10115 Berlin"])
STYLES = {
    "from": "Sender",
    "date": "Letter Date",
    "to": "Recipient",
    "subject": "Subject",
    "salutation": "Salutation",
    "p": "Body Text",
    "item": "List Bullet",
    "close": "Closing",
    "sign": "Signature",
    "copy": "Copies",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_paragraphs_are_the_blocks_with_word_styles(
    example_case: Case, language: str, letter_date: date
) -> None:
    for recipient in example_case.recipients:
        letter = compose_letter(example_case, recipient, language, SENDER, letter_date)
        paragraphs = docx_paragraphs(letter_docx(letter))
        assert paragraphs == [(STYLES[b.kind], b.text) for b in letter.blocks]


def test_no_layout_by_spaces_and_a4(example_case: Case, letter_date: date) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], "ru", SENDER, letter_date)
    document = docx.Document(io.BytesIO(letter_docx(letter)))
    assert all(not p.text.startswith("  ") for p in document.paragraphs)
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert document.styles["Normal"].font.name == "PT Serif"


def test_same_letter_same_bytes(example_case: Case, letter_date: date) -> None:
    letter = compose_letter(example_case, example_case.recipients[1], "ky", SENDER, letter_date)
    first = letter_docx(letter)
    assert first == letter_docx(letter)
    assert {i.date_time for i in zipfile.ZipFile(io.BytesIO(first)).infolist()} == {
        (1980, 1, 1, 0, 0, 0)
    }


def test_metadata_is_fixed_and_holds_no_supporter_data(
    example_case: Case, letter_date: date
) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], "en", SENDER, letter_date)
    data = letter_docx(letter)
    props = docx.Document(io.BytesIO(data)).core_properties
    assert props.author == "ua-letters" and props.last_modified_by == "ua-letters"
    assert props.created is not None and props.created.date() == letter_date
    assert props.title == letter.subject
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        meta = package.read("docProps/core.xml") + package.read("docProps/app.xml")
    assert b"Anna" not in meta and b"Hauptstra" not in meta


def test_markup_and_braces_stay_literal(example_case: Case, letter_date: date) -> None:
    hostile = Sender(name="Smith & <Sons> {{ 7*7 }} {% raw %} ${x}", address=["item: not a block"])
    letter = compose_letter(example_case, example_case.recipients[0], "en", hostile, letter_date)
    paragraphs = docx_paragraphs(letter_docx(letter))
    assert ("Sender", "Smith & <Sons> {{ 7*7 }} {% raw %} ${x}") in paragraphs
    assert ("Sender", "item: not a block") in paragraphs
