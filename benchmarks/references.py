"""The reference renderers the pack is measured against, each making the same letters.

- `floor_pdf`: a bare reportlab canvas drawing every block's text with PT Serif, cut
  into lines by character count (no measuring, no justification), a new page when the
  page is full, one document per letter. Nothing can draw the same text for less.
- `WeasyLetters`: an equivalent HTML letter (same fonts, sizes, margins, justified
  paragraphs, bulleted requests, footer) rendered by WeasyPrint. Stylesheet and fonts
  are parsed once and shared, the fastest way to use it for many documents.
- `DocxtplLetters`: an equivalent DOCX template (the same Word styles, built with
  python-docx, Jinja tags in the paragraphs) rendered by docxtpl, once per letter.
"""

from __future__ import annotations

import functools
import html
import io
from typing import Any

from ua_letters.compose.letter import Letter
from ua_letters.render.docx import python_docx_document
from ua_letters.render.fonts import font_file

CHARS_PER_LINE = 90


@functools.cache
def register_fonts() -> None:
    """PT Serif for reportlab's canvas (the floor; ua-letters itself no longer uses it)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in ("PTSerif", "PTSerif-Bold"):
        pdfmetrics.registerFont(TTFont(name, str(font_file(name))))


def floor_pdf(letter: Letter) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    page, y = 1, A4[1] - 26 * mm
    for block in letter.blocks:
        font = "PTSerif-Bold" if block.kind == "subject" else "PTSerif"
        text = block.text or " "
        for start in range(0, len(text), CHARS_PER_LINE):
            if y < 28 * mm:
                canvas.setFont("PTSerif", 8)
                canvas.drawCentredString(A4[0] / 2, 12 * mm, f"{letter.reference} · {page}")
                canvas.showPage()
                page, y = page + 1, A4[1] - 26 * mm
            canvas.setFont(font, 11)
            canvas.drawString(25 * mm, y, text[start : start + CHARS_PER_LINE])
            y -= 15
    canvas.setFont("PTSerif", 8)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"{letter.reference} · {page}")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


_CSS = """
@font-face {{ font-family: "PT Serif"; src: url("{regular}"); }}
@font-face {{ font-family: "PT Serif"; font-weight: bold; src: url("{bold}"); }}
@page {{ size: A4; margin: 20mm 20mm 22mm 25mm;
        @bottom-center {{ content: string(ref) " · " counter(page); font: 8pt "PT Serif"; }} }}
body {{ font: 11pt/15pt "PT Serif"; margin: 0; }}
p, li {{ margin: 0; }}
.ref {{ string-set: ref content(); display: none; }}
.from {{ text-align: right; font-size: 10pt; line-height: 13pt; }}
.date {{ text-align: right; margin-top: 10pt; }}
.to {{ line-height: 14pt; }} .to-first {{ margin-top: 8mm; }}
.subject {{ font-weight: bold; margin: 22pt 0 4pt; }}
.salutation {{ margin: 12pt 0 6pt; }}
.p {{ text-align: justify; margin-bottom: 6pt; }}
ul {{ margin: 0; padding-left: 18pt; }} li {{ text-align: justify; margin-bottom: 3pt; }}
.close {{ margin-top: 10pt; }} .sign {{ margin-top: 30pt; }}
.copy {{ font-size: 9.5pt; line-height: 12pt; }} .copy-first {{ margin-top: 22pt; }}
"""


def letter_html(letter: Letter) -> str:
    parts = [
        f'<html lang="{letter.language}"><body>',
        f'<p class="ref">{html.escape(letter.reference)}</p>',
    ]
    previous = ""
    for block in letter.blocks:
        text = html.escape(block.text)
        if block.kind == "item":
            if previous != "item":
                parts.append("<ul>")
            parts.append(f"<li>{text}</li>")
        else:
            if previous == "item":
                parts.append("</ul>")
            extra = (
                f" {block.kind}-first"
                if block.kind in ("to", "copy") and previous != block.kind
                else ""
            )
            parts.append(f'<p class="{block.kind}{extra}">{text}</p>')
        previous = block.kind
    parts.append("</body></html>")
    return "".join(parts)


class WeasyLetters:
    def __init__(self) -> None:
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        self._fonts = FontConfiguration()
        css = _CSS.format(
            regular=font_file("PTSerif").as_uri(), bold=font_file("PTSerif-Bold").as_uri()
        )
        self._css = CSS(string=css, font_config=self._fonts)

    def render(self, letter: Letter) -> bytes:
        from weasyprint import HTML

        data: bytes = HTML(string=letter_html(letter)).write_pdf(
            stylesheets=[self._css], font_config=self._fonts
        )
        return data


def docx_template() -> bytes:
    """The letter as a docxtpl template: the same styles, a Jinja loop per kind of block."""
    document = python_docx_document("en", "{{ reference }}", "{{ subject }}", _any_date())
    sequence = [
        ("loop", "sender", "Sender"),
        ("one", "date", "Letter Date"),
        ("loop", "to", "Recipient"),
        ("one", "subject", "Subject"),
        ("one", "salutation", "Salutation"),
        ("loop", "before", "Body Text"),
        ("loop", "items", "List Bullet"),
        ("loop", "after", "Body Text"),
        ("one", "close", "Closing"),
        ("one", "sign", "Signature"),
        ("loop", "copies", "Copies"),
    ]
    for shape, name, style in sequence:
        if shape == "one":
            document.add_paragraph(f"{{{{ {name} }}}}", style=style)
        else:
            document.add_paragraph(f"{{%p for line in {name} %}}")
            document.add_paragraph("{{ line }}", style=style)
            document.add_paragraph("{%p endfor %}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _any_date() -> Any:
    from datetime import date

    return date(2010, 8, 20)


def docx_context(letter: Letter) -> dict[str, Any]:
    kinds = [b.kind for b in letter.blocks]
    first_item = kinds.index("item") if "item" in kinds else len(kinds)
    last_item = len(kinds) - 1 - kinds[::-1].index("item") if "item" in kinds else first_item
    return {
        "reference": letter.reference,
        "subject": letter.subject,
        "sender": letter.of_kind("from"),
        "date": letter.of_kind("date")[0],
        "to": letter.of_kind("to"),
        "salutation": letter.of_kind("salutation")[0],
        "before": [b.text for b in letter.blocks[:first_item] if b.kind == "p"],
        "items": letter.of_kind("item"),
        "after": [b.text for b in letter.blocks[last_item + 1 :] if b.kind == "p"],
        "close": letter.of_kind("close")[0],
        "sign": letter.of_kind("sign")[0],
        "copies": letter.of_kind("copy"),
    }


class DocxtplLetters:
    def __init__(self) -> None:
        self._template = docx_template()

    def render(self, letter: Letter) -> bytes:
        from docxtpl import DocxTemplate

        template = DocxTemplate(io.BytesIO(self._template))
        template.render(docx_context(letter), autoescape=True)
        buffer = io.BytesIO()
        template.save(buffer)
        return buffer.getvalue()
