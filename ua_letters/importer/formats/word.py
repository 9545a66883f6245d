"""A Word file (.docx) as text lines, through python-docx (imported only when needed).

Paragraphs and tables are read in the order the document holds them, so a table of
officials stays between the actions and the background. Each body paragraph is a line
followed by a blank line, as in a text file; each table cell is a block of lines followed
by a blank line, as officials in a table are one to a cell or row.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from ua_letters.importer.formats.base import DocumentError, FormLines, lines_of

_DAMAGED = "is damaged: it starts like a Word (.docx) or zip file but cannot be opened"


def read_word(raw: bytes, name: str) -> FormLines:
    """The lines of a .docx: body paragraphs and table cells, in document order."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise DocumentError(
            f"{name} {_DAMAGED} ({exc})",
            hint="open it in Word or LibreOffice and save it again, or save the UA as .txt",
        ) from None
    except Exception as exc:  # lxml's XMLSyntaxError and kin: a damaged part inside
        if type(exc).__module__.startswith(("lxml", "docx")):
            raise DocumentError(f"{name} {_DAMAGED} ({exc})",
                                hint="open it in Word and save it again") from None
        raise
    read = FormLines(lines_of(_body_lines(document)), "Word .docx")  # a <w:br/> breaks a line
    if not read.has_text():
        raise DocumentError(f"{name} is a Word file with no text in it",
                            hint="if the UA is a picture inside it, copy its text by hand")
    return read


def _body_lines(document: Any) -> Iterator[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            if block.text.strip():
                yield block.text
                yield ""  # a Word paragraph is a paragraph: the blank line says so
        elif isinstance(block, Table):
            yield from _table_lines(block)


def _table_lines(table: Any) -> Iterator[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    seen: set[int] = set()
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is listed once per grid column
                continue
            seen.add(id(cell._tc))
            for block in cell.iter_inner_content():
                if isinstance(block, Paragraph):
                    yield block.text
                elif isinstance(block, Table):
                    yield from _table_lines(block)
            yield ""
