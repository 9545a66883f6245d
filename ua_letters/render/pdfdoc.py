"""A small streaming PDF writer: each page goes to the output as soon as it is drawn.

reportlab builds a whole document in memory before writing it. That is fine for one
letter and far too much for a print file of 10,000 letters, so letters and print files
are written here instead: the writer keeps only the byte offset of each object, and the
fonts are embedded at the end as subsets of PT Serif made by reportlab's own TrueType code
(the glyph data is exactly what reportlab embeds). A subset depends only on the set of
characters it holds, so it is made once and reused by every letter with the same set.

Text becomes single-byte glyph codes written as PDF strings, never parsed as markup: any
text prints as written. Nothing depends on the clock, so the same pages give the same bytes.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, BinaryIO

from ua_letters.render.fonts import register_fonts

A4 = (595.2756, 841.8898)
Run = tuple[str, float, float, float, str, float]
"""One line of text: font name, size, x, y (baseline), text, extra width of each space."""
_SPACE, _NBSP = 32, 0xA0
_ESCAPES = ((b"\\", b"\\\\"), (b"(", b"\\("), (b")", b"\\)"), (b"\r", b"\\r"), (b"\n", b"\\n"))


def num(value: float) -> str:
    """A PDF number: short, exact enough, and the same text for the same value."""
    if value == int(value):
        return str(int(value))
    return f"{value:.3f}".rstrip("0").rstrip(".")


_A4_BOX = f"{num(A4[0])} {num(A4[1])}".encode("ascii")


def literal(data: bytes) -> bytes:
    for raw, escaped in _ESCAPES:
        data = data.replace(raw, escaped)
    return b"(" + data + b")"


def text_string(text: str) -> bytes:
    """A PDF text string (metadata): plain ASCII as is, anything else as UTF-16 with a BOM."""
    if text.isascii() and text.isprintable():
        return literal(text.encode("ascii"))
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


class FontSubsets:
    """The characters of one TrueType face, mapped to byte codes in subsets of 256.

    Code 0 is the missing glyph and code 32 is always the space, so word spacing (`Tw`)
    stretches justified lines. The no-break space is drawn as a space, as reportlab does.
    """

    def __init__(self, name: str) -> None:
        from reportlab.pdfbase import pdfmetrics

        register_fonts()
        self.name = name
        self.face: Any = pdfmetrics.getFont(name).face
        self.subsets: list[list[int]] = [[0] * 33]
        self.subsets[0][_SPACE] = _SPACE
        self._codes: dict[str, tuple[int, int]] = {" ": (0, _SPACE), "\xa0": (0, _SPACE)}
        self._first: dict[int, int] = {_SPACE: _SPACE, _NBSP: _SPACE}
        self._next = 1

    def add(self, chars: Iterable[str]) -> None:
        """Give codes to new characters, in the order given (sorted, for one letter)."""
        glyphs = self.face.charToGlyph
        for char in chars:
            if char in self._codes:
                continue
            if ord(char) not in glyphs:
                # The missing glyph; fonts.check_drawable names such characters first.
                self._codes[char] = (0, 0)
                self._first[ord(char)] = 0
                continue
            subset, code = divmod(self._next, 256)
            if code == 0:
                self.subsets.append([0])
                code = 1
            target = self.subsets[subset]
            if code == _SPACE:
                if len(target) == _SPACE:
                    target.append(_SPACE)
                code += 1
            if code < len(target):
                target[code] = ord(char)
            else:
                target.append(ord(char))
            self._next = subset * 256 + code + 1
            self._codes[char] = (subset, code)
            if subset == 0:
                self._first[ord(char)] = code

    def encode(self, text: str) -> list[tuple[int, bytes]]:
        """`text` as runs of (subset, byte codes); unseen characters get codes first."""
        if not self._first.keys() >= set(map(ord, text)):
            self.add(text)
            if any(self._codes[c][0] for c in text):
                return self._encode_mixed(text)
        return [(0, text.translate(self._first).encode("latin-1"))]

    def _encode_mixed(self, text: str) -> list[tuple[int, bytes]]:
        runs: list[tuple[int, bytearray]] = []
        for char in text:
            subset, code = self._codes[char]
            if not runs or runs[-1][0] != subset:
                runs.append((subset, bytearray()))
            runs[-1][1].append(code)
        return [(subset, bytes(codes)) for subset, codes in runs]


@dataclass(frozen=True)
class _EmbeddedSubset:
    base_font: bytes
    widths: bytes
    font_file: bytes  # deflated TrueType subset
    font_file_length: int
    to_unicode: bytes  # deflated CMap
    descriptor: bytes  # the FontDescriptor dictionary without its /FontFile2 reference


@lru_cache(maxsize=256)
def _embedded(font_name: str, subset: tuple[int, ...]) -> _EmbeddedSubset:
    """Subset, compress and describe one subset (slow: cached by its characters)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, makeToUnicodeCMap

    face: Any = pdfmetrics.getFont(font_name).face
    tag = "".join(chr(65 + b % 26) for b in hashlib.sha256(repr(subset).encode()).digest()[:6])
    base = f"{tag}+{face.name.decode('latin-1')}{face.subfontNameX.decode('latin-1')}"
    data = face.makeSubset(list(subset))
    widths = " ".join(num(face.getCharWidth(code)) for code in subset)
    flags = (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
    bbox = " ".join(num(v) for v in face.bbox)
    descriptor = (
        f"/Type /FontDescriptor /FontName /{base} /Flags {flags} /FontBBox [{bbox}] "
        f"/ItalicAngle {num(face.italicAngle)} /Ascent {num(face.ascent)} "
        f"/Descent {num(face.descent)} /CapHeight {num(face.capHeight)} "
        f"/StemV {num(face.stemV)} /MissingWidth {num(face.defaultWidth)}"
    )
    return _EmbeddedSubset(
        base_font=base.encode("latin-1"),
        widths=widths.encode("ascii"),
        font_file=zlib.compress(data, 6),
        font_file_length=len(data),
        to_unicode=zlib.compress(makeToUnicodeCMap(base, list(subset)).encode("latin-1"), 6),
        descriptor=descriptor.encode("latin-1"),
    )


class PdfWriter:
    """Objects written one by one to a binary stream; the cross-reference table at the end."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._offsets: list[int] = []
        self._written = 0
        self._digest = hashlib.md5(usedforsecurity=False)
        self._emit(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    def _emit(self, data: bytes) -> None:
        self._out.write(data)
        self._digest.update(data)
        self._written += len(data)

    def reserve(self) -> int:
        self._offsets.append(-1)
        return len(self._offsets)

    def put(self, number: int, body: bytes) -> None:
        self._offsets[number - 1] = self._written
        self._emit(b"%d 0 obj\n%s\nendobj\n" % (number, body))

    def put_stream(self, number: int, entries: bytes, data: bytes, deflated: bool = True) -> None:
        head = b"<< /Length %d %s%s>>" % (len(data), entries, b"/Filter /FlateDecode " * deflated)
        self.put(number, head + b"\nstream\n" + data + b"\nendstream")

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


class PdfDocument:
    """A4 pages of text runs, streamed out; fonts, page tree and metadata on `close()`."""

    def __init__(self, out: BinaryIO, fonts: Iterable[str]) -> None:
        self._pdf = PdfWriter(out)
        self._pages_node = self._pdf.reserve()
        self._resources = self._pdf.reserve()
        self._fonts = {name: FontSubsets(name) for name in fonts}
        self._font_number = {name: i for i, name in enumerate(self._fonts, start=1)}
        self._pages: list[int] = []

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def prepare(self, runs: Iterable[Run]) -> None:
        """Give codes to every character of `runs` in sorted order (one-letter documents:
        the font subsets then depend only on which characters occur, and are reused)."""
        chars: dict[str, set[str]] = {name: set() for name in self._fonts}
        for font, _size, _x, _y, text, _space in runs:
            chars[font].update(text)
        for name, found in chars.items():
            self._fonts[name].add(sorted(found))

    def add_page(self, runs: Iterable[Run]) -> None:
        ops = [b"BT\n"]
        current: tuple[str, int, float] | None = None
        word_space = 0.0
        for font, size, x, y, text, space in runs:
            if space != word_space:
                ops.append(b"%s Tw\n" % num(space).encode())
                word_space = space
            ops.append(b"1 0 0 1 %s %s Tm\n" % (num(x).encode(), num(y).encode()))
            for subset, codes in self._fonts[font].encode(text):
                if current != (font, subset, size):
                    ref = b"/F%d+%d" % (self._font_number[font], subset)
                    ops.append(b"%s %s Tf\n" % (ref, num(size).encode()))
                    current = (font, subset, size)
                ops.append(literal(codes) + b" Tj\n")
        ops.append(b"ET\n")
        content = self._pdf.reserve()
        self._pdf.put_stream(content, b"", zlib.compress(b"".join(ops), 6))
        page = self._pdf.reserve()
        self._pdf.put(
            page,
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s] /Resources %d 0 R "
            b"/Contents %d 0 R >>" % (self._pages_node, _A4_BOX, self._resources, content),
        )
        self._pages.append(page)

    def close(self, metadata: dict[str, str], language: str) -> None:
        """Embed the fonts, write the page tree, catalog and metadata, then the xref."""
        pdf = self._pdf
        font_refs = []
        for name, subsets in self._fonts.items():
            for index, subset in enumerate(subsets.subsets):
                if index == 0 and len(subset) == 33 and not any(subset[1:32]):
                    continue  # only the space: this face was never used
                number = self._put_font(name, subset)
                font_refs.append(b"/F%d+%d %d 0 R" % (self._font_number[name], index, number))
        pdf.put(
            self._resources,
            b"<< /Font << %s >> /ProcSet [/PDF /Text] >>" % b" ".join(font_refs),
        )
        kids = b" ".join(b"%d 0 R" % page for page in self._pages)
        count = len(self._pages)
        pdf.put(self._pages_node, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count))
        catalog = pdf.reserve()
        pdf.put(
            catalog,
            b"<< /Type /Catalog /Pages %d 0 R /Lang %s >>"
            % (self._pages_node, text_string(language)),
        )
        info = pdf.reserve()
        fields = b" ".join(b"/%s %s" % (k.encode(), text_string(v)) for k, v in metadata.items())
        pdf.put(info, b"<< %s >>" % fields)
        pdf.finish(catalog, info)

    def _put_font(self, name: str, subset: list[int]) -> int:
        pdf = self._pdf
        embedded = _embedded(name, tuple(subset))
        font_file, to_unicode, descriptor, font = (pdf.reserve() for _ in range(4))
        pdf.put_stream(font_file, b"/Length1 %d " % embedded.font_file_length, embedded.font_file)
        pdf.put_stream(to_unicode, b"", embedded.to_unicode)
        pdf.put(descriptor, b"<< %s /FontFile2 %d 0 R >>" % (embedded.descriptor, font_file))
        pdf.put(
            font,
            b"<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 0 /LastChar %d "
            b"/Widths [%s] /FontDescriptor %d 0 R /ToUnicode %d 0 R >>"
            % (embedded.base_font, len(subset) - 1, embedded.widths, descriptor, to_unicode),
        )
        return font
