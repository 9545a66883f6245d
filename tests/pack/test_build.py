"""A whole pack for 30 supporters in ru, ky and en, from CSV and from XLSX, read back."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from pypdf import PdfReader

from tests.conftest import LANGUAGES
from tests.render.readback import pdf_text
from ua_letters.case import Case
from ua_letters.pack import build_pack, read_supporters
from ua_letters.pack.build import PackSummary
from ua_letters.pack.manifest import HEADER

HEADER_ROW = ["name", "address", "city", "postcode", "country", "email", "language", "gender"]
FIRST_NAMES = ["Анна", "Айгүл", "Jane", "Пётр", "Нурлан", "Tom"]


def supporter_rows(count: int = 30) -> list[list[str]]:
    rows = []
    for i in range(count):
        rows.append(
            [
                f"{FIRST_NAMES[i % len(FIRST_NAMES)]} Testova {i:02d}",
                f"Street {i}",
                "Berlin",
                f"{10115 + i}",
                "Germany",
                f"s{i}@example.org",
                LANGUAGES[i % 3],
                ["female", "male", ""][i % 3],
            ]
        )
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([HEADER_ROW, *rows])
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER_ROW)
    for row in rows:
        sheet.append([int(row[3]) if col == 3 else cell for col, cell in enumerate(row)])
    book.save(path)
    return path


def build(case: Case, source: Path, out: Path, workers: int) -> PackSummary:
    supporters = read_supporters(source, case)
    assert supporters.skipped == []
    return build_pack(
        case, supporters, out, formats=("pdf", "docx"), on_date=date(2010, 8, 20), workers=workers
    )


@pytest.fixture(scope="module")
def packs(example_case: Case, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("packs")
    rows = supporter_rows()
    csv_file = write_csv(folder / "supporters.csv", rows)
    xlsx_file = write_xlsx(folder / "supporters.xlsx", rows)
    built = {
        "csv": build(example_case, csv_file, folder / "from-csv.zip", workers=1),
        "csv-again": build(example_case, csv_file, folder / "again.zip", workers=2),
        "xlsx": build(example_case, xlsx_file, folder / "from-xlsx.zip", workers=2),
    }
    return {name: summary.path for name, summary in built.items()}


def manifest(pack: zipfile.ZipFile) -> list[dict[str, str]]:
    text = pack.read("manifest.csv").decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames or ()) == HEADER
    return list(reader)


@pytest.mark.parametrize("source", ["csv", "xlsx"])
def test_letters_and_manifest(packs: dict[str, Path], example_case: Case, source: str) -> None:
    with zipfile.ZipFile(packs[source]) as pack:
        names = pack.namelist()
        letters = [n for n in names if n.startswith("letters/") and n.endswith(".pdf")]
        assert len(letters) == 30 * len(example_case.recipients) == 90
        assert len([n for n in names if n.endswith(".docx")]) == 90
        rows = manifest(pack)
        assert len(rows) == 180
        for row in rows:
            assert hashlib.sha256(pack.read(row["file"])).hexdigest() == row["sha256"]
            assert row["file"].startswith(f"letters/{row['language']}/")
            assert row["fax"].startswith("+996") and " " not in row["fax"]
            assert "KYRGYZSTAN" in row["address"]
        pdf_rows = [r for r in rows if r["format"] == "pdf"]
        assert {r["language"] for r in pdf_rows} == set(LANGUAGES)
        assert [int(r["letter"]) for r in pdf_rows] == list(range(1, 91))
        first = pdf_rows[0]
        assert first["supporter"] == "Анна Testova 00" and first["row"] == "2"
        assert first["recipient_id"] == "minister-of-internal-affairs"
        assert first["fax"] == "+996312682044"
        # The letter really is the supporter's and the manifest's recipient's.
        text = pdf_text(pack.read(first["file"]))
        assert "Анна Testova 00" in text and "Frunze Street, 469" in text
        assert len({r["variant"] for r in pdf_rows}) >= 2


@pytest.mark.parametrize("source", ["csv", "xlsx"])
def test_print_files_and_labels(packs: dict[str, Path], source: str) -> None:
    with zipfile.ZipFile(packs[source]) as pack:
        rows = [r for r in manifest(pack) if r["format"] == "pdf"]
        for language in LANGUAGES:
            mine = [r for r in rows if r["language"] == language]
            printed = PdfReader(io.BytesIO(pack.read(f"print-{language}.pdf")))
            assert len(printed.pages) == sum(int(r["pages"]) for r in mine)
            # Every letter starts on a new page: its first page is page 1 of its footer,
            # and the n-th letter of the print file is the n-th of the manifest.
            starts = [
                i
                for i, page in enumerate(printed.pages)
                if (page.extract_text() or "").rstrip().endswith("· 1")
            ]
            assert len(starts) == len(mine)
            supporters = [r["supporter"] for r in mine]
            for page, supporter in zip(starts, supporters, strict=True):
                assert supporter in (printed.pages[page].extract_text() or "")
        labels = PdfReader(io.BytesIO(pack.read("labels.pdf")))
        assert len(labels.pages) == 4  # 90 labels, 24 a sheet
        first_sheet = labels.pages[0].extract_text() or ""
        assert "К. Байболову" in first_sheet and "Bishkek 720040, KYRGYZSTAN" in first_sheet
        assert "+996" not in first_sheet  # postal labels carry no fax numbers
        readme = pack.read("README.txt").decode("utf-8-sig")
        assert "print-ru.pdf" in readme and "print-ky.pdf" in readme and "print-en.pdf" in readme


def test_rebuilding_gives_identical_bytes(packs: dict[str, Path]) -> None:
    """Same inputs, one worker or two: the same pack; and the XLSX list gives the same."""
    first = packs["csv"].read_bytes()
    assert first == packs["csv-again"].read_bytes()
    assert first == packs["xlsx"].read_bytes()


def test_entries_have_fixed_times_and_safe_names(packs: dict[str, Path]) -> None:
    with zipfile.ZipFile(packs["csv"]) as pack:
        infos = pack.infolist()
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert all(".." not in i.filename and not i.filename.startswith("/") for i in infos)
    assert {i.filename for i in infos} >= {"README.txt", "manifest.csv", "labels.pdf"}
