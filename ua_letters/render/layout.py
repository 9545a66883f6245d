"""The page layout of a letter: blocks to lines, lines to A4 pages.

The look is the one the letters always had (PT Serif 11/15, a right-aligned sender and
date, justified paragraphs, a bulleted list of requests, a footer with the UA reference
and the page number). Breaking a paragraph into lines is the costly step, and in a pack
the same paragraphs recur in every letter, so each (text, style) is broken once and the
result is reused. The output is plain data (`Run` tuples), cheap to send between processes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ua_letters.compose.letter import Block, Letter
from ua_letters.render.fonts import check_drawable, missing_characters, register_fonts
from ua_letters.render.pdfdoc import A4, Run

MM = 72 / 25.4
_PAD = 6  # the padding reportlab's frames had
LEFT, RIGHT = 25 * MM + _PAD, A4[0] - 20 * MM - _PAD
TOP, BOTTOM = A4[1] - 20 * MM - _PAD, 22 * MM + _PAD
REGULAR, BOLD = "PTSerif", "PTSerif-Bold"
FONTS = (REGULAR, BOLD)
Page = tuple[Run, ...]


@dataclass(frozen=True)
class Style:
    font: str = REGULAR
    size: float = 11
    leading: float = 15
    align: str = "left"  # left, right, centre or justify
    before: float = 0
    after: float = 0
    indent: float = 0
    bullet_indent: float | None = None


STYLES = {
    "from": Style(align="right", size=10, leading=13),
    "date": Style(align="right", before=10),
    "to": Style(leading=14),
    "subject": Style(font=BOLD, before=22, after=4),
    "salutation": Style(before=12, after=6),
    "p": Style(align="justify", after=6),
    "item": Style(align="justify", indent=18, bullet_indent=6, after=3),
    "close": Style(before=10),
    "sign": Style(before=30),
    "copy": Style(size=9.5, leading=12),
    "copy-first": Style(size=9.5, leading=12, before=22),
}
FOOTER = Style(size=8, align="centre")
BULLET = "\u2022"
_ADDRESS_GAP = 8 * MM  # between the sender block and the recipient


@lru_cache(maxsize=64)
def _font(name: str) -> Any:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return pdfmetrics.getFont(name)


def width(text: str, font: str, size: float) -> float:
    """The width of `text` as drawn (a no-break space is drawn as a space)."""
    return float(_font(font).stringWidth(text.replace("\xa0", " "), size))


@lru_cache(maxsize=16384)
def wrap(text: str, font: str, size: float, room: float) -> tuple[tuple[str, float, int], ...]:
    """Greedy line breaks at spaces: (line, natural width, number of spaces) per line.

    A no-break space never breaks; a word wider than the line is cut between characters.
    """
    space = width(" ", font, size)
    lines: list[tuple[str, float, int]] = []
    words: list[str] = []
    used = 0.0
    for word in text.split(" "):
        for piece in _pieces(word, font, size, room) if word else ():
            wide = width(piece, font, size)
            if words and used + space + wide > room + 1e-6:
                lines.append(_line(words, used))
                words, used = [], 0.0
            used = wide if not words else used + space + wide
            words.append(piece)
    if words or not lines:
        lines.append(_line(words, used))
    return tuple(lines)


def _line(words: list[str], used: float) -> tuple[str, float, int]:
    text = " ".join(words)
    return text, used, text.count(" ") + text.count("\xa0")


def _pieces(word: str, font: str, size: float, room: float) -> list[str]:
    """The word itself, or, if it is wider than a line, cuts of it that each fit."""
    pieces = []
    while width(word, font, size) > room and len(word) > 1:
        cut = 1
        while cut < len(word) - 1 and width(word[: cut + 1], font, size) <= room:
            cut += 1
        pieces.append(word[:cut])
        word = word[cut:]
    return [*pieces, word]


def place(
    lines: tuple[tuple[str, float, int], ...],
    style: Style,
    left: float,
    right: float,
    top: float,
    last_is_end: bool = True,
) -> list[Run]:
    """Runs for `lines` whose first line hangs from `top` (baseline = top - font size)."""
    runs: list[Run] = []
    room = right - left
    for i, (text, natural, spaces) in enumerate(lines):
        y = top - style.size - i * style.leading
        x, stretch = left, 0.0
        if style.align == "right":
            x = right - natural
        elif style.align == "centre":
            x = left + (room - natural) / 2
        elif style.align == "justify" and spaces and not (last_is_end and i == len(lines) - 1):
            stretch = (room - natural) / spaces
        runs.append((style.font, style.size, round(x, 3), round(y, 3), text, round(stretch, 4)))
    return runs


class _Pages:
    """Fills pages top to bottom; a paragraph may continue on the next page."""

    def __init__(self, footer: str) -> None:
        self.footer = footer
        self.pages: list[list[Run]] = [[]]
        self.y = TOP
        self.after = 0.0
        self.at_top = True

    def gap(self, height: float) -> None:
        if not self.at_top:
            self.y -= height

    def add(self, text: str, style: Style) -> None:
        left = LEFT + style.indent
        lines = wrap(text, style.font, style.size, RIGHT - left)
        space = 0.0 if self.at_top else max(style.before - self.after, 0.0)
        first = True
        while lines:
            fits = int((self.y - space - BOTTOM) // style.leading + 1e-9)
            if fits == 1 and len(lines) > 1 and first:
                fits = 0  # no orphan: a single first line moves to the next page
            if fits <= 0 and not self.at_top:
                self.new_page()
                space = 0.0
                continue
            part, lines = lines[: max(fits, 1)], lines[max(fits, 1) :]
            top = self.y - space
            if first and style.bullet_indent is not None:
                bullet = (style.font, style.size, LEFT + style.bullet_indent, top - style.size)
                self.pages[-1].append((*bullet, BULLET, 0.0))
            self.pages[-1].extend(place(part, style, left, RIGHT, top, last_is_end=not lines))
            self.y = top - len(part) * style.leading
            self.at_top, first = False, False
            if lines:
                self.new_page()
                space = 0.0
        self.y -= style.after
        self.after = style.after

    def new_page(self) -> None:
        self.pages.append([])
        self.y, self.after, self.at_top = TOP, 0.0, True

    def finish(self) -> tuple[Page, ...]:
        done = []
        for number, runs in enumerate(self.pages, start=1):
            text = f"{self.footer} · {number}"
            footer = place(
                ((text, width(text, FOOTER.font, FOOTER.size), 0),),
                FOOTER,
                0,
                A4[0],
                12 * MM + FOOTER.size,
            )
            done.append(tuple(runs + footer))
        return tuple(done)


@lru_cache(maxsize=16384)
def _drawable(text: str) -> bool:
    return not missing_characters(text)


def layout_letter(letter: Letter) -> tuple[Page, ...]:
    """The pages of a letter, each a tuple of runs, footer included.

    Raises RenderError if PT Serif cannot draw a character of the letter.
    """
    where = f"{letter.language} letter to recipient {letter.recipient_index + 1}"
    for text in (*(block.text for block in letter.blocks), letter.reference):
        if not _drawable(text):
            check_drawable(text, where)  # raises, naming the characters
    pages = _Pages(letter.reference)
    blocks = list(letter.blocks)
    start = next((i for i, b in enumerate(blocks) if b.kind == "to"), None)
    if start is not None:
        end = next((j for j in range(start, len(blocks)) if blocks[j].kind != "to"), len(blocks))
        before, address, after = blocks[:start], blocks[start:end], blocks[end:]
        _flow(pages, before)
        rest = _window(pages, [b.text for b in address], _return_line(letter))
        _flow(pages, [Block("to", text) for text in rest] + after, previous="to")
    else:
        _flow(pages, blocks)
    return pages.finish()


def _flow(pages: _Pages, blocks: list[Block], previous: str = "") -> None:
    for block in blocks:
        kind = block.kind
        if kind == "to" and previous != "to":
            pages.gap(_ADDRESS_GAP)
        if kind == "copy" and previous != "copy":
            kind = "copy-first"
        pages.add(block.text, STYLES[kind])
        previous = block.kind


# DIN 5008 form B: the address field of a DL or C5/6 window envelope lies 20 mm from the
# left edge and 45 mm from the top, 85 mm wide; its lower 27.3 mm (from 62.7 mm) hold the
# address, the 17.7 mm above it a return-address line.
WINDOW_LEFT, WINDOW_RIGHT = 20 * MM, 105 * MM
WINDOW_ADDRESS_TOP, WINDOW_BOTTOM = A4[1] - 62.7 * MM, A4[1] - 90 * MM
_INSET = 5 * MM
ADDRESS = Style(size=10, leading=12)
RETURN = Style(size=7, leading=8)
_AFTER_WINDOW = 0.0  # the subject's own space puts it near 98 mm, where DIN 5008 text starts


def _return_line(letter: Letter) -> str:
    """The sender on one small line, as window envelopes show it above the address."""
    lines = [t for t in letter.of_kind("from") if "@" not in t and "__" not in t]
    return " · ".join(lines)


def _window(pages: _Pages, lines: list[str], return_line: str) -> list[str]:
    """Place the address where the envelope window shows it; return what does not fit."""
    left, right = WINDOW_LEFT + _INSET, WINDOW_RIGHT - _INSET
    runs = pages.pages[-1]
    if return_line:
        wrapped = wrap(return_line, RETURN.font, RETURN.size, right - left)[:1]
        runs.extend(place(wrapped, RETURN, left, right, WINDOW_ADDRESS_TOP + RETURN.leading + 2))
    y, rest = WINDOW_ADDRESS_TOP, list[str]()
    for text in lines:
        wrapped = wrap(text, ADDRESS.font, ADDRESS.size, right - left)
        if rest or y - len(wrapped) * ADDRESS.leading < WINDOW_BOTTOM - 0.5:
            rest.append(text)  # fax and e-mail lines come last and may go below the window
            continue
        runs.extend(place(wrapped, ADDRESS, left, right, y))
        y -= len(wrapped) * ADDRESS.leading
    pages.y = min(pages.y, WINDOW_BOTTOM - _AFTER_WINDOW)
    pages.at_top = False
    pages.after = 0.0
    return rest
