"""Supporter lists as section offices export them: header names in their own language,
first and last name apart, postcode and town in their own columns, legacy encodings."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.conftest import EXAMPLE, run_cli
from tests.render.readback import pdf_text, squash

GERMAN_EXCEL = (  # what German Excel writes for "CSV (Trennzeichen-getrennt)": cp1252, ';'
    "Vorname;Name;Straße;PLZ;Ort;Land;Sprache;Mitgliedsnummer\r\n"
    "Jürgen;Weiß;Hauptstraße 1;10115;Berlin;Deutschland;ru;4711\r\n"
    "Renée;Müller-Lüdenscheidt;Königsallee 92a;40212;Düsseldorf;Deutschland;en;4712\r\n"
)
RUSSIAN_EXCEL = (  # what Russian Excel writes by default: Windows-1251, ';'
    "Фамилия;Имя;Улица;Индекс;Город;Страна;Язык\r\n"
    "Петрова;Анна;ул. Ленина, 5;119019;Москва;Россия;ru\r\n"
    "Асанова;Айгүл;Чүй проспекти 100;720001;Бишкек;Кыргызстан;ky\r\n"
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


def test_a_german_excel_export(tmp_path: Path) -> None:
    (tmp_path / "mitglieder.csv").write_bytes(GERMAN_EXCEL.encode("cp1252"))
    stderr, pack = _pack(tmp_path, "mitglieder.csv")
    assert "note: columns not used: Mitgliedsnummer" in stderr
    letter = _letter(pack, "ru", "0002")
    for part in ("Jürgen Weiß", "Hauptstraße 1", "10115 Berlin", "Deutschland"):
        assert part in letter, part
    english = _letter(pack, "en", "0003")
    for part in ("Renée Müller-Lüdenscheidt", "Königsallee 92a", "40212 Düsseldorf"):
        assert part in english, part


def test_a_russian_list_in_windows_1251(tmp_path: Path) -> None:
    # Kyrgyz ү is not in Windows-1251, so such a file spells the Kyrgyz writer in Russian
    text = RUSSIAN_EXCEL.replace("Асанова;Айгүл;Чүй проспекти 100", "Асанова;Айгуль;пр. Чуй 100")
    (tmp_path / "список.csv").write_bytes(text.encode("cp1251"))
    _, pack = _pack(tmp_path, "список.csv")
    letter = _letter(pack, "ru", "0002")
    for part in ("Анна Петрова", "ул. Ленина, 5", "119019 Москва", "Россия"):
        assert part in letter, part
    kyrgyz = _letter(pack, "ky", "0003")
    assert "Айгуль Асанова" in kyrgyz and "720001 Бишкек" in kyrgyz


def test_an_xlsx_with_capitalised_headers_and_extra_columns(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["First Name", "LAST NAME", "Street", "Postcode", "City", "Country", "Notes",
                  "Language", "E-Mail"])
    sheet.append(["Jane", "Doe", "1 Main Street", "M1 1AE", "Manchester", "United Kingdom",
                  "met at the stall", "en", "jane@example.org"])
    book.save(tmp_path / "list.xlsx")
    stderr, pack = _pack(tmp_path, "list.xlsx")
    assert "note: columns not used: Notes" in stderr
    letter = _letter(pack, "en", "0002")
    for part in ("Jane Doe", "1 Main Street", "Manchester", "United Kingdom", "jane@example.org"):
        assert part in letter, part


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
