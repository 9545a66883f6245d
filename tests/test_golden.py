"""Every seed letter's words are golden, and the PDF and the DOCX carry the same words.

The golden text itself is the per-language matrix in tests/golden/matrix/<lang>.txt
(tests/languages/test_matrix_golden.py; regenerate with `pytest --update-goldens`, then
read the diff). Here each letter to every official, signed and to sign by hand, must be
found there word for word, and must read back from the rendered PDF and DOCX.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.languages.test_matrix_golden import WRITERS
from tests.render.readback import docx_paragraphs, in_order, pdf_text, squash
from ua_letters.api import render_document
from ua_letters.case import Case
from ua_letters.compose import compose_letter
from ua_letters.resources import shipped_languages

GOLDEN = Path(__file__).resolve().parent / "golden" / "matrix"


@pytest.mark.parametrize("language", shipped_languages())
@pytest.mark.parametrize("signed", [True, False], ids=["signed", "blank"])
def test_golden_letters(example_case: Case, language: str, signed: bool, letter_date: date) -> None:
    golden = (GOLDEN / f"{language}.txt").read_text(encoding="utf-8")
    sender = WRITERS["female"] if signed else None
    recipients = example_case.recipients[:1] if signed else example_case.recipients
    for recipient in recipients:
        letter = compose_letter(example_case, recipient, language, sender, letter_date)
        assert f"\n{letter.text()}" in golden, f"{language} letter to {recipient.id} is not golden"
        expected = [squash(b.text) for b in letter.blocks]
        assert in_order(squash(pdf_text(render_document(letter, "pdf"))), expected) == []
        docx_text = [squash(t) for _, t in docx_paragraphs(render_document(letter, "docx"))]
        assert docx_text == expected
