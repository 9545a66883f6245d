"""The postal letter: the address sits where a DL or C5/6 window envelope shows it."""

from __future__ import annotations

import io
from datetime import date

import pdfplumber
import pytest

from tests.conftest import LANGUAGES
from ua_letters.case import Case, Sender
from ua_letters.case.model import resolve
from ua_letters.compose import compose_letter
from ua_letters.render.pdf_letter import letter_pdf

MM = 72 / 25.4
# DIN 5008 form B address field: 20-105 mm from the left, 45-90 mm from the top.
LEFT, RIGHT, TOP, BOTTOM = 20 * MM, 105 * MM, 45 * MM, 90 * MM


def _lines(data: bytes) -> list[dict[str, float | str]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return list(pdf.pages[0].extract_text_lines())


@pytest.mark.parametrize("language", LANGUAGES)
def test_postal_address_lies_inside_the_window(
    example_case: Case, language: str, letter_date: date
) -> None:
    sender = Sender(name="Anna Petrova", address=["Hauptstraße 1", "10115 Berlin", "GERMANY"])
    for recipient in example_case.recipients:
        letter = compose_letter(example_case, recipient, language, sender, letter_date)
        lines = _lines(letter_pdf(letter))
        for address_line in resolve(recipient.address, language) or []:
            (found,) = [line for line in lines if line["text"] == address_line]
            assert float(found["x0"]) >= LEFT and float(found["x1"]) <= RIGHT, address_line
            assert float(found["top"]) >= TOP and float(found["bottom"]) <= BOTTOM, address_line
        # The return address shows through the window too, above the address, in small type.
        (back,) = [line for line in lines if str(line["text"]).startswith("Anna Petrova ·")]
        assert TOP <= float(back["top"]) < float(found["top"])
        # Nothing else of the letter intrudes into the window.
        for line in lines:
            inside = TOP <= float(line["top"]) < BOTTOM and float(line["x0"]) < RIGHT
            if inside:
                assert float(line["x0"]) >= LEFT


def test_country_line_in_capitals(example_case: Case, letter_date: date) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], "en", None, letter_date)
    address = [b.text for b in letter.blocks if b.kind == "to"]
    assert "Bishkek 720040, KYRGYZSTAN" in address


def test_a_country_written_in_lower_case_is_put_in_capitals(
    example_case: Case, letter_date: date
) -> None:
    embassy = example_case.recipients[0].model_copy(
        update={"address": ["Otto-Suhr-Allee 146", "10585 Berlin, Germany"]}
    )
    case = example_case.model_copy(update={"recipients": [embassy]})
    letter = compose_letter(case, embassy, "de", None, letter_date)
    assert "10585 Berlin, GERMANY" in [b.text for b in letter.blocks if b.kind == "to"]
