"""Downloads: real PDFs, DOCX files and ZIPs, read back; their names; bad requests."""

from __future__ import annotations

import io
import zipfile
from urllib.parse import unquote

import docx
import pdfplumber
import pytest

from tests.web.conftest import CASE_URL, SUPPORTER, Client
from ua_letters.web.downloads import content_disposition, readable_name


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def test_pdf_in_kyrgyz_carries_the_supporter_and_the_recipient(client: Client) -> None:
    response = client.submit(f"{CASE_URL}/download/1.pdf")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    for expected in ("Айгүл Токтогулова", "Чүй проспекти 100", "aigul@example.org"):
        assert expected in text
    assert "Байболовго" in text  # the recipient, in the dative
    assert "Урматтоо менен" in text


def test_docx_in_russian_with_the_writers_gender(client: Client) -> None:
    fields = {"language": "ru", "name": "Анна Петрова", "address": "Hauptstr. 1\n10115 Berlin"}
    response = client.submit(f"{CASE_URL}/download/2.docx", fields)
    assert response.status_code == 200
    assert response.headers["content-type"].endswith("wordprocessingml.document")
    text = docx_text(response.content)
    assert "Анна Петрова" in text
    assert "Hauptstr. 1" in text
    assert "Генеральный прокурор" in text or "Генеральному прокурору" in text


def test_every_recipient_has_a_letter(client: Client) -> None:
    for number in (1, 2, 3):
        response = client.submit(f"{CASE_URL}/download/{number}.pdf", {"language": "en"})
        assert response.status_code == 200, number
    assert "Otunbaeva" in pdf_text(response.content)


def test_content_disposition_has_an_ascii_fallback_and_an_rfc5987_name(client: Client) -> None:
    response = client.submit(f"{CASE_URL}/download/1.pdf")
    header = response.headers["content-disposition"]
    assert header.startswith(
        'attachment; filename="ua135-10_01-minister-of-internal-affairs_ky.pdf"; '
    )
    encoded = header.split("filename*=UTF-8''", 1)[1]
    assert encoded.isascii() and " " not in encoded
    assert unquote(encoded) == "UA 135-10 Minister of Internal Affairs ky.pdf"


def test_an_ascii_name_needs_no_extended_form() -> None:
    assert content_disposition("a.pdf", "a.pdf") == 'attachment; filename="a.pdf"'


def test_readable_names_cannot_leave_the_folder_or_break_the_header() -> None:
    assert readable_name('../../etc/"passwd"\r\n', "pdf") == "etc passwd.pdf"
    assert readable_name("", "zip") == "letter.zip"
    header = content_disposition(readable_name('a"b;c', "pdf"), 'x"y.pdf')
    assert header == "attachment; filename=\"xy.pdf\"; filename*=UTF-8''a%20b%20c.pdf"


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_zip_holds_every_letter_in_the_chosen_format_and_is_deterministic(
    client: Client, kind: str
) -> None:
    fields = {"language": "ru", "format": kind}
    first = client.submit(f"{CASE_URL}/download/all.zip", fields)
    second = client.submit(f"{CASE_URL}/download/all.zip", fields)
    assert first.status_code == 200
    assert first.headers["content-type"] == "application/zip"
    assert first.content == second.content
    disposition = first.headers["content-disposition"]
    assert disposition.startswith(f'attachment; filename="ua135-10_ru_{kind}.zip"')
    assert unquote(disposition.split("''", 1)[1]) == f"UA 135-10 Азимжан Аскаров ru {kind}.zip"
    with zipfile.ZipFile(io.BytesIO(first.content)) as archive:
        names = archive.namelist()
        assert names == [
            f"ua135-10_01-minister-of-internal-affairs_ru.{kind}",
            f"ua135-10_02-general-prosecutor_ru.{kind}",
            f"ua135-10_03-president_ru.{kind}",
        ]
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        read = pdf_text if kind == "pdf" else docx_text
        assert "Айгүл Токтогулова" in read(archive.read(names[2]))


def test_zip_of_fax_versions_starts_each_with_a_cover_page(client: Client) -> None:
    response = client.submit(f"{CASE_URL}/download/all.zip", {"language": "en", "format": "fax"})
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        names = archive.namelist()
        assert names[0] == "ua135-10_01-minister-of-internal-affairs_en.fax.pdf"
        assert len(names) == 3
        with pdfplumber.open(io.BytesIO(archive.read(names[0]))) as pdf:
            cover = pdf.pages[0].extract_text() or ""
    assert "FAX" in cover and "+996 312 68 20 44" in cover


def test_the_same_form_gives_the_same_pdf(client: Client) -> None:
    one = client.submit(f"{CASE_URL}/download/1.pdf").content
    assert client.submit(f"{CASE_URL}/download/1.pdf").content == one


def test_the_pdf_metadata_holds_no_supporter_data(client: Client) -> None:
    data = client.submit(f"{CASE_URL}/download/1.pdf").content
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        metadata = " ".join(str(value) for value in pdf.metadata.values())
    assert "Токтогулова" not in metadata and "aigul" not in metadata


@pytest.mark.parametrize("name", ["1.xls", "1.zip", "all.pdf", "all.docx", "2.txt"])
def test_a_bad_format_is_a_400(client: Client, name: str) -> None:
    response = client.submit(f"{CASE_URL}/download/{name}", headers={"accept-language": "en"})
    assert response.status_code == 400
    assert "Unknown format" in response.text


@pytest.mark.parametrize("name", ["0.pdf", "4.pdf", "999.docx", "x.pdf", "1", "..%2Fapp.pdf"])
def test_an_unknown_letter_is_a_404(client: Client, name: str) -> None:
    response = client.submit(f"{CASE_URL}/download/{name}", headers={"accept-language": "en"})
    assert response.status_code == 404


def test_an_unknown_case_is_a_404_for_every_post(client: Client) -> None:
    token = client.token()
    for path in ("/case/1-99", "/case/1-99/preview", "/case/1-99/download/1.pdf"):
        response = client.post(path, data={**SUPPORTER, "csrf": token})
        assert response.status_code == 404, path


def test_a_letter_in_a_language_the_case_does_not_offer_is_refused(client: Client) -> None:
    response = client.submit(f"{CASE_URL}/download/1.pdf", {"language": "tlh"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
