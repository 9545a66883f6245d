"""Bytes in, clean numbered lines out: size limit, the document's form, odd characters.

UAs arrive as text, web pages, e-mails, Word files and PDFs. Before any parsing, the
document must be text we can trust: not too big (a 10 MB "UA" is a mistake, and would
make every later step slow), read by the reader for its form (ua_letters.importer.formats,
found from the content, not the name), decoded correctly — a legacy Windows-1251 file read
as Latin-1 would turn every Cyrillic name into garbage without any error — and normalised,
line by line. The lines the reader gives are the lines every warning's number points at.
"""

from __future__ import annotations

import html
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ua_letters.importer.formats import DocumentError, detect, read_form
from ua_letters.importer.formats.base import split_lines
from ua_letters.textsafety import readable

MAX_BYTES = 2_000_000
# PDF, Word and e-mail files carry photos and fonts besides the text, so they may be
# bigger; their text is then held to MAX_BYTES characters like any other.
MAX_PACKED_BYTES = 20_000_000
_PACKED = ("pdf", "docx", "eml")
_FULLWIDTH_COLON = str.maketrans({"\uff1a": ":"})
_SPACES = re.compile(" {2,}")


@dataclass(frozen=True)
class Document:
    """The decoded, normalised lines of a UA and how they were read.

    Line n of the document (numbered from 1, as every warning says it) is lines[n - 1].
    `encoding` is the text's encoding for a text file ("utf-8", "cp1251"), and otherwise
    says how the text was got ("PDF", "e-mail, base64, utf-8").
    """

    name: str
    lines: tuple[str, ...]
    encoding: str

    @property
    def text(self) -> str:
        """The whole text, for what reads across lines (the language guess)."""
        return "\n".join(self.lines)


def read_document(source: str) -> Document:
    """Read a file path, or standard input for '-', into a normalised Document."""
    if source == "-":
        return decode(sys.stdin.buffer.read(MAX_PACKED_BYTES + 1), "<stdin>")
    path = Path(source)
    try:
        if path.is_dir():
            raise DocumentError(f"{source} is a folder; give the UA text file")
        size = path.stat().st_size
        with path.open("rb") as handle:
            if size > MAX_BYTES:  # only a PDF, Word file or e-mail may be that big
                _check_size(handle.read(8192), source, size)
            handle.seek(0)
            raw = handle.read(MAX_PACKED_BYTES + 1)  # a FIFO or device may lie about its size
    except OSError as exc:
        raise DocumentError(f"cannot read {source}: {exc.strerror or exc}") from None
    return decode(raw, source)


def decode(raw: bytes, name: str) -> Document:
    """Check raw bytes and read them in their form; DocumentError with a plain reason."""
    if len(raw) > MAX_BYTES:
        _check_size(raw[:8192], name, len(raw))
    if not raw.strip():
        raise DocumentError(f"{name} is empty; give the text of the Urgent Action")
    form = read_form(raw, name)
    size = sum(map(len, form.lines)) + len(form.lines) - 1
    if size > MAX_BYTES:
        raise DocumentError(
            f"{name} holds {size:,} characters of text; the limit is "
            f"{MAX_BYTES:,} — a UA is a few pages, so this is probably the wrong file"
        )
    return Document(name, tuple(normalise_lines(form.lines)), form.how)


def _check_size(head: bytes, name: str, size: int) -> None:
    """Refuse a file too big for its form, from its first bytes, before reading it all."""
    packed = detect(head) in _PACKED
    if size > (MAX_PACKED_BYTES if packed else MAX_BYTES):
        raise DocumentError(_too_big(name, size, MAX_PACKED_BYTES if packed else MAX_BYTES))


def _too_big(name: str, size: int, limit: int) -> str:
    return (
        f"{name} is {size:,} bytes; the limit is {limit:,} — a UA is a few pages of "
        "text, so this is probably the wrong file"
    )


def normalise_lines(lines: Iterable[str]) -> Iterator[str]:
    """Each line with one kind of space, no invisible characters, entities decoded.

    A reader gives lines without breaks; a break left in one (or an entity "&#10;") still
    cuts it, so that no later step ever sees a line that holds two.
    """
    for piece in lines:
        for part in split_lines(piece):
            if "&" in part:
                part = html.unescape(part)
            part = unicodedata.normalize("NFC", readable(part).translate(_FULLWIDTH_COLON))
            for line in part.split("\n"):
                yield _SPACES.sub(" ", line).strip()


def normalise(text: str) -> str:
    """A whole text normalised line by line (for text that comes from no reader)."""
    return "\n".join(normalise_lines([text]))


__all__ = [
    "MAX_BYTES", "MAX_PACKED_BYTES", "Document", "DocumentError", "decode", "normalise",
    "normalise_lines", "read_document",
]  # fmt: skip
