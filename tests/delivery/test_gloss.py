"""The gloss: the letter in the writer's language, on pages marked not to send."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import docx
import pdfplumber
import pytest

from tests.render.readback import squash
from ua_letters.api import render_case
from ua_letters.case import Case, Sender
from ua_letters.delivery.deadline import Channel

BANNERS = {
    "ru": "Перевод для Вас, автора письма. Эту страницу не отправляйте.",
    "ky": "Бул котормо катты жазган Сиз үчүн гана. Бул баракты жөнөтпөңүз.",
    "en": "Translation for you, the writer. Do not send this page.",
}
SALUTATIONS = {
    "ru": "Уважаемый господин министр!",
    "ky": "Урматтуу министр мырза!",
    "en": "Dear Minister,",
}
SENDER = Sender(name="Anna Petrova")


@pytest.mark.parametrize(("language", "gloss"), [("ky", "ru"), ("ru", "en"), ("en", "ky")])
def test_gloss_follows_the_letter_on_marked_pages(
    example_case: Case, language: str, gloss: str, tmp_path: Path, letter_date: date
) -> None:
    result = render_case(
        example_case, tmp_path, languages=[language], sender=SENDER, on_date=letter_date,
        gloss=gloss,
    )  # fmt: skip
    pdf_path = tmp_path / f"ua135-10_01-minister-of-internal-affairs_{language}.pdf"
    assert pdf_path in result.paths
    with pdfplumber.open(io.BytesIO(pdf_path.read_bytes())) as pdf:
        pages = [squash(page.extract_text() or "") for page in pdf.pages]
    first_gloss = next(i for i, text in enumerate(pages) if text.startswith(BANNERS[gloss]))
    assert first_gloss > 0  # the letter itself comes first, untouched
    assert all(BANNERS[gloss] not in text for text in pages[:first_gloss])
    assert SALUTATIONS[language] in " ".join(pages[:first_gloss])
    assert SALUTATIONS[gloss] in " ".join(pages[first_gloss:])
    document = docx.Document(io.BytesIO(pdf_path.with_suffix(".docx").read_bytes()))
    texts = [p.text for p in document.paragraphs]
    at = texts.index(BANNERS[gloss])
    assert SALUTATIONS[language] in texts[:at] and SALUTATIONS[gloss] in texts[at:]
    assert 'w:type="page"' in document.paragraphs[at - 1]._p.xml  # the gloss starts a new page


def test_no_gloss_in_the_letters_own_language(
    example_case: Case, tmp_path: Path, letter_date: date
) -> None:
    result = render_case(example_case, tmp_path, languages=["ru"], formats=["pdf"],
                         on_date=letter_date, gloss="ru")  # fmt: skip
    with pdfplumber.open(result.paths[0]) as pdf:
        assert BANNERS["ru"] not in " ".join(p.extract_text() or "" for p in pdf.pages)


def test_a_faxed_letter_keeps_its_gloss_apart(
    example_case: Case, tmp_path: Path, letter_date: date
) -> None:
    result = render_case(
        example_case, tmp_path, languages=["ky"], on_date=letter_date, channel=Channel.fax,
        gloss="en",
    )  # fmt: skip
    names = sorted(p.name for p in result.paths)
    assert "ua135-10_01-minister-of-internal-affairs_ky.fax.pdf" in names
    assert "ua135-10_01-minister-of-internal-affairs_ky.gloss-en.pdf" in names
    with pdfplumber.open(tmp_path / "ua135-10_01-minister-of-internal-affairs_ky.fax.pdf") as pdf:
        assert BANNERS["en"] not in " ".join(p.extract_text() or "" for p in pdf.pages)
