"""Golden text of every seed letter, per language, and the same words in the PDF and DOCX.

Regenerate with `pytest --update-goldens`, then read the diff before committing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import LANGUAGES
from tests.render.readback import docx_paragraphs, in_order, pdf_text, squash
from ua_letters.api import file_name, render_document
from ua_letters.case import Case, Sender
from ua_letters.compose import compose_letter

GOLDEN = Path(__file__).resolve().parent / "golden"
SENDER = Sender(
    name="Anna Petrova",
    address=["Hauptstraße 1", "10115 Berlin", "Germany"],
    email="anna@example.org",
)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("signed", [True, False], ids=["signed", "blank"])
def test_golden_letters(
    example_case: Case, language: str, signed: bool, letter_date: date, update_goldens: bool
) -> None:
    sender = SENDER if signed else None
    for recipient in example_case.recipients:
        letter = compose_letter(example_case, recipient, language, sender, letter_date)
        stem = file_name(example_case, letter, "txt").removesuffix(".txt")
        golden = GOLDEN / language / f"{stem}{'' if signed else '.blank'}.txt"
        if update_goldens:
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_text(letter.text(), encoding="utf-8")
        assert letter.text() == golden.read_text(encoding="utf-8"), f"differs from {golden}"
        expected = [squash(b.text) for b in letter.blocks]
        assert in_order(squash(pdf_text(render_document(letter, "pdf"))), expected) == []
        docx_text = [squash(t) for _, t in docx_paragraphs(render_document(letter, "docx"))]
        assert docx_text == expected
