"""Rendered documents: file names and bytes for each letter, in each format.

File names are readable and built from safe slugs: `ua135-10_03-president_ky.pdf`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ua_letters.case.model import Case, Recipient, resolve
from ua_letters.compose.letter import Letter
from ua_letters.render.naming import slug


@dataclass(frozen=True)
class Document:
    """One rendered file: its name, its bytes, and the letter it holds."""

    filename: str
    data: bytes
    letter: Letter
    format: str


def recipient_slug(case: Case, recipient: Recipient) -> str:
    number = case.recipients.index(recipient) + 1
    label = recipient.name or recipient.title
    name = recipient.id or slug(str(resolve(label, "en") or resolve(label, "ru")))
    return f"{number:02d}-{name}"


def file_name(case: Case, letter: Letter, fmt: str) -> str:
    recipient = case.recipients[letter.recipient_index]
    return f"{case_stem(case)}_{recipient_slug(case, recipient)}_{letter.language}.{fmt}"


def case_stem(case: Case) -> str:
    """How the case's file names start: 'ua135-10', or the key of a case without a number."""
    return ("ua" if case.ua.number else "") + case.key


def render_document(letter: Letter, fmt: str) -> bytes:
    if fmt == "pdf":
        from ua_letters.render.pdf_letter import letter_pdf

        return letter_pdf(letter)
    from ua_letters.render.docx import letter_docx

    return letter_docx(letter)


def render_letters(case: Case, letters: Iterable[Letter], formats: Sequence[str]) -> list[Document]:
    return [
        Document(file_name(case, letter, fmt), render_document(letter, fmt), letter, fmt)
        for letter in letters
        for fmt in formats
    ]
