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
