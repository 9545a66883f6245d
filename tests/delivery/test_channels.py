"""Channels read back from real files: the fax cover page, e-mail drafts only where possible."""

from __future__ import annotations

import email
import io
import re
from datetime import date
from email.policy import default
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from tests.conftest import LANGUAGES
from tests.render.readback import pdf_pages, pdf_text, squash
from ua_letters.api import render_case
from ua_letters.case import Case, Sender
from ua_letters.delivery.deadline import Channel
from ua_letters.errors import UaLettersError

COVER_WORDS = {
    "ru": ("ФАКС", "Номер факса:", "Страниц (включая эту): 3"),
    "ky": ("ФАКС", "Факс номери:", "Барактардын саны (ушул баракты кошкондо): 3"),
    "en": ("FAX", "Fax number:", "Pages (including this one): 3"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_fax_starts_with_a_large_black_cover_page(
    example_case: Case, language: str, tmp_path: Path, letter_date: date
) -> None:
    sender = Sender(name="Anna Petrova", address=["Hauptstraße 1"])
    result = render_case(
        example_case, tmp_path, languages=[language], sender=sender, on_date=letter_date,
        channel=Channel.fax,
    )  # fmt: skip
    assert [p.name for p in result.paths] == [
        f"ua135-10_0{n}-{r}_{language}.fax.pdf"
        for n, r in (
            (1, "minister-of-internal-affairs"),
            (2, "general-prosecutor"),
            (3, "president"),
        )
    ]
    for path, recipient in zip(result.paths, example_case.recipients, strict=True):
        data = path.read_bytes()
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            cover = pdf.pages[0]
            text = squash(cover.extract_text())
            number = recipient.fax[0]
            big = [c for c in cover.chars if c["size"] >= 28]
        title, label, pages = COVER_WORDS[language]
        assert text.startswith(title) and label in text and number in text
        assert "Anna Petrova" in text and "135/10" in text and "EUR 58/011/2010" in text
        assert "".join(c["text"] for c in big).replace(" ", "").startswith(title)
        assert number in "".join(c["text"] for c in big)  # the number in 30 pt
        total = pdf_pages(data)
        assert pages.replace("3", str(total)) in text
        # High contrast: nothing sets a colour or a grey; everything is drawn in black.
        content = PdfReader(io.BytesIO(data)).pages[0].get_contents()
        assert content is not None
        operators = re.sub(rb"\((?:\\.|[^\\)])*\)", b"()", content.get_data(), flags=re.S)
        assert not re.search(rb"\b(rg|RG|g|G|k|K|sc|scn|cs|CS)\b", operators)
        # The letter itself follows the cover unchanged.
        assert recipient.fax[0] in pdf_text(data).split(title, 1)[1]


def test_email_only_where_there_is_an_address(example_case: Case, tmp_path: Path) -> None:
    with pytest.raises(UaLettersError, match="no recipient can be reached by email"):
        render_case(example_case, tmp_path, on_date=date(2010, 8, 20), channel=Channel.email)
    assert not tmp_path.exists() or not list(tmp_path.iterdir())
    recipients = list(example_case.recipients)
    recipients[1] = recipients[1].model_copy(update={"email": ["gp@example.kg"]})
    case = example_case.model_copy(update={"recipients": recipients})
    result = render_case(case, tmp_path, languages=["ky"], on_date=date(2010, 8, 20),
                         channel=Channel.email)  # fmt: skip
    assert result.skipped == [
        "recipients[0] (Minister of Internal Affairs): no e-mail address, so no email letter",
        "recipients[2] (President): no e-mail address, so no email letter",
    ]
    # The Kyrgyz letter is too long for a mailto: link, so it gets none (never a cut one).
    assert [p.name for p in result.paths] == ["ua135-10_02-general-prosecutor_ky.eml"]
    message = email.message_from_bytes(result.paths[0].read_bytes(), policy=default)
    assert message["To"] == "gp@example.kg" and "UA 135/10" in message["Subject"]
