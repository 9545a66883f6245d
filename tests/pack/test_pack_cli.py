"""`ua-letters pack` as a user runs it: a real process, a real supporter list, exit codes."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.conftest import EXAMPLE, run_cli

LIST = (
    "name;city;language\n"
    "Anna Petrova;Berlin;ru\n"
    ";Berlin;ru\n"  # row 3: no name
    "Secret Person;Paris;xx\n"  # row 4: a language ua-letters does not know
    "Jane Doe;London;en\n"
)


run = run_cli


def test_bad_rows_are_named_skipped_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text(LIST, encoding="utf-8")
    result = run(
        "pack",
        str(EXAMPLE),
        "--supporters",
        "people.csv",
        "--date",
        "2010-08-20",
        "--out",
        "out.zip",
        "--workers",
        "2",
        cwd=tmp_path,
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout.strip() == str(tmp_path / "out.zip")
    assert "people.csv row 3: no name" in result.stderr
    assert "people.csv row 4: the language column holds no language code" in result.stderr
    assert "6 letters (6 files)" in result.stderr and "2 rows skipped" in result.stderr
    # the pack was written: the summary says so first, then lists the rows it lacks
    assert result.stderr.lstrip().startswith(f"pack written: {tmp_path / 'out.zip'}\n")
    assert "2 rows were skipped and have no letters in the pack:" in result.stderr
    assert "error" not in result.stderr
    assert "Secret" not in result.stderr and "Traceback" not in result.stderr
    with zipfile.ZipFile(tmp_path / "out.zip") as pack:
        names = pack.namelist()
    assert "letters/ru/0002-anna-petrova/01-minister-of-internal-affairs.pdf" in names
    assert "letters/en/0005-jane-doe/03-president.pdf" in names
    assert [n for n in names if n.startswith("print-")] == ["print-ru.pdf", "print-en.pdf"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_folder_pack_with_docx_and_a_clean_run(tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text("name\nAnna\n", encoding="utf-8")
    result = run(
        "pack",
        str(EXAMPLE),
        "--supporters",
        "people.csv",
        "--format",
        "pdf,docx",
        "--blank",
        "1",
        "--date",
        "2010-08-20",
        "--out",
        "pack/",
        "-q",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    pack = tmp_path / "pack"
    assert (pack / "letters/ru/0002-anna/02-general-prosecutor.docx").is_file()
    assert (pack / "letters/ky/blank-001/03-president.pdf").is_file()
    assert sorted(p.name for p in pack.glob("*.pdf")) == [
        "labels.pdf",
        "print-en.pdf",
        "print-ky.pdf",
        "print-ru.pdf",
    ]


def test_needs_supporters_or_blank(tmp_path: Path) -> None:
    result = run("pack", str(EXAMPLE), "--out", "p.zip", cwd=tmp_path)
    assert result.returncode == 2
    assert "--supporters" in result.stderr
