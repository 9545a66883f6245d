"""The envelope window: the recipient's address, and above it the sender's return line.

International mail must be able to return a letter, so the return line keeps the whole
sender address and always ends with its last line, the country. It is set on one line if
it fits at 7 pt or, shrinking, at 6 pt; otherwise it wraps, at the separators between
address lines first, into the window's top zone (17.7 mm; up to four lines of 6 pt). The
recipient's address goes in the address zone below; what does not fit there (fax and
e-mail lines come last) is returned, to be set under the window.
"""

from __future__ import annotations

from dataclasses import replace

from ua_letters.render import look
from ua_letters.render.breaking import Line, wrap
from ua_letters.render.look import MM, RETURN, STYLES
from ua_letters.render.pdf import A4, Run

SEPARATOR = " · "
LEFT = look.mm(look.WINDOW_MM["left"] + look.WINDOW_INSET_MM)
RIGHT = look.mm(look.WINDOW_MM["left"] + look.WINDOW_MM["width"] - look.WINDOW_INSET_MM)
RETURN_TOP = A4[1] - look.mm(look.WINDOW_MM["top"]) - 1.5 * MM
ADDRESS_TOP = A4[1] - look.mm(look.WINDOW_MM["address_top"])
BOTTOM = A4[1] - look.mm(look.WINDOW_MM["bottom"])
_ROOM = RIGHT - LEFT
_SIZES = (RETURN.size, 6.5, look.MIN_RETURN_SIZE)


def return_address(sender_block: list[str]) -> list[str]:
    """The lines of the sender's block that belong on an envelope (no e-mail, no blanks
    left to fill in by hand)."""
    return [t for t in sender_block if "@" not in t and "__" not in t]


def return_lines(sender: list[str]) -> tuple[tuple[Line, ...], look.Style]:
    """The sender's address for the return line: lines and the style they are set in."""
    parts = [p.strip() for p in sender if p.strip()]
    if not parts:
        return (), RETURN
    text = SEPARATOR.join(parts)
    for size in _SIZES:
        one = wrap(text, RETURN.font, size, _ROOM)
        if len(one) == 1:
            return one, replace(RETURN, size=size, leading=size + 1)
    size = look.MIN_RETURN_SIZE
    style = replace(RETURN, size=size, leading=size + 1)
    lines: list[Line] = []
    current = ""
    for part in parts:  # a line break between address lines rather than inside one
        joined = f"{current}{SEPARATOR}{part}" if current else part
        if current and len(wrap(joined, style.font, size, _ROOM)) > 1:
            lines += wrap(current + SEPARATOR.rstrip(), style.font, size, _ROOM)
            current = part
        else:
            current = joined
    lines += wrap(current, style.font, size, _ROOM)
    return tuple(lines), style


def window_runs(address: list[str], sender: list[str]) -> tuple[list[Run], list[str], float]:
    """Runs for the window, the address lines left for below it, and the window's bottom."""
    from ua_letters.render.layout import place

    runs: list[Run] = []
    lines, style = return_lines(sender)
    if lines:
        top = ADDRESS_TOP + 2 + len(lines) * style.leading
        top = min(top, RETURN_TOP)
        runs += place(lines, style, LEFT, RIGHT, top)
    to = STYLES["to"]
    y, rest = ADDRESS_TOP, list[str]()
    for text in address:
        wrapped = wrap(text, to.font, to.size, _ROOM)
        if rest or y - len(wrapped) * to.leading < BOTTOM - 0.5:
            rest.append(text)  # fax and e-mail lines come last and may go below the window
            continue
        runs += place(wrapped, to, LEFT, RIGHT, y)
        y -= len(wrapped) * to.leading
    return runs, rest, BOTTOM
