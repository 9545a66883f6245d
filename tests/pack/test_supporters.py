"""Reading supporter lists: CSV with or without BOM, comma or semicolon, XLSX; bad rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from ua_letters.case import Case
from ua_letters.case.model import Gender
from ua_letters.errors import UaLettersError
from ua_letters.pack import read_supporters


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding, newline="")
    return path


@pytest.mark.parametrize(
    ("encoding", "separator"),
    [("utf-8", ","), ("utf-8-sig", ","), ("utf-8", ";"), ("utf-8-sig", ";"), ("utf-8", "\t")],
)
def test_csv_dialects(tmp_path: Path, example_case: Case, encoding: str, separator: str) -> None:
    header = separator.join(["Name", "address", "postcode", "city", "country", "language", "x"])
    row = separator.join(
        ['"Петрова, Анна"', "Hauptstr. 1", "10115", "Berlin", "Germany", "ky", "ignored"]
    )
    source = write(tmp_path / "s.csv", f"{header}\r\n{row}\r\n", encoding)
    result = read_supporters(source, example_case)
    assert result.skipped == []
    (supporter,) = result.supporters
    assert supporter.sender.name == "Петрова, Анна"
    assert supporter.sender.address == ["Hauptstr. 1", "10115 Berlin", "GERMANY"]
    assert supporter.language == "ky" and supporter.row == 2


def test_defaults_and_normalisation(tmp_path: Path, example_case: Case) -> None:
    text = "name,language,gender,email\n  Anna   Petrova ,,F,\nJohn,EN-gb,male,j@x.org\n\n,,,\n"
    result = read_supporters(write(tmp_path / "s.csv", text), example_case)
    first, second = result.supporters
    assert (first.sender.name, first.language, first.sender.gender) == (
        "Anna Petrova",
        example_case.languages[0],
        Gender.female,
    )
    assert (second.language, second.sender.gender, second.sender.email) == (
        "en",
        Gender.male,
        "j@x.org",
    )
    assert result.skipped == []  # empty rows are not errors


def test_bad_rows_are_reported_by_row_and_skipped(tmp_path: Path, example_case: Case) -> None:
    text = (
        "name,language,gender\n"
        "Anna,ru,\n"
        ",ru,\n"  # row 3: no name
        "Secret Person,xx,\n"  # row 4: unknown language
        "Other Secret,ru,sometimes\n"  # row 5: a gender not understood: neutral, not skipped
        "Emoji 😀 Secret,en,\n"  # row 6: the font cannot draw it
        "Bob,en,\n"
    )
    result = read_supporters(write(tmp_path / "list.csv", text), example_case)
    assert [s.sender.name for s in result.supporters] == ["Anna", "Other Secret", "Bob"]
    assert result.supporters[1].sender.gender == Gender.unknown
    messages = [str(p) for p in result.skipped]
    assert [m.split(":")[0] for m in messages] == [f"list.csv row {n}" for n in (3, 4, 6)]
    assert "no name" in messages[0]
    assert "the language column holds no language code this case has" in messages[1]
    assert "ru, ky, en" in messages[1]
    assert "U+1F600" in messages[2]
    assert not any("Secret" in m for m in messages), "supporter data must not be echoed"


def test_xlsx_with_numbers_and_a_late_header(tmp_path: Path, example_case: Case) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([])
    sheet.append(["name", "postcode", "city", "language"])
    sheet.append(["Айгүл Асанова", 720000, "Бишкек", "ky"])
    sheet.append([None, None, None, None])
    sheet.append(["Jane", 10115.0, "Berlin", None])
    book.save(tmp_path / "s.xlsx")
    result = read_supporters(tmp_path / "s.xlsx", example_case)
    assert [(s.row, s.sender.address, s.language) for s in result.supporters] == [
        (3, ["720000 Бишкек"], "ky"),
        (5, ["10115 Berlin"], "ru"),
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("s.csv", "email,city\nx@y.z,Berlin\n", "a name column"),
        ("s.csv", "name,name\nA,B\n", "appears twice"),
        ("s.xls", "whatever", "old Excel"),
        ("s.xlsx", "not a zip", "Excel workbook"),
        ("missing.csv", None, "no such supporter file"),
    ],
)
def test_unreadable_lists_stop_with_a_clear_message(
    tmp_path: Path, example_case: Case, name: str, content: str | None, message: str
) -> None:
    if content is not None:
        write(tmp_path / name, content)
    with pytest.raises(UaLettersError, match=message):
        read_supporters(tmp_path / name, example_case)


def test_windows_1251_is_read(tmp_path: Path, example_case: Case) -> None:
    source = tmp_path / "s.csv"
    source.write_bytes("name\nAnna\nПётр Иванов\n".encode("cp1251"))
    names = [s.sender.name for s in read_supporters(source, example_case).supporters]
    assert names == ["Anna", "Пётр Иванов"]


def test_the_variant_key_is_stable_and_ignores_spacing_and_case(
    tmp_path: Path, example_case: Case
) -> None:
    text = "name,email\nAnna  Petrova,A@X.org\nanna petrova,a@x.org\nAnna Petrova,\n"
    first, second, third = read_supporters(write(tmp_path / "s.csv", text), example_case).supporters
    assert first.key == second.key != third.key
