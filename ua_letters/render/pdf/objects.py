"""The lowest layer of a PDF: numbers, strings, numbered objects, the cross-reference table.

Objects are written to the output one at a time as they come; only their byte offsets are
kept. Nothing depends on the clock: the file ID is a hash of what was written (apart from
shared font data, which the font's name, a hash of its characters, already determines).
"""

from __future__ import annotations

import hashlib
from typing import Protocol


class Output(Protocol):
    def write(self, data: bytes, /) -> object: ...


_ESCAPES = ((b"\\", b"\\\\"), (b"(", b"\\("), (b")", b"\\)"), (b"\r", b"\\r"), (b"\n", b"\\n"))


def num(value: float) -> str:
    """A PDF number: short, exact enough, and the same text for the same value."""
    if value == int(value):
        return str(int(value))
    return f"{value:.3f}".rstrip("0").rstrip(".")


def literal(data: bytes) -> bytes:
    for raw, escaped in _ESCAPES:
        data = data.replace(raw, escaped)
    return b"(" + data + b")"


def text_string(text: str) -> bytes:
    """A PDF text string (metadata): plain ASCII as is, anything else as UTF-16 with a BOM."""
    if text.isascii() and text.isprintable():
        return literal(text.encode("ascii"))
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


class PdfWriter:
    """Objects written one by one to a binary stream; the cross-reference table at the end."""

    def __init__(self, out: Output) -> None:
        self._out = out
        self._offsets: list[int] = []
        self._written = 0
        self._digest = hashlib.md5(usedforsecurity=False)
        self._emit(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    def _emit(self, data: bytes, digest: bool = True) -> None:
        self._out.write(data)
        if digest:
            self._digest.update(data)
        self._written += len(data)

    def reserve(self) -> int:
        self._offsets.append(-1)
        return len(self._offsets)

    def put(self, number: int, body: bytes) -> None:
        self._offsets[number - 1] = self._written
        self._emit(b"%d 0 obj\n%s\nendobj\n" % (number, body))

    def put_stream(self, number: int, entries: bytes, data: bytes) -> None:
        head = b"<< /Length %d %s/Filter /FlateDecode >>" % (len(data), entries)
        self.put(number, head + b"\nstream\n" + data + b"\nendstream")

    def put_font_stream(self, number: int, entries: bytes, data: bytes) -> None:
        """A font's stream: left out of the file ID, which the font's name (a hash of its
        characters) already determines."""
        self._offsets[number - 1] = self._written
        head = b"%d 0 obj\n<< /Length %d %s/Filter /FlateDecode >>\nstream\n" % (
            number,
            len(data),
            entries,
        )
        self._emit(head + data + b"\nendstream\nendobj\n", digest=False)

    def finish(self, root: int, info: int) -> None:
        if -1 in self._offsets:
            missing = self._offsets.index(-1) + 1
            raise ValueError(f"PDF object {missing} was reserved but never written")
        start = self._written
        file_id = self._digest.hexdigest().upper().encode("ascii")
        rows = b"".join(b"%010d 00000 n \n" % offset for offset in self._offsets)
        self._emit(b"xref\n0 %d\n0000000000 65535 f \n%s" % (len(self._offsets) + 1, rows))
        self._emit(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
            % (len(self._offsets) + 1, root, info, file_id, file_id)
        )
        self._emit(b"startxref\n%d\n%%%%EOF\n" % start)
