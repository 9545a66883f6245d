"""The fast paths the packs use give the same documents as the slow, obvious ones."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
from pypdf import PdfReader

from tests.conftest import LANGUAGES
from tests.render.readback import pdf_text, squash
from ua_letters.case import Case, Sender
from ua_letters.compose import compose_letter
from ua_letters.render.docx import letter_docx, python_docx_document
from ua_letters.render.layout import layout_letter, word_fitting, wrap
from ua_letters.render.pdf.glyphs import encoding
from ua_letters.render.pdf_letter import PrintFile, letter_pdf, page_contents

SENDER = Sender(name="Anna Petrova", address=["Hauptstraße 1", "10115 Berlin"], email="a@p.de")


@pytest.mark.parametrize("language", LANGUAGES)
def test_docx_filled_in_equals_python_docx_built(
    example_case: Case, language: str, letter_date: date
) -> None:
    """Every part of the fast DOCX is the part python-docx writes for the whole letter."""
    for recipient in example_case.recipients:
        letter = compose_letter(example_case, recipient, language, SENDER, letter_date)
        slow = io.BytesIO()
        python_docx_document(
            letter.language,
            letter.reference,
            letter.subject,
            letter.dated,
            letter.blocks,
            word_fitting(letter),
        ).save(slow)
        with (
            zipfile.ZipFile(slow) as built,
            zipfile.ZipFile(io.BytesIO(letter_docx(letter))) as fast,
        ):
            assert fast.namelist() == built.namelist()
            for name in built.namelist():
                assert fast.read(name) == built.read(name), name
            assert fast.testzip() is None


def test_characters_beyond_the_first_subset_read_back(
    example_case: Case, letter_date: date
) -> None:
    """Polish, Turkish, Czech and Ukrainian letters live in later subsets of the encoding."""
    name = "Łukasz Żółć, Ağaoğlu Şükrü, Čeština, Їжак Ґудзь"
    assert {encoding("PTSerif").codes[c][0] for c in name if c.isalpha()} != {0}
    letter = compose_letter(
        example_case, example_case.recipients[0], "en", Sender(name=name), letter_date
    )
    assert name in pdf_text(letter_pdf(letter))


def test_a_long_word_is_cut_to_fit_and_nothing_is_lost() -> None:
    word = "x" * 300
    lines = wrap(f"a {word} b", "PTSerif", 11, 200)
    assert "".join(line.text for line in lines).replace(" ", "") == f"a{word}b"
    assert all(line.natural <= 200 + 1e-6 for line in lines)


def test_print_file_holds_every_letter_from_a_new_page(
    example_case: Case, letter_date: date
) -> None:
    letters = [
        compose_letter(example_case, r, "ru", Sender(name=f"Supporter {i}"), letter_date)
        for i in range(4)
        for r in example_case.recipients
    ]
    pages = [layout_letter(letter) for letter in letters]
    out = io.BytesIO()
    printed = PrintFile(out, "UA 135/10 · ru", "ru", letter_date)
    for laid_out in pages:
        printed.add(page_contents(laid_out))
    printed.close()
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) == printed.page_count == sum(len(p) for p in pages)
    first_pages = [sum(len(p) for p in pages[:i]) for i in range(len(pages))]
    for index, letter in zip(first_pages, letters, strict=True):
        text = squash(reader.pages[index].extract_text() or "")
        assert text.startswith(squash(letter.blocks[0].text))
    # The same page, encoded once, reads the same in the letter's own PDF.
    own = PdfReader(io.BytesIO(letter_pdf(letters[0])))
    assert own.pages[0].extract_text() == reader.pages[0].extract_text()
