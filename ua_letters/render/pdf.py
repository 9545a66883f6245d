"""A letter as an A4 PDF, PT Serif embedded, byte-for-byte reproducible; and print files.

The layout comes from `layout.py` (line breaks cached, since a pack repeats the same
paragraphs in every letter); the bytes from the streaming writer in `pdfdoc.py`. Text is
drawn as glyph codes, never parsed as markup, so `Smith & <Sons>` prints as written. The
metadata holds the letter's subject, the UA reference and its date, never the sender.

`PrintFile` puts many letters into one PDF, each starting on a new page, written to a
file page by page so that memory stays flat however many letters it holds.
"""

from __future__ import annotations

import io
from datetime import date
from typing import BinaryIO

from ua_letters import __version__
from ua_letters.compose.letter import Letter
from ua_letters.render.layout import FONTS, Page, layout_letter, page_runs
from ua_letters.render.pdfdoc import PdfDocument

PRODUCER = f"ua-letters {__version__}"


def pdf_date(day: date) -> str:
    return f"D:{day:%Y%m%d}000000Z"


def metadata(title: str, subject: str, day: date) -> dict[str, str]:
    """The document information: no supporter data, only what the letter is about."""
    stamp = pdf_date(day)
    return {
        "Title": title,
        "Author": "ua-letters",
        "Subject": subject,
        "Creator": PRODUCER,
        "Producer": PRODUCER,
        "CreationDate": stamp,
        "ModDate": stamp,
    }


def pages_pdf(pages: tuple[Page, ...], letter: Letter) -> bytes:
    """The PDF of a letter already laid out (a pack lays out once for two uses)."""
    buffer = io.BytesIO()
    document = PdfDocument(buffer, FONTS)
    document.prepare(page_runs(pages))
    for page in pages:
        document.add_page(page)
    document.close(metadata(letter.subject, letter.reference, letter.dated), letter.language)
    return buffer.getvalue()


def letter_pdf(letter: Letter) -> bytes:
    """Render one letter to PDF bytes."""
    return pages_pdf(layout_letter(letter), letter)


class PrintFile:
    """Many letters in one PDF, every letter on a new page, streamed to `out`."""

    def __init__(self, out: BinaryIO, title: str, language: str, day: date) -> None:
        self._document = PdfDocument(out, FONTS)
        self._meta = metadata(title, title, day)
        self._language = language

    @property
    def page_count(self) -> int:
        return self._document.page_count

    def add(self, pages: tuple[Page, ...]) -> None:
        for page in pages:
            self._document.add_page(page)

    def close(self) -> None:
        self._document.close(self._meta, self._language)
