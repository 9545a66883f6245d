"""A copy that says «Please find enclosed a copy of my letter to …» carries those letters.

By post the writer puts them in the envelope. A fax to the embassy carries their pages
after its own, counted on the cover; an e-mail attaches them as PDFs (and gets no mailto:
link, which cannot attach anything). Read back from the real files.
"""

from __future__ import annotations

import email
from datetime import date
from email.policy import default
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.delivery.test_embassy_and_personal import EMBASSY
from tests.render.readback import pdf_text, squash
from ua_letters.api import Channel, load_embassy, mailto_link, render_case, writer_letters
from ua_letters.case import Case, Sender
from ua_letters.compose.notes import FAX_PAGES, note

SENDER = Sender(name="Anna Petrova", email="anna@example.org", address=["Hauptstr. 1", "Berlin"])
MAINS = ("01-minister-of-internal-affairs", "02-general-prosecutor")


@pytest.fixture
def embassy_file(tmp_path: Path) -> Path:
    path = tmp_path / "embassy.yaml"
    path.write_text(EMBASSY, encoding="utf-8")
    return path


def _pages(path: Path) -> int:
    return len(PdfReader(path).pages)


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_embassy_fax_carries_the_letters_to_the_officials(
    example_case: Case, embassy_file: Path, tmp_path: Path, letter_date: date, language: str
) -> None:
    render_case(
        example_case, tmp_path, languages=[language], sender=SENDER, on_date=letter_date,
        embassy=load_embassy(embassy_file), channel=Channel.fax,
    )  # fmt: skip
    embassy = tmp_path / f"ua135-10_04-embassy_{language}.fax.pdf"
    mains = [tmp_path / f"ua135-10_{stem}_{language}.fax.pdf" for stem in MAINS]
    # every main letter's fax is its cover + its pages; the embassy's: cover, copy, both letters
    own = [_pages(path) - 1 for path in mains]
    copy_pages = _pages(embassy) - 1 - sum(own)
    assert copy_pages >= 1
    text = squash(pdf_text(embassy.read_bytes()))
    cover = squash(PdfReader(embassy).pages[0].extract_text())
    assert f"{note(language, FAX_PAGES)} {_pages(embassy)}" in cover  # all pages counted
    for main in mains:
        first_words = squash(pdf_text(main.read_bytes())).split()[-40:]  # its closing lines
        assert " ".join(first_words) in text
    # a main official's fax encloses nothing
    assert _pages(mains[0]) == 1 + own[0]


def test_the_embassy_e_mail_attaches_the_letters_it_encloses(
    example_case: Case, embassy_file: Path, tmp_path: Path, letter_date: date
) -> None:
    render_case(
        example_case, tmp_path, languages=["en"], sender=SENDER, on_date=letter_date,
        embassy=load_embassy(embassy_file), channel=Channel.email,
    )  # fmt: skip
    raw = (tmp_path / "ua135-10_04-embassy_en.eml").read_bytes()
    message = email.message_from_bytes(raw, policy=default)
    assert message["To"] == "info@example.de"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "Please find enclosed a copy of my letter" in body.get_content()
    assert body["Content-Language"] == "en"
    attached = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert sorted(attached) == [f"ua135-10_{stem}_en.pdf" for stem in MAINS]
    for data in attached.values():
        assert data.startswith(b"%PDF")
        assert "Azimzhan Askarov" in squash(pdf_text(data))
        assert "Anna Petrova" in squash(pdf_text(data))  # the writer's own letters
    assert not (tmp_path / "ua135-10_04-embassy_en.mailto.txt").exists()
    again = tmp_path / "again"
    render_case(
        example_case, again, languages=["en"], sender=SENDER, on_date=letter_date,
        embassy=load_embassy(embassy_file), channel=Channel.email,
    )  # fmt: skip
    assert (again / "ua135-10_04-embassy_en.eml").read_bytes() == raw  # same bytes


def test_no_mailto_link_for_a_copy_that_encloses_letters(
    example_case: Case, embassy_file: Path, letter_date: date
) -> None:
    from ua_letters.api import with_embassy

    case = with_embassy(example_case, load_embassy(embassy_file), ["en"])
    letters = writer_letters(case, "en", SENDER, letter_date)
    assert mailto_link(case, letters[-1]) is None


def test_a_pack_s_embassy_fax_carries_the_letters_too(embassy_file: Path, tmp_path: Path) -> None:
    import zipfile

    from tests.conftest import EXAMPLE, run_cli

    out = tmp_path / "p.zip"
    result = run_cli(
        "pack", str(EXAMPLE), "--blank", "1", "--format", "pdf,fax", "--embassy",
        str(embassy_file), "--date", "2010-08-20", "--out", str(out), "--workers", "1", "-q",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as pack:
        names = pack.namelist()
        for language in ("ru", "en"):
            folder = [n for n in names if f"letters/{language}/" in n]
            fax = next(n for n in folder if "embassy" in n and n.endswith(".fax.pdf"))
            pdfs = [n for n in folder if n.endswith(".pdf") and not n.endswith(".fax.pdf")]
            mains = [n for n in pdfs if "minister" in n or "prosecutor" in n]
            copy = next(n for n in pdfs if "embassy" in n)
            total = sum(len(PdfReader(pack.open(n)).pages) for n in [copy, *mains])
            assert len(mains) == 2
            assert len(PdfReader(pack.open(fax)).pages) == 1 + total
