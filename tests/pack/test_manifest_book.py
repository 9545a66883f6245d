"""manifest.xlsx beside manifest.csv: faxes and names as text, nothing run as a formula,
a frozen header and set widths; manifest.csv in UTF-8 with a BOM. From a real pack."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from ua_letters.case import Case
from ua_letters.pack import build_pack, read_supporters
from ua_letters.pack.manifest import HEADER


def _pack(tmp_path: Path, case: Case) -> zipfile.ZipFile:
    source = tmp_path / "s.csv"
    source.write_text(
        'name,language\n"=HYPERLINK(""http://x"")",en\n+7 Anna,ru\n-Bob,en\n@Ann,ky\n',
        encoding="utf-8",
    )
    out = tmp_path / "p.zip"
    build_pack(case, read_supporters(source, case), out, on_date=date(2010, 8, 20), workers=1)
    return zipfile.ZipFile(out)


def test_manifest_xlsx_keeps_text_as_text(tmp_path: Path, example_case: Case) -> None:
    with _pack(tmp_path, example_case) as pack:
        book = load_workbook(io.BytesIO(pack.read("manifest.xlsx")))
        text = pack.read("manifest.csv")
    sheet = book.active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width == 58 and sheet.column_dimensions["J"].width == 18
    rows = list(sheet.iter_rows())
    assert tuple(c.value for c in rows[0]) == HEADER
    assert len(rows) == 1 + 4 * len(example_case.recipients)
    column = {title: i for i, title in enumerate(HEADER)}
    faxes = [r[column["fax"]] for r in rows[1:]]
    assert all(c.data_type == "s" and c.number_format == "@" for c in faxes)
    assert {c.value for c in faxes} >= {"+996312682044"}  # the "+" survives
    names = {r[column["supporter"]].value: r[column["supporter"]] for r in rows[1:]}
    assert set(names) == {'=HYPERLINK("http://x")', "+7 Anna", "-Bob", "@Ann"}
    for cell in names.values():  # shown as typed, never evaluated
        assert cell.data_type == "s" and cell.quotePrefix
    assert all(isinstance(r[column["letter"]].value, int) for r in rows[1:])
    assert text.startswith(b"\xef\xbb\xbf")
    listed = list(csv.DictReader(io.StringIO(text.decode("utf-8-sig"))))
    assert {r["supporter"] for r in listed} == {
        "'=HYPERLINK(\"http://x\")", "'+7 Anna", "'-Bob", "'@Ann"
    }  # fmt: skip
    assert {r["fax"] for r in listed} >= {"+996312682044"}  # E.164, as the fax services take it


def test_manifest_xlsx_is_the_same_bytes_each_time(tmp_path: Path, example_case: Case) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with _pack(tmp_path / "a", example_case) as first, _pack(tmp_path / "b", example_case) as b:
        assert first.read("manifest.xlsx") == b.read("manifest.xlsx")
        stamps = {
            i.date_time for i in zipfile.ZipFile(io.BytesIO(b.read("manifest.xlsx"))).infolist()
        }
    assert stamps == {(1980, 1, 1, 0, 0, 0)}


def test_a_stopped_pack_leaves_no_sheet_file_behind(tmp_path: Path) -> None:
    from ua_letters.pack.manifest_book import ManifestBook

    book = ManifestBook(tmp_path / "m.xlsx", HEADER, date(2010, 8, 20))
    book.add([1, "f", "pdf", "Anna", 2, "r", "i", "ru", "v", "+996", "a", 1, "0" * 64])
    rows = book._file  # the rows so far, deflated, in a file without a name
    assert not rows.closed and list(tmp_path.iterdir()) == []
    book.abandon()
    assert rows.closed and list(tmp_path.iterdir()) == []


def test_every_kind_of_text_reads_back_as_written(tmp_path: Path) -> None:
    from ua_letters.pack.manifest_book import ManifestBook, column

    assert [column(i) for i in (1, 13, 26, 27, 52, 703)] == ["A", "M", "Z", "AA", "AZ", "AAA"]
    odd = [" lead", "tail ", 'a & <b> "c"', "Петрова\nМинск", "bell\x07", "0005"]
    book = ManifestBook(tmp_path / "m.xlsx", [f"t{i}" for i in range(len(odd))], date(2010, 8, 20))
    book.add(odd)
    book.close()
    sheet = load_workbook(tmp_path / "m.xlsx").active
    assert sheet is not None
    values = [c.value for c in next(sheet.iter_rows(min_row=2))]
    assert values == [" lead", "tail ", 'a & <b> "c"', "Петрова\nМинск", "bell\ufffd", "0005"]
