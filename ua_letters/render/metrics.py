"""How wide PT Serif draws each character, read with fontTools (a documented API).

Widths are the font's advance widths (hmtx) by code point; a line's width is their sum,
as the PDF viewer will draw it (no kerning is applied, in the PDF or here). A character
the font lacks has no width here: layout refuses such text before measuring it.
"""

from __future__ import annotations

from functools import cache

from ua_letters.render.fonts import SPACE_MAP, font_file

__all__ = ["SPACE_MAP", "Metrics", "metrics", "width"]


class Metrics:
    """Advance widths of one face, in thousandths of the type size."""

    def __init__(self, name: str) -> None:
        from fontTools.ttLib import TTFont

        font = TTFont(str(font_file(name)), lazy=True)
        scale = 1000 / font["head"].unitsPerEm
        metrics = font["hmtx"].metrics
        self.cmap: dict[int, str] = dict(font.getBestCmap())
        self.widths: dict[str, float] = {
            chr(code): metrics[glyph][0] * scale for code, glyph in self.cmap.items()
        }
        self.missing_width = metrics[".notdef"][0] * scale

    def width(self, text: str, size: float) -> float:
        widths = self.widths
        return sum(widths.get(c, 0.0) for c in text) * size / 1000


@cache
def metrics(name: str) -> Metrics:
    return Metrics(name)


def width(text: str, font: str, size: float) -> float:
    """The width of `text` in points at `size`."""
    return metrics(font).width(text, size)
