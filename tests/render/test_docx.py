"""DOCX letters: read back with python-docx; real styles; reproducible; clean metadata."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from xml.etree import ElementTree

import docx
import pytest
from fontTools.ttLib import TTFont

from tests.conftest import LANGUAGES
from tests.render.readback import docx_paragraphs
from ua_letters.case import Case, Sender
from ua_letters.compose import compose_letter
from ua_letters.compose.variants import Variant
from ua_letters.render.docx import letter_docx
from ua_letters.render.hyphenate import points
from ua_letters.render.layout import fitting, layout_letter, word_fitting
from ua_letters.render.look import TIGHTNESS
from ua_letters.resources import shipped_languages

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SENDER = Sender(name="Anna Petrova", address=["Hauptstraße 1", "10115 Berlin"])
STYLES = {
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_paragraphs_are_the_blocks_with_word_styles(
    example_case: Case, language: str, letter_date: date
) -> None:
    for recipient in example_case.recipients:
        letter = compose_letter(example_case, recipient, language, SENDER, letter_date)
        paragraphs = docx_paragraphs(letter_docx(letter), return_line=True)
        assert paragraphs[0] == ("Return Address", "Anna Petrova · Hauptstraße 1 · 10115 Berlin")
        assert paragraphs[1:] == [(STYLES[b.kind], b.text) for b in letter.blocks]


def test_no_layout_by_spaces_and_a4(example_case: Case, letter_date: date) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], "ru", SENDER, letter_date)
    document = docx.Document(io.BytesIO(letter_docx(letter)))
    assert all(not p.text.startswith("  ") for p in document.paragraphs)
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert document.styles["Normal"].font.name == "PT Serif"


def test_same_letter_same_bytes(example_case: Case, letter_date: date) -> None:
    letter = compose_letter(example_case, example_case.recipients[1], "ky", SENDER, letter_date)
    first = letter_docx(letter)
    assert first == letter_docx(letter)
    assert {i.date_time for i in zipfile.ZipFile(io.BytesIO(first)).infolist()} == {
        (1980, 1, 1, 0, 0, 0)
    }


def test_metadata_is_fixed_and_holds_no_supporter_data(
    example_case: Case, letter_date: date
) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], "en", SENDER, letter_date)
    data = letter_docx(letter)
    props = docx.Document(io.BytesIO(data)).core_properties
    assert props.author == "ua-letters" and props.last_modified_by == "ua-letters"
    assert props.created is not None and props.created.date() == letter_date
    assert props.title == letter.subject
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        meta = package.read("docProps/core.xml") + package.read("docProps/app.xml")
    assert b"Anna" not in meta and b"Hauptstra" not in meta
    assert b"<Application>ua-letters</Application>" in meta and b"Macintosh" not in meta


def test_no_template_leftovers(example_case: Case, letter_date: date) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], "de", SENDER, letter_date)
    with zipfile.ZipFile(io.BytesIO(letter_docx(letter))) as package:
        names = package.namelist()
        rels = package.read("_rels/.rels") + package.read("word/_rels/document.xml.rels")
        settings = package.read("word/settings.xml")
    assert not [n for n in names if "thumbnail" in n or "customXml" in n or "WithEffects" in n]
    assert b"thumbnail" not in rels and b"customXml" not in rels
    assert b"rsid" not in settings and b"<w:embedTrueTypeFonts/>" in settings


def test_the_font_is_embedded_as_word_embeds_it(example_case: Case, letter_date: date) -> None:
    """fontTable.xml names PT Serif's regular and bold faces; each part, de-obfuscated
    with its key, is a TrueType font named PT Serif with the letter's characters."""
    letter = compose_letter(example_case, example_case.recipients[0], "ky", SENDER, letter_date)
    with zipfile.ZipFile(io.BytesIO(letter_docx(letter))) as package:
        table = ElementTree.fromstring(package.read("word/fontTable.xml"))
        rels = ElementTree.fromstring(package.read("word/_rels/fontTable.xml.rels"))
        types = package.read("[Content_Types].xml").decode()
        targets = {r.get("Id"): r.get("Target") for r in rels}
        (font,) = table.findall(f"{{{W}}}font")
        assert font.get(f"{{{W}}}name") == "PT Serif"
        embeds = {e.tag.split("}")[1]: e for e in font}
        faces = {}
        for kind in ("embedRegular", "embedBold"):
            part = "word/" + targets[embeds[kind].get(f"{{{R}}}id")]
            assert part.endswith(".odttf") and f'PartName="/{part}"' in types
            key = embeds[kind].get(f"{{{W}}}fontKey")
            guid = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]
            data = package.read(part)
            plain = bytes(b ^ guid[i % 16] for i, b in enumerate(data[:32])) + data[32:]
            faces[kind] = TTFont(io.BytesIO(plain))
    assert "obfuscatedFont" in types
    for kind, subfamily in (("embedRegular", "Regular"), ("embedBold", "Bold")):
        names = faces[kind]["name"]
        assert (names.getDebugName(1), names.getDebugName(2)) == ("PT Serif", subfamily)
        cmap = faces[kind].getBestCmap()
        assert all(ord(c) in cmap for c in "".join(b.text for b in letter.blocks) if c > " ")


