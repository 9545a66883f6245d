"""manifest.xlsx: the manifest as a spreadsheet, for offices that open it in Excel.

A CSV opened in a spreadsheet loses what looks like a number: "+996312682044" becomes
996312682044, a row number 0005 becomes 5. Here every text cell is stored as text (and
formatted "@", so an edit keeps it text); counts (letter, row, pages) are numbers. The
header row is frozen and the columns have widths, so the file reads well as it opens.
A cell that starts like a formula (= + - @) is a string with Excel's quote prefix: it is
shown as typed and never evaluated.

openpyxl's write-only mode streams the rows to a temporary file while the pack is made
(a pack that stops removes it at once, `abandon`, as it holds supporters' names). At the
end the workbook's parts are read once and joined again by the one ZIP rule (fixed
entry times), with the letters' date as the file's dates, so the same pack gives the
same bytes; that last step holds the sheet's XML (about 1 kB a letter) in memory.
"""

from __future__ import annotations

import contextlib
import re
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ua_letters.archive import zip_bytes

FORMULA = ("=", "+", "-", "@")
NUMBERS = frozenset({"letter", "row", "pages"})
WIDTHS = {"file": 58, "supporter": 28, "recipient": 40, "recipient_id": 22, "fax": 18,
          "address": 48, "sha256": 66}  # fmt: skip
_CORE = "docProps/core.xml"
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
        """Save, then join the parts again by the one ZIP rule (ua_letters/archive.py):
        openpyxl stamps the entries and the 'modified' date with the time of saving."""
        raw = self._path.with_suffix(".raw")
        self._book.save(raw)
        with zipfile.ZipFile(raw) as source:
            parts = [(info.filename, source.read(info)) for info in source.infolist()]
        raw.unlink()
        parts = [
            (name, _MODIFIED.sub(rb"\g<1>" + self._stamp, data) if name == _CORE else data)
            for name, data in parts
        ]
        self._path.write_bytes(zip_bytes(parts))
