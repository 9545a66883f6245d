"""A letter as a Word document: real paragraph styles, reproducible bytes, and fast.

Each block kind has a named paragraph style (Sender, Recipient, Subject, List Bullet…),
so a section office can restyle the letter in Word rather than fight spaces. Word and
python-docx stamp the time into the core properties and the ZIP entries; we fix both,
so the same letter gives the same bytes.

python-docx builds the document once per language and subject: styles, page, footer and
properties, with an empty body (`_skeleton`). Each letter then only fills in the body,
paragraph XML exactly as python-docx writes it, and reuses the other parts already
compressed. `python_docx_document` builds a whole letter the slow way; the tests check
that both give the same document.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from ua_letters import __version__
from ua_letters.archive import Member, Output, deflate, write
from ua_letters.compose.letter import Block, Letter
from ua_letters.textsafety import xml_safe

FONT = "PT Serif"
_STYLE_OF = {
    "from": "Sender",
    "date": "Letter Date",
    "to": "Recipient",
    "subject": "Subject",
    "salutation": "Salutation",
    "p": "Body Text",
    "item": "List Bullet",
    "close": "Closing",
    "sign": "Signature",
    "copy": "Copies",
}
_FIRST_COPY_BEFORE = 22  # points of space above the "copies to" list
_BODY = "word/document.xml"


def _define_styles(document: Any, language: str) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang)
    lang.set(qn("w:val"), language)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.15

    def add(
        name: str,
        *,
        align: Any = None,
        before: float = 0,
        after: float = 0,
        bold: bool = False,
        size: float | None = None,
    ) -> None:
        if name in [s.name for s in document.styles]:
            style = document.styles[name]
        else:
            style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        if align is not None:
            fmt.alignment = align
        style.font.bold = bold or None
        if size:
            style.font.size = Pt(size)
        style.font.name = FONT

    add("Sender", align=WD_ALIGN_PARAGRAPH.RIGHT, size=10)
    add("Letter Date", align=WD_ALIGN_PARAGRAPH.RIGHT, before=10, after=18)
    add("Recipient", size=10)
    document.styles["Recipient"].paragraph_format.line_spacing = 1.0  # six lines in the window
    add("Subject", bold=True, before=20, after=4)
    add("Salutation", before=12, after=6)
    add("Body Text", align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=6)
    add("List Bullet", align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=3)
    add("Closing", before=10)
    add("Signature", before=30)
    add("Copies", size=9.5)


def python_docx_document(
    language: str, reference: str, subject: str, dated: date, blocks: tuple[Block, ...] = ()
) -> Any:
    """The letter built entirely with python-docx (with no blocks: the skeleton)."""
    import docx
    from docx.shared import Mm, Pt

    document = docx.Document()
    _define_styles(document, language)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(25), Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(22)
    for block, first_copy in _with_first_copy(blocks):
        paragraph = document.add_paragraph(xml_safe(block.text), style=_STYLE_OF[block.kind])
        _add_frame(paragraph, block.kind)
        if first_copy:
            paragraph.paragraph_format.space_before = Pt(_FIRST_COPY_BEFORE)
    footer = section.footer.paragraphs[0]
    footer.text = reference
    footer.style = document.styles["Footer"]
    _fix_properties(document, language, reference, subject, dated)
    return document


def _with_first_copy(blocks: tuple[Block, ...]) -> list[tuple[Block, bool]]:
    kinds = ["", *(b.kind for b in blocks)]
    return [(b, b.kind == "copy" and kinds[i] != "copy") for i, b in enumerate(blocks)]


def _fix_properties(
    document: Any, language: str, reference: str, subject: str, dated: date
) -> None:
    """Deliberate metadata: the letter's own subject and date, never supporter data."""
    props = document.core_properties
    stamp = datetime(dated.year, dated.month, dated.day)
    props.author = "ua-letters"
    props.last_modified_by = "ua-letters"
    props.title = subject
    props.subject = reference
    props.comments = f"Generated by ua-letters {__version__}"
    props.keywords = ""
    props.language = language
    props.revision = 1
    props.created = props.modified = props.last_printed = stamp


@dataclass(frozen=True)
class _Skeleton:
    parts: tuple[Member | None, ...]  # None where the document body goes
    head: str  # document.xml up to and including <w:body>
    tail: str  # the section properties and the end of the document
    style_ids: dict[str, str]


