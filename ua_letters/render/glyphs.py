"""PT Serif's characters as byte codes, and the font subsets a PDF embeds.

Every character of the font has a fixed (subset, byte code), the same in every document,
so a page can be encoded once, in any process, and its bytes serve the letter's own PDF
and the print file alike. A document embeds only the glyphs its pages draw; the subset
fonts are made by reportlab's own TrueType code, and since a subset depends only on the
characters it holds, each is made once and reused by every letter with those characters.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from ua_letters.render.fonts import register_fonts
from ua_letters.render.pdfwriter import num

SPACE = 32
# Characters that get the first subset, so that most lines need no change of subset.
_COMMON = (
    "".join(map(chr, range(33, 127)))
    + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяҢңӨөҮү"
    + "«»–—‘’“”„…№·•°§"
    + "".join(map(chr, range(0xC0, 0x100)))
)


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
            (chr(cp) for cp in self.face.charToGlyph if cp > SPACE and cp != 0xA0),
            key=lambda c: (rank.get(c, len(rank)), ord(c)),
        )
        self.subsets: list[list[int]] = []  # code -> code point, per subset
        self.codes: dict[str, tuple[int, int]] = {" ": (0, SPACE), "\xa0": (0, SPACE)}
        codes = [c for c in range(1, 256) if c != SPACE]
        for start in range(0, len(chars), len(codes)):
            subset = [0] * 256
            subset[SPACE] = SPACE
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


@lru_cache(maxsize=1024)
def drawn_subsets(name: str, used: str) -> tuple[tuple[int, tuple[int, ...]], ...]:
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
        row[SPACE] = SPACE
        while len(row) > SPACE + 1 and not row[-1]:
            row.pop()
        result.append((subset, tuple(row)))
    return tuple(result)


@dataclass(frozen=True)
class EmbeddedSubset:
    base_font: bytes
    last: int
    widths: bytes
    font_file: bytes  # deflated TrueType subset
    font_file_length: int
    to_unicode: bytes  # deflated CMap
    descriptor: bytes  # the FontDescriptor dictionary without its /FontFile2 reference


@lru_cache(maxsize=256)
def embedded(font_name: str, subset: tuple[int, ...]) -> EmbeddedSubset:
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
    return EmbeddedSubset(
        base_font=base.encode("latin-1"),
        last=len(subset) - 1,
        widths=widths.encode("ascii"),
        font_file=zlib.compress(data, 6),
        font_file_length=len(data),
        to_unicode=zlib.compress(makeToUnicodeCMap(base, list(subset)).encode("latin-1"), 6),
        descriptor=descriptor.encode("latin-1"),
    )
