"""manifest.xlsx: the manifest as a spreadsheet, for offices that open it in Excel.

A CSV opened in a spreadsheet loses what looks like a number: "+996312682044" becomes
996312682044, a row number 0005 becomes 5. Here every text cell is stored as text (and
formatted "@", so an edit keeps it text); counts (letter, row, pages) are numbers. The
header row is frozen and the columns have widths, so the file reads well as it opens.
A cell that starts like a formula (= + - @) is a string with Excel's quote prefix: it is
shown as typed and never evaluated.

openpyxl's write-only mode streams the rows to a temporary file (copied into the workbook
on save, then removed), so a 300,000-row pack does not hold its manifest in memory; a
pack that stops removes that file at once (`abandon`), as it holds supporters' names.
The file's dates are the letters' date and its ZIP entries carry a fixed time, so the
same pack gives the same bytes.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

FORMULA = ("=", "+", "-", "@")
NUMBERS = frozenset({"letter", "row", "pages"})
WIDTHS = {"file": 58, "supporter": 28, "recipient": 40, "recipient_id": 22, "fax": 18,
          "address": 48, "sha256": 66}  # fmt: skip
_FIXED = (1980, 1, 1, 0, 0, 0)
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*")


class ManifestBook:
    def __init__(self, path: Path, header: Sequence[str], on_date: date) -> None:
        from openpyxl import Workbook
        from openpyxl.utils import get_column_letter

        self._path = path
        self._header = tuple(header)
        self._book = Workbook(write_only=True)
        moment = datetime(on_date.year, on_date.month, on_date.day)
        self._book.properties.created = self._book.properties.modified = moment
        self._stamp = moment.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
        self._book.properties.creator = "ua-letters"
        self._sheet: Any = self._book.create_sheet("manifest")
        for index, title in enumerate(self._header, start=1):
            width = WIDTHS.get(title, max(8, len(title) + 2))
            self._sheet.column_dimensions[get_column_letter(index)].width = width
        self._sheet.freeze_panes = "A2"
        self._sheet.append([self._text(title) for title in self._header])

    def _text(self, value: str) -> Any:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self._sheet, value=None)
        cell.value = value
        cell.data_type = "s"  # never a formula, whatever it starts with
        cell.number_format = "@"
        if value.startswith(FORMULA):
            cell.quotePrefix = True
        return cell

    def add(self, row: Sequence[object]) -> None:
        cells: list[Any] = []
        for title, value in zip(self._header, row, strict=True):
            if title in NUMBERS and isinstance(value, int):
                cells.append(value)
            else:
                cells.append(self._text(str(value)))
        self._sheet.append(cells)

    def abandon(self) -> None:
        """Remove openpyxl's temporary sheet file now, not only at the process's exit."""
        writer = getattr(self._sheet, "_writer", None)
        if writer is None:
            return
        # The row stream may be mid-element (a pack stopped while writing): lxml then
        # refuses to close it, and the file is removed all the same.
        for stream in (getattr(self._sheet, "_rows", None), writer):
            with contextlib.suppress(Exception):
                if stream is not None:
                    stream.close()
        with contextlib.suppress(OSError, ValueError):  # already gone
            writer.cleanup()

    def close(self) -> None:
        """Save, then rewrite the ZIP with fixed times (openpyxl stamps 'now' on save)."""
        raw = self._path.with_suffix(".raw")
        self._book.save(raw)
        with (
            zipfile.ZipFile(raw) as source,
            zipfile.ZipFile(self._path, "w", zipfile.ZIP_DEFLATED) as target,
        ):
            for info in source.infolist():
                entry = zipfile.ZipInfo(info.filename, _FIXED)
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o644 << 16
                if info.filename == "docProps/core.xml":  # openpyxl sets 'modified' to now
                    data = _MODIFIED.sub(rb"\g<1>" + self._stamp, source.read(info))
                    target.writestr(entry, data)
                    continue
                with source.open(info) as part, target.open(entry, "w") as out:
                    shutil.copyfileobj(part, out)  # the sheet streams; it may be large
        raw.unlink()
