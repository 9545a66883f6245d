"""The look of a letter, defined once: page, margins, window, type sizes, spacing, styles.

The PDF layout, the DOCX writer and the web preview's CSS all read these numbers, so the
three cannot drift apart (tests/render/test_look.py checks the CSS section of
ua_letters/web/static/style.css against `preview_css()`). Lengths on the page are in
millimetres, type and spacing in points, as a typesetter states them.

The page follows DIN 5008 form B for a DL or C5/6 window envelope: the address field lies
20 mm from the left edge and 45 mm from the top, 85 mm wide; its lower 27.3 mm hold the
address (5 mm in from the field's edge), the 17.7 mm above them the sender's return line.
The body shares the address's left edge (25 mm).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

MM = 72 / 25.4
PAGE_MM = (210.0, 297.0)
A4 = (595.2756, 841.8898)
MARGIN_MM = {"left": 25.0, "right": 20.0, "top": 20.0, "bottom": 22.0}
FOOTER_BASELINE_MM = 12.0  # from the bottom edge
WINDOW_MM = {"left": 20.0, "width": 85.0, "top": 45.0, "address_top": 62.7, "bottom": 90.0}
WINDOW_INSET_MM = 5.0
FONT_FAMILY = "PT Serif"
REGULAR, BOLD = "PTSerif", "PTSerif-Bold"
MIN_SIZE = 10.0  # body type never goes below this, however long the letter
MIN_RETURN_SIZE = 6.0  # the return line's smallest size before it wraps


@dataclass(frozen=True)
class Style:
    """How one kind of block is set. `before`/`after` are paragraph spacing in points."""

    font: str = REGULAR
    size: float = 11
    leading: float = 15
    align: str = "left"  # left, right, centre or justify
    before: float = 0
    after: float = 0
    indent: float = 0
    bullet_indent: float | None = None


STYLES: dict[str, Style] = {
    "from": Style(align="right", size=10, leading=13),
    "date": Style(align="right", before=10),
    "to": Style(size=10, leading=12),
    "subject": Style(font=BOLD, before=22, after=4),
    "salutation": Style(before=12, after=6),
    "p": Style(align="justify", after=6),
    "item": Style(align="justify", indent=18, bullet_indent=6, after=3),
    "close": Style(before=10),
    "sign": Style(before=30),
    "copy": Style(size=9.5, leading=12),
    "copy-first": Style(size=9.5, leading=12, before=22),
}
FOOTER = Style(size=8, leading=10, align="centre")
RETURN = Style(size=7, leading=8)
BULLET = "\u2022"
ADDRESS_GAP_MM = 8.0  # between the sender block and a recipient set outside a window
BODY_KINDS = ("salutation", "p", "item")  # "letter text" when counting lines on a page
CLOSING_KINDS = ("close", "sign", "copy")  # kept together, always with body text


@dataclass(frozen=True)
class Tightness:
    """One step of fitting a letter to a page: spacing first, then type, never below MIN_SIZE."""

    spacing: float = 1.0  # factor on paragraph spacing (before/after)
    sign: float = 30.0  # room for the handwritten signature
    size: float = 11.0
    leading: float = 15.0


# Tried in turn until the letter fits on one page; a letter that fits none is set at the
# first step on two pages.
TIGHTNESS = (
    Tightness(),
    Tightness(spacing=0.75, sign=26),
    Tightness(spacing=0.5, sign=24, leading=14.2),
    Tightness(spacing=0.5, sign=22, size=10.5, leading=13.6),
    Tightness(spacing=0.4, sign=22, size=MIN_SIZE, leading=13.0),
)


@cache  # a handful of kinds × steps, asked for every block of every letter
def style(kind: str, tight: Tightness = TIGHTNESS[0]) -> Style:
    """The style of `kind` at a fitting step (body kinds scale; the head stays fixed)."""
    base = STYLES[kind]
    if kind in ("from", "to", "date"):
        return base
    before, after = base.before * tight.spacing, base.after * tight.spacing
    if kind == "sign":
        before = tight.sign
    if base.size == 11:
        return replace(base, size=tight.size, leading=tight.leading, before=before, after=after)
    return replace(base, before=before, after=after)


def mm(value: float) -> float:
    return value * MM


def _rem(points: float) -> str:
    """Points as rem of the preview's 11 pt body (the preview scales with the screen)."""
    return f"{points / 11:.3g}rem"


def preview_css() -> str:
    """The letter-preview section of the web page's style sheet, from the same numbers."""
    body = STYLES["p"]
    lines = [
        ".paper {",
        "  background: var(--paper);",
        "  border: 1px solid var(--line);",
        "  box-shadow: 0 1px 3px rgb(0 0 0 / 12%);",
        "  padding: 1.25rem 1rem;",
        f'  font-family: "{FONT_FAMILY}", "Liberation Serif", "DejaVu Serif", serif;',
        "  font-size: 0.95rem;",
        f"  line-height: {body.leading / body.size:.3g};",
        "}",
        f".paper p, .paper ul {{ margin: 0 0 {_rem(body.after)}; }}",
        ".paper .b-from, .paper .b-date { text-align: right; }",
        f".paper .b-from {{ font-size: {_rem(STYLES['from'].size)}; }}",
        f".paper .b-to {{ font-size: {_rem(STYLES['to'].size)}; margin-top: 1rem; }}",
        f".paper .b-subject {{ font-weight: 700; margin-top: {_rem(STYLES['subject'].before)}; }}",
        ".paper .b-p, .paper .b-item { text-align: justify; hyphens: auto; }",
        f".paper .b-item {{ padding-left: {_rem(STYLES['item'].indent)}; }}",
        f".paper .b-close {{ margin-top: {_rem(STYLES['close'].before)}; }}",
        f".paper .b-sign {{ margin-top: {_rem(STYLES['sign'].before)}; }}",
        f".paper .b-copy {{ font-size: {_rem(STYLES['copy'].size)}; margin: 0; }}",
        f".paper .b-copy:first-of-type {{ margin-top: {_rem(STYLES['copy-first'].before)}; }}",
        "@media (min-width: 40rem) {",
        "  .paper { padding: 2rem 2.5rem; }",
        "}",
    ]
    return "\n".join(lines) + "\n"
