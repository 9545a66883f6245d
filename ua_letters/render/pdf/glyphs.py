"""A TrueType face's characters as byte codes, and the font subsets a PDF embeds.

Every character of the face has a fixed (subset, byte code), the same in every document,
so a page can be encoded once, in any process, and its bytes serve the letter's own PDF
and the print file alike. A document embeds only the glyphs its pages draw. The subset
fonts are made with fontTools' subsetter (a documented API) and given a symbolic cmap of
our byte codes; since a subset depends only on the characters it holds, each is made once.

Single-byte simple fonts (not Identity-H) are used on purpose: only there does the PDF
word-spacing operator `Tw` apply to the space, which justified lines need.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ua_letters.render.pdf.objects import num

SPACE = 32
# A document embeds whole groups of these: a letter that draws one Cyrillic letter gets
# them all. Letters then differ (by a supporter's name) without needing a subset of
# their own, and the subset, which takes fontTools some 80 ms to make, is made once per
# set of groups instead of once per letter. The cost: a Russian letter grows from 33 kB to
# 68 kB (measured on the example case).
_GROUPS = (
    "".join(map(chr, range(33, 127))),
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяҢңӨөҮү",
    "«»–—‘’“”„…№·•°§\xad",
    "".join(map(chr, range(0xC0, 0x100))),
)
_GROUP_OF = {char: group for group in _GROUPS for char in group}
# Characters that get the first subset, so that most lines need no change of subset.
_COMMON = "".join(_GROUPS)
_FACES: dict[str, Path] = {}


def register_face(name: str, path: Path) -> None:
    """Make the TrueType file at `path` available to documents as font `name`."""
    _FACES[name] = path


class Encoding:
    """Every character of one TrueType face as (subset, byte code), subsets of 256 codes.

    Code 0 is the missing glyph and code 32 is the space in every subset, so word spacing
    (`Tw`) stretches justified lines. The no-break space is drawn as a space; a character
    the face lacks is drawn as the missing glyph (callers refuse such text first).
    """

    def __init__(self, name: str) -> None:
        from fontTools.ttLib import TTFont

        self.name = name
        font = TTFont(str(_FACES[name]), lazy=True)
        cmap = font.getBestCmap()
        rank = {c: i for i, c in enumerate(_COMMON)}
        chars = sorted(
            (chr(cp) for cp in cmap if cp > SPACE and cp != 0xA0),
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
    with 0 for every code not drawn, so that only drawn glyphs (rounded up to whole groups,
    see _GROUPS) are embedded."""
    codes = encoding(name).codes
    drawn: dict[int, list[int]] = {}
    for char in set(used).union(*(_GROUP_OF.get(c, "") for c in set(used))):
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


def _subset_font(path: Path, subset: tuple[int, ...]) -> tuple[bytes, list[float], Any]:
    """The TrueType subset holding `subset`'s characters, its cmap mapping our byte codes."""
    from fontTools import subset as subsetter
    from fontTools.ttLib import TTFont, newTable
    from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

    # recalcTimestamp off: fontTools would stamp head.modified with the time of saving,
    # and the same letter would not give the same bytes twice.
    font = TTFont(str(path), recalcTimestamp=False)
    dropped = ["GSUB", "GPOS", "GDEF", "kern", "DSIG", "hdmx", "LTSH"]
    for tag in dropped:  # removed before subsetting, which would first decompile them
        if tag in font:  # (4/5 of its time); the subset's bytes are the same
            del font[tag]
    options = subsetter.Options()
    options.notdef_outline = True
    options.glyph_names = False
    options.layout_features = []
    options.drop_tables += dropped
    options.name_IDs = [1, 2, 3, 4, 6]
    worker = subsetter.Subsetter(options)
    worker.populate(unicodes=[cp for cp in subset if cp])
    worker.subset(font)
    best = font.getBestCmap()
    glyph_of = {
        code: best.get(cp, ".notdef") if cp else ".notdef" for code, cp in enumerate(subset)
    }
    mac = CmapSubtable.newSubtable(6)  # 16-bit glyph ids: a whole group may pass 255 glyphs
    mac.platformID, mac.platEncID, mac.language = 1, 0, 0
    mac.cmap = {code: glyph_of.get(code, ".notdef") for code in range(256)}
    win = CmapSubtable.newSubtable(4)
    win.platformID, win.platEncID, win.language = 3, 0, 0
    win.cmap = {0xF000 + code: glyph for code, glyph in glyph_of.items() if code}
    cmap = newTable("cmap")
    cmap.tableVersion, cmap.tables = 0, [mac, win]
    font["cmap"] = cmap
    scale = 1000 / font["head"].unitsPerEm
    hmtx = font["hmtx"].metrics
    widths = [hmtx[glyph_of[code]][0] * scale if cp else 0.0 for code, cp in enumerate(subset)]
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue(), widths, font


@lru_cache(maxsize=256)
def embedded(font_name: str, subset: tuple[int, ...]) -> EmbeddedSubset:
    """Subset, compress and describe one subset (slow: cached by its characters)."""
    tag = "".join(chr(65 + b % 26) for b in hashlib.sha256(repr(subset).encode()).digest()[:6])
    data, widths, font = _subset_font(_FACES[font_name], subset)
    scale = 1000 / font["head"].unitsPerEm
    head, hhea, os2, post = (font[t] for t in ("head", "hhea", "OS/2", "post"))
    postscript = font["name"].getDebugName(6) or font_name
    base = f"{tag}+{postscript}"
    bbox = " ".join(num(round(v * scale)) for v in (head.xMin, head.yMin, head.xMax, head.yMax))
    cap = getattr(os2, "sCapHeight", 0) or hhea.ascent
    stem = 50 + int((os2.usWeightClass / 65) ** 2)
    descriptor = (
        f"/Type /FontDescriptor /FontName /{base} /Flags 6 /FontBBox [{bbox}] "
        f"/ItalicAngle {num(post.italicAngle)} /Ascent {num(round(hhea.ascent * scale))} "
        f"/Descent {num(round(hhea.descent * scale))} /CapHeight {num(round(cap * scale))} "
        f"/StemV {stem} /MissingWidth {num(round(widths[0]))}"
    )
    return EmbeddedSubset(
        base_font=base.encode("latin-1"),
        last=len(subset) - 1,
        widths=" ".join(num(round(w, 3)) for w in widths).encode("ascii"),
        font_file=zlib.compress(data, 6),
        font_file_length=len(data),
        to_unicode=zlib.compress(_to_unicode(base, subset), 6),
        descriptor=descriptor.encode("latin-1"),
    )


def _to_unicode(name: str, subset: tuple[int, ...]) -> bytes:
    """The ToUnicode CMap: which character each byte code stands for (copy and search)."""
    pairs = [(code, cp) for code, cp in enumerate(subset) if cp]
    rows = []
    for start in range(0, len(pairs), 100):  # at most 100 entries per bfchar block
        chunk = pairs[start : start + 100]
        body = "\n".join(f"<{code:02X}> <{_utf16(cp)}>" for code, cp in chunk)
        rows.append(f"{len(chunk)} beginbfchar\n{body}\nendbfchar")
    text = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        f"/CMapName /{name} def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
        + "\n".join(rows)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    )
    return text.encode("ascii")


def _utf16(code_point: int) -> str:
    return chr(code_point).encode("utf-16-be").hex().upper()
