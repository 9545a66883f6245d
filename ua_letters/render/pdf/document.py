"""PDF documents of A4 pages of text, streamed: each page is written as soon as it is made.

reportlab builds a whole document in memory before writing it. That is fine for one
letter and far too much for a print file of 10,000 letters, so letters, print files and
labels are written here instead. A page is encoded and compressed once (`page_content`,
in any process) with PT Serif's fixed codes (see glyphs.py); the fonts are embedded at
the end, with only the glyphs the pages drew. Text becomes glyph codes, never markup, so
any text prints as written, and the same pages give the same bytes.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ua_letters.render.pdf.glyphs import drawn_subsets, embedded, encoding
from ua_letters.render.pdf.objects import Output, PdfWriter, literal, num, text_string

A4 = (595.2756, 841.8898)
Run = tuple[str, float, float, float, str, float]
"""One line of text: font name, size, x, y (baseline), text, extra width of each space."""


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
            for number, drawn in drawn_subsets(name, "".join(sorted(used))):
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
        found = embedded(name, subset)
        font_file, to_unicode, descriptor, font = (pdf.reserve() for _ in range(4))
        length = b"/Length1 %d " % found.font_file_length
        pdf.put_font_stream(font_file, length, found.font_file)
        pdf.put_font_stream(to_unicode, b"", found.to_unicode)
        pdf.put(descriptor, b"<< %s /FontFile2 %d 0 R >>" % (found.descriptor, font_file))
        pdf.put(
            font,
            b"<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 0 /LastChar %d "
            b"/Widths [%s] /FontDescriptor %d 0 R /ToUnicode %d 0 R >>"
            % (found.base_font, found.last, found.widths, descriptor, to_unicode),
        )
        return font
