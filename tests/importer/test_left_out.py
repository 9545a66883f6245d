"""An official a letter cannot reach is moved below the recipients as comments.

AIUSA's COVID-era page 19 gives the Prosecutor General only an online form and a hidden
e-mail address ("please only send physical mail to the Embassy"). Kept as a recipient, he
made the whole draft fail `validate`; now the draft validates with the ambassador, and the
prosecutor's entry is there to put back once a way to reach him is added.
"""

from __future__ import annotations

import re

import yaml

from tests.importer.corpus_score import CORPUS, page_text
from ua_letters.case import parse_case
from ua_letters.importer import draft_yaml, import_bytes

PAGE = CORPUS / "19-aiusa-russia-82-20.txt"


def _draft() -> str:
    return draft_yaml(import_bytes(page_text(PAGE).encode(), PAGE.name))


def test_the_draft_keeps_the_reachable_official_and_validates() -> None:
    text = _draft()
    (kept,) = yaml.safe_load(text)["recipients"]
    assert kept["role"] == "ambassador" and kept["fax"]
    assert "# recipients[0], main recipient: from line" in text
    case = parse_case(text.replace("country: null", "country: RU"), "case.yaml")
    assert [r.role for r in case.recipients] == ["ambassador"]


def test_the_left_out_official_can_be_put_back_by_removing_the_hashes() -> None:
    text = _draft()
    head, left_out = text.split("# LEFT OUT:", 1)
    assert "Krasnov" not in head and "ipriem.genproc.gov.ru" in left_out
    restored = re.sub(r"^(\s*)# ", r"\1", left_out.split("\n\n", 1)[1], flags=re.MULTILINE)
    (entry,) = yaml.safe_load("recipients:\n" + restored)["recipients"]
    assert entry["role"] == "general_prosecutor"
    assert entry["name"]["latn"] == "Igor Viktorovich Krasnov"
    assert "address" not in entry and "fax" not in entry  # still to be added by a person


def test_nothing_is_left_out_when_no_main_official_could_be_written_to() -> None:
    text = draft_yaml(import_bytes(b"UA 1/20\nSalutation: Dear President\nPresident X\n", "x"))
    assert "LEFT OUT" not in text
