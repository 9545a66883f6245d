"""The embedded font (PT Serif, which covers Kyrgyz Ң Ө Ү) and the check that it can draw.

A PDF must never show an empty box where a letter should be. Before drawing, every
character is looked up in the font; one it lacks is an error naming the character.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

from ua_letters.errors import RenderError
from ua_letters.textsafety import PRINT_MAPPED, PRINT_TABLE

FAMILY = "PTSerif"
_FILES = {
    "PTSerif": "PT_Serif-Web-Regular.ttf",
    "PTSerif-Bold": "PT_Serif-Web-Bold.ttf",
    "PTSerif-Italic": "PT_Serif-Web-Italic.ttf",
    "PTSerif-BoldItalic": "PT_Serif-Web-BoldItalic.ttf",
}
# Drawn without a glyph: line breaks and tabs never reach a page as characters.
_INVISIBLE = {"\n", "\t"}
# Spaces PT Serif lacks are drawn as the spaces it has (the no-break ones stay no-break),
# and invisible marks are dropped, so that a PDF never shows an empty box for them
# (see breaking.glue and ua_letters.textsafety).
SPACE_MAP = PRINT_TABLE


def font_file(name: str) -> Path:
    import fontpkg_pt_serif

    path = Path(fontpkg_pt_serif.__file__).parent / "files" / _FILES[name]
    if not path.is_file():
        raise RenderError(f"the font file {path} is missing; reinstall fontpkg-pt-serif")
    return path


@cache
def register_fonts() -> str:
    """Register PT Serif's faces with the PDF writer once; return the family name."""
    from ua_letters.render.pdf import register_face

    for name in _FILES:
        register_face(name, font_file(name))
    return FAMILY


@cache
def _coverage() -> frozenset[int]:
    """The characters every face of PT Serif can draw."""
    from fontTools.ttLib import TTFont

    covered: set[int] | None = None
    for name in _FILES:
        chars = set(TTFont(str(font_file(name)), lazy=True).getBestCmap())
        covered = chars if covered is None else covered & chars
    return frozenset(covered or ())


def missing_characters(text: str) -> list[str]:
    covered = _coverage()
    return sorted(
        {c for c in text if ord(c) not in covered and c not in _INVISIBLE and c not in PRINT_MAPPED}
    )


def check_drawable(text: str, where: str) -> None:
    """Raise RenderError naming each character of `text` the font cannot draw."""
    missing = missing_characters(text)
    if missing:
        names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'unnamed')}" for c in missing)
        raise RenderError(
            f"{where}: the PDF font (PT Serif) cannot draw {names}",
            hint="replace the character in the input, or choose DOCX output",
        )
