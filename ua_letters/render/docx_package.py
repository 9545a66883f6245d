"""The DOCX package around the letter: its embedded font, clean properties, no leftovers.

Word and LibreOffice set a DOCX in the fonts the machine has, so a letter that only names
PT Serif is set in another font and paginates differently from its PDF. The package
therefore embeds PT Serif's regular and bold faces the way Word does (ECMA-376 Part 1,
17.8.3.3 and 17.8.1): an obfuscated font part (`.odttf`) per face, the first 32 bytes
XOR-ed with the reversed bytes of the font key, a GUID that `fontTable.xml` names. PT
Serif's licence (OFL, `fsType` 0) allows installable embedding.

Each face is the whole font (every character it can draw, so any supporter's name is
covered) without its TrueType hinting: 86 kB instead of 359 kB, with the same outlines and
advance widths, so the text breaks exactly as with the full font. It is built once per
process, and the key derives from the bytes, so the same letter gives the same file.

python-docx's default template also carries Word 2010 leftovers: "Microsoft Macintosh Word"
in app.xml, a blank thumbnail, a bibliography custom-XML part, stylesWithEffects.xml, and
revision ids in the settings. They go; the settings ask Word to keep the embedded fonts
and to hyphenate, as the PDF does.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from functools import cache
from typing import Any

from ua_letters.render.fonts import font_file
from ua_letters.render.look import BOLD, FONT_FAMILY, REGULAR

_FACES = (("embedRegular", REGULAR), ("embedBold", BOLD))
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_ODTTF = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
_APP = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>ua-letters</Application>'
    "<DocSecurity>0</DocSecurity></Properties>"
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# What the template's settings carry about its own editing history, and nothing for us.
_SETTINGS_DROPPED = ("proofState", "savePreviewPicture", "rsids", "docId", "attachedTemplate")


@cache
def _unhinted(face: str) -> bytes:
    """The whole face, every character kept, its TrueType hinting left out."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.layout_features = ["*"]
    options.notdef_outline = True
    font = TTFont(str(font_file(face)), recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=font.getBestCmap().keys())
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def font_key(data: bytes) -> str:
    """A GUID from the font's own bytes (not random: the same letter, the same file)."""
    return "{" + str(uuid.UUID(bytes=hashlib.sha256(data).digest()[:16])).upper() + "}"


def obfuscate(data: bytes, key: str) -> bytes:
    """ECMA-376's font obfuscation; the same call undoes it."""
    guid = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]
    head = bytes(b ^ guid[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


@cache
def embedded_faces() -> tuple[tuple[str, str, bytes], ...]:
    """(fontTable element, font key, .odttf bytes) for each embedded face."""
    faces = []
    for element, face in _FACES:
        data = _unhinted(face)
        key = font_key(data)
        faces.append((element, key, obfuscate(data, key)))
    return tuple(faces)


def finish_package(document: Any) -> None:
    """Embed the font, replace the extended properties, drop the template's leftovers."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    main = document.part
    package = main.package
    for rels, dropped in (
        (package.rels, (RT.THUMBNAIL, RT.EXTENDED_PROPERTIES)),
        (main.rels, (RT.CUSTOM_XML, RT.FONT_TABLE, _STYLES_WITH_EFFECTS)),
    ):
        for rId in [rId for rId, rel in rels.items() if rel.reltype in dropped]:
            del rels[rId]
    app = Part(
        PackURI("/docProps/app.xml"),
        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        _APP.encode(),
        package,
    )
    package.relate_to(app, RT.EXTENDED_PROPERTIES)
    faces = embedded_faces()
    embeds = "".join(
        f'<w:{element} r:id="rId{n}" w:fontKey="{key}"/>'
        for n, (element, key, _) in enumerate(faces, start=1)
    )
    table = Part(
        PackURI("/word/fontTable.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
        (
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<w:fonts xmlns:w="{_W}" xmlns:r="{_R}"><w:font w:name="{FONT_FAMILY}">'
            '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>'
            f"{embeds}</w:font></w:fonts>"
        ).encode(),
        package,
    )
    for n, (_, _, data) in enumerate(faces, start=1):
        font = Part(PackURI(f"/word/fonts/font{n}.odttf"), _ODTTF, data, package)
        assert table.relate_to(font, RT.FONT) == f"rId{n}"  # a new part numbers from rId1
    main.relate_to(table, RT.FONT_TABLE)
    _clean_settings(document.settings.element)


def _clean_settings(settings: Any) -> None:
    from docx.oxml import OxmlElement

    for child in list(settings):
        if child.tag.rsplit("}", 1)[-1] in _SETTINGS_DROPPED:
            settings.remove(child)
    zoom = settings.find(f"{{{_W}}}zoom")
    embed = OxmlElement("w:embedTrueTypeFonts")
    zoom.addnext(embed)
    tab = settings.find(f"{{{_W}}}defaultTabStop")
    tab.addnext(OxmlElement("w:autoHyphenation"))
