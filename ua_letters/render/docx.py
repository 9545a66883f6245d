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
from ua_letters.render import look
from ua_letters.render.breaking import HYPHEN, soft_hyphens
from ua_letters.render.docx_package import finish_package
from ua_letters.render.window import return_address, return_lines
from ua_letters.textsafety import xml_safe

FONT = look.FONT_FAMILY
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
RETURN_STYLE = "Return Address"
_BODY = "word/document.xml"


def _define_styles(document: Any, language: str, tight: look.Tightness) -> None:
    """Word paragraph styles from `look.STYLES`: the sizes, exact leading and spacing the
    PDF uses, so that both break and paginate alike."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    aligns = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "centre": WD_ALIGN_PARAGRAPH.CENTER,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }
    body = look.STYLES["p"]
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(body.size)
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
    normal.paragraph_format.line_spacing = Pt(body.leading)

    def add(name: str, spec: look.Style) -> None:
        if name in [s.name for s in document.styles]:
            style = document.styles[name]
        else:
            style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = Pt(spec.before), Pt(spec.after)
        fmt.alignment = aligns[spec.align]
        fmt.line_spacing = Pt(spec.leading)
        style.font.bold = (spec.font == look.BOLD) or None
        style.font.size = Pt(spec.size)
        style.font.name = FONT

    for kind, name in _STYLE_OF.items():
        add(name, look.style(kind, tight))
    add(RETURN_STYLE, look.RETURN)
    add("Footer", look.FOOTER)


def python_docx_document(
    language: str,
    reference: str,
    subject: str,
    dated: date,
    blocks: tuple[Block, ...] = (),
    tight: look.Tightness = look.TIGHTNESS[0],
) -> Any:
    """The letter built entirely with python-docx (with no blocks: the skeleton)."""
    import docx
    from docx.shared import Mm, Pt

    document = docx.Document()
    _define_styles(document, language, tight)
    section = document.sections[0]
    section.page_width, section.page_height = (Mm(v) for v in look.PAGE_MM)
    section.left_margin = Mm(look.MARGIN_MM["left"])
    section.right_margin = Mm(look.MARGIN_MM["right"])
    section.top_margin = Mm(look.MARGIN_MM["top"])
    section.bottom_margin = Mm(look.MARGIN_MM["bottom"])
    section.footer_distance = Mm(look.FOOTER_BASELINE_MM - 1.0)  # the baseline's height
    returned = _return_line(blocks)
    if returned is not None:
        lines, spec = returned
        paragraph = document.add_paragraph(style=RETURN_STYLE)
        _add_frame(paragraph, "return", _return_frame(len(lines), spec))
        paragraph.paragraph_format.line_spacing = Pt(spec.leading)
        for i, line in enumerate(lines):
            run = paragraph.add_run(xml_safe(line))
            run.font.size = Pt(spec.size)
            if i < len(lines) - 1:
                run.add_break()
    for block, first_copy in _with_first_copy(blocks):
        paragraph = document.add_paragraph(style=_STYLE_OF[block.kind])
        _add_text(paragraph, _word_text(block, language))
        _add_frame(paragraph, block.kind)
        if first_copy:
            paragraph.paragraph_format.space_before = Pt(_first_copy_before(tight))
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    if reference:  # a UA with neither number nor index: the page number alone
        footer.add_run(xml_safe(f"{reference} · "))
    footer._p.append(_page_field())
    finish_package(document)
    _fix_properties(document, language, reference, subject, dated)
    return document


def _word_text(block: Block, language: str) -> str:
    """A block's text with soft hyphens where the PDF may hyphenate it (not the address in
    the window, which the PDF never hyphenates either)."""
    return block.text if block.kind == "to" else soft_hyphens(block.text, language)


def _add_text(paragraph: Any, text: str) -> None:
    """One run of `text`, each soft hyphen as Word's own optional hyphen (w:softHyphen),
    which python-docx reads back as nothing, so the paragraph's text is the block's."""
    from docx.oxml import OxmlElement
    from docx.oxml.text.run import _RunContentAppender

    pieces = xml_safe(text).split(HYPHEN)
    if not "".join(pieces):
        return
    run = paragraph.add_run(pieces[0])._r
    for piece in pieces[1:]:
        run.append(OxmlElement("w:softHyphen"))
        _RunContentAppender.append_to_run_from_text(run, piece)


def _first_copy_before(tight: look.Tightness) -> float:
    """Points above the "copies to" list (a direct spacing on the first copy paragraph)."""
    return look.style("copy-first", tight).before


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


@lru_cache(maxsize=64)
def _skeleton(
    language: str, reference: str, subject: str, dated: date, tight: look.Tightness
) -> _Skeleton:
    document = python_docx_document(language, reference, subject, dated, (), tight)
    style_ids = {kind: document.styles[name].style_id for kind, name in _STYLE_OF.items()}
    style_ids["return"] = document.styles[RETURN_STYLE].style_id
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
                key = (language, reference, subject, dated, tight, info.filename)
                parts.append(deflate(info.filename, content, key=key))
    return _Skeleton(tuple(parts), head, tail, style_ids)


@lru_cache(maxsize=16384)  # a pack's letters share most of their paragraphs
def _run(text: str, properties: str = "", end: str = "") -> str:
    """A run as python-docx writes it: tabs as <w:tab/>, spaces kept where they matter,
    soft hyphens as <w:softHyphen/> (as `_add_text` writes them)."""
    pieces = []
    for h, part in enumerate(xml_safe(text).split(HYPHEN)):
        if h:
            pieces.append("<w:softHyphen/>")
        for i, chunk in enumerate(part.split("\t")):
            if i:
                pieces.append("<w:tab/>")
            if chunk:
                keep = ' xml:space="preserve"' if chunk != chunk.strip() else ""
                pieces.append(f"<w:t{keep}>{escape(chunk)}</w:t>")
    pieces.append(end)
    return f"<w:r>{properties}{''.join(pieces)}</w:r>" if "".join(pieces) else ""


def _twips(mm: float) -> str:
    return str(round(mm * 72 / 25.4 * 20))


def _frame(x: float, y: float, w: float, h: float, rule: str) -> tuple[tuple[str, str], ...]:
    return (
        ("w", _twips(w)), ("h", _twips(h)), ("hRule", rule), ("wrap", "notBeside"),
        ("vAnchor", "page"), ("hAnchor", "page"), ("x", _twips(x)), ("y", _twips(y)),
    )  # fmt: skip


# Word frames put the first page's head where a window envelope wants it (DIN 5008 form B,
# as in the PDF, from the same numbers in `look`): the return line and the address in the
# window field, the sender and date at the top right in a frame that reaches down to the
# window's bottom, so the text starts below the window.
_W = look.WINDOW_MM
_INNER = (_W["left"] + look.WINDOW_INSET_MM, _W["width"] - 2 * look.WINDOW_INSET_MM)
_HEAD_X = look.PAGE_MM[0] - look.MARGIN_MM["right"] - _INNER[1]
_TOP = look.MARGIN_MM["top"]
_HEAD = _frame(_HEAD_X, _TOP, _INNER[1], _W["bottom"] - _TOP, "exact")
_ADDRESS_TOP = _W["address_top"]
_ADDRESS = _frame(_INNER[0], _ADDRESS_TOP, _INNER[1], _W["bottom"] - _ADDRESS_TOP, "atLeast")
_FRAMES = {"to": _ADDRESS, "from": _HEAD, "date": _HEAD}
_Frame = tuple[tuple[str, str], ...]


def _frame_xml(spec: _Frame) -> str:
    return "<w:framePr " + " ".join(f'w:{k}="{v}"' for k, v in spec) + "/>"


_FRAME_XML = {kind: _frame_xml(spec) for kind, spec in _FRAMES.items()}


def _return_line(blocks: tuple[Block, ...]) -> tuple[list[str], look.Style] | None:
    """The return line's lines and style, exactly as the PDF sets them (see window.py)."""
    lines, spec = return_lines(return_address([b.text for b in blocks if b.kind == "from"]))
    return ([line.text for line in lines], spec) if lines else None


