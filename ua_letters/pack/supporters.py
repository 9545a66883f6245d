"""Supporters: the people who sign, one per row of the office's list.

A bad row (no name, a language the pack cannot write, a character the PDF font lacks)
is reported with its row number and skipped; the other rows still make letters. A gender
cell never skips a row: what is not clearly male or female gets the neutral wording. Messages
name the row and the column, never the supporter's data: it is personal.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from ua_letters.case.model import Case
from ua_letters.case.postal_address import postal_lines
from ua_letters.case.sender import Sender
from ua_letters.compose.variants import writer_key
from ua_letters.errors import Problem
from ua_letters.pack.cells import any_language_of, gender_of, language_name, language_of
from ua_letters.pack.sources import read_rows
from ua_letters.render.fonts import missing_characters
from ua_letters.resources import shipped_languages


@dataclass(frozen=True)
class Supporter:
    row: int
    sender: Sender
    language: str

    @property
    def key(self) -> str:
        """A stable key for choosing the letter's variant: the same person, the same letter."""
        return writer_key(self.sender.name, self.sender.email)


@dataclass
class SupporterList:
    source: str
    supporters: list[Supporter] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)  # header titles no column uses
    notes: list[str] = field(default_factory=list)  # about rows that still make letters


def writable_languages(case: Case) -> list[str]:
    """Languages a pack of this case can be written in: shipped, with the case's text."""
    others = [lang for lang in shipped_languages() if lang not in case.languages]
    return [lang for lang in [*case.languages, *others] if not case.untranslated(lang)]


def read_supporters(path: Path, case: Case, country: str = "") -> SupporterList:
    """Every row of `path` as a Supporter, or as a Problem saying why it was skipped.

    `country` stands in for an empty country cell (a section's list often has no country
    column, because every supporter lives in the section's country).
    """
    unused: list[str] = []
    listing = supporters_from_rows(read_rows(path, unused), case, path.name, country)
    listing.unused = unused
    return listing


def supporters_from_rows(
    rows: Iterable[tuple[int, dict[str, str]]], case: Case, source: str, country: str = ""
) -> SupporterList:
    result = SupporterList(source)
    languages = writable_languages(case)
    no_country: list[int] = []
    for number, record in rows:
        if country and not record["country"].strip():
            record = {**record, "country": country}
        try:
            result.supporters.append(_supporter(number, record, case, languages))
        except _RowError as error:
            result.skipped.append(Problem(str(error), source, field=f"row {number}"))
            continue
        if record["address"] and not record["country"]:
            no_country.append(number)
    if no_country:
        shown = ", ".join(map(str, no_country[:10])) + (" …" if len(no_country) > 10 else "")
        result.notes.append(
            f"{source}: rows with an address but no country: {shown}; their return address "
            "ends without a country, with the postcode before the town. "
            "Add a country column (country, Land, pays, país, страна), or give the "
            "country of them all with --country, to lay them out by their country's convention"
        )
    return result


class _RowError(ValueError):
    pass


def _supporter(number: int, record: dict[str, str], case: Case, languages: list[str]) -> Supporter:
    name = " ".join(record["name"].split())
    if not name:
        raise _RowError("no name")
    language = _language(record["language"], case, languages)
    address = postal_lines(
        record["address"].splitlines(),
        record["postcode"],
        record["city"],
        record["country"],
        record["region"],
        language,
    )
    try:
        sender = Sender(
            name=name,
            address=address,
            email=record["email"] or None,
            gender=gender_of(record["gender"]),
            personal=" ".join(record.get("personal", "").split()) or None,
        )
    except ValidationError as exc:
        column = str(exc.errors()[0]["loc"][0])
        raise _RowError(f"{column}: {exc.errors()[0]['msg']}") from None
    for column, text in (
        ("name", name),
        ("address", "\n".join(address)),
        ("email", record["email"]),
        ("personal", record.get("personal", "")),
    ):
        _check_drawable(column, text)
    return Supporter(number, sender, language)


def _language(value: str, case: Case, languages: list[str]) -> str:
    """The row's letter language: a code in any case or a language's name (cells.py)."""
    if not value.strip():
        return case.languages[0]
    code = language_of(value) or any_language_of(value)
    if code is None:
        # Never the cell itself: it may hold the supporter's address (issue 14).
        what = "an e-mail address" if "@" in value else "no language code this case has"
        raise _RowError(
            f"the language column holds {what}; this case can be written in "
            + ", ".join(languages)
        )
    if code not in languages:
        raise _RowError(
            f"the letters of this case are not written in {language_name(code)} ({code}) yet; "
            "it can be written in " + ", ".join(languages)
        )
    return code


def _check_drawable(column: str, text: str) -> None:
    missing = missing_characters(text)
    if missing:
        names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'unnamed')}" for c in missing[:3])
        raise _RowError(f"{column}: the letter font (PT Serif) cannot draw {names}")
