"""The DOCX letters open in LibreOffice: it converts them to PDF with the same words."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import LANGUAGES
from tests.render.readback import in_order, pdf_text, squash
from ua_letters.case import Case
from ua_letters.compose import compose_letter
from ua_letters.render.docx import letter_docx

SOFFICE = shutil.which("soffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_every_language(
    example_case: Case, letter_date: date, tmp_path: Path
) -> None:
    letters = {}
    for language in LANGUAGES:
        letter = compose_letter(
            example_case, example_case.recipients[2], language, None, letter_date
        )
        path = tmp_path / f"president_{language}.docx"
        path.write_bytes(letter_docx(letter))
        letters[language] = letter
    subprocess.run(
        [str(SOFFICE), "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, tmp_path.glob("*.docx"))],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    for language, letter in letters.items():
        text = _bare(pdf_text((tmp_path / f"president_{language}.pdf").read_bytes()))
        assert in_order(text, [_bare(b.text) for b in letter.blocks]) == [], language


def _bare(text: str) -> str:
    # LibreOffice may break a line at a hyphen (Базар-|Коргоне); text extraction then drops it.
    return squash(text).replace(" ", "").replace("-", "")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_docx_address_sits_in_the_window_field(
    example_case: Case, letter_date: date, tmp_path: Path
) -> None:
    """Word frames put the address where a window envelope shows it, as in the PDF."""
    import pdfplumber

    from ua_letters.case import Sender

    sender = Sender(name="Anna Petrova", address=["Hauptstraße 1", "10115 Berlin", "GERMANY"])
    for language in LANGUAGES:
        letter = compose_letter(
            example_case, example_case.recipients[0], language, sender, letter_date
        )
        (tmp_path / f"minister_{language}.docx").write_bytes(letter_docx(letter))
    subprocess.run(
        [str(SOFFICE), "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, tmp_path.glob("*.docx"))],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    mm = 72 / 25.4
    for language in LANGUAGES:
        with pdfplumber.open(tmp_path / f"minister_{language}.pdf") as pdf:
            lines = {str(line["text"]): line for line in pdf.pages[0].extract_text_lines()}
        for address_line in ("Frunze Street, 469", "Bishkek 720040, KYRGYZSTAN"):
            line = lines[address_line]
            assert 20 * mm <= float(line["x0"]) and float(line["x1"]) <= 105 * mm
            assert 45 * mm <= float(line["top"]) and float(line["bottom"]) <= 90 * mm
        subject = next(line for text, line in lines.items() if "135/10" in text)
        assert float(subject["top"]) > 90 * mm  # the text starts below the window
