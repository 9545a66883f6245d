"""manifest.csv: one row per file of the pack, to track what was sent where.

With one format (the default, PDF) that is one row per letter; with PDF and DOCX each
letter has a row per format, tied together by the `letter` number. Fax numbers are in
E.164 (+996312682044), as fax services take them (a spreadsheet opening a CSV drops the
"+": manifest.xlsx is the file for spreadsheets). The file is
UTF-8 with a BOM, so Excel shows Cyrillic correctly, and it is written row by row.
Every cell that comes from a list or a case (names, titles, addresses) and starts with
= + - @ is prefixed with ' so a spreadsheet never runs it as a formula; the fax numbers
(E.164, which this program writes) are left as they are for the fax services.
The same rows go to manifest.xlsx (manifest_book.py) when a book is given: there text is
text, so "+996…" and the formula-looking cells survive as typed.
"""

from __future__ import annotations

import csv
from datetime import date
from functools import cache
from pathlib import Path
from typing import TextIO

import phonenumbers

from ua_letters.case.model import Case, resolve
from ua_letters.pack.manifest_book import ManifestBook
from ua_letters.pack.plan import Job

HEADER = (
    "letter",
    "file",
    "format",
    "supporter",
    "row",
    "recipient",
    "recipient_id",
    "language",
    "variant",
    "fax",
    "address",
    "pages",
    "sha256",
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def e164(number: str) -> str:
    """'+996 312 68 20 44' -> '+996312682044' (the case loader has checked it parses)."""
    return phonenumbers.format_number(
        phonenumbers.parse(number, None), phonenumbers.PhoneNumberFormat.E164
    )


def no_formula(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA) else text


class Manifest:
    def __init__(
        self, case: Case, out: TextIO, book: Path | None = None, on_date: date | None = None
    ) -> None:
        self._case = case
        self._writer = csv.writer(out, lineterminator="\r\n")
        out.write("\ufeff")
        self._writer.writerow(HEADER)
        self._book = ManifestBook(book, HEADER, on_date or date(1980, 1, 1)) if book else None
        self.rows = 0

    @cache  # noqa: B019 (one manifest per pack; the cache dies with it)
    def _recipient(self, index: int, language: str) -> tuple[str, str, str, str]:
        recipient = self._case.recipients[index]
        name = resolve(recipient.name, language)
        title = resolve(recipient.title, language)
        shown = ", ".join(part for part in (title, name) if part)
        address = "\n".join(resolve(recipient.address, language) or [])
        fax = " ".join(e164(number) for number in recipient.fax)
        return shown, recipient.id or "", fax, address

    def close(self) -> None:
        if self._book is not None:
            self._book.close()

    def abandon(self) -> None:
        if self._book is not None:
            self._book.abandon()

    def add(self, job: Job, fmt: str, pages: int | None, sha256: str) -> None:
        """One file; `pages` only for PDFs (Word paginates a DOCX itself)."""
        shown, ident, fax, address = self._recipient(job.recipient, job.language)
        supporter = job.sender.name if job.sender else ""
        row: tuple[str | int, ...] = (
            job.number,
            job.path(fmt),
            fmt,
            supporter,
            job.row or "",
            shown,
            ident,
            job.language,
            job.variant.code,
            fax,
            address,
            "" if pages is None else pages,
            sha256,
        )
        if self._book is not None:
            self._book.add(row)
        typed = {"supporter", "recipient", "recipient_id", "address"}  # from lists and cases
        self._writer.writerow(
            no_formula(v) if t in typed and isinstance(v, str) else v
            for t, v in zip(HEADER, row, strict=True)
        )
        self.rows += 1
