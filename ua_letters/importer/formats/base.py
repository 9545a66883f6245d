"""What every format reader gives back, and the one error they raise.

Each reader turns its form's bytes into the document's text lines, in reading order, one
line per element of `lines`. The importer numbers these lines from 1 and every warning
points at that number, so a reader must give the lines whole: no line holds a line break,
and no later step splits or joins them (`split_lines` is the one place that cuts text).

Readers live below the reader module (which adds the size limit and normalisation), so
the error class is defined here and re-exported by ua_letters.importer.reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ua_letters.errors import UaLettersError

# Every line break a text may hold: CR LF, CR, LF, and Unicode's own separators.
_BREAK = re.compile("\r\n|[\r\n\u2028\u2029\x85\x0c\x0b]")


class DocumentError(UaLettersError):
    """The UA document cannot be read or holds nothing the importer can use."""


@dataclass(frozen=True)
class FormLines:
    """The text lines of a document and how they were read ("utf-8", "PDF", ...).

    `how` ends up in the draft's header ("read as ..."), so it is written for a person.
    """

    lines: tuple[str, ...]
    how: str

    @property
    def text(self) -> str:
        """The lines as one text (for a reader's tests and messages)."""
        return "\n".join(self.lines)

    def has_text(self) -> bool:
        return any(line.strip() for line in self.lines)


def split_lines(text: str) -> list[str]:
    """A text cut into lines at every kind of line break."""
    return _BREAK.split(text)


def lines_of(pieces: Iterable[str]) -> tuple[str, ...]:
    """Lines from pieces a library gives, any of which may hold a break (a Word <w:br/>)."""
    return tuple(line for piece in pieces for line in split_lines(piece))
