"""What every format reader returns, and the one error they raise.

Readers live below the reader module (which adds the size limit and normalisation), so
the error class is defined here and re-exported by ua_letters.importer.reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from ua_letters.errors import UaLettersError


class DocumentError(UaLettersError):
    """The UA document cannot be read or holds nothing the importer can use."""


@dataclass(frozen=True)
class FormText:
    """The plain text of a document and how it was read ("utf-8", "PDF", ...).

    `how` ends up in the draft's header ("read as ..."), so it is written for a person.
    """

    text: str
    how: str
