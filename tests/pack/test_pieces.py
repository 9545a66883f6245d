"""Workers write the pack's pieces (issue 16 §5): one worker or two, ZIP or folder, the
pack is the same bytes, its print files and labels pass qpdf, and no piece is left over."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest

from tests.pack.test_build import supporter_rows, write_csv
from ua_letters.case import Case
from ua_letters.pack import build_pack, read_supporters
from ua_letters.pack.build import PackSummary

QPDF = shutil.which("qpdf")
FORMATS = ("pdf", "fax", "docx")


def _pack(case: Case, folder: Path, out: Path, workers: int, as_folder: bool) -> PackSummary:
    people = read_supporters(write_csv(folder / "s.csv", supporter_rows(45)), case)
    return build_pack(
        case, people, out, folder=as_folder, formats=FORMATS, on_date=date(2010, 8, 20),
        workers=workers, duplex=True,
    )  # fmt: skip


@pytest.fixture(scope="module")
def built(example_case: Case, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pieces")
    # Long facts: letters of two pages, so print files hold more pages than letters.
    facts = {k: " ".join([v] * 6) for k, v in (example_case.facts or {}).items()}
    case = example_case.model_copy(update={"facts": facts})
    made = {
        "one": _pack(case, folder, folder / "one.zip", 1, False),
        "two": _pack(case, folder, folder / "two.zip", 2, False),
        "folder": _pack(case, folder, folder / "two-folder", 2, True),
    }
    assert made["two"].pages > made["two"].letters  # two-page letters, and so blank pages
    return {name: summary.path for name, summary in made.items()}


def test_one_worker_or_two_give_the_same_zip_and_nothing_is_left(
    built: dict[str, Path], example_case: Case
) -> None:
    assert built["one"].read_bytes() == built["two"].read_bytes()
    with zipfile.ZipFile(built["two"]) as pack:
        assert pack.testzip() is None
        names = pack.namelist()
    faxed = sum(bool(official.fax) for official in example_case.recipients)
    assert len([n for n in names if n.endswith(".fax.pdf")]) == 45 * faxed
    assert len(names) == len(set(names))
    leftovers = [p.name for p in built["two"].parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []  # no scratch folder, no piece, no central directory file


def test_a_folder_pack_holds_the_zip_s_files(built: dict[str, Path]) -> None:
    with zipfile.ZipFile(built["one"]) as pack:
        for info in pack.infolist():
            assert (built["folder"] / info.filename).read_bytes() == pack.read(info), info


@pytest.mark.skipif(QPDF is None, reason="qpdf is not installed (scripts/test.sh installs it)")
def test_print_files_and_labels_pass_qpdf(built: dict[str, Path], tmp_path: Path) -> None:
    with zipfile.ZipFile(built["two"]) as pack:
        checked = [n for n in pack.namelist() if n.startswith("print-") or n == "labels.pdf"]
        assert len(checked) == 4
        for name in checked:
            path = tmp_path / name
            path.write_bytes(pack.read(name))
            done = subprocess.run([str(QPDF), "--check", str(path)], capture_output=True, text=True)
            assert done.returncode == 0, done.stdout + done.stderr
            assert "No syntax or stream encoding errors found" in done.stdout
