"""Hostile supporter lists end in one clear message that names the row and never the cell."""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from ua_letters.errors import UaLettersError
from ua_letters.pack.sources import read_rows

SECRET = "Geheim Privatperson"


def _workbook(tmp_path: Path, rows: list[list[str]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    path = tmp_path / "list.xlsx"
    book.save(path)
    return path


def _rewrite(path: Path, change: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    """The same workbook with some parts replaced (and every part stored with `method`)."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts.update(change)
    out = path.with_name("hostile.xlsx")
    with zipfile.ZipFile(out, "w", compression=method) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return out


def _sheet_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


def _refused(path: Path, match: str) -> str:
    with pytest.raises(UaLettersError, match=match) as error:
        list(read_rows(path))
    text = str(error.value) + (error.value.hint or "")
    assert SECRET not in text
    return text


@pytest.mark.parametrize("count", [50, 5000])
def test_a_stray_quote_is_found_and_its_row_named(tmp_path: Path, count: int) -> None:
    rows = [f"Person {i},Street {i},ru" for i in range(count)]
    rows[2] = f'"{SECRET},Street 2,ru'
    path = tmp_path / "list.csv"
    path.write_text("name,address,language\n" + "\n".join(rows) + "\n", encoding="utf-8")
    _refused(path, r"row 4: a quote \(\"\) opens a cell that runs on over \d+ lines")


def test_a_quoted_address_over_two_lines_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        'name,address,language\nAnna,"Hauptstr. 1\n10115 Berlin",ru\nBoris,Street 2,ky\n',
        encoding="utf-8",
    )
    rows = list(read_rows(path))
    assert [number for number, _ in rows] == [2, 3]
    assert rows[0][1]["address"] == "Hauptstr. 1\n10115 Berlin"


def test_a_workbook_with_a_dtd_is_refused(tmp_path: Path) -> None:
    path = _workbook(tmp_path, [["name", "language"], [SECRET, "ru"]])
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">'.encode()
            if i
            else b'<!ENTITY lol0 "&lol;&lol;">'
            for i in range(10)
        )
        + b"]>"
    )
    sheet = _sheet_xml(path).replace(
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', b""
    )
    sheet = laughs + sheet.replace(SECRET.encode(), b"&lol9;")
    _refused(_rewrite(path, {"xl/worksheets/sheet1.xml": sheet}), "holds an XML document type")


def test_an_external_entity_is_refused(tmp_path: Path) -> None:
    path = _workbook(tmp_path, [["name", "language"], ["Anna", "ru"]])
    sheet = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + _sheet_xml(path)
    _refused(_rewrite(path, {"xl/worksheets/sheet1.xml": sheet}), "document type")


def test_a_zip_bomb_is_refused_by_its_size_with_memory_bounded(tmp_path: Path) -> None:
    path = _workbook(tmp_path, [["name", "language"], ["Anna", "ru"]])
    bomb = _rewrite(path, {})
    with (
        zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/sharedStrings2.xml", "w", force_zip64=True) as part,
    ):
        chunk = b"x" * (1 << 24)
        for _ in range(20):  # 335 MB of one cell's text, packed to well under a megabyte
            part.write(chunk)
    assert bomb.stat().st_size < 2_000_000
    tracemalloc.start()
    started = time.monotonic()
    _refused(bomb, r"unpacks to 335,\d{3},\d{3} bytes, more than the 200,000,000")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20_000_000 and time.monotonic() - started < 5


def test_an_unsupported_compression_method_is_named(tmp_path: Path) -> None:
    path = _workbook(tmp_path, [["name", "language"], ["Anna", "ru"]])
    _refused(_rewrite(path, {}, method=zipfile.ZIP_LZMA), "compression method")


def test_a_sheet_cut_short_is_reported_as_damaged(tmp_path: Path) -> None:
    path = _workbook(tmp_path, [["name", "language"], *[[f"P{i}", "ru"] for i in range(300)]])
    sheet = _sheet_xml(path)
    _refused(_rewrite(path, {"xl/worksheets/sheet1.xml": sheet[: len(sheet) // 2]}), "damaged")


def test_an_archive_cut_short_is_reported_as_damaged(tmp_path: Path) -> None:
    path = _workbook(tmp_path, [["name", "language"], ["Anna", "ru"]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(UaLettersError, match=r"cannot be read|damaged"):
        list(read_rows(cut))
