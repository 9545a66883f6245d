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


def pdf_text(data: bytes, min_size: float = 0.0) -> str:
    """The text of every page; `min_size` leaves out smaller type (the return line above the
    window sits beside the sender's block, and the two would read back interleaved)."""

    def keep(obj: dict[str, object]) -> bool:
        size = obj.get("size")
        return obj.get("object_type") != "char" or not isinstance(size, float) or size >= min_size

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [page.filter(keep) if min_size else page for page in pdf.pages]
        return dehyphenate("\n".join(page.extract_text() or "" for page in pages))


def pdf_pages(data: bytes) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


def docx_paragraphs(data: bytes, return_line: bool = False) -> list[tuple[str, str]]:
    """(style, text) of each paragraph; the small return line above the window (which
    repeats the sender block) only when asked for, as in `pdf_text(min_size=...)`."""
    document = docx.Document(io.BytesIO(data))
    paragraphs = [
        (p.style.name if p.style is not None else "", p.text) for p in document.paragraphs
    ]
    return [p for p in paragraphs if return_line or p[0] != "Return Address"]


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
