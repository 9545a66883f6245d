"""Every manifest.csv cell that comes from the case is defused too, not only supporter names.

An imported UA's titles and addresses can start with = + - @ ("+7 …", "=…"); a spreadsheet
opening the manifest would run them as formulas.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

from ua_letters.case import Case
from ua_letters.pack import build_pack
from ua_letters.pack.supporters import SupporterList

FORMULA = '=HYPERLINK("http://x","click")'


def test_case_text_in_the_manifest_never_runs_as_a_formula(
    example_case: Case, tmp_path: Path
) -> None:
    minister = example_case.recipients[0]
    title = {language: FORMULA for language in minister.title}
    changed = minister.model_copy(
        update={"title": title, "address": ["+7 Frunze Street, 469", *minister.address[1:]]}
    )
    case = example_case.model_copy(update={"recipients": [changed, *example_case.recipients[1:]]})
    out = tmp_path / "p.zip"
    build_pack(case, SupporterList("--blank"), out, on_date=date(2010, 8, 20), blank=1, workers=1)
    with zipfile.ZipFile(out) as pack:
        name = next(n for n in pack.namelist() if n.endswith("manifest.csv"))
        text = pack.read(name).decode("utf-8-sig")
    rows = [row for row in csv.DictReader(io.StringIO(text)) if row["recipient_id"] == minister.id]
    assert rows
    for row in rows:
        assert row["recipient"].startswith("'" + FORMULA)
        assert row["address"].startswith("'+7 Frunze Street")
    for row in csv.DictReader(io.StringIO(text)):
        assert not any(cell.startswith(("=", "+", "-", "@")) for key, cell in row.items()
                       if key != "fax"), row  # fmt: skip
