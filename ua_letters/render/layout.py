"""The page layout of a letter: blocks to lines, lines to A4 pages, decided like a typesetter.

The look (sizes, spacing, the window) is defined in `look.py`. The head of the first page
(sender, date, the address in the envelope window, see `window.py`) is fixed; the body is
fitted below it:

- a letter goes on one page wherever it can: the spacing is tightened first, then the type
  is made smaller, step by step (`look.TIGHTNESS`), never below `look.MIN_SIZE`;
- a letter that does not fit is set at its natural size on two pages (or more), and the
  closing, the signature and the copies stay together with at least four lines of the
  letter's own text, so that the writer never signs a page that carries none of it;
- a paragraph is split across pages only with two lines or more on each side, and a
  heading (the subject, the salutation, a lead-in ending in ":") stays with what follows.

Line breaking (`breaking.py`) is cached per (text, style): a pack repeats the same
paragraphs in every letter. The output is plain data (`Run` tuples), cheap to send between
processes.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ua_letters.compose.letter import Block, Letter
from ua_letters.render import look
from ua_letters.render.breaking import Line, wrap
from ua_letters.render.fonts import check_drawable, missing_characters, register_fonts
from ua_letters.render.look import BOLD, BULLET, FOOTER, MM, REGULAR, Style
from ua_letters.render.pdf import A4, Run
from ua_letters.render.window import return_address, window_runs

__all__ = ["BOLD", "FONTS", "LEFT", "MM", "REGULAR", "RIGHT", "TOP", "Style", "place", "wrap"]

LEFT, RIGHT = look.mm(look.MARGIN_MM["left"]), A4[0] - look.mm(look.MARGIN_MM["right"])
TOP, BOTTOM = A4[1] - look.mm(look.MARGIN_MM["top"]), look.mm(look.MARGIN_MM["bottom"])
FONTS = (REGULAR, BOLD)
Page = tuple[Run, ...]
MIN_LINES = 4  # of the letter's own text on a page that has the closing
register_fonts()  # the PDF writer draws FONTS from PT Serif's files


def place(lines: Sequence[Line], style: Style, left: float, right: float, top: float) -> list[Run]:
    """Runs for `lines` whose first line hangs from `top` (baseline = top - font size)."""
    runs: list[Run] = []
    room = right - left
    for i, (text, natural, spaces, justify) in enumerate(lines):
        y = top - style.size - i * style.leading
        x, stretch = left, 0.0
        if style.align == "right":
            x = right - natural
        elif style.align == "centre":
            x = left + (room - natural) / 2
        elif style.align == "justify" and justify and spaces:
            stretch = (room - natural) / spaces
        runs.append((style.font, style.size, round(x, 3), round(y, 3), text, round(stretch, 4)))
    return runs


@dataclass(frozen=True)
class _Set:
    """One block, broken into lines in its style."""

    kind: str
    style: Style
    lines: tuple[Line, ...]
    keep_with_next: bool


def _set(kind: str, text: str, style: Style, language: str, shrink: bool = True) -> _Set:
    left = LEFT + style.indent
    justify = style.align == "justify"
    lines = wrap(text, style.font, style.size, RIGHT - left, language, justify, shrink)
    keep = kind in ("subject", "salutation", "to") or (kind == "p" and text.endswith(":"))
    return _Set(kind, style, lines, keep)


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
    head, y, body = _head(letter)
    tight = _fitting(body, letter.language, y)
    pages = _paginate(_sets(body, letter.language, tight), y)
    placed = [_place(sets_on, y if i == 0 else TOP) for i, sets_on in enumerate(pages)]
    placed[0] = head + placed[0]
    return _with_footers(placed, letter.reference)


def _fitting(body: list[Block], language: str, y: float) -> look.Tightness:
    """The first fitting step that sets the letter on one page; the first step if none does."""
    return _first_fit(body, language, y, look.TIGHTNESS) or look.TIGHTNESS[0]


def _first_fit(
    body: list[Block],
    language: str,
    y: float,
    steps: tuple[look.Tightness, ...],
    shrink: bool = True,
) -> look.Tightness | None:
    for tight in steps:
        if len(_paginate(_sets(body, language, tight, shrink), y)) == 1:
            return tight
    return None


def fitting(letter: Letter) -> look.Tightness:
    """The spacing and type the PDF sets `letter` in."""
    _, y, body = _head(letter)
    return _fitting(body, letter.language, y)


def word_fitting(letter: Letter) -> look.Tightness:
    """The spacing and type of the DOCX: the PDF's, or a later step if the letter would
    not stay on one page without the PDF's shrinking of word spaces.

    A justified PDF line may shrink its spaces to SHRINK of their width; Word and
    LibreOffice (before 24.2) never shrink them, so a letter the PDF just fits could lose
    its signature to a second page there. Such a letter's DOCX is set at the first step
    at which it fits one page with spaces that only stretch; where none does, or where
    the PDF itself takes two pages, the DOCX takes the PDF's step.
    """
    _, y, body = _head(letter)
    language = letter.language
    steps = look.TIGHTNESS
    tight = _first_fit(body, language, y, steps)
    if tight is None:
        return steps[0]
    if not any(_shrunk(s) for s in _sets(body, language, tight)):
        return tight  # no line needed shrinking: a word processor sets the same lines
    return _first_fit(body, language, y, steps[steps.index(tight) :], shrink=False) or tight


def _shrunk(s: _Set) -> bool:
    room = RIGHT - LEFT - s.style.indent
    return any(line.natural > room + 1e-6 for line in s.lines)


def _head(letter: Letter) -> tuple[list[Run], float, list[Block]]:
    """The first page's head as runs, where the body starts, and the body's blocks."""
    blocks = list(letter.blocks)
    start = next((i for i, b in enumerate(blocks) if b.kind == "to"), None)
    if start is None:
        return [], TOP, blocks
    end = next((j for j in range(start, len(blocks)) if blocks[j].kind != "to"), len(blocks))
    runs: list[Run] = []
    y, after = TOP, 0.0
    for i, block in enumerate(blocks[:start]):
        style = look.STYLES[block.kind]
        lines = wrap(block.text, style.font, style.size, RIGHT - LEFT, letter.language)
        y -= max(style.before - after, 0.0) if i else 0.0
        runs += place(lines, style, LEFT, RIGHT, y)
        y -= len(lines) * style.leading + style.after
        after = style.after
    address = [b.text for b in blocks[start:end]]
    sender = return_address(letter.of_kind("from"))
    window, rest, bottom = window_runs(address, sender)
    return runs + window, min(y, bottom), [Block("to", t) for t in rest] + blocks[end:]


def _sets(
    blocks: list[Block], language: str, tight: look.Tightness, shrink: bool = True
) -> list[_Set]:
    sets = []
    previous = ""
    for block in blocks:
        kind = block.kind
        if kind == "copy" and previous != "copy":
            kind = "copy-first"
        sets.append(_set(block.kind, block.text, look.style(kind, tight), language, shrink))
        previous = block.kind
    return sets


_Piece = tuple[_Set, int, int]  # a block's lines [from, to) on one page


def _heights(
    sets: list[_Set], at_top: bool, limit: float = float("inf")
) -> list[tuple[int, int, float]]:
    """(block, line, height so far after this line) for the lines, from a page's top, that
    fit in `limit`."""
    out: list[tuple[int, int, float]] = []
    y, after, first = 0.0, 0.0, at_top
    for b, s in enumerate(sets):
        y += 0.0 if first else max(s.style.before - after, 0.0)
        first = False
        for i in range(len(s.lines)):
            y += s.style.leading
            if y > limit + 1e-6:
                return out
            out.append((b, i, y))
        y += s.style.after
        after = s.style.after
    return out


def _paginate(sets: list[_Set], first_top: float) -> list[list[_Piece]]:
    """Which lines go on which page (see the module's docstring for the rules)."""
    lines = [(b, i) for b, s in enumerate(sets) for i in range(len(s.lines))]
    closing = next(
        (k for k, (b, _) in enumerate(lines) if sets[b].kind in look.CLOSING_KINDS), len(lines)
    )
    body = [k for k in range(closing) if sets[lines[k][0]].kind in look.BODY_KINDS]
    pages: list[list[_Piece]] = []
    start, room, at_top = 0, first_top - BOTTOM, first_top == TOP
    while start < len(lines):
        rest = _rest_sets(sets, lines, start)
        fit = len(_heights(rest, at_top, room))
        if fit < len(lines) - start:
            fit = _break(sets, lines, start, start + fit, closing, body, room) - start
            fit = max(fit, 1) if at_top or pages else fit
        pages.append(_pieces(sets, lines[start : start + fit]))
        start += fit
        room, at_top = TOP - BOTTOM, True
    return pages or [[]]


def _rest_sets(sets: list[_Set], lines: list[tuple[int, int]], start: int) -> list[_Set]:
    if start >= len(lines):
        return []
    b, i = lines[start]
    first = sets[b]
    cut = _Set(first.kind, first.style, first.lines[i:], first.keep_with_next)
    return [cut, *sets[b + 1 :]]


def _break(
    sets: list[_Set],
    lines: list[tuple[int, int]],
    start: int,
    end: int,
    closing: int,
    body: list[int],
    room: float,
) -> int:
    """The last good place to end a page whose lines [start, end) fit."""
    group = _rest_sets(sets, lines, closing)
    group_fits_a_page = len(_heights(group, True, TOP - BOTTOM)) == len(lines) - closing
    for k in range(end, start, -1):
        if _legal(sets, lines, k, closing, body, group_fits_a_page):
            return k
    return end


def _legal(
    sets: list[_Set],
    lines: list[tuple[int, int]],
    k: int,
    closing: int,
    body: list[int],
    group_fits_a_page: bool,
) -> bool:
    """Whether a page may end before line `k`."""
    b, i = lines[k]
    s = sets[b]
    if i:  # inside a block: two lines or more on each side
        return i >= 2 and len(s.lines) - i >= 2 and s.kind in look.BODY_KINDS
    if sets[lines[k - 1][0]].keep_with_next:
        return False
    if k >= closing:  # inside the closing group: only if it cannot fit a page
        return not group_fits_a_page and s.kind == "copy"
    carried = len(body) - bisect_left(body, k)
    return carried >= MIN_LINES or carried == len(body)


def _pieces(sets: list[_Set], lines: list[tuple[int, int]]) -> list[_Piece]:
    pieces: list[_Piece] = []
    for b, i in lines:
        if pieces and pieces[-1][0] is sets[b]:
            s, first, _ = pieces[-1]
            pieces[-1] = (s, first, i + 1)
        else:
            pieces.append((sets[b], i, i + 1))
    return pieces


def _place(pieces: list[_Piece], top: float) -> list[Run]:
    runs: list[Run] = []
    y, after, first = top, 0.0, top == TOP
    for s, start, end in pieces:
        style = s.style
        if start == 0:
            y -= 0.0 if first else max(style.before - after, 0.0)
            if style.bullet_indent is not None:
                x = LEFT + style.bullet_indent
                runs.append((style.font, style.size, x, y - style.size, BULLET, 0.0))
        first = False
        left = LEFT + style.indent
        runs += place(s.lines[start:end], style, left, RIGHT, y)
        y -= (end - start) * style.leading
        if end == len(s.lines):
            y -= style.after
            after = style.after
        else:
            after = 0.0
    return runs


def _with_footers(pages: list[list[Run]], reference: str) -> tuple[Page, ...]:
    done = []
    for number, runs in enumerate(pages, start=1):
        text = f"{reference} · {number}" if reference else str(number)  # no number, no index
        lines = wrap(text, FOOTER.font, FOOTER.size, A4[0] - 2 * LEFT)
        base = look.mm(look.FOOTER_BASELINE_MM) + FOOTER.size
        done.append(tuple(runs + place(lines, FOOTER, 0, A4[0], base)))
    return tuple(done)
