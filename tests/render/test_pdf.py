"""PDF letters: real files read back with pdfplumber, fonts embedded, reproducible bytes."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pdfplumber
import pytest
from pypdf import PdfReader

from tests.conftest import LANGUAGES
from tests.render.readback import in_order, pdf_text, squash
from ua_letters.case import Case, Sender
from ua_letters.case.model import resolve
from ua_letters.compose import Block, compose_letter
from ua_letters.errors import RenderError
from ua_letters.render.fonts import missing_characters
from ua_letters.render.pdf_letter import letter_pdf

SENDER = Sender(name="Anna Petrova", address=["Hauptstraße 1", "10115 Berlin"], email="a@p.de")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_block_reads_back_in_order(
    example_case: Case, language: str, letter_date: date
) -> None:
    for recipient in example_case.recipients:
        letter = compose_letter(example_case, recipient, language, SENDER, letter_date)
        text = squash(pdf_text(letter_pdf(letter)))
        assert in_order(text, [squash(b.text) for b in letter.blocks]) == []
        for line in resolve(recipient.address, language) or []:
            assert line in text
        assert recipient.fax[0] in text


def test_kyrgyz_letters_are_extracted_and_drawn(example_case: Case, letter_date: date) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], "ky", None, letter_date)
    data = letter_pdf(letter)
    text = pdf_text(data)
    for char in "ңөү":
        assert char in text
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        drawn = [c for c in pdf.pages[0].chars if c["text"] in "ңөүҢӨҮ"]
    assert drawn, "no Kyrgyz letters on the first page"
    # Drawn with the embedded PT Serif, with a real advance width (not an empty box).
    assert all("PTSerif" in c["fontname"] and c["width"] > 1 for c in drawn)


def test_fonts_are_embedded_and_metadata_is_deliberate(
    example_case: Case, letter_date: date
) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], "ru", SENDER, letter_date)
    data = letter_pdf(letter)
    reader = PdfReader(io.BytesIO(data))
    embedded = set()
    for ref in reader.pages[0]["/Resources"]["/Font"].values():
        font = ref.get_object()
        if "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"].get_object():
            embedded.add(str(font["/BaseFont"]).split("+")[-1])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        used = {c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars}
    assert used and used <= embedded, (used, embedded)  # every drawn character: embedded font
    meta = reader.metadata
    assert meta is not None
    assert meta.author == "ua-letters"
    assert "Anna" not in str(dict(meta)) and "Hauptstra" not in str(dict(meta))
    assert meta.title == letter.subject


def test_same_letter_same_bytes(example_case: Case, letter_date: date) -> None:
    letter = compose_letter(example_case, example_case.recipients[2], "ky", SENDER, letter_date)
    assert letter_pdf(letter) == letter_pdf(letter)


def test_markup_in_user_text_is_printed_literally(example_case: Case, letter_date: date) -> None:
    hostile = Sender(name="Smith & <Sons> <b>x</b> </para> {{ 7*7 }}", address=["<font name=x>"])
    letter = compose_letter(example_case, example_case.recipients[0], "en", hostile, letter_date)
    text = pdf_text(letter_pdf(letter))
    assert "Smith & <Sons> <b>x</b> </para> {{ 7*7 }}" in text
    assert "<font name=x>" in text


def test_special_spaces_of_cldr_are_mapped(example_case: Case, letter_date: date) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], "ru", None, letter_date)
    (dated,) = letter.of_kind("date")
    assert "\u202f" not in dated and dated == "20 августа 2010\u00a0г."
    assert "20 августа 2010 г." in pdf_text(letter_pdf(letter)).replace("\u00a0", " ")


def test_a_character_the_font_lacks_is_refused_by_name(
    example_case: Case, letter_date: date
) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], "en", None, letter_date)
    broken = replace(letter, blocks=(*letter.blocks, Block("p", "Tamil: தமிழ்")))
    assert missing_characters("தமிழ்")
    with pytest.raises(RenderError, match=r"U\+0BA4 TAMIL LETTER TA"):
        letter_pdf(broken)
