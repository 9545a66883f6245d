"""Supporter lists as section offices export them: header names in their own language,
first and last name apart, postcode and town in their own columns, legacy encodings,
languages by name and gender cells as people fill them in. Every test makes a real pack
and reads the letters back from the PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.conftest import EXAMPLE, run_cli
from tests.render.readback import pdf_text, squash

GERMAN_EXCEL = (  # what German Excel writes for "CSV (Trennzeichen-getrennt)": cp1252, ';'
    "Vorname;Name;Straße;PLZ;Ort;Land;Sprache;Geschlecht;Mitgliedsnummer\r\n"
    "Jürgen;Weiß;Hauptstraße 1;10115;Berlin;Deutschland;Russisch;d;4711\r\n"
    "Renée;Müller-Lüdenscheidt;Königsallee 92a;40212;Düsseldorf;Deutschland;Englisch;w;4712\r\n"
    "Kim;Ahn;Hohe Straße 3;50667;Köln;DE;EN;divers;4713\r\n"
)
RUSSIAN_EXCEL = (  # what Russian Excel writes by default: Windows-1251, ';'
    "Фамилия;Имя;Улица;Индекс;Город;Страна;Язык;Пол\r\n"
    "Петрова;Анна;ул. Ленина, 5;119019;Москва;Россия;русский;ж\r\n"
    "Асанова;Айгуль;пр. Чуй 100;720001;Бишкек;Кыргызстан;кыргызча;Ж\r\n"
    "Иванов;Пётр;Невский пр., 1;191186;Санкт-Петербург;Россия;RU;м\r\n"
)


def _pack(tmp_path: Path, listing: str) -> tuple[str, Path]:
    result = run_cli(
        "pack", str(EXAMPLE), "--supporters", listing, "--date", "2010-08-20",
        "--out", "pack/", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stderr, tmp_path / "pack"


def _letter(pack: Path, language: str, folder_part: str) -> str:
    (folder,) = [p for p in (pack / "letters" / language).iterdir() if folder_part in p.name]
    return squash(pdf_text((folder / "01-minister-of-internal-affairs.pdf").read_bytes()))


def _return_line(letter: str, name: str) -> str:
    """The return line above the window: the name, then the address joined by ' · '."""
    start = letter.index(f"{name} · ")
    return letter[start : start + 200]


def test_a_german_excel_export(tmp_path: Path) -> None:
    (tmp_path / "mitglieder.csv").write_bytes(GERMAN_EXCEL.encode("cp1252"))
    stderr, pack = _pack(tmp_path, "mitglieder.csv")
    assert "note: columns not used: Mitgliedsnummer" in stderr
    assert "skipped" not in stderr  # no row lost to "d", "divers" or a language's name
    russian = _letter(pack, "ru", "0002-jurgen-weiss")  # Sprache "Russisch"
    for part in ("Jürgen Weiß Hauptstraße 1 10115 Berlin DEUTSCHLAND", "Уважаемый"):
        assert part in russian, part
    assert "Hauptstraße 1 · 10115 Berlin · DEUTSCHLAND" in _return_line(russian, "Jürgen Weiß")
    english = _letter(pack, "en", "0003-renee-muller")  # "Englisch", "w"
    assert "Renée Müller-Lüdenscheidt Königsallee 92a 40212 Düsseldorf DEUTSCHLAND" in english
    assert "40212 Düsseldorf · DEUTSCHLAND" in _return_line(english, "Renée Müller-Lüdenscheidt")
    neutral = _letter(pack, "en", "0004-kim-ahn")  # "DE" is named in the letter's language
    assert "Kim Ahn Hohe Straße 3 50667 Köln GERMANY" in neutral


def test_a_russian_list_in_windows_1251(tmp_path: Path) -> None:
    # Kyrgyz ү is not in Windows-1251, so such a file spells the Kyrgyz writer in Russian
    (tmp_path / "список.csv").write_bytes(RUSSIAN_EXCEL.encode("cp1251"))
    stderr, pack = _pack(tmp_path, "список.csv")
    assert "skipped" not in stderr
    # Russian Post: street, town, postcode, each on its line (libaddressinput's RU format)
    anna = _letter(pack, "ru", "0002-anna-petrova")
    assert "Анна Петрова ул. Ленина, 5 Москва 119019 РОССИЯ" in anna
    assert "ул. Ленина, 5 · Москва · 119019 · РОССИЯ" in _return_line(anna, "Анна Петрова")
    kyrgyz = _letter(pack, "ky", "0003-aygul-asanova")  # "кыргызча"
    assert "Айгуль Асанова пр. Чуй 100 720001 Бишкек КЫРГЫЗСТАН" in kyrgyz
    petr = _letter(pack, "ru", "0004-petr-ivanov")
    assert "Невский пр., 1 Санкт-Петербург 191186 РОССИЯ" in petr


def test_an_xlsx_with_capitalised_headers_and_extra_columns(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["First Name", "LAST NAME", "Street", "Postcode", "City", "Country", "Notes",
                  "Language", "E-Mail", "GENDER"])  # fmt: skip
    sheet.append(["Jane", "Doe", "1 Main Street", "M1 1AE", "Manchester", "United Kingdom",
                  "met at the stall", "English", "jane@example.org", "other"])  # fmt: skip
    sheet.append(["Seán", "Ó Briain", "12 Main Street", "D02 X285", "Dublin", "Ireland",
                  "", "Deutsch", "", "M"])  # fmt: skip
    book.save(tmp_path / "list.xlsx")
    stderr, pack = _pack(tmp_path, "list.xlsx")
    assert "note: columns not used: Notes" in stderr and "skipped" not in stderr
    jane = _letter(pack, "en", "0002-jane-doe")
    assert "Jane Doe 1 Main Street Manchester M1 1AE UNITED KINGDOM jane@example.org" in jane
    assert "1 Main Street · Manchester · M1 1AE · UNITED KINGDOM" in _return_line(jane, "Jane Doe")
    sean = _letter(pack, "de", "0003-sean-o-briain")  # Irish: the town before the Eircode
    assert "Seán Ó Briain 12 Main Street Dublin D02 X285 IRELAND" in sean


@pytest.mark.parametrize("header", ["Vorname;Straße", "Prénom;Rue", "Улица;Город"])
def test_a_list_without_any_name_column_is_refused_with_the_accepted_names(
    tmp_path: Path, header: str
) -> None:
    (tmp_path / "l.csv").write_text(f"{header}\nx;y\n", encoding="utf-8")
    result = run_cli("pack", str(EXAMPLE), "--supporters", "l.csv", "--out", "p/", cwd=tmp_path)
    if header.startswith(("Vorname", "Prénom")):  # a first name alone is a name
        assert result.returncode == 0, result.stderr
        return
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "name column" in result.stderr and "vorname" in result.stderr
