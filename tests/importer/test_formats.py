"""The seed UA in every form it arrives in gives the same draft as its text file.

The forms are made from the seed's own text by tests/fixtures/import/formats/
make_fixtures.py (committed, and checked here to be up to date): a two-column PDF, a Word
file with the officials in a table, a saved web page, e-mails in quoted-printable and
base64 (and one with only HTML), a forward quoted with "> " and a paste wrapped at 72
columns. Line numbers in the draft count lines of the text read from each form, so they
are masked; everything else must be identical.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import SEED
from ua_letters.importer import draft_yaml, import_bytes, import_file
from ua_letters.importer.formats import detect, read_form
from ua_letters.importer.formats.webpage import html_text
from ua_letters.importer.formats.wrapped import repair

FORMS = Path(__file__).resolve().parent.parent / "fixtures" / "import" / "formats"
FIXTURES = sorted(p for p in FORMS.iterdir() if p.name.startswith("seed"))


def _maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fixtures", FORMS / "make_fixtures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_fixtures", module)
    spec.loader.exec_module(module)
    return module


def _body(draft: str, mask_lines: bool = True) -> list[str]:
    """The draft without the header lines that name the file and how it was read."""
    lines = draft.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("# Every value"))
    body = lines[start:]
    return [re.sub(r"\bline \d+", "line N", line) for line in body] if mask_lines else body


@pytest.fixture(scope="module")
def seed_draft() -> str:
    return draft_yaml(import_file(str(SEED)))


def test_every_form_is_made_and_committed() -> None:
    assert {p.name for p in FIXTURES} == set(_maker().FORMS)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_the_committed_fixture_is_what_the_script_makes(fixture: Path) -> None:
    assert _maker().FORMS[fixture.name]() == fixture.read_bytes()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_every_form_gives_the_seeds_draft(fixture: Path, seed_draft: str) -> None:
    draft = draft_yaml(import_file(str(fixture)))
    assert f"from {fixture.name} (read as" in draft.split("\n")[0]
    assert _body(draft) == _body(seed_draft)


@pytest.mark.parametrize("name", ["seed-qp.eml", "seed-base64.eml"])
def test_an_emails_plain_text_keeps_even_the_line_numbers(name: str, seed_draft: str) -> None:
    draft = draft_yaml(import_file(str(FORMS / name)))
    assert _body(draft, mask_lines=False) == _body(seed_draft, mask_lines=False)


def test_the_form_is_found_from_the_content_not_the_name(
    tmp_path: Path, seed_draft: str
) -> None:
    for fixture in FIXTURES:
        disguised = tmp_path / f"{fixture.stem}-{fixture.suffix[1:]}.txt"
        disguised.write_bytes(fixture.read_bytes())
        assert _body(draft_yaml(import_file(str(disguised)))) == _body(seed_draft)
    assert [detect((FORMS / n).read_bytes()) for n in ("seed.pdf", "seed.docx", "seed.html",
                                                        "seed-qp.eml")] == [
        "pdf", "docx", "html", "eml"]
    assert detect(SEED.read_bytes()) == "text"
    assert detect(b"Date: 5 August 2010\nSubject: UA 135/10\n\nMinister\n") == "text"


def test_two_columns_are_read_in_reading_order() -> None:
    """The PDF has the title across the page and two columns; every paragraph in order."""
    text = read_form((FORMS / "seed.pdf").read_bytes(), "seed.pdf").text
    got = [re.sub(" +", " ", line) for line in text.split("\n") if line.strip()]
    assert got == [line.strip() for line in SEED.read_text("utf-8").split("\n") if line.strip()]


def test_word_tables_stay_in_place_one_official_a_cell() -> None:
    text = read_form((FORMS / "seed.docx").read_bytes(), "seed.docx").text
    lines = text.split("\n")
    first = lines.index("Minister of Internal Affairs")
    last_action = max(i for i, line in enumerate(lines) if line.startswith("•"))
    after = lines.index(next(line for line in lines if line.startswith("Also send copies")))
    assert last_action < first < after
    assert lines[first:first + 7] == [
        "Minister of Internal Affairs", "Kubatbek Baibolov", "Frunze Street, 469",
        "Bishkek 720040, KYRGYZSTAN", "Fax: +996 312 68 20 44", "Salutation: Dear Minister", "",
    ]


def test_html_drops_scripts_styles_and_navigation_and_keeps_blocks() -> None:
    page = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<nav><a>Donate</a> Fax: +1 555 0100</nav><script>var fax='+1 555 0100'</script>"
        "<h1>UA 1/10</h1><p>Write to:<br>Minister  of\n Justice<br/>Fax: +1 202 555 0101</p>"
        "<ul><li>Calling &amp; urging;</li><li>Releasing.</li></ul><p>A&nbsp;B</p>"
    )
    assert html_text(page).split("\n") == [
        "UA 1/10", "", "Write to:", "Minister of Justice", "Fax: +1 202 555 0101", "",
        "• Calling & urging;", "• Releasing.", "", "A\u00a0B",
    ]


def test_unwrapping_keeps_short_lines_and_bullets_apart() -> None:
    wrapped = "\n".join([
        "Azimzhan Askarov, an ethnic Uzbek, remains in police detention in the",
        "city of Bazar Korgan, in the Jalal-Abad region of southern Kyrgyzstan.",
        "He has been charged with organizing mass disorder and inciting ethnic",
        "hatred in connection with the death of a police officer during the",
        "violence in June. He is held at the police detention centre where the",
        "officer who was killed used to work.",
        "",
        "Minister of Internal Affairs",
        "Kubatbek Baibolov",
        "Frunze Street, 469",
        "• Calling for the immediate and unconditional release of prisoner of",
        "conscience Azimzhan Askarov;",
        "• Calling on the authorities to ensure that he meets his lawyer.",
    ])
    lines, changes = repair(wrapped.split("\n"))
    assert changes == ["lines wrapped at 70 columns re-joined"]
    assert lines[1:] == [
        "", "Minister of Internal Affairs", "Kubatbek Baibolov", "Frunze Street, 469",
        "• Calling for the immediate and unconditional release of prisoner of conscience "
        "Azimzhan Askarov;",
        "• Calling on the authorities to ensure that he meets his lawyer.",
    ]
    assert lines[0].endswith("where the officer who was killed used to work.")


def test_short_texts_are_not_unwrapped() -> None:
    """Without lines near a common width there is no wrap to undo."""
    lines = ["Minister of Internal Affairs", "Kubatbek Baibolov", "Frunze Street, 469", ""]
    assert repair(lines) == (lines, [])
    assert import_bytes(SEED.read_bytes(), "seed.txt").encoding == "utf-8"


def test_the_charset_comes_from_the_mail_headers_and_legacy_pages_decode() -> None:
    body = "Генеральный прокурор\nЖакип Асанов\nФакс: +996 312 66 54 11\n"
    mail = (
        "From: Amnesty <ua@amnesty.org>\nTo: office@example.org\nSubject: UA\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=koi8-r\n"
        "Content-Transfer-Encoding: 8bit\n\n"
    ).encode("ascii") + body.encode("koi8-r")
    read = read_form(mail, "ua.eml")
    assert read.text == body and read.how == "e-mail, 8bit, koi8-r"
    page = "<!DOCTYPE html><html><body><p>Генеральный прокурор<br>Жакип\nАсанов</p>"
    read = read_form(page.encode("cp1251"), "ua.html")
    assert (read.text, read.how) == ("Генеральный прокурор\nЖакип Асанов", "HTML, cp1251")


def _pdf(lines: list[str], two_columns: bool, break_before: str | None = None) -> bytes:
    """The lines as paragraphs of a reportlab PDF, optionally two columns."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    width, height = A4
    column = (width - 124) / 2 if two_columns else width - 100
    frames = [Frame(50, 50, column, height - 100)]
    if two_columns:
        frames.append(Frame(74 + column, 50, column, height - 100))
    out = io.BytesIO()
    document = BaseDocTemplate(out, pagesize=A4, invariant=1,
                               pageTemplates=[PageTemplate(frames=frames)])
    style = ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=12, spaceAfter=6)
    story: list[object] = []
    for line in lines:
        if line == break_before:
            story.append(FrameBreak())
        story.append(Paragraph(line, style))
    document.build(story)
    return out.getvalue()


