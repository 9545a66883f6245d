"""A PDF as text lines, through pypdfium2 (PDFium, the engine of Chrome's viewer).

PDFium gives each run of text with its box, fast enough for a 30-page UA in well under a
second (pdfminer.six took about 60 ms a page here); pdflayout puts the runs in reading
order. PDFium is not thread-safe, hence the lock. A PDF that asks for a password, one
that is damaged and one that is only scanned images are each refused with what to do.
"""

from __future__ import annotations

import threading
from typing import Any

from ua_letters.importer.formats.base import DocumentError, FormLines
from ua_letters.importer.formats.pdflayout import Run, document_lines

_LOCK = threading.Lock()
_MAX_PAGES = 200


def read_pdf(raw: bytes, name: str) -> FormLines:
    """The lines of every page, in reading order."""
    import pypdfium2 as pdfium

    with _LOCK:
        try:
            document = pdfium.PdfDocument(raw)
        except pdfium.PdfiumError as exc:
            raise _refusal(name, str(exc)) from None
        try:
            if len(document) > _MAX_PAGES:
                raise DocumentError(f"{name} has {len(document)} pages; a UA has a few",
                                    hint="give the UA's own pages (print them to a new PDF)")
            pages = [_page_runs(document[i]) for i in range(len(document))]
        finally:
            document.close()
    read = FormLines(tuple(document_lines(pages)), "PDF")
    if not read.has_text():
        raise DocumentError(
            f"{name} is a PDF with no text in it — probably a scan (pictures of pages)",
            hint="run text recognition (OCR) on it, or copy the UA's text from its web page",
        )
    return read


def _refusal(name: str, reason: str) -> DocumentError:
    if "password" in reason.lower():
        return DocumentError(
            f"{name} is a PDF protected by a password, so its text cannot be read",
            hint="open it with the password and print it to a new PDF, or copy its text",
        )
    return DocumentError(
        f"{name} is a PDF file that cannot be opened: it is damaged ({reason})",
        hint="download it again, or copy the UA's text into a .txt file",
    )


def _page_runs(page: Any) -> tuple[list[Run], float]:
    """Each text run on a page with its box; PDFium's own word spacing is kept."""
    text_page = page.get_textpage()
    try:
        return _line_runs(text_page) or _bounded_runs(text_page), float(page.get_width())
    finally:
        text_page.close()
        page.close()


def _line_runs(text_page: Any) -> list[Run] | None:
    """The runs of each line of the page's text, found from the line's own characters.

    Asking PDFium for the text inside each run's box (`_bounded_runs`) scans the whole
    page once a run: most of the time of a 30-page import. The page's text, whose lines
    PDFium ends with CR LF, gives the same runs at a fraction of that: a line PDFium sets in
    one box is that box's text, and only a line in several boxes asks for each box's text.
    None when the text and the characters do not line up (the page is then read box by box).
    """
    text = text_page.get_text_range()
    if len(text) != text_page.count_chars():
        return None
    runs, start = [], 0
    for line in text.split("\r\n"):
        if line:
            boxes = text_page.count_rects(start, len(line))
            for i in range(boxes):
                left, bottom, right, top = text_page.get_rect(i)
                found = line if boxes == 1 else text_page.get_text_bounded(left, bottom, right, top)
                runs.append(Run(left, bottom, right, top, _clean(found)))
        start += len(line) + 2
    return runs


def _bounded_runs(text_page: Any) -> list[Run]:
    runs = []
    for i in range(text_page.count_rects()):
        left, bottom, right, top = text_page.get_rect(i)
        text = text_page.get_text_bounded(left, bottom, right, top)
        runs.append(Run(left, bottom, right, top, _clean(text)))
    return runs


def _clean(text: str) -> str:
    """PDFium marks soft hyphens and line ends inside a run; a run is one line."""
    return text.replace("\ufffe", "").replace("\x02", "").replace("\r", " ").replace("\n", " ")
