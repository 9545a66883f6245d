"""A UA that gives no number (a section's letter page, a campaign page, an old
International Secretariat document) still validates, renders, packs and is served.

23 of the 42 real drafts of tests/fixtures/import/corpus/ give no UA number. Their letters
cite the AI index where there is one and otherwise nothing, and their files are named by
the index or by the people concerned, never "uaNone".
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import EXAMPLE
from tests.render.readback import docx_paragraphs, pdf_text, squash
from ua_letters.api import render_case
from ua_letters.case import Case, parse_case
from ua_letters.compose.letter import compose_letter
from ua_letters.pack import build_pack
from ua_letters.pack.supporters import SupporterList
from ua_letters.web.cases import case_slug, load_offers

DAY = date(2010, 8, 20)
LANGUAGES = ("ru", "ky", "en", "de", "fr", "es")
INDEX = "EUR 58/011/2010"


def _case(*, index: bool) -> Case:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert 'number: "135/10"' in text and f"index: {INDEX}" in text
    text = text.replace('  number: "135/10"\n', "")
    if not index:
        text = text.replace(f"index: {INDEX}", "")
    return parse_case(text, "case.yaml")


def test_the_number_is_optional_and_the_reference_cites_what_is_known() -> None:
    with_index, bare = _case(index=True), _case(index=False)
    assert with_index.ua.number is None and with_index.ua.reference == INDEX
    assert bare.ua.number is None and bare.ua.index is None and bare.ua.reference == ""
    assert with_index.key == "eur-58-011-2010" and bare.key == "azimzhan-askarov"


@pytest.mark.parametrize("index", [True, False])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_subject_cites_the_index_or_nothing(language: str, index: bool) -> None:
    case = _case(index=index)
    letter = compose_letter(case, case.recipients[0], language, None, DAY)
    subject = letter.subject
    assert "None" not in letter.text() and "UA " not in subject and "()" not in subject
    if index:
        assert subject.endswith(f", {INDEX})"), subject
    else:
        assert INDEX not in letter.text() and not subject.endswith(")"), subject


def test_letters_render_with_files_named_by_the_index(tmp_path: Path) -> None:
    case = _case(index=True)
    done = render_case(case, tmp_path, formats=["pdf", "docx"], languages=["ru", "en"], on_date=DAY)
    names = sorted(p.name for p in done.paths)
    assert names and all(n.startswith("eur-58-011-2010_") for n in names), names
    pdf = next(p for p in done.paths if p.name.endswith("_ru.pdf"))
    text = squash(pdf_text(pdf.read_bytes()))
    assert f"срочная акция, {INDEX})" in text and "None" not in text
    assert f"{INDEX} · 1" in text  # the footer cites the index and the page
    assert PdfReader(pdf).metadata["/Subject"] == INDEX


def test_without_number_or_index_the_footer_is_the_page_number(tmp_path: Path) -> None:
    case = _case(index=False)
    done = render_case(case, tmp_path, formats=["pdf", "docx"], languages=["ky"], on_date=DAY)
    names = sorted(p.name for p in done.paths)
    assert all(n.startswith("azimzhan-askarov_") for n in names), names
    pdf = next(p for p in done.paths if p.suffix == ".pdf")
    last_line = pdf_text(pdf.read_bytes()).strip().splitlines()[-1]
    assert last_line.strip() == "1", last_line
    word = next(p for p in done.paths if p.suffix == ".docx")
    assert not any("None" in text for _, text in docx_paragraphs(word.read_bytes()))
    with zipfile.ZipFile(word) as package:
        footers = [package.read(n).decode() for n in package.namelist() if "footer" in n]
    assert footers and not any("·" in footer for footer in footers)  # the page field alone


def test_a_pack_and_the_web_page_name_the_case_by_its_index(tmp_path: Path) -> None:
    case = _case(index=True)
    summary = build_pack(
        case, SupporterList("--blank"), tmp_path / "pack.zip", formats=("pdf",), on_date=DAY,
        blank=1, workers=1,
    )  # fmt: skip
    with zipfile.ZipFile(summary.path) as pack:
        readme = pack.read("README.txt").decode("utf-8-sig")
        printed = next(n for n in pack.namelist() if n.startswith("print-"))
        title = PdfReader(io.BytesIO(pack.read(printed))).metadata["/Title"]
    assert "None" not in readme and INDEX in readme.splitlines()[0], readme.splitlines()[0]
    assert title.startswith(INDEX) and "None" not in title
    source = tmp_path / "case.yaml"
    source.write_text(case.model_dump_json(exclude_none=True), encoding="utf-8")
    (offer,) = load_offers([source])
    assert case_slug(case) == offer.slug == "eur-58-011-2010-u1"
