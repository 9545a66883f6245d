"""manifest.xlsx: the manifest as a spreadsheet, for offices that open it in Excel.

A CSV opened in a spreadsheet loses what looks like a number: "+996312682044" becomes
996312682044, a row number 0005 becomes 5. Here every text cell is stored as text (and
formatted "@", so an edit keeps it text); counts (letter, row, pages) are numbers. The
header row is frozen and the columns have widths, so the file reads well as it opens.
A cell that starts like a formula (= + - @) is a string with Excel's quote prefix: it is
shown as typed and never evaluated.

The sheet's XML is written here, row by row, deflated on the way into an unnamed
temporary file (nothing is left if the pack stops), and the workbook's few fixed parts
are joined to it at the end by the one ZIP rule, with the letters' date as the file's
dates: the same pack gives the same bytes. openpyxl wrote this file before; a row cost
it 0.3 ms, more than the rest of the main process's share of a letter, so the same XML
is now made with a string format.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from ua_letters.archive import member
from ua_letters.pack.zipstream import Packer, ZipStream
from ua_letters.textsafety import xml_safe

FORMULA = ("=", "+", "-", "@")
NUMBERS = frozenset({"letter", "row", "pages"})
WIDTHS = {"file": 58, "supporter": 28, "recipient": 40, "recipient_id": 22, "fax": 18,
          "address": 48, "sha256": 66}  # fmt: skip
_TEXT, _QUOTED = 1, 2  # the cell formats of styles.xml: text ("@"), text with a quote prefix
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_PARTS = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPES}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_TYPES}.worksheet+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{_TYPES}.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/></Types>'
    ),
    "_rels/.rels": (
        f'<Relationships xmlns="{_PACKAGE}"><Relationship Id="rId1" Type="{_OFFICE}/'
        'officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="'
        f'{_PACKAGE}/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<workbook xmlns="{_MAIN}" xmlns:r="{_OFFICE}"><sheets><sheet name="manifest" '
        'sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<Relationships xmlns="{_PACKAGE}"><Relationship Id="rId1" Type="{_OFFICE}/worksheet"'
        f' Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{_OFFICE}/styles" '
        'Target="styles.xml"/></Relationships>'
    ),
    "xl/styles.xml": (
        f'<styleSheet xmlns="{_MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"'
        '/></font></fonts><fills count="2"><fill><patternFill/></fill><fill><patternFill '
        'patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/>'
        '<top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0"'
        ' fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf '
        'numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" '
        'fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49"'
        ' fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>'
        '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
        "</cellStyles></styleSheet>"
    ),
}
_CORE = (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://'
    'purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>'
    'ua-letters</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{0}</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">{0}</dcterms:modified></cp:coreProperties>'
)


def column(index: int) -> str:
    """1 -> 'A', 27 -> 'AA'."""
    name = ""
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


class ManifestBook:
    def __init__(self, path: Path, header: Sequence[str], on_date: date) -> None:
        self._path = path
        self._header = tuple(header)
        self._columns = [column(i) for i in range(1, len(self._header) + 1)]
        self._numbers = [title in NUMBERS for title in self._header]
        self._stamp = f"{on_date:%Y-%m-%d}T00:00:00Z"
        # The sheet, deflated as it is written, in a file without a name (closed in close).
        self._file = tempfile.TemporaryFile(dir=path.parent)  # noqa: SIM115
        self._packer = Packer("xl/worksheets/sheet1.xml", self._file)
        self._sheet = io.BufferedWriter(self._packer, 1 << 16)
        widths = "".join(
            f'<col min="{i}" max="{i}" width="{WIDTHS.get(t, max(8, len(t) + 2))}" '
            'customWidth="1"/>'
            for i, t in enumerate(self._header, start=1)
        )
        self._sheet.write(
            f'<worksheet xmlns="{_MAIN}"><sheetViews><sheetView workbookViewId="0"><pane '
            'ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView>'
            f"</sheetViews><cols>{widths}</cols><sheetData>".encode()
        )
        self._count = 0
        self.add(self._header)

    def add(self, row: Sequence[object]) -> None:
        self._count += 1
        number = self._count
        cells = []
        for name, is_number, value in zip(self._columns, self._numbers, row, strict=True):
            if is_number and isinstance(value, int):
                cells.append(f'<c r="{name}{number}"><v>{value}</v></c>')
                continue
            text = str(value)
            style = _QUOTED if text.startswith(FORMULA) else _TEXT
            space = ' xml:space="preserve"' if text != text.strip() else ""
            cells.append(
                f'<c r="{name}{number}" s="{style}" t="inlineStr"><is><t{space}>'
                f"{escape(xml_safe(text))}</t></is></c>"
            )
        self._sheet.write(f'<row r="{number}">{"".join(cells)}</row>'.encode())

    def abandon(self) -> None:
        """Drop the rows now (they hold supporters' names); the file has no name to leave."""
        with contextlib.suppress(OSError, ValueError):
            self._sheet.close()
        self._file.close()

    def close(self) -> None:
        """Join the fixed parts and the sheet by the one ZIP rule (ua_letters/archive.py)."""
        self._sheet.write(b"</sheetData></worksheet>")
        self._sheet.flush()
        sheet = self._packer.finish()
        parts = {**_PARTS, "docProps/core.xml": _CORE.format(self._stamp)}
        with (
            self._path.open("wb", buffering=0) as out,
            tempfile.TemporaryFile(dir=self._path.parent) as directory,
        ):
            archive = ZipStream(out, directory)
            for name, text in parts.items():
                archive.add(member(name, text.encode()))
            archive.add_packed(sheet, self._file)
            archive.close()
        self.abandon()
