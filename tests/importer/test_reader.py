"""Bytes to text: limits, refusals with a reason, encodings, odd characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from ua_letters.importer.reader import MAX_BYTES, DocumentError, decode, normalise, read_document

CYRILLIC = "Prosecutor General\nЖакип Асанов\nул. Мангилик Ел, 14\n"
WESTERN = "Estimada Señora Fiscal, Bogotá, Ministerio Público, Tomás Choc Caal\n"


def test_utf8_with_and_without_bom() -> None:
    assert decode(CYRILLIC.encode("utf-8"), "a").text == CYRILLIC
    with_bom = decode(b"\xef\xbb\xbf" + CYRILLIC.encode("utf-8"), "a")
    assert with_bom.text.startswith("Prosecutor") and with_bom.encoding == "utf-8"


def test_utf16_with_bom() -> None:
    document = decode(CYRILLIC.encode("utf-16"), "a")
    assert "Жакип Асанов" in document.text and document.encoding == "utf-16"


def test_windows_1251_is_read_as_cyrillic() -> None:
    document = decode(CYRILLIC.encode("cp1251"), "a")
    assert document.encoding == "cp1251"
    assert "Жакип Асанов" in document.text


def test_windows_1252_is_not_mistaken_for_cyrillic() -> None:
    document = decode(WESTERN.encode("cp1252"), "a")
    assert document.encoding == "cp1252"
    assert "Señora" in document.text and "Bogotá" in document.text


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "is empty"),
        (b"  \n\r\n\t ", "is empty"),
        (b"%PDF-1.7\n...", "a PDF file"),
        (b"PK\x03\x04rest", "Word (.docx)"),
        (b"\xd0\xcf\x11\xe0rest", "old Word"),
        (b"text\x00with a NUL", "binary file"),
        (bytes(range(1, 32)) * 20, "binary file"),
    ],
)
def test_what_is_not_a_text_is_refused_with_a_reason(raw: bytes, message: str) -> None:
    with pytest.raises(DocumentError) as error:
        decode(raw, "ua.txt")
    assert message in str(error.value) and "ua.txt" in str(error.value)


def test_a_ten_megabyte_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(10 * 1024 * 1024)
    with pytest.raises(DocumentError, match="10,485,760 bytes; the limit is"):
        read_document(str(big))
    with pytest.raises(DocumentError, match="the limit is"):
        decode(b"a" * (MAX_BYTES + 1), "stdin")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="cannot read"):
        read_document(str(tmp_path / "nope.txt"))
    with pytest.raises(DocumentError, match="is a folder"):
        read_document(str(tmp_path))


def test_normalise_line_ends_spaces_and_invisible_characters() -> None:
    text = (
        "Fax:\u00a0+996\u202f312 68\u2009 20 44\r\nE\u00admail:\u200b a@b.kg\r"
        "Salutation: Dear\tMinister  "
    )
    assert normalise(text).split("\n") == [
        "Fax: +996 312 68 20 44",
        "Email: a@b.kg",
        "Salutation: Dear Minister",
    ]


def test_normalise_decodes_html_entities_and_keeps_curly_quotes() -> None:
    assert normalise("Ministry of Justice &amp; Human Rights, “Dear Minister”, Askarov’s") == (
        "Ministry of Justice & Human Rights, “Dear Minister”, Askarov’s"
    )
    assert normalise("Email: [email&#160;protected]") == "Email: [email protected]"