def _return_frame(count: int, spec: look.Style) -> _Frame:
    """Just above the address, as in the PDF, never above the window's top zone."""
    height = count * spec.leading / look.MM
    top = max(_W["address_top"] - height - 2 / look.MM, _W["top"] + 1.5)
    # "none": the sender's frame already keeps the text below the window; a "notBeside"
    # frame first in the document would let LibreOffice flow the text past the others
    frame = _frame(_INNER[0], top, _INNER[1], height, "exact")
    return tuple((k, "none" if k == "wrap" else v) for k, v in frame)


def _add_frame(paragraph: Any, kind: str, spec: _Frame | None = None) -> None:
    """The same w:framePr on a python-docx paragraph (for the all-python-docx build)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    spec = spec or _FRAMES.get(kind)
    if spec is None:
        return
    frame = OxmlElement("w:framePr")
    for name, value in spec:
        frame.set(qn(f"w:{name}"), value)
    paragraph._p.get_or_add_pPr().insert_element_before(frame, *_AFTER_FRAME)


def _page_field() -> Any:
    """The page number as a Word field, so that Word and LibreOffice count the pages."""
    from docx.oxml import parse_xml

    return parse_xml(_PAGE_FIELD)


_PAGE_FIELD = (
    '<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
)


# What follows w:framePr in a paragraph's properties (ECMA-376, CT_PPrBase).
_AFTER_FRAME = (
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
    "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
    "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def _return_xml(blocks: tuple[Block, ...], style_id: str) -> str:
    """The return-line paragraph exactly as python-docx writes it (see python_docx_document)."""
    returned = _return_line(blocks)
    if returned is None:
        return ""
    lines, spec = returned
    size = f'<w:rPr><w:sz w:val="{round(spec.size * 2)}"/></w:rPr>'
    runs = "".join(
        _run(line, size, "<w:br/>" if i < len(lines) - 1 else "") for i, line in enumerate(lines)
    )
    return (
        f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>'
        f"{_frame_xml(_return_frame(len(lines), spec))}"
        f'<w:spacing w:line="{round(spec.leading * 20)}" w:lineRule="exact"/></w:pPr>{runs}</w:p>'
    )


def _body(
    blocks: tuple[Block, ...],
    language: str,
    style_ids: dict[str, str],
    tight: look.Tightness,
    frames: bool = True,
) -> str:
    before = f'<w:spacing w:before="{round(_first_copy_before(tight) * 20)}"/>'
    head = _return_xml(blocks, style_ids["return"]) if frames else ""
    return head + "".join(
        f'<w:p><w:pPr><w:pStyle w:val="{style_ids[block.kind]}"/>'
        f"{_FRAME_XML.get(block.kind, '') if frames else ''}"
        f"{before if first_copy else ''}</w:pPr>{_run(_word_text(block, language))}</w:p>"
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
    from ua_letters.render.layout import word_fitting

    tight = word_fitting(letter)  # the PDF's spacing and type, or a tighter step
    skeleton = _skeleton(letter.language, letter.reference, letter.subject, letter.dated, tight)
    body = _body(letter.blocks, letter.language, skeleton.style_ids, tight)
    if appendix is not None:
        body += _PAGE_BREAK + _body(
            appendix.blocks, appendix.language, skeleton.style_ids, tight, frames=False
        )
    xml = skeleton.head + body + skeleton.tail
    document = deflate(_BODY, xml.encode("utf-8"))
    write(out, [document if part is None else part for part in skeleton.parts])
