"""Rows of a supporter list, from CSV or XLSX, as plain strings keyed by column name.

Section offices keep their lists in Excel or export them as CSV, with a BOM or without,
with commas or (in many European locales) semicolons, so both are read and the separator
is guessed from the header line. Rows are numbered as a spreadsheet numbers them (the
header is row 1), so a reported row number is the one the office sees on screen.
Rows are read one at a time: a long list never has to fit in memory twice.

Hostile or broken files end in one clear message, never a traceback or a silent loss:
a stray opening quote that would swallow the rows after it into one cell is found and its
row named; a workbook is checked before it is opened (pack/xlsxcheck.py), and a sheet
cut short is reported as damaged. Messages name rows and columns, never a cell's text.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ua_letters.decoding import DecodingError, decode
from ua_letters.errors import UaLettersError
from ua_letters.pack.columns import map_header
from ua_letters.pack.xlsxcheck import check_workbook
from ua_letters.textsafety import without_controls

COLUMNS = (
    "name", "address", "city", "postcode", "region", "country", "email", "language", "gender",
    "personal",
)  # fmt: skip
_SEPARATORS = (";", ",", "\t")
Row = tuple[int, dict[str, str]]


def cell_text(value: object) -> str:
    """A cell as text: numbers without a spurious '.0', no control characters."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if hasattr(value, "isoformat"):
        text = str(value.isoformat())
        value = text[:10] if text.endswith("T00:00:00") else text
    return without_controls(str(value)).replace("\r", " ").strip()


MAX_ROWS = 100_000  # supporters in one pack: 300,000 letters for a UA with 3 officials
MAX_LINE = 65_536  # characters in one CSV line
_SAMPLE = 1 << 20  # bytes read to tell the encoding
MAX_CELL_LINES = 10  # lines in one quoted cell; an address has at most about six


def read_rows(path: Path, unused: list[str] | None = None) -> Iterator[Row]:
    """(row number, {column: text}) for every row after the header; empty rows skipped.

    Header titles that no column uses are added to `unused`, for the notice after a pack.

    Rows are read one at a time and counted, so a huge file (a 1 GB CSV, a million-row
    sheet) is refused at row MAX_ROWS + 1 without being read into memory.
    """
    if not path.is_file():
        raise UaLettersError(f"{path}: no such supporter file")
    if path.suffix.lower() in (".xlsx", ".xlsm") or _starts_like_zip(path):
        return _limited(path, _xlsx_rows(path, unused))
    if path.suffix.lower() == ".xls":
        raise UaLettersError(
            f"{path}: old Excel files (.xls) cannot be read", hint="save it as .xlsx or CSV"
        )
    return _limited(path, _csv_rows(path, unused))


def _limited(path: Path, rows: Iterator[Row]) -> Iterator[Row]:
    for count, row in enumerate(rows, start=1):
        if count > MAX_ROWS:
            raise UaLettersError(
                f"{path}: more than {MAX_ROWS:,} supporter rows",
                hint="split the list and make one pack from each part",
            )
        yield row


def _bounded_lines(path: Path, handle: Any) -> Iterator[str]:
    """The file's lines, refusing one longer than MAX_LINE instead of reading it whole."""
    number = 0
    while line := handle.readline(MAX_LINE + 1):
        number += 1
        if len(line) > MAX_LINE:
            raise UaLettersError(
                f"{path}: line {number} is longer than {MAX_LINE:,} characters",
                hint="is this really a list of supporters? save it again as CSV",
            )
        yield line