OFFICIAL = ["Minister of Internal Affairs", "Kubatbek Baibolov", "Frunze Street, 469",
            "Bishkek 720040, KYRGYZSTAN", "Fax: +996 312 68 20 44",
            "Salutation: Dear Minister"]


@pytest.mark.parametrize("two_columns", [False, True], ids=["one column", "two columns"])
def test_pdf_address_lines_stay_apart_and_prose_is_joined(two_columns: bool) -> None:
    """Officials alone in the right column still keep their lines (the columns are alike)."""
    prose = [line.strip() for line in SEED.read_text("utf-8").split("\n") if line.strip()][2:5]
    data = _pdf([*prose, *OFFICIAL], two_columns, break_before=OFFICIAL[0])
    got = [line for line in read_form(data, "ua.pdf").text.split("\n") if line.strip()]
    assert [re.sub(" +", " ", line) for line in got] == [*prose, *OFFICIAL]


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_each_reader_gives_whole_lines_and_the_draft_numbers_them(fixture: Path) -> None:
    """A reader's lines hold no break, and line n of the document is the reader's n-th line.

    Every warning's line number points at these lines, so no later step may cut or join
    them: the draft's "line N" for the first official is where the reader put him.
    """
    from ua_letters.importer.reader import decode

    read = read_form(fixture.read_bytes(), fixture.name)
    assert read.lines and not any(re.search("[\r\n\u2028\u2029\x85\x0b\x0c]", line)
                                  for line in read.lines)
    document = decode(fixture.read_bytes(), fixture.name)
    assert len(document.lines) == len(read.lines)
    official = next(i for i, line in enumerate(read.lines) if "Baibolov" in line)
    assert "Baibolov" in document.lines[official]


def test_a_break_left_inside_a_line_still_cuts_it() -> None:
    """A Word paragraph's <w:br/>, an entity "&#10;", a Unicode line separator."""
    from ua_letters.importer.reader import normalise_lines

    got = list(normalise_lines(["Minister\u2028Kubatbek  Baibolov", "Frunze&#10;Street", ""]))
    assert got == ["Minister", "Kubatbek Baibolov", "Frunze", "Street", ""]
