"""A pack carries the delivery features: fax versions, the embassy copy, personal sentences,
and a README that gives the deadline and the recommended channel."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pdfplumber

from tests.delivery.test_embassy_and_personal import EMBASSY
from tests.render.readback import pdf_text, squash
from ua_letters.case import Case
from ua_letters.delivery.embassy import load_embassy, with_embassy
from ua_letters.pack import build_pack, read_supporters

CSV = (
    "name;language;personal\n"
    "Anna Petrova;en;I am a teacher from Lyon & <b>proud</b>.\n"
    "Айгүл Асанова;ky;\n"
)


def _pack(case: Case, tmp_path: Path, formats: tuple[str, ...], day: date) -> zipfile.ZipFile:
    tmp_path.mkdir(parents=True, exist_ok=True)
    source = tmp_path / "supporters.csv"
    source.write_text(CSV, encoding="utf-8")
    out = tmp_path / "pack.zip"
    build_pack(case, read_supporters(source, case), out, formats=formats, on_date=day, workers=1)
    return zipfile.ZipFile(out)


def test_fax_versions_with_cover_pages(example_case: Case, tmp_path: Path) -> None:
    pack = _pack(example_case, tmp_path, ("pdf", "fax"), date(2010, 8, 20))
    faxes = sorted(n for n in pack.namelist() if n.endswith(".fax.pdf"))
    assert len(faxes) == 6  # 2 supporters × 3 recipients
    with pdfplumber.open(io.BytesIO(pack.read(faxes[0]))) as pdf:
        cover = squash(pdf.pages[0].extract_text())
        assert cover.startswith("FAX") and f"Pages (including this one): {len(pdf.pages)}" in cover
    manifest = pack.read("manifest.csv").decode("utf-8-sig")
    assert ".fax.pdf,fax," in manifest


def test_personal_sentence_and_embassy_copy(example_case: Case, tmp_path: Path) -> None:
    path = tmp_path / "embassy.yaml"
    path.write_text(EMBASSY, encoding="utf-8")
    case = with_embassy(example_case, load_embassy(path), example_case.languages)
    pack = _pack(case, tmp_path, ("pdf",), date(2010, 8, 20))
    names = pack.namelist()
    embassy_letters = [n for n in names if n.endswith("04-embassy.pdf")]
    assert len(embassy_letters) == 2
    english = next(n for n in embassy_letters if "/en/" in n)
    text = squash(pdf_text(pack.read(english)))
    assert "Copy for your information:" in text
    assert "I am a teacher from Lyon & <b>proud</b>." in text
    assert "Otto-Suhr-Allee 146" in pdf_text(pack.read("labels.pdf"))


def test_readme_gives_the_deadline_and_the_channel(example_case: Case, tmp_path: Path) -> None:
    case = example_case.model_copy(
        update={"ua": example_case.ua.model_copy(update={"deadline": date(2010, 9, 16)})}
    )
    early = _pack(case, tmp_path / "a", ("pdf",), date(2010, 8, 20)).read("README.txt")
    late = _pack(case, tmp_path / "b", ("pdf",), date(2010, 9, 13)).read("README.txt")
    early_text, late_text = early.decode("utf-8-sig"), late.decode("utf-8-sig")
    assert "16 September 2010" in early_text and "2010-жылдын 16-сентябры" in early_text
    assert "There is time to post the signed letters." in early_text
    assert "Little time is left: fax the letters" in late_text
    assert "Убакыт аз калды" in late_text


def _page_texts(pack: Path, name: str) -> list[str]:
    with pdfplumber.open(io.BytesIO(zipfile.ZipFile(pack).read(name))) as pdf:
        return [(page.extract_text() or "").rstrip() for page in pdf.pages]


def test_duplex_print_files_start_every_letter_on_a_front_page(
    example_case: Case, tmp_path: Path
) -> None:
    source = tmp_path / "supporters.csv"
    source.write_text(CSV, encoding="utf-8")
    people = read_supporters(source, example_case)
    plain, duplex = tmp_path / "plain.zip", tmp_path / "duplex.zip"
    day = date(2010, 8, 20)
    build_pack(example_case, people, plain, on_date=day, workers=1, blank=1)
    build_pack(example_case, people, duplex, on_date=day, workers=1, blank=1, duplex=True)
    padded = 0
    for language in ("ru", "ky", "en"):
        before = _page_texts(plain, f"print-{language}.pdf")
        after = _page_texts(duplex, f"print-{language}.pdf")
        starts = [i for i, text in enumerate(before) if text.endswith("· 1")]
        lengths = [b - a for a, b in zip(starts, [*starts[1:], len(before)], strict=True)]
        firsts = [i for i, text in enumerate(after) if text.endswith("· 1")]
        assert len(firsts) == len(starts)
        assert all(i % 2 == 0 for i in firsts)  # every letter starts on the front of a sheet
        assert len(after) == sum(n + n % 2 for n in lengths)
        padded += sum(n % 2 for n in lengths)
        assert after.count("") == sum(n % 2 for n in lengths)
    assert padded  # some letters of this pack have an odd number of pages