@lru_cache(maxsize=32)
def _skeleton(language: str, reference: str, subject: str, dated: date) -> _Skeleton:
    document = python_docx_document(language, reference, subject, dated)
    style_ids = {kind: document.styles[name].style_id for kind, name in _STYLE_OF.items()}
    buffer = io.BytesIO()
    document.save(buffer)
    parts: list[Member | None] = []
    head = tail = ""
    with zipfile.ZipFile(buffer) as package:
        for info in package.infolist():
            content = package.read(info.filename)
            if info.filename == _BODY:
                xml = content.decode("utf-8")
                at = xml.index("<w:body>") + len("<w:body>")
                head, tail = xml[:at], xml[at:]
                parts.append(None)
            else:
                key = (language, reference, subject, dated, info.filename)
                parts.append(deflate(info.filename, content, key=key))
    return _Skeleton(tuple(parts), head, tail, style_ids)


def _run(text: str) -> str:
    """A run as python-docx writes it: tabs as <w:tab/>, spaces kept where they matter."""
    pieces = []
    for i, chunk in enumerate(xml_safe(text).split("\t")):
        if i:
            pieces.append("<w:tab/>")
        if chunk:
            keep = ' xml:space="preserve"' if chunk != chunk.strip() else ""
            pieces.append(f"<w:t{keep}>{escape(chunk)}</w:t>")
    return f"<w:r>{''.join(pieces)}</w:r>" if pieces else ""


def _twips(mm: float) -> str:
    return str(round(mm * 72 / 25.4 * 20))


def _frame(x: float, y: float, w: float, h: float, rule: str) -> tuple[tuple[str, str], ...]:
    return (
        ("w", _twips(w)), ("h", _twips(h)), ("hRule", rule), ("wrap", "notBeside"),
        ("vAnchor", "page"), ("hAnchor", "page"), ("x", _twips(x)), ("y", _twips(y)),
    )  # fmt: skip


# Word frames put the first page's head where a window envelope wants it (DIN 5008 form B,
# as in the PDF): the address in the window field, the sender and date at the top right in
# a frame that reaches down to the window's bottom, so the text starts below the window.
_HEAD = _frame(115.0, 20.0, 75.0, 70.0, "exact")
_FRAMES = {"to": _frame(25.0, 62.7, 75.0, 27.3, "atLeast"), "from": _HEAD, "date": _HEAD}
_FRAME_XML = {
    kind: "<w:framePr " + " ".join(f'w:{k}="{v}"' for k, v in spec) + "/>"
    for kind, spec in _FRAMES.items()
}


def _add_frame(paragraph: Any, kind: str) -> None:
    """The same w:framePr on a python-docx paragraph (for the all-python-docx build)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    if kind not in _FRAMES:
        return
    frame = OxmlElement("w:framePr")
    for name, value in _FRAMES[kind]:
        frame.set(qn(f"w:{name}"), value)
    paragraph._p.get_or_add_pPr().insert_element_before(frame, *_AFTER_FRAME)


# What follows w:framePr in a paragraph's properties (ECMA-376, CT_PPrBase).
_AFTER_FRAME = (
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
    "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
    "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def _body(blocks: tuple[Block, ...], style_ids: dict[str, str], frames: bool = True) -> str:
    before = f'<w:spacing w:before="{_FIRST_COPY_BEFORE * 20}"/>'
    return "".join(
        f'<w:p><w:pPr><w:pStyle w:val="{style_ids[block.kind]}"/>'
        f"{_FRAME_XML.get(block.kind, '') if frames else ''}"
        f"{before if first_copy else ''}</w:pPr>{_run(block.text)}</w:p>"
        for block, first_copy in _with_first_copy(blocks)
    )


_PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def letter_docx(letter: Letter, appendix: Letter | None = None) -> bytes:
    """Render one letter to DOCX bytes; `appendix` (a gloss) follows on a new page."""
    buffer = io.BytesIO()
    write_docx(buffer, letter, appendix)
    return buffer.getvalue()


def write_docx(out: Output, letter: Letter, appendix: Letter | None = None) -> None:
    """Write one letter as DOCX; the unchanging parts go to `out.write_shared` if it has it."""
    skeleton = _skeleton(letter.language, letter.reference, letter.subject, letter.dated)
    body = _body(letter.blocks, skeleton.style_ids)
    if appendix is not None:
        body += _PAGE_BREAK + _body(appendix.blocks, skeleton.style_ids, frames=False)
    xml = skeleton.head + body + skeleton.tail
    document = deflate(_BODY, xml.encode("utf-8"))
    write(out, [document if part is None else part for part in skeleton.parts])
