"""A letter as an A4 PDF, PT Serif embedded, byte-for-byte reproducible; and print files.

The layout comes from `layout.py` (line breaks cached, since a pack repeats the same
paragraphs in every letter); the bytes from the fenced writer in `render/pdf/`. Text is
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
from ua_letters.render.layout import FONTS, Page, layout_letter
from ua_letters.render.pdf import PageContent, PdfDocument, page_content
from ua_letters.render.pdf.objects import Output

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


def page_contents(pages: tuple[Page, ...]) -> tuple[PageContent, ...]:
    """Each page encoded and compressed once: for the letter's PDF and for a print file."""
    return tuple(page_content(page, FONTS) for page in pages)


def write_letter(out: Output, contents: tuple[PageContent, ...], letter: Letter) -> None:
    """Write the PDF of a letter whose pages are already encoded (see `page_contents`)."""
    document = PdfDocument(out, FONTS)
    for content in contents:
        document.add_content(content)
    document.close(metadata(letter.subject, letter.reference, letter.dated), letter.language)


def contents_pdf(contents: tuple[PageContent, ...], letter: Letter) -> bytes:
    buffer = io.BytesIO()
    write_letter(buffer, contents, letter)
    return buffer.getvalue()


def letter_pdf(letter: Letter) -> bytes:
    """Render one letter to PDF bytes."""
    return contents_pdf(page_contents(layout_letter(letter)), letter)


class PrintFile:
    """Many letters in one PDF, every letter on a new page, streamed to `out`."""

    def __init__(self, out: BinaryIO, title: str, language: str, day: date) -> None:
        self._document = PdfDocument(out, FONTS)
        self._meta = metadata(title, title, day)
        self._language = language

    @property
    def page_count(self) -> int:
        return self._document.page_count

    def add(self, contents: tuple[PageContent, ...]) -> None:
        for content in contents:
            self._document.add_content(content)

    def close(self) -> None:
        self._document.close(self._meta, self._language)
