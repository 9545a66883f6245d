"""The print files and labels hold the letters to post; a fax copy needs a fax number.

A UA may give an official only an e-mail address, or an address and no fax. Their letters
are still made one by one, but a label with no address, or a fax cover with no number,
would send an office's volunteers to do something impossible.
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from tests.pack.test_build import supporter_rows, write_csv
from ua_letters.case import Case
from ua_letters.pack import build_pack, read_supporters


def _case(example_case: Case) -> Case:
    first, second, third = example_case.recipients
    return example_case.model_copy(
        update={
            "recipients": [
                first.model_copy(update={"address": None, "email": ["minister@example.kg"]}),
                second.model_copy(update={"fax": []}),
                third,
            ]
        }
    )


def test_only_posted_letters_are_printed_and_labelled(example_case: Case, tmp_path: Path) -> None:
    case = _case(example_case)
    rows = [row for row in supporter_rows(6) if row[6] == "en"]  # two English supporters
    source = write_csv(tmp_path / "supporters.csv", rows)
    summary = build_pack(
        case,
        read_supporters(source, case),
        tmp_path / "pack.zip",
        formats=("pdf", "fax"),
        on_date=date(2010, 8, 20),
        workers=1,
    )
    with zipfile.ZipFile(summary.path) as pack:
        names = pack.namelist()
        letters = sorted(n for n in names if n.startswith("letters/") and n.endswith(".pdf"))
        singles = [n for n in letters if not n.endswith(".fax.pdf")]
        faxes = [n for n in letters if n.endswith(".fax.pdf")]
        assert len(singles) == 2 * 3  # every official gets a letter
        assert len(faxes) == 2 * 2 and not any("02-" in n.rsplit("/", 1)[1] for n in faxes)
        pages_each = len(PdfReader(pack.open(singles[0])).pages)
        printed = PdfReader(pack.open("print-en.pdf"))
        assert len(printed.pages) == 2 * 2 * pages_each  # the minister has no postal address
        assert "Minister" not in "".join(p.extract_text() for p in printed.pages)
        labels = "".join(p.extract_text() for p in PdfReader(pack.open("labels.pdf")).pages)
        assert "Minister" not in labels and labels.count("Bishkek") >= 2
        readme = pack.read("README.txt").decode("utf-8-sig")
    assert "no postal address: these letters are not in print-en.pdf or labels.pdf" in readme
    assert summary.label_pages == 1
