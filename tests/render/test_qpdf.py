"""Every kind of PDF the writer makes passes `qpdf --check` (issue 16): letter, two-page
letter, fax cover, gloss, a pack's print file and its sheets of address labels."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from ua_letters.case import Case, Sender
from ua_letters.compose import compose_letter
from ua_letters.pack.labels import COLUMNS, ROWS, Labels
from ua_letters.render.fax_cover import fax_pdf
from ua_letters.render.gloss import gloss_pdf
from ua_letters.render.layout import layout_letter
from ua_letters.render.pdf_letter import PrintFile, letter_pdf, page_contents

QPDF = shutil.which("qpdf")
SENDER = Sender(name="Айгүл Токтогулова", address=["Чүй проспектиси, 265а", "720071 Бишкек"])


def _check(data: bytes, path: Path) -> None:
    path.write_bytes(data)
    result = subprocess.run([str(QPDF), "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout


@pytest.mark.skipif(QPDF is None, reason="qpdf is not installed (scripts/test.sh installs it)")
def test_every_kind_of_pdf_passes_qpdf_check(
    example_case: Case, letter_date: date, tmp_path: Path
) -> None:
    main = example_case.recipients[0]
    letter = compose_letter(example_case, main, "ky", SENDER, letter_date)
    _check(letter_pdf(letter), tmp_path / "letter.pdf")
    facts = {k: " ".join([v] * 6) for k, v in (example_case.facts or {}).items()}
    long_case = example_case.model_copy(update={"facts": facts})
    long_letter = compose_letter(long_case, main, "ru", SENDER, letter_date)
    assert len(layout_letter(long_letter)) >= 2
    _check(letter_pdf(long_letter), tmp_path / "two-pages.pdf")
    _check(fax_pdf(letter, main), tmp_path / "fax.pdf")
    gloss = compose_letter(example_case, main, "en", SENDER, letter_date)
    _check(gloss_pdf(letter, gloss), tmp_path / "gloss.pdf")
    out = io.BytesIO()
    printed = PrintFile(out, "UA 135/10 · ky", "ky", letter_date)
    for recipient in example_case.recipients:
        printed.add(page_contents(layout_letter(
            compose_letter(example_case, recipient, "ky", SENDER, letter_date))))  # fmt: skip
    printed.close()
    _check(out.getvalue(), tmp_path / "print.pdf")


@pytest.mark.skipif(QPDF is None, reason="qpdf is not installed (scripts/test.sh installs it)")
def test_address_labels_pass_qpdf_check(
    example_case: Case, letter_date: date, tmp_path: Path
) -> None:
    out = io.BytesIO()
    labels = Labels(example_case, out, letter_date)
    count = COLUMNS * ROWS + 1  # a full sheet and one label on the next
    for n in range(count):
        labels.add(n % len(example_case.recipients), ("ky", "ru", "en", "de", "fr", "es")[n % 6])
    assert labels.close() == 2
    _check(out.getvalue(), tmp_path / "labels.pdf")