def test_footer_numbers_the_pages(example_case: Case, letter_date: date) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], "fr", SENDER, letter_date)
    document = docx.Document(io.BytesIO(letter_docx(letter)))
    footer = document.sections[0].footer
    assert footer.paragraphs[0].text.startswith(f"{letter.reference} · ")
    with zipfile.ZipFile(io.BytesIO(letter_docx(letter))) as package:
        xml = package.read("word/footer1.xml")
    assert b'<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>' in xml


def test_markup_and_braces_stay_literal(example_case: Case, letter_date: date) -> None:
    hostile = Sender(name="Smith & <Sons> {{ 7*7 }} {% raw %} ${x}", address=["item: not a block"])
    letter = compose_letter(example_case, example_case.recipients[0], "en", hostile, letter_date)
    paragraphs = docx_paragraphs(letter_docx(letter))
    assert ("Sender", "Smith & <Sons> {{ 7*7 }} {% raw %} ${x}") in paragraphs
    assert ("Sender", "item: not a block") in paragraphs


LONG_ADDRESS = Sender(
    name="Marie-Christine de La Rochefoucauld",
    address=[
        "Appartement 34, bâtiment C, résidence Les Jardins de Saint-Exupéry",
        "128 boulevard du Maréchal de Lattre de Tassigny",
        "69003 Lyon",
        "France",
    ],
)


@pytest.mark.parametrize("language", shipped_languages())
def test_word_may_hyphenate_where_the_pdf_may(
    example_case: Case, language: str, letter_date: date
) -> None:
    """Paragraphs carry soft hyphens (w:softHyphen, Word's optional hyphen) only at the
    PDF's hyphenation points, Kyrgyz included, for which LibreOffice has no patterns;
    python-docx reads each paragraph back as the block's text, without them."""
    letter = compose_letter(example_case, example_case.recipients[0], language, SENDER, letter_date)
    data = letter_docx(letter)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = ElementTree.fromstring(package.read("word/document.xml"))
    marked = []
    for paragraph in body.iter(f"{{{W}}}p"):
        pieces = [
            node.text or "" if node.tag == f"{{{W}}}t" else "\xad"
            for node in paragraph.iter()
            if node.tag in (f"{{{W}}}t", f"{{{W}}}softHyphen")
        ]
        marked.append("".join(pieces))
    hyphens = 0
    for text in marked:
        for word in text.split(" "):
            plain = word.replace("\xad", "")
            cuts = [i - n for n, i in enumerate(i for i, c in enumerate(word) if c == "\xad")]
            assert set(cuts) <= set(points(plain, language)), word
            hyphens += len(cuts)
    assert hyphens > 20
    if language == "ky":
        assert "Рес\xadпуб\xadли\xadка\xadсы\xadнын" in " ".join(marked)
    assert [t for _, t in docx_paragraphs(data)] == [b.text for b in letter.blocks]


def test_the_docx_allows_for_word_spaces_that_cannot_shrink(
    example_case: Case, letter_date: date
) -> None:
    """The Kyrgyz letter to the President from a long address just fits the PDF's page
    because justified spaces shrink; a word processor's cannot, so its DOCX is set a step
    tighter, at which it fits one page without shrinking. A letter with room to spare is
    set in the DOCX as in the PDF."""
    president = example_case.recipients[2]
    letter = compose_letter(
        example_case, president, "ky", LONG_ADDRESS, letter_date, None, Variant(1, 1, 1)
    )
    assert len(layout_letter(letter)) == 1
    assert TIGHTNESS.index(word_fitting(letter)) > TIGHTNESS.index(fitting(letter))
    short = compose_letter(example_case, president, "en", SENDER, letter_date)
    assert word_fitting(short) == fitting(short)
