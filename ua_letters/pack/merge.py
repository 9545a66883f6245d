"""The print files: all letters of one language in one PDF, each letter on a new page.

A section office prints a whole pack in one go. With `duplex`, a letter with an odd number
of pages is followed by a blank page, so that every letter starts on the front of a sheet
when printed on both sides. Each print file is written to a temporary
file page by page as the letters arrive (see render.pdf.PrintFile), checksummed on the
way (pack/packed.py), then copied into the pack, so memory stays flat however many
letters it holds. The pages come encoded and compressed from the workers.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from ua_letters.archive import Entry
from ua_letters.case.model import Case
from ua_letters.pack.packed import Packed
from ua_letters.render.layout import FONTS
from ua_letters.render.pdf import PageContent, page_content
from ua_letters.render.pdf_letter import PrintFile


@cache
def _blank_page() -> PageContent:
    return page_content((), FONTS)


def print_name(language: str) -> str:
    return f"print-{language}.pdf"


class PrintFiles:
    def __init__(self, case: Case, folder: Path, on_date: date, duplex: bool = False) -> None:
        self._case = case
        self._duplex = duplex
        self._folder = folder
        self._on_date = on_date
        self._open: dict[str, tuple[Packed, PrintFile]] = {}
        self.pages: dict[str, int] = {}

    def add(self, language: str, pages: tuple[PageContent, ...]) -> None:
        if language not in self._open:
            packed = Packed(print_name(language), self._folder)
            title = " · ".join(t for t in (self._case.ua.reference, language) if t)
            document = PrintFile(packed.binary, title, language, self._on_date)
            self._open[language] = (packed, document)
        if self._duplex and len(pages) % 2:
            pages = (*pages, _blank_page())
        self._open[language][1].add(pages)

    def close(self) -> list[tuple[Entry, Path]]:
        """Finish every print file; return (its entry in the pack, temporary path) for each."""
        done = []
        for language, (packed, document) in self._open.items():
            document.close()
            self.pages[language] = document.page_count
            done.append((packed.finish(), packed.path))
        self._open.clear()
        return done

    def abandon(self) -> None:
        for packed, _document in self._open.values():
            packed.abandon()
        self._open.clear()
