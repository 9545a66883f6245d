"""What text the program accepts, drops and maps: the one home of the character rules.

Text reaches us from YAML files, spreadsheets, web forms, UA pages and CLDR. Three kinds
of character need a rule, and each rule is kept here once:

- **Controls** (NUL, form feed, escape; lone surrogates): no document format can hold
  them. Where a person typed the text (a case file, a form) they are refused, naming the
  character; where a machine produced it (a spreadsheet cell, an imported page) they are
  removed, because nobody can retype them.
- **Invisible marks** (bidi embeddings and isolates, zero-width joiners, the BOM): often
  pasted along with a name or a fax number, they carry nothing a left-to-right letter can
  draw, so they are dropped rather than drawn as empty boxes.
- **Special spaces** that CLDR writes («20 августа 2010 г.» has U+202F) and that fonts
  such as PT Serif lack: each becomes the no-break or plain space it stands for, which
  keeps the meaning (no line break inside a date).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

LINE_CONTROLS = frozenset("\n\r\t")  # the controls a multi-line text may hold

NO_BREAK_SPACES = {"\u202f": "\u00a0", "\u2007": "\u00a0"}  # narrow no-break, figure
# The en quad to the hair space (U+2007, the figure space, is a no-break one), the
# medium mathematical space and the ideographic space.
PLAIN_SPACES = dict.fromkeys(
    [chr(c) for c in range(0x2000, 0x200B) if c != 0x2007] + ["\u205f", "\u3000"], " "
)
INVISIBLE = frozenset(
    ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u061c"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)
# Letters: no-break spaces stay no-break, the others become plain, invisible marks go.
PRINT_TABLE = str.maketrans(NO_BREAK_SPACES | PLAIN_SPACES | dict.fromkeys(INVISIBLE, ""))
PRINT_MAPPED = frozenset(map(chr, PRINT_TABLE))  # what the table changes
# Reading a UA: every kind of space is a plain space for the parser, and soft hyphens,
# which only say where a word may break, go with the invisible marks.
READ_TABLE = str.maketrans(
    dict.fromkeys([*NO_BREAK_SPACES, *PLAIN_SPACES, "\u00a0", "\t"], " ")
    | dict.fromkeys([*INVISIBLE, "\u00ad"], "")
)
# C0 controls other than tab, line feed and carriage return, DEL, and the C1 controls.
MACHINE_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Not allowed in XML 1.0 at all (a DOCX part would be unreadable).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def control_characters(text: str, allowed: Iterable[str] = LINE_CONTROLS) -> list[str]:
    """The control characters and lone surrogates in `text`, sorted, without `allowed`."""
    keep = frozenset(allowed)
    return sorted({c for c in text if unicodedata.category(c) in ("Cc", "Cs") and c not in keep})


def describe(characters: Iterable[str]) -> str:
    """'U+0000 NULL, U+000C FORM FEED' — characters named for a message."""
    return ", ".join(
        f"U+{ord(c):04X} {unicodedata.name(c, 'control character')}" for c in characters
    )


def printable(text: str) -> str:
    """Text as a letter prints it: special spaces mapped, invisible marks dropped."""
    return text.translate(PRINT_TABLE)


def readable(text: str) -> str:
    """Text as the importer reads it: one kind of space, no invisible marks or controls."""
    return MACHINE_CONTROLS.sub("", text.translate(READ_TABLE))


def without_controls(text: str, replacement: str = " ") -> str:
    """A machine-made value (a spreadsheet cell) with its control characters replaced."""
    return MACHINE_CONTROLS.sub(replacement, text)


def visible_only(text: str) -> str:
    """Every control and format character removed: for names of files people see."""
    return "".join(c for c in text if unicodedata.category(c)[0] != "C")


def xml_safe(text: str) -> str:
    """Characters XML cannot hold become U+FFFD, instead of a broken document."""
    return NOT_XML.sub("\ufffd", text)
