"""A small streaming PDF writer: each page goes to the output as soon as it is drawn.

reportlab builds a whole document in memory before writing it. That is fine for one
letter and far too much for a print file of 10,000 letters, so letters and print files
are written here instead: the writer keeps only the byte offset of each object, and the
fonts are embedded at the end as subsets of PT Serif made by reportlab's own TrueType code
(the glyph data is exactly what reportlab embeds).

Every character of the font has a fixed byte code (`Encoding`), the same in every
document, so a page is encoded and compressed once (`page_content`, in any process) and
the same bytes serve the letter's own PDF and the print file. A document embeds only the
glyphs its pages use; a subset depends only on those characters, so it is made once and
reused by every letter with the same characters. Text becomes glyph codes, never markup:
any text prints as written. Nothing depends on the clock: the same pages, the same bytes.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from ua_letters.render.fonts import register_fonts
from ua_letters.render.zipbytes import Output

A4 = (595.2756, 841.8898)
Run = tuple[str, float, float, float, str, float]
"""One line of text: font name, size, x, y (baseline), text, extra width of each space."""
_SPACE = 32
_ESCAPES = ((b"\\", b"\\\\"), (b"(", b"\\("), (b")", b"\\)"), (b"\r", b"\\r"), (b"\n", b"\\n"))
# Characters that get the first subset, so that most lines need no change of subset.
_COMMON = (
    "".join(map(chr, range(33, 127)))
    + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяҢңӨөҮү"
    + "«»–—‘’“”„…№·•°§"
    + "".join(map(chr, range(0xC0, 0x100)))
)


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


class Encoding:
    """Every character of one TrueType face as (subset, byte code), subsets of 256 codes.

    Code 0 is the missing glyph and code 32 is the space in every subset, so word spacing
    (`Tw`) stretches justified lines. The no-break space is drawn as a space (as reportlab
    does); a character the face lacks is drawn as the missing glyph (layout refuses such
    text first, naming the character).
    """

    def __init__(self, name: str) -> None:
        from reportlab.pdfbase import pdfmetrics

        register_fonts()
        self.name = name
        self.face: Any = pdfmetrics.getFont(name).face
        rank = {c: i for i, c in enumerate(_COMMON)}
        chars = sorted(
            (chr(cp) for cp in self.face.charToGlyph if cp > _SPACE and cp != 0xA0),
            key=lambda c: (rank.get(c, len(rank)), ord(c)),
        )
        self.subsets: list[list[int]] = []  # code -> code point, per subset
        self.codes: dict[str, tuple[int, int]] = {" ": (0, _SPACE), "\xa0": (0, _SPACE)}
        codes = [c for c in range(1, 256) if c != _SPACE]
        for start in range(0, len(chars), len(codes)):
            subset = [0] * 256
            subset[_SPACE] = _SPACE
            for code, char in zip(codes, chars[start : start + len(codes)], strict=False):
                subset[code] = ord(char)
                self.codes[char] = (len(self.subsets), code)
            self.subsets.append(subset)
        self._first = {ord(c): code for c, (s, code) in self.codes.items() if s == 0}

    def encode(self, text: str) -> list[tuple[int, bytes]]:
        """`text` as runs of (subset, byte codes)."""
        if self._first.keys() >= set(map(ord, text)):
            return [(0, text.translate(self._first).encode("latin-1"))]
        runs: list[tuple[int, bytearray]] = []
        for char in text:
            subset, code = self.codes.get(char, (0, 0))
            if not runs or runs[-1][0] != subset:
                runs.append((subset, bytearray()))
            runs[-1][1].append(code)
        return [(subset, bytes(codes)) for subset, codes in runs]


@cache
def encoding(name: str) -> Encoding:
    return Encoding(name)


@lru_cache(maxsize=32768)
def _shown(name: str, text: str) -> tuple[tuple[int, bytes], ...]:
    """(subset, `(codes) Tj` operator) runs for `text`: lines recur, so they are remembered."""
    return tuple((s, literal(codes) + b" Tj\n") for s, codes in encoding(name).encode(text))


@lru_cache(maxsize=8192)
def _tm(x: float, y: float) -> bytes:
    return f"1 0 0 1 {num(x)} {num(y)} Tm\n".encode("ascii")


@lru_cache(maxsize=1024)
def _tf(font: int, subset: int, size: float) -> bytes:
    return f"/F{font}+{subset} {num(size)} Tf\n".encode("ascii")


@lru_cache(maxsize=8192)
def _tw(space: float) -> bytes:
    return f"{num(space)} Tw\n".encode("ascii")


@dataclass(frozen=True)
class PageContent:
    """One page, encoded and compressed: cheap to send to another process and to reuse."""

    stream: bytes  # the deflated content stream
    chars: tuple[str, ...]  # the characters drawn, per font (in the document's font order)


def page_content(runs: Iterable[Run], fonts: Sequence[str]) -> PageContent:
    number = {name: i for i, name in enumerate(fonts)}
    used: list[set[str]] = [set() for _ in fonts]
    ops = [b"BT\n"]
    current: tuple[int, int, float] | None = None
    word_space = 0.0
    for font, size, x, y, text, space in runs:
        if not text.strip(" \xa0"):
            continue  # nothing to draw (and no font to name)
        index = number[font]
        used[index].update(text)
        if space != word_space:
            ops.append(_tw(space))
            word_space = space
        ops.append(_tm(x, y))
        for subset, shown in _shown(font, text):
            if current != (index, subset, size):
                ops.append(_tf(index + 1, subset, size))
                current = (index, subset, size)
            ops.append(shown)
    ops.append(b"ET\n")
    return PageContent(zlib.compress(b"".join(ops), 6), tuple("".join(sorted(u)) for u in used))


@lru_cache(maxsize=1024)
def _drawn_subsets(name: str, used: str) -> tuple[tuple[int, tuple[int, ...]], ...]:
    """(subset number, code points by code) for the subsets that `used` characters need,
    with 0 for every code not drawn, so that only drawn glyphs are embedded."""
    codes = encoding(name).codes
    drawn: dict[int, list[int]] = {}
    for char in used:
        if char in codes and char not in " \xa0":
            subset, code = codes[char]
            row = drawn.setdefault(subset, [0] * 256)
            row[code] = ord(char)
    result = []
    for subset in sorted(drawn):
        row = drawn[subset]
        row[_SPACE] = _SPACE
        while len(row) > _SPACE + 1 and not row[-1]:
            row.pop()
        result.append((subset, tuple(row)))
    return tuple(result)


@dataclass(frozen=True)
class _EmbeddedSubset:
    base_font: bytes
    last: int
    widths: bytes
    font_file: bytes  # deflated TrueType subset
    font_file_length: int
    to_unicode: bytes  # deflated CMap
    descriptor: bytes  # the FontDescriptor dictionary without its /FontFile2 reference


@lru_cache(maxsize=256)
def _embedded(font_name: str, subset: tuple[int, ...]) -> _EmbeddedSubset:
    """Subset, compress and describe one subset (slow: cached by its characters)."""
    from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, makeToUnicodeCMap

    face = encoding(font_name).face
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
        last=len(subset) - 1,
        widths=widths.encode("ascii"),
        font_file=zlib.compress(data, 6),
        font_file_length=len(data),
        to_unicode=zlib.compress(makeToUnicodeCMap(base, list(subset)).encode("latin-1"), 6),
        descriptor=descriptor.encode("latin-1"),
    )


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

    def put_shared_stream(self, number: int, entries: bytes, data: bytes, key: object) -> None:
        """A stream that many documents share (font data): left out of the file ID, which
        the font's name (a hash of its characters) already determines, and handed to an
        output with `write_shared(key, data)` as such, so it can be sent only once."""
        self._offsets[number - 1] = self._written
        head = b"%d 0 obj\n<< /Length %d %s/Filter /FlateDecode >>\nstream\n" % (
            number,
            len(data),
            entries,
        )
        self._emit(head, digest=False)
        share = getattr(self._out, "write_shared", None)
        if share is None:
            self._out.write(data)
        else:
            share(key, data)
        self._written += len(data)
        self._emit(b"\nendstream\nendobj\n", digest=False)

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


_A4_BOX = f"{num(A4[0])} {num(A4[1])}".encode("ascii")


class PdfDocument:
    """A4 pages, streamed out; fonts, page tree and metadata on `close()`."""

    def __init__(self, out: Output, fonts: Sequence[str]) -> None:
        self.fonts = tuple(fonts)
        self._pdf = PdfWriter(out)
        self._pages_node = self._pdf.reserve()
        self._resources = self._pdf.reserve()
        self._used: list[set[str]] = [set() for _ in self.fonts]
        self._pages: list[int] = []

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def add_page(self, runs: Iterable[Run]) -> None:
        self.add_content(page_content(runs, self.fonts))

    def add_content(self, content: PageContent) -> None:
        for used, chars in zip(self._used, content.chars, strict=True):
            used.update(chars)
        stream = self._pdf.reserve()
        self._pdf.put_stream(stream, b"", content.stream)
        page = self._pdf.reserve()
        self._pdf.put(
            page,
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s] /Resources %d 0 R "
            b"/Contents %d 0 R >>" % (self._pages_node, _A4_BOX, self._resources, stream),
        )
        self._pages.append(page)

    def close(self, metadata: dict[str, str], language: str) -> None:
        """Embed the fonts, write the page tree, catalog and metadata, then the xref."""
        pdf = self._pdf
        font_refs = []
        for index, (name, used) in enumerate(zip(self.fonts, self._used, strict=True), start=1):
            for number, drawn in _drawn_subsets(name, "".join(sorted(used))):
                font = self._put_font(name, drawn)
                font_refs.append(b"/F%d+%d %d 0 R" % (index, number, font))
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

    def _put_font(self, name: str, subset: tuple[int, ...]) -> int:
        pdf = self._pdf
        embedded = _embedded(name, subset)
        font_file, to_unicode, descriptor, font = (pdf.reserve() for _ in range(4))
        length = b"/Length1 %d " % embedded.font_file_length
        pdf.put_shared_stream(font_file, length, embedded.font_file, (name, subset, "font"))
        pdf.put_shared_stream(to_unicode, b"", embedded.to_unicode, (name, subset, "cmap"))
        pdf.put(descriptor, b"<< %s /FontFile2 %d 0 R >>" % (embedded.descriptor, font_file))
        pdf.put(
            font,
            b"<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 0 /LastChar %d "
            b"/Widths [%s] /FontDescriptor %d 0 R /ToUnicode %d 0 R >>"
            % (embedded.base_font, embedded.last, embedded.widths, descriptor, to_unicode),
        )
        return font
