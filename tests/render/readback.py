"""Read rendered documents back, the way a person copying text out of them would."""

from __future__ import annotations

import io
import re

import docx
import pdfplumber


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def dehyphenate(text: str) -> str:
    """Words the layout hyphenated (with a soft hyphen, U+00AD) joined back up."""
    return re.sub("\xad\\s*", "", text)


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return dehyphenate("\n".join(page.extract_text() or "" for page in pdf.pages))


def pdf_pages(data: bytes) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


def docx_paragraphs(data: bytes) -> list[tuple[str, str]]:
    document = docx.Document(io.BytesIO(data))
    return [(p.style.name if p.style is not None else "", p.text) for p in document.paragraphs]


def in_order(haystack: str, needles: list[str]) -> list[str]:
    """The needles not found in order in the haystack (an empty list when all are)."""
    missing, at = [], 0
    for needle in needles:
        found = haystack.find(needle, at)
        if found < 0:
            missing.append(needle)
        else:
            at = found + len(needle)
    return missing
