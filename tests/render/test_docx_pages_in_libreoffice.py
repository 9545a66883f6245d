"""A DOCX letter, converted by LibreOffice, takes the pages its PDF takes, set in PT Serif.

The DOCX embeds PT Serif (docx_package.py); LibreOffice uses the embedded faces (the test
machine has no PT Serif installed, checked below), so the converted PDF's fonts are PT
Serif, and with the same sizes, leading and margins (look.py) the letter breaks into the
same number of pages as the PDF the program writes itself, in all six languages.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from tests.render.readback import pdf_pages
from ua_letters.case import Case, Sender
from ua_letters.case.model import Gender
from ua_letters.compose import compose_letter
from ua_letters.compose.variants import Variant
from ua_letters.render.docx import letter_docx
from ua_letters.render.pdf_letter import letter_pdf
from ua_letters.resources import shipped_languages

SOFFICE = shutil.which("soffice")
SENDERS = [
    None,  # a letter to sign by hand
    Sender(name="Anna Petrova", address=["Hauptstraße 1", "10115 Berlin", "Deutschland"],
           gender=Gender.female),
    Sender(name="Marie-Christine de La Rochefoucauld",
           address=["Appartement 34, bâtiment C, résidence Les Jardins de Saint-Exupéry",
                    "128 boulevard du Maréchal de Lattre de Tassigny", "69003 Lyon", "France"],
           gender=Gender.female),
]  # fmt: skip


def _installed_pt_serif() -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    out = subprocess.run([fc_list, ":family=PT Serif"], capture_output=True, text=True)
    return bool(out.stdout.strip())


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_docx_pages_and_font_match_the_pdf(
    example_case: Case, letter_date: date, tmp_path: Path
) -> None:
    expected: dict[str, int] = {}
    for language in shipped_languages():
        for r, recipient in enumerate(example_case.recipients):
            for s, sender in enumerate(SENDERS):
                letter = compose_letter(
                    example_case, recipient, language, sender, letter_date, None, Variant(s, s, s)
                )
                stem = f"{language}-{r}-{s}"
                (tmp_path / f"{stem}.docx").write_bytes(letter_docx(letter))
                expected[stem] = pdf_pages(letter_pdf(letter))
    subprocess.run(
        [str(SOFFICE), "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, tmp_path.glob("*.docx"))],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    got: dict[str, int] = {}
    fonts: set[str] = set()
    for stem in expected:
        with pdfplumber.open(tmp_path / f"{stem}.pdf") as pdf:
            got[stem] = len(pdf.pages)
            for char in (c for page in pdf.pages for c in page.chars):
                font = str(char["fontname"]).split("+")[-1]
                fonts.add(font if font.startswith("PTSerif") else f"{font} {char['text']}")
    # Kyrgyz too: LibreOffice has no Kyrgyz patterns, but the DOCX carries the PDF's
    # hyphenation points as soft hyphens, and its fitting allows for spaces that cannot
    # shrink (layout.word_fitting); the long address is the third sender's.
    assert got == expected
    # The list bullets are Word's Symbol bullet (LibreOffice draws it from OpenSymbol).
    assert fonts <= {"PTSerif-Regular", "PTSerif-Bold", "OpenSymbol \uf0b7", "OpenSymbol •"}, fonts
    if not _installed_pt_serif():  # then the font can only have come from the DOCX
        assert "PTSerif-Regular" in fonts
