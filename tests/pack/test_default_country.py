"""`pack --country`: the supporters' country for a list that has no country column.

A section's list often has none (every supporter lives in the section's country), and a
return address without a country is not one international mail can return to.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pdfplumber

from tests.conftest import EXAMPLE, run_cli
from ua_letters.case import Case
from ua_letters.pack import read_supporters

LIST = "name,address,postcode,city,language\nErika Muster,Hauptstraße 5,10115,Berlin,en\n"


def _list(tmp_path: Path) -> Path:
    path = tmp_path / "list.csv"
    path.write_text(LIST, encoding="utf-8")
    return path


def test_the_default_country_ends_a_return_address_without_one(
    tmp_path: Path, example_case: Case
) -> None:
    without = read_supporters(_list(tmp_path), example_case)
    assert without.supporters[0].sender.address == ["Hauptstraße 5", "10115 Berlin"]
    assert any("--country" in note for note in without.notes)

    listing = read_supporters(_list(tmp_path), example_case, "Deutschland")
    assert listing.supporters[0].sender.address == ["Hauptstraße 5", "10115 Berlin", "DEUTSCHLAND"]
    assert listing.notes == []


def test_a_row_s_own_country_wins_over_the_default(tmp_path: Path, example_case: Case) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "name,address,postcode,city,country\nJan Kowalski,ul. Długa 1,00-001,Warszawa,Polska\n",
        encoding="utf-8",
    )
    listing = read_supporters(path, example_case, "DE")
    assert listing.supporters[0].sender.address[-1] == "POLSKA"


def test_pack_country_reaches_the_printed_return_line(tmp_path: Path) -> None:
    out = tmp_path / "p.zip"
    result = run_cli(
        "pack", str(EXAMPLE), "--supporters", str(_list(tmp_path)), "--country", "DE",
        "--date", "2010-08-20", "--out", str(out), "--workers", "1", "-q",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as pack:
        rows = list(csv.DictReader(io.TextIOWrapper(pack.open("manifest.csv"), "utf-8-sig")))
        letter = next(r["file"] for r in rows if r["file"].endswith(".pdf") and r["supporter"])
        with pdfplumber.open(io.BytesIO(pack.read(letter))) as pdf:
            text = pdf.pages[0].extract_text()
    assert "10115 Berlin" in text and "GERMANY" in text  # the code, named in the letter's English


def test_an_unknown_country_is_refused_before_any_work(tmp_path: Path) -> None:
    out = tmp_path / "p.zip"
    result = run_cli(
        "pack", str(EXAMPLE), "--supporters", str(_list(tmp_path)), "--country", "Atlantis",
        "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 1
    assert "'Atlantis' is not recognised" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
