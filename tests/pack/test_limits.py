"""Supporter lists have limits: a huge file is refused quickly, in little memory."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest
from openpyxl import Workbook

from ua_letters.case import Case
from ua_letters.errors import UaLettersError
from ua_letters.pack import read_supporters, sources


def test_a_1_gb_csv_is_refused_without_reading_it_into_memory(
    example_case: Case, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as handle:
        handle.write(b"name,language\nAnna,ru\n")
        os.truncate(handle.fileno(), 1 << 30)  # 1 GB, sparse: no line breaks after row 2
    tracemalloc.start()
    try:
        with pytest.raises(UaLettersError, match="line 3 is longer than 65,536 characters"):
            read_supporters(huge, example_case)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024


def test_too_many_rows_are_refused(example_case: Case, tmp_path: Path) -> None:
    many = tmp_path / "many.csv"
    rows = "".join(f"Supporter {i},en\n" for i in range(sources.MAX_ROWS + 5))
    many.write_text("name,language\n" + rows, encoding="utf-8")
    with pytest.raises(UaLettersError, match="more than 100,000 supporter rows"):
        read_supporters(many, example_case)


def test_a_sheet_with_too_many_rows_is_refused(
    example_case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "MAX_ROWS", 50)
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["name", "language"])
    for i in range(60):
        sheet.append([f"Supporter {i}", "ky"])
    path = tmp_path / "many.xlsx"
    book.save(path)
    with pytest.raises(UaLettersError, match="more than 50 supporter rows"):
        read_supporters(path, example_case)