def _starts_like_zip(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"PK\x03\x04"


def _columns(path: Path, header: list[Any], unused: list[str] | None) -> dict[int, str]:
    """Which cell holds which column, by the header names of pack/columns.toml."""
    found, titles_unused = map_header(str(path), [cell_text(title) for title in header])
    if unused is not None:
        unused += titles_unused
    return found


def _record(columns: dict[int, str], cells: list[Any] | tuple[Any, ...]) -> dict[str, str]:
    record = dict.fromkeys((*COLUMNS, "first", "last"), "")
    for index, name in columns.items():
        if index < len(cells):
            record[name] = cell_text(cells[index])
    if not record["name"]:
        record["name"] = " ".join(part for part in (record["first"], record["last"]) if part)
    del record["first"], record["last"]
    return record


def _separator(header_line: str) -> str:
    unquoted = re.sub(r'"[^"]*"', "", header_line)
    return max(_SEPARATORS, key=unquoted.count)


def _encoding_of(path: Path) -> str:
    """The list's encoding, judged on its first megabyte: UTF-8 (with or without BOM),
    UTF-16, or Windows-1251/1252 as Russian and Western Excel write CSV."""
    with path.open("rb") as handle:
        sample = handle.read(_SAMPLE)
    if len(sample) == _SAMPLE and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n") + 1]  # no character cut in two
    try:
        encoding = decode(sample, str(path)).encoding
    except DecodingError as exc:
        raise UaLettersError(str(exc), hint="save the list as CSV UTF-8 or as .xlsx") from None
    return "utf-8-sig" if encoding == "utf-8" else encoding


def _csv_rows(path: Path, unused: list[str] | None) -> Iterator[Row]:
    with path.open(encoding=_encoding_of(path), newline="") as handle:
        number = 1
        try:
            lines = _bounded_lines(path, handle)
            first = next(lines, "")
            reader = csv.reader(itertools.chain([first], lines), delimiter=_separator(first))
            columns = _columns(path, next(reader, []), unused)
            separator = reader.dialect.delimiter
            for number, cells in enumerate(reader, start=2):
                _no_runaway_quote(path, number, cells, separator, len(columns))
                if any(c.strip() for c in cells):
                    yield number, _record(columns, cells)
        except UnicodeDecodeError:
            raise UaLettersError(
                f"{path}: row {number + 1} (or near it) is not UTF-8 text",
                hint="save the list as 'CSV UTF-8' (Excel) or choose UTF-8 when exporting",
            ) from None
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):  # a quote that never closes
                raise _runaway(path, number + 1, MAX_CELL_LINES) from None
            raise UaLettersError(f"{path}: row {number + 1}: not valid CSV ({exc})") from None


def _no_runaway_quote(
    path: Path, number: int, cells: list[str], separator: str, columns: int
) -> None:
    """A cell that runs over many lines, or over lines shaped like rows, was opened by a
    stray quote and swallowed the rows after it: refuse the list and name the row."""
    for cell in cells:
        if "\n" not in cell and "\r" not in cell:
            continue
        lines = cell.splitlines()
        row_like = any(line.count(separator) >= max(1, columns - 1) for line in lines[1:])
        if len(lines) > MAX_CELL_LINES or row_like:
            raise _runaway(path, number, len(lines) - 1)


def _runaway(path: Path, number: int, lines: int) -> UaLettersError:
    return UaLettersError(
        f'{path}: row {number}: a quote (") opens a cell that runs on over {lines} lines, '
        "taking the rows after it",
        hint=f"remove the stray quote in row {number}, or close it, and save again",
    )


def _xlsx_rows(path: Path, unused: list[str] | None) -> Iterator[Row]:
    import zipfile
    import zlib
    from xml.etree.ElementTree import ParseError

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    check_workbook(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError):
        raise UaLettersError(
            f"{path}: cannot be read as an Excel workbook (.xlsx)",
            hint="open it in Excel or LibreOffice and save it again as .xlsx or CSV",
        ) from None
    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        columns: dict[int, str] | None = None
        number = 0
        for number, cells in enumerate(rows, start=1):
            if not any(cell_text(c) for c in cells):
                continue
            if columns is None:
                columns = _columns(path, list(cells), unused)
                continue
            yield number, _record(columns, cells)
        if columns is None:
            raise UaLettersError(f"{path}: the first sheet is empty")
    except (zipfile.BadZipFile, zlib.error, EOFError, ParseError, SyntaxError, KeyError):
        # SyntaxError: lxml's XMLSyntaxError derives from it; a sheet cut short ends so.
        raise UaLettersError(
            f"{path}: the workbook is damaged or cut short (read up to row {number})",
            hint="open it in Excel or LibreOffice and save it again as .xlsx or CSV",
        ) from None
    finally:
        workbook.close()
