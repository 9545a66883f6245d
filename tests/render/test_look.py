"""One look: the web preview's CSS is written from render/look.py, as the PDF and DOCX are."""

from __future__ import annotations

from pathlib import Path

import ua_letters
from ua_letters.render import look

CSS = Path(ua_letters.__file__).parent / "web" / "static" / "style.css"


def test_preview_css_is_the_one_look() -> None:
    text = CSS.read_text(encoding="utf-8")
    begin = text.index("*/\n", text.index("/* ==== BEGIN letter preview")) + 3
    end = text.index("/* ==== END letter preview")
    assert text[begin:end] == look.preview_css(), "regenerate the section from look.preview_css()"
    assert f"{look.STYLES['copy'].size / 11:.3g}rem" in text[begin:end]
