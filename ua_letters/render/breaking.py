"""Breaking a paragraph into lines: no-break groups, hyphenation, a bound on word spacing.

A line is filled with whole words; when the next word does not fit, it is hyphenated if
that keeps the spaces nearer their natural width. Spaces may shrink to 80 % and stretch
to 2.5 times their width on a justified line; a line that would stretch further is set
flush left instead (rare once words can be hyphenated). Dates, numbers with their unit,
an initial with its surname («К. Байболову») and a UA number are joined by no-break
spaces first, so they never break. Every step is linear in the length of the text: a
word wider than the line (a pasted 1,000,000-character string) is cut in one pass.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ua_letters.render.hyphenate import points
from ua_letters.render.metrics import SPACE_MAP, metrics

SHRINK = 0.8  # a word space may shrink to this share of its width
MAX_GAP = 2.5  # and a justified line's spaces stretch to at most this many spaces
_HYPHENATE_ABOVE = 1.3  # hyphenate when the spaces would otherwise be wider than this
# The added hyphen is U+00AD: drawn as a hyphen, but read (copied, searched, extracted) as
# the soft hyphen it is, so that text taken from the PDF can be joined back into words.
HYPHEN = "\xad"

# Spaces that must not break: a day or a count and its word («15 июня», «20 August»), a
# number and an abbreviation («2010 г.»), an ordinal day («20. August»), a month and its
# year («August 2010»), a label and its number («UA 135/10», «EUR 58/…», «№ 5»), and an
# initial and what follows («К. Байболову», «A. B. Smith»).
_CAPITAL = "A-ZА-ЯЁӨҮҢ"
_GLUE = re.compile(
    r"(?<=\b\d) (?=[^\W\d])|(?<=\b\d\d) (?=[^\W\d])"
    r"|(?<=\d) (?=[^\W\d]{1,3}\.)"
    r"|(?<=\b\d\.) (?=[^\W\d])|(?<=\b\d\d\.) (?=[^\W\d])"
    r"|(?<=[^\W\d]) (?=\d{4}\b)"
    rf"|(?<=\b[{_CAPITAL}]{{2}}) (?=\d)|(?<=\b[{_CAPITAL}]{{3}}) (?=\d)|(?<=№) (?=\d)"
    rf"|(?<=\b[{_CAPITAL}]\.) (?=\w)"
)


class Line(NamedTuple):
    text: str
    natural: float  # width at natural word spacing
    spaces: int  # word spaces (no-break spaces included) that justification stretches
    justify: bool  # stretch to the full measure (False: last line, or too loose)


def glue(text: str) -> str:
    """`text` with no-break spaces where a line must not break."""
    return _GLUE.sub("\xa0", text.translate(SPACE_MAP))


@lru_cache(maxsize=16384)
def soft_hyphens(text: str, language: str) -> str:
    """`text` with a soft hyphen (U+00AD) wherever the PDF's lines may hyphenate a word.

    The DOCX marks the same points, so that Word and LibreOffice (which has no Kyrgyz
    patterns at all) may break its lines where the PDF may, and paginate as it does.

    >>> soft_hyphens("К. Байболову Республикасынын", "ky")
    'К. Байболову Рес\xadпуб\xadли\xadка\xadсы\xadнын'
    """
    glued = _GLUE.sub("\xa0", text)  # one character for one, so positions stay
    words, at = [], 0
    for token in glued.split(" "):
        cuts = points(token, language)
        word = text[at : at + len(token)]
        ends = zip((0, *cuts), (*cuts, len(word)), strict=True)
        words.append(HYPHEN.join(word[a:b] for a, b in ends))
        at += len(token) + 1
    return " ".join(words)


@lru_cache(maxsize=16384)
def wrap(
    text: str,
    font: str,
    size: float,
    room: float,
    language: str = "",
    justify: bool = False,
    shrink: bool = True,
) -> tuple[Line, ...]:
    """The lines of `text` set in `room` points (see the module's docstring); with `shrink`
    False, justified spaces never shrink (as in a word processor, which cannot)."""
    return tuple(_Breaker(font, size, room, language, justify, shrink).run(glue(text)))


class _Breaker:
    def __init__(
        self, font: str, size: float, room: float, language: str, justify: bool, shrink: bool
    ):
        self.widths = metrics(font).widths
        self.scale = size / 1000
        self.space = self.widths[" "] * self.scale
        self.room = room
        self.language = language
        self.justify = justify
        self.shrink = SHRINK if justify and shrink else 1.0
        self.lines: list[Line] = []
        self.words: list[str] = []
        self.used = 0.0  # width of the words on the line, spaces between them excluded

    def width(self, text: str) -> float:
        widths = self.widths
        return sum(widths.get(c, 0.0) for c in text) * self.scale

    def run(self, text: str) -> list[Line]:
        for token in text.split(" "):
            if token:
                self.add(token, self.width(token))
        self.emit(last=True)
        return self.lines

    def fits(self, used: float, spaces: int) -> bool:
        """Whether words `used` points wide, with `spaces` spaces between them, fit."""
        return used + spaces * self.space * self.shrink <= self.room + 1e-6

    def add(self, token: str, wide: float) -> None:
        if self.fits(self.used + wide, len(self.words)):
            self.words.append(token)
            self.used += wide
            return
        if self.words and self.hyphenate(token):
            return
        if self.words:
            self.emit()
        if self.fits(wide, 0):
            self.words, self.used = [token], wide
        elif "\xa0" in token:  # a no-break group wider than the line: break it after all
            for part in token.split("\xa0"):
                if part:
                    self.add(part, self.width(part))
        else:
            self.cut(token)

    def hyphenate(self, token: str) -> bool:
        """Put the longest part of `token` that fits on this line, if that sets it better."""
        if self.gap(self.used, self.words) <= _HYPHENATE_ABOVE:
            return False
        for at in reversed(points(token, self.language)):
            head = token[:at] + HYPHEN
            wide = self.width(head)
            if self.fits(self.used + wide, len(self.words)):
                self.words.append(head)
                self.used += wide
                self.emit()
                rest = token[at:]
                self.add(rest, self.width(rest))
                return True
        return False

    def gap(self, used: float, words: list[str]) -> float:
        """The word space, in spaces, if `words` (`used` wide) were justified on the line."""
        glued = sum(w.count("\xa0") for w in words)
        spaces = len(words) - 1 + glued
        if spaces <= 0:
            return 0.0
        return (self.room - used + glued * self.space) / spaces / self.space

    def cut(self, token: str) -> None:
        """A word wider than the line, cut between characters in a single pass."""
        widths, scale = self.widths, self.scale
        start, used = 0, 0.0
        for i, char in enumerate(token):
            wide = widths.get(char, 0.0) * scale
            if used + wide > self.room and i > start:
                self.words, self.used = [token[start:i]], used
                self.emit(stretch=False)
                start, used = i, 0.0
            used += wide
        self.words, self.used = [token[start:]], used

    def emit(self, last: bool = False, stretch: bool = True) -> None:
        if not self.words and (self.lines or not last):
            return
        text = " ".join(self.words)
        spaces = text.count(" ") + text.count("\xa0")
        natural = self.used + (len(self.words) - 1) * self.space
        justify = self.justify and stretch and not last and spaces > 0
        if justify and self.gap(self.used, self.words) > MAX_GAP:
            justify = False  # too loose to justify: flush left
        self.lines.append(Line(text, natural, spaces, justify))
        self.words, self.used = [], 0.0
