"""A letter as an A4 PDF with reportlab, fonts embedded, byte-for-byte reproducible.

Text goes into reportlab Paragraphs, which parse a markup of their own: every piece of
text is escaped first, so `Smith & <Sons>` prints as written. Invariant mode and fixed
metadata make the same letter give the same bytes.
"""

from __future__ import annotations

import io
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from ua_letters import __version__
from ua_letters.compose.letter import Letter
from ua_letters.render.fonts import check_drawable, register_fonts

PRODUCER = f"ua-letters {__version__}"


@cache
def _styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    family = register_fonts()
    base = ParagraphStyle("base", fontName=family, fontSize=11, leading=15, alignment=TA_LEFT)

    def style(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "from": style("from", alignment=TA_RIGHT, fontSize=10, leading=13),
        "date": style("date", alignment=TA_RIGHT, spaceBefore=10),
        "to": style("to", leading=14),
        "subject": style("subject", fontName="PTSerif-Bold", spaceBefore=22, spaceAfter=4),
        "salutation": style("salutation", spaceBefore=12, spaceAfter=6),
        "p": style("p", alignment=TA_JUSTIFY, spaceAfter=6),
        "item": style(
            "item", alignment=TA_JUSTIFY, leftIndent=18, bulletIndent=6, spaceAfter=3,
            bulletFontName=family,
        ),
        "close": style("close", spaceBefore=10),
        "sign": style("sign", spaceBefore=30),
        "copy": style("copy", fontSize=9.5, leading=12),
        "copy-first": style("copy-first", fontSize=9.5, leading=12, spaceBefore=22),
        "footer": style("footer", fontSize=8),
    }


def letter_pdf(letter: Letter) -> bytes:
    """Render one letter to PDF bytes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    where = f"{letter.language} letter to recipient {letter.recipient_index + 1}"
    for block in letter.blocks:
        check_drawable(block.text, where)
    check_drawable(letter.reference, where)
    styles = _styles()
    story: list[Any] = []
    previous = ""
    for block in letter.blocks:
        kind = block.kind
        if kind == "to" and previous != "to":
            story.append(Spacer(1, 8 * mm))
        if kind == "copy" and previous != "copy":
            kind = "copy-first"
        bullet = "\u2022" if block.kind == "item" else None
        story.append(Paragraph(escape(block.text) or "&nbsp;", styles[kind], bulletText=bullet))
        previous = block.kind

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("PTSerif", 8)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"{letter.reference} · {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title=letter.subject,
        author="ua-letters",
        subject=letter.reference,
        creator=PRODUCER,
        producer=PRODUCER,
        lang=letter.language,
        invariant=1,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
