"""Plain text: decoded through the shared decoder, then un-quoted and un-wrapped.

A UA pasted from an e-mail is plain text too, but with "> " before every line and its
paragraphs broken at 72 columns; `wrapped.repair` undoes both when, and only when, the
text shows them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ua_letters import decoding
from ua_letters.importer.formats import wrapped
from ua_letters.importer.formats.base import DocumentError, FormLines, split_lines
from ua_letters.textsafety import MACHINE_CONTROLS


@dataclass(frozen=True)
class Decoded:
    """A text file's text and its encoding, before it is cut into lines."""

    text: str
    how: str


def decode_text(raw: bytes, name: str) -> Decoded:
    """Bytes of a text file as text; refuse what is binary."""
    try:
        decoded = decoding.decode(raw, name)
    except decoding.DecodingError as exc:
        raise DocumentError(str(exc)) from None
    if len(MACHINE_CONTROLS.findall(decoded.text)) > max(3, len(decoded.text) // 200):
        raise DocumentError(f"{name} looks like a binary file, not text; save the UA as .txt")
    return Decoded(decoded.text, decoded.encoding)


def read_plain(raw: bytes, name: str) -> FormLines:
    """The lines of a text file, with e-mail quoting and hard wrapping removed if it has them."""
    decoded = decode_text(raw, name)
    return repair(decoded.text, decoded.how)


def repair(text: str, how: str) -> FormLines:
    """Undo quoting and wrapping, and say so in `how` when it was done."""
    repaired, changes = wrapped.repair(split_lines(text))
    return FormLines(tuple(repaired), f"{how}; {' and '.join(changes)}" if changes else how)
